"""Every sample's PDF read back line by line (`pdftotext -bbox-layout`) as a typesetter checks it:
justified lines end flush, no mark stands at a line edge clreq forbids, adjacent marks are
compressed. See tests/support/pdf_lines.py for how the lines are classified."""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path

import pytest

from convert.run.pipeline import prepare
from convert.writers import WriteOptions, get_writer
from tests.conftest import REPO
from tests.support.pdf_lines import (
    edge_violations,
    justified_lines,
    mark_pairs,
    pdf_lines,
    short_lines,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

SAMPLES = sorted((REPO / "samples").glob("*.txt"))
# text-indent of a body paragraph, in ems of the body size (news-zh 2 em, book-en 1.5 em)
INDENT = {"zh": (2.0, 10.5), "en": (1.5, 11.0)}


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda path: path.stem)
def sample(request: pytest.FixtureRequest) -> tuple[str, bytes]:
    prepared = prepare(Path(request.param))
    lang = prepared.document.lang.split("-")[0]
    return lang, get_writer("pdf")(prepared.document, WriteOptions())


def test_every_justified_line_ends_at_the_measure(sample: tuple[str, bytes]) -> None:
    lang, data = sample
    width, lines = pdf_lines(data)
    left = statistics.mode(round(line.x0, 1) for line in lines)  # the house styles' margins
    ems, size = INDENT[lang]  # are the same on both sides
    justified = justified_lines(lines, left, ems * size)
    assert len(justified) > 40  # the classification found the paragraphs
    short = short_lines(justified, width - left, tolerance=0.5)
    assert [(line.page, round(width - left - line.x1, 2), line.text[:30]) for line in short] == []


def test_no_line_starts_or_ends_with_a_forbidden_mark(sample: tuple[str, bytes]) -> None:
    _, data = sample
    assert edge_violations(pdf_lines(data)[1]) == []


def test_adjacent_closing_marks_take_one_and_a_half_em(sample: tuple[str, bytes]) -> None:
    """Measured between the characters around the pair, so the justification of the line adds
    up to three gaps' worth; a pair left at full width measures 2 em. Traditional Chinese
    faces set ？！：； in the middle of the em, where `halt` changes nothing, so those pairs are
    left out (bench/typesetting.py prints them)."""
    _, data = sample
    pairs = [pair for pair in mark_pairs(data) if pair.marks[0] not in "？！：；"]
    assert [pair for pair in pairs if not 1.45 < pair.em < 1.6] == []
