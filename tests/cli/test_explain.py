"""`galley explain` and `galley normalize`: one file's changes, diff and JATS on standard output."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.cli import main

from ..conftest import REPO
from . import SEED


def test_normalize_prints_the_jats(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["normalize", str(SEED)]) == 0
    out = capsysbinary.readouterr().out
    assert out == (REPO / "tests" / "expected" / "000_331d64802fbda7f9.xml").read_bytes()


def test_explain_lists_every_change_with_its_position(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "read as utf-8" in out
    assert f"{SEED}:67:139: warning: stray/stray-word: ' and ' -> '和' — stray Latin word" in out
    assert out.rstrip().endswith("185 changes, 0 flags")


def test_explain_diff_shows_the_repairs_as_a_unified_diff(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["explain", str(SEED), "--diff"]) == 0
    out = capsys.readouterr().out
    assert f"--- a/{SEED}\n+++ b/{SEED} (normalized)\n" in out
    assert "-□本报记者" not in out  # unchanged lines are context, not removals
    # line 67's commas are repaired, and its spaced `and` replaced: line 27 writes 智慧和力量
    assert any(line.startswith("+") and "智慧和力量。" in line for line in out.splitlines())
    assert any(line.startswith("-") and "智慧 and 力量。" in line for line in out.splitlines())


def test_explain_and_normalize_read_the_files_nearest_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As convert and check do: the [severity] and [normalize] of the galley.toml above it."""
    article = tmp_path / "desk" / "a.txt"
    article.parent.mkdir()
    article.write_bytes(SEED.read_bytes())
    (tmp_path / "desk" / "galley.toml").write_text(
        '[severity]\nstray-word = "error"\n[normalize]\nstray-replacements = {}\n',
        encoding="utf-8",
    )
    assert main(["explain", str(article)]) == 0
    # not replaced (an empty dictionary: `and` is judged as an English conjunction), and an error
    assert f"{article}:67:140: error: stray/stray-word: flag — English conjunction 'and'" in (
        capsys.readouterr().out
    )
    assert main(["normalize", str(article)]) == 0
    assert "智慧 and 力量" in capsys.readouterr().out
