"""Inter-character justification (`convert/engines/weasyprint/justify.py`) on cases the samples
do not hold; every sample's lines are checked in tests/writers/test_typesetting.py."""

from __future__ import annotations

import shutil
import statistics

import pytest

from convert.engines.weasyprint import justify
from convert.writers import WriteOptions
from convert.writers import pdf as pdf_writer
from tests.conftest import FIXTURES
from tests.support.pdf_lines import pdf_lines

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _lines(*paragraphs: str, style: str = "news-zh") -> tuple[float, list[str], list[float]]:
    """The measure's right edge, and each line's text and right end, as poppler reads them."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    page = f'<html lang="ja"><body>{body}</body></html>'
    options = WriteOptions(source_date_epoch=946684800, style=style)
    width, lines = pdf_lines(
        pdf_writer.html_to_pdf(page.encode(), options, options.style_for("ja"))
    )
    left = statistics.mode(round(line.x0, 1) for line in lines)
    return width - left, [line.text for line in lines], [line.x1 for line in lines]


def test_an_ideographic_space_that_ends_a_line_hangs_past_the_measure() -> None:
    """The first line (44 em after the 1 em indent) holds 42 characters and the space, and the
    Latin word after it cannot follow on the line: the line's ？ meets the measure, where it
    ended an em and more short when the space kept its room."""
    first = "字" * 40 + "のか？\u3000"
    right, texts, ends = _lines(first + "Copenhagen" * 3 + "字" * 60)
    assert texts[0].rstrip() == first.rstrip("\u3000") and len(texts) > 2
    assert abs(ends[0] - right) < 0.5, (ends[0], right)


def test_a_line_the_ideographic_space_overflows_is_justified_too() -> None:
    """In book-en (a measure of 38.2 em after the indent) this paragraph of the Japanese test
    text breaks after のか？ and its space, which overflow the measure: WeasyPrint aligned
    nothing there and the ？ ended 7.8 pt short."""
    text = (FIXTURES / "typesetting" / "ja-typesetting.txt").read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")[1:3]  # indented as the second paragraph (book-en)
    right, texts, ends = _lines(*paragraphs, style="book-en")
    broken = next(i for i, line in enumerate(texts) if line.rstrip().endswith("のか？"))
    assert broken < len(texts) - 1  # the case is there: the space ends a line
    assert abs(ends[broken] - right) < 0.5, (ends[broken], right)


def test_a_line_ending_in_an_ideographic_space_gives_its_room_to_the_gaps() -> None:
    class Box:
        def __init__(self, text: str, size: float) -> None:
            self.text, self.style = text, {"font_size": size}

    assert justify.hanging_width([Box("好吗？\u3000", 10.0), Box("\u2060", 12.0)]) == 10.0
    assert justify.hanging_width([Box("\u3000\u3000", 10.0)]) == 20.0
    assert justify.hanging_width([Box("好\u3000吗", 10.0)]) == 0.0
