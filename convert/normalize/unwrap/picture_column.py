"""A paragraph's first line in a column narrowed beside a picture (issue 12, narrow pages).

A printed page runs its text around a picture: for a few lines the column is narrower, and a
paragraph whose first line falls there opens with a line well short of the text's measure.
Holding no sentence mark, it has a heading's look, and `decide.paragraph_ends_here` cut the
paragraph under it (`刘争是中国运载火箭` / `技术研究院的工艺师，` / `他的工作就是设计研发…`, 9
and 10 cells under a measure of 16). `heading_look.column_under` joins such a line where two
lines of its width follow, and not on pages whose paragraphs are set apart by blank lines;
beside a picture the narrow run may end one line under, or the paragraph with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...blocks import ends_paragraph
from ...chars import KANA_RE, mostly_wide
from .heading_look import column_under
from .measure import cells
from .paragraphing import Paragraphing
from .regions import HANG_MARKS
from .story_measure import counts_in_cells

# a mark of running text: a headline's second line holds none of them
_RUNNING = "，、,"
# a space between two wide characters: a headline's pause (`heading_look`, `spaced_heads`)
_PAUSE_RE = re.compile(r"[^\x00-\x7f][ \u3000][^\x00-\x7f]")


def picture_column(
    before: Sequence[str], line: str, next_line: str, after_next: str, wide: int
) -> bool:
    """`line` (stripped, Han) opens its paragraph (`before` empty) in a narrowed column:
    `next_line` is within a cell of it (marks hung past the measure aside), both are short of
    the text's measure (`wide`), and `next_line` is running text cut inside a sentence (a
    pause in it, no sentence end at its end). `after_next` either stays in the column (no
    wider than it by more than a cell, the paragraph's last line included) or is back at the
    text's measure (the picture ended). A heading over its paragraph stands over a line at
    the paragraph's own measure; a headline's second line holds no pause.

    Evidence (bench/split_rules.py, the fifth model's narrow pages, tuning halves, seeds 0-4
    and 10-14): 5 of the heading's look's 10 splits inside paragraphs were such first lines
    beside a picture, 4 of them on pages of blank-line paragraphs, where `column_under` is not
    asked.
    """
    if before or not wide or ends_paragraph(next_line):
        return False
    if not (mostly_wide(line) and mostly_wide(next_line)) or KANA_RE.search(line + next_line):
        return False
    if not any(mark in next_line for mark in _RUNNING):
        return False
    if not counts_in_cells(line + next_line + after_next):
        return False
    if _PAUSE_RE.search(line) or _PAUSE_RE.search(next_line):
        return False
    width = _set_width(line)
    if not (
        width < wide - 1 and cells(next_line) < wide and abs(_set_width(next_line) - width) <= 1
    ):
        return False
    rest = _set_width(after_next)
    return rest <= width + 1 or rest >= wide - 1


def narrow_column(
    before: Sequence[str],
    line: str,
    next_line: str,
    after_next: str,
    wide: int,
    paragraphing: Paragraphing,
) -> bool:
    """`heading_look.column_under` or `picture_column`: a first line with a heading's look that
    opens a column of wraps (asked where the heading's look would end the paragraph)."""
    return column_under(before, line, next_line, after_next, wide, paragraphing) or (
        picture_column(before, line, next_line, after_next, wide)
    )


def _set_width(line: str) -> int:
    """The cells `line` fills up to the measure, the marks hung past it at its end aside (as
    `heading_look` measures)."""
    return cells(line) - (len(line) - len(line.rstrip(HANG_MARKS)))
