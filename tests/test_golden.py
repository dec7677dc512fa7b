"""Golden files: each sample's JATS and repair log, reviewed by eye when accepted.

On a difference the test writes the actual output beside the expected one and says how to accept
it: `python -m pytest tests/test_golden.py --accept`, then review `git diff tests/expected`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.run.pipeline import prepare, repairs_json

from .conftest import REPO, TESTS

SAMPLES = sorted((REPO / "samples").glob("*.txt"))
EXPECTED = TESTS / "expected"


def _check(actual: bytes, expected_path: Path, accept: bool) -> None:
    if accept:
        expected_path.write_bytes(actual)
        return
    assert expected_path.exists(), (
        f"no golden file {expected_path}; run pytest --accept and review it"
    )
    expected = expected_path.read_bytes()
    if actual != expected:
        actual_path = expected_path.with_name(expected_path.name + ".actual")
        actual_path.write_bytes(actual)
        pytest.fail(
            f"{expected_path.name} differs from the output (written to {actual_path}); "
            f"if the change is right: python -m pytest {Path(__file__).name} --accept, "
            "then review git diff tests/expected"
        )


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_matches_golden_jats(sample: Path, accept: bool) -> None:
    prepared = prepare(sample.relative_to(REPO) if sample.is_relative_to(REPO) else sample)
    _check(prepared.jats, EXPECTED / f"{sample.stem}.xml", accept)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_matches_golden_repairs(sample: Path, accept: bool) -> None:
    _check(repairs_json(prepare(sample)), EXPECTED / f"{sample.stem}.repairs.json", accept)


MANUSCRIPTS = sorted((TESTS / "fixtures" / "rich").glob("manuscript.*"))


@pytest.mark.parametrize("manuscript", MANUSCRIPTS, ids=lambda p: p.name)
def test_manuscript_matches_golden_jats_and_repairs(manuscript: Path, accept: bool) -> None:
    """The rich manuscripts (issue 14): their JATS, and the repairs located in the file."""
    prepared = prepare(manuscript.relative_to(REPO))
    folder = EXPECTED / "rich"
    folder.mkdir(exist_ok=True)
    _check(prepared.jats, folder / f"{manuscript.name}.xml", accept)
    _check(repairs_json(prepared), folder / f"{manuscript.name}.repairs.json", accept)


TEXTS = sorted((TESTS / "fixtures" / "text").glob("*.txt"))


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_text_fixture_matches_golden_jats_and_repairs(text: Path, accept: bool) -> None:
    """Texts with plain-text lists, tables and notes (issue 12 item 6): `list` with each item's
    `label`, `table-wrap`, `fn` called by `xref`, and the repairs that kept their lines."""
    prepared = prepare(text.relative_to(REPO))
    folder = EXPECTED / "text"
    folder.mkdir(exist_ok=True)
    _check(prepared.jats, folder / f"{text.stem}.xml", accept)
    _check(repairs_json(prepared), folder / f"{text.stem}.repairs.json", accept)
