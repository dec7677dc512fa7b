"""Every sample's PDF read back line by line (`pdftotext -bbox-layout`) as a typesetter checks it:
justified lines end flush, no mark stands at a line edge clreq forbids, adjacent marks are
compressed. See tests/support/pdf_lines.py for how the lines are classified.

Besides samples/ (Simplified and Traditional Chinese, English), a Japanese text written for
these tests (tests/fixtures/typesetting/ja-typesetting.txt, no third-party rights: the Japanese corpus
at hand is CC BY-ND, see samples/SOURCES.md)."""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path

import pytest

from convert.run.pipeline import prepare
from convert.writers import WriteOptions, get_writer
from tests.conftest import FIXTURES, REPO
from tests.support.pdf_lines import (
    edge_violations,
    expected_em,
    justified_lines,
    mark_pairs,
    pdf_lines,
    short_lines,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

DOCUMENTS = [
    *sorted((REPO / "samples").glob("*.txt")),
    FIXTURES / "typesetting" / "ja-typesetting.txt",
]
# text-indent of a body paragraph, in ems of the body size (news-zh 2 em, 1 em in Japanese;
# book-en 1.5 em)
INDENT = {"zh": (2.0, 10.5), "ja": (1.0, 10.5), "en": (1.5, 11.0)}


@pytest.fixture(scope="module", params=DOCUMENTS, ids=lambda path: path.stem)
def sample(request: pytest.FixtureRequest) -> tuple[str, bytes]:
    prepared = prepare(Path(request.param))
    return prepared.document.lang, get_writer("pdf")(prepared.document, WriteOptions())


def test_every_justified_line_ends_at_the_measure(sample: tuple[str, bytes]) -> None:
    lang, data = sample
    width, lines = pdf_lines(data)
    left = statistics.mode(round(line.x0, 1) for line in lines)  # the house styles' margins
    ems, size = INDENT[lang.split("-")[0]]  # are the same on both sides
    justified = justified_lines(lines, left, ems * size)
    assert len(justified) > 20  # the classification found the paragraphs
    short = short_lines(justified, width - left, tolerance=0.5, em=size)
    assert [(line.page, round(width - left - line.x1, 2), line.text[:30]) for line in short] == []


def test_no_line_starts_or_ends_with_a_forbidden_mark(sample: tuple[str, bytes]) -> None:
    _, data = sample
    assert edge_violations(pdf_lines(data)[1]) == []


def test_adjacent_marks_take_the_room_their_language_gives_them(
    sample: tuple[str, bytes],
) -> None:
    """Measured between the characters around the pair, less what the line's justification
    added to the three gaps (`Pair.set_em`); a pair left at full width measures 2 em."""
    lang, data = sample
    pairs = mark_pairs(data)
    wrong = [p for p in pairs if abs(p.set_em - expected_em(lang, p.marks)) > 0.03]
    assert wrong == []
    if lang.startswith(("zh", "ja")):
        assert pairs  # every CJK document here has pairs to measure
