"""Damaged PDFs: a clear InputError naming the file, or text; never another exception, never a
hang. Cut at several points and with bytes overwritten (seeded), from a real page."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from convert.errors import InputError
from convert.readers.pdf.model import PdfText
from convert.readers.pdf.reader import read


def _outcome(path: Path) -> str:
    try:
        result = read(path, time_limit=30)
    except InputError as exc:
        assert exc.path == path and str(exc).startswith(str(path))
        return "refused"
    assert isinstance(result, PdfText) and result.text.strip()
    return "read"


@pytest.mark.parametrize("share", [0.02, 0.3, 0.6, 0.95])
def test_a_truncated_pdf_is_read_or_refused_by_name(
    newspaper_pdf: Path, tmp_path: Path, share: float
) -> None:
    data = newspaper_pdf.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * share)])
    assert _outcome(path) in ("read", "refused")


def test_pdfs_with_overwritten_bytes_are_read_or_refused_by_name(
    newspaper_pdf: Path, tmp_path: Path
) -> None:
    data = newspaper_pdf.read_bytes()
    rng = random.Random(15)
    outcomes = set()
    for round_ in range(12):
        damaged = bytearray(data)
        for _ in range(40):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"damaged-{round_}.pdf"
        path.write_bytes(bytes(damaged))
        outcomes.add(_outcome(path))
    assert outcomes <= {"read", "refused"}


def test_the_head_of_a_pdf_alone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "head.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert _outcome(path) == "refused"
