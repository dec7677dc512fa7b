"""Han–Latin spacing (`convert/engines/weasyprint/autospace.py`): a quarter em where a style asks
for it, none where it does not, the text unchanged and justified lines still flush."""

from __future__ import annotations

import itertools
import shutil

import pytest

from convert.engines.weasyprint import autospace
from convert.writers import WriteOptions
from convert.writers import pdf as pdf_writer
from tests.support.pdf_lines import pdf_lines

BODY = "据统计，2022年前三季度北京市GDP增长了5.2%，其中第三产业占比达到83.8%以上。" * 3
OPTIONS = WriteOptions(source_date_epoch=946684800)


def _pdf(sheet: str) -> bytes:
    page = f'<html lang="zh"><head><style>{sheet}</style></head><body><p>{BODY}</p></body></html>'
    return pdf_writer.html_to_pdf(page.encode(), OPTIONS, OPTIONS.style_for("zh"))


def _chars(data: bytes) -> list[tuple[str, float, float, float]]:
    from io import BytesIO

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    found = []

    def walk(item: object) -> None:
        if isinstance(item, LTChar):
            found.append((item.get_text(), item.x0, item.x1, item.size))
        for child in getattr(item, "_objs", []):
            walk(child)

    for page in extract_pages(BytesIO(data)):
        walk(page)
    return found


def _gap_before(chars: list[tuple[str, float, float, float]], text: str) -> float:
    """The room before the first `text[1]` that follows `text[0]`, in ems."""
    for (a, _, a_end, size), (b, b_start, _, _) in itertools.pairwise(chars):
        if (a, b) == (text[0], text[1]):
            return (b_start - a_end) / size
    raise AssertionError(f"{text!r} not found")


def test_boundaries_skip_punctuation() -> None:
    assert autospace.boundaries("的GDP增") == [1, 4]
    assert autospace.boundaries("5.2%，其") == []


def test_a_quarter_em_where_the_style_asks_and_none_by_default() -> None:
    spaced = _chars(_pdf("html { --galley-han-latin-spacing: 0.25em }"))
    plain = _chars(_pdf(""))
    assert [c[0] for c in spaced] == [c[0] for c in plain]  # the same characters
    for pair in ("市G", "P增", "了5"):
        assert _gap_before(plain, pair) < 0.05, pair
        assert 0.2 < _gap_before(spaced, pair) < 0.32, pair  # justification adds a little
    assert _gap_before(spaced, "%，") < 0.05  # never next to punctuation


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
def test_justified_lines_stay_flush() -> None:
    width, lines = pdf_lines(_pdf("html { --galley-han-latin-spacing: 0.25em }"))
    body = [line for line in lines if line.text.strip() and not line.text.strip().isdigit()]
    assert len(body) >= 3
    assert all(abs(line.x1 - (width - 61.3)) < 0.5 for line in body[:-1]), body
