"""A column whose measure widens at a sentence end: the paragraph ends there (issue 12).

A page sets a story's paragraphs to different measures where it runs them around a picture or
from one column into a wider one (issue 12, item 4: `anywhere from 10 to 25 characters`). A
wrap fills its measure, so no line of a paragraph passes the lines before it by more than a
hanging mark or two: a line set wider than its paragraph's measure opens another paragraph.
`decide._shorter_than_next` holds the same fact for a line and the next alone (20 % and two
characters longer, whatever the measure); here the measure is the paragraph's own (the
region's, `regions.region_measure`), so a full last line over a paragraph set a few cells
wider ends its paragraph as well.
"""

from __future__ import annotations

from ...blocks import ends_paragraph
from ...chars import KANA_RE, mostly_wide
from .measure import HANGING, Widths, cells

# the marks a line may end on past the measure (`regions.HANG_MARKS`)
_HUNG = "，。、：；！？”’）》」』"
# the marks that end a paragraph's last line (a short line under a wider one)
_SENTENCE_END = "。！？"


def _width(line: str) -> int:
    """A line's cells (ASCII half a cell) less a mark hung past the measure."""
    return cells(line) - (line[-1:] in _HUNG)


def widens_under(line: str, next_line: str, after_next: str, widths: Widths, run: int) -> bool:
    """`line` (stripped, ending a sentence, not its paragraph's first: `run`, the paragraph's
    characters so far, passes its length) stays within its paragraph's measure
    (`widths.wide`, learnt, not guessed) and the next line passes it by more than a hanging
    mark or two (`HANGING`), as does the line after it, unless that one is the new paragraph's
    last line (it ends a sentence): the break opens a new measure, and a new paragraph.

    The second line guards against a line that passes the measure alone (a line of Latin
    text, whose cells are a guess). A first line is measured with the lines under it
    (`region_measure`), so it never passes. Chinese only (no kana): no Japanese text was
    looked at.

    Evidence: no line of a typeset page passes its paragraph's measure, and the rule never
    holds on the pdftotext text of the typeset PDFs (bench/accuracy_extracted.py, every
    layout, both halves: 0 breaks), nor changes any clean text. On the blind model's tuning
    half, seeds 0-1 (bench/README.md, "Narrow and flush pages: a paragraph set wider"), it
    changes 8 breaks, each a paragraph end of the corpus article (`…共创亚太美好明天。` /
    `与会经济体领导人积极支持中国…`, 29 cells then 35; `…何立峰等出席欢迎仪式。` / `陪同卢卡申科
    访华的有…外交` / `部部长等。`, 19 then 25), three of them before an opener the corpus
    says goes on (`与此同时`, `二是`: `openers`), which the width outweighs.
    """
    measure = widths.wide
    if not measure or widths.guessed or run <= len(line) or not after_next:
        return False
    if not ends_paragraph(line) or not mostly_wide(line) or KANA_RE.search(line):
        return False
    room = measure + HANGING
    return (
        _width(line) <= room
        and _width(next_line) > room
        and (_width(after_next) > room or after_next[-1:] in _SENTENCE_END)
    )
