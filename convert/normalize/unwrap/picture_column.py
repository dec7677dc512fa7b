"""Lines in a column narrowed beside a picture are wraps (issue 12, narrow pages).

A printed page runs its text around a picture: for 5 to 14 lines the column is narrower (the
fifth damage model's `picture`; a page laid out with a floated figure, through pdftotext). A
line there that holds no sentence mark has a heading's look, and `decide.paragraph_ends_here`
cut its paragraph: at a paragraph's first line (`刘争是中国运载火箭` / `技术研究院的工艺师，` /
`他的工作就是设计研发…`, 9 and 10 cells under a measure of 16: `picture_column`) and in the
middle of one (`维护自身霸权。美西方少数国家` / `无论如何炒作表演，都抹杀不了`, 14 cells under
20: `picture_goes_on`). `heading_look.column_under` and `goes_on_over` ask for a column of one
width over or under the line, and not on pages whose paragraphs are set apart by blank lines;
beside a picture the narrow run opens under a full line and may end one line under.
`narrow_column` and `narrow_goes_on` ask both, where `decide` asked the `heading_look` rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...blocks import ends_paragraph
from ...chars import KANA_RE, is_han, mostly_wide
from .heading_look import column_goes_on, column_under, goes_on_over
from .measure import LINE_SPACES, cells
from .paragraphing import Paragraphing
from .regions import HANG_MARKS
from .story_measure import counts_in_cells

# a mark of running text: a headline's second line holds none of them
_RUNNING = "，、,"
# marks of running text inside a line (`heading_look._INSIDE`), and the lines over it asked
_INSIDE = "，。！？,"
_ASKED = 3
# cells a narrowed column's lines stop short of the text's measure by, at least: a line a cell
# short is a wrap at the measure (digits counted half, a mark pushed on), and a headline over a
# column's first line that reads a cell short is no picture (WeasyPrint's two columns through
# pdftotext, tuning half: `美国新泽西州一高中发生枪击` / `据美国媒体8月31日报道，美国`)
_SHORT = 2
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
    beside a picture, all on pages of blank-line paragraphs, where `column_under` is not
    asked; joined, with no end lost there nor on the blind model's narrow and flush pages (2
    of their splits joined, seeds 10-14).
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
        width <= wide - _SHORT
        and cells(next_line) <= wide - _SHORT
        and abs(_set_width(next_line) - width) <= 1
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


def picture_goes_on(before: Sequence[str], line: str, next_line: str, wide: int) -> bool:
    """`line` (stripped, Han) goes on a paragraph in a column narrowed beside a picture: one of
    the paragraph's three lines over it is at the text's measure (`wide`: the picture begins
    under it), the lines between are within a cell of `line`, and each is cut inside a word;
    `line` and `next_line` are short of the measure, and `next_line` is within a cell of `line`
    (the column goes on) or ends the paragraph no wider. The paragraph is running text: a
    sentence's mark or a comma inside `line` or a line over it. A heading opens under a
    paragraph's end; a headline's lines hold no such mark.

    Unlike `heading_look.goes_on_over`, asked on pages of blank-line paragraphs too, and where
    the line over is wider: the column narrows in the middle of a paragraph. A story set at a
    measure of its own, a cell or two short of the text's, shows no line at the measure over
    it (the blind model's narrow pages, where such a join moved a sentence's end under it to
    the openings it taught itself: `…需求快速上升。` / `一季度，工…`).

    Evidence (bench/split_rules.py, the fifth model's narrow pages, tuning halves, seeds 0-4
    and 10-14): 4 of the heading's look's 10 splits inside paragraphs, in two paragraphs
    narrowed in their middle, one indented, one of blank-line paragraphs.
    """
    if not before or not wide or not (mostly_wide(line) and mostly_wide(next_line)):
        return False
    over = [text.strip(LINE_SPACES) for text in before[-_ASKED:]]
    if KANA_RE.search(line + next_line) or not counts_in_cells("".join(over) + line + next_line):
        return False
    if not any(mark in text for text in (line[:-1], *over) for mark in _INSIDE):
        return False
    if any(_PAUSE_RE.search(text) for text in (over[-1], line, next_line)):
        return False
    width = _set_width(line)
    if width > wide - _SHORT or cells(next_line) > wide - _SHORT:
        return False
    under = _set_width(next_line)
    if not (abs(under - width) <= 1 or (ends_paragraph(next_line) and under <= width + 1)):
        return False
    for above in reversed(over):
        if not _cut_in_words(above) or KANA_RE.search(above):
            return False
        if _set_width(above) >= wide - 1:
            return True  # the picture begins under it
        if abs(_set_width(above) - width) > 1:
            return False
    return False


def _cut_in_words(line: str) -> bool:
    """`line` ends inside running text: on a Han character, a digit or a letter, or a pause."""
    end = line[-1:]
    return bool(end) and (is_han(end) or (end.isascii() and end.isalnum()) or end in "，、,")


def narrow_goes_on(
    before: Sequence[str], line: str, next_line: str, wide: int, paragraphing: Paragraphing
) -> bool:
    """`heading_look.goes_on_over` or `picture_goes_on`: a line with a heading's look whose
    paragraph goes on over it (asked where the heading's look would end the paragraph)."""
    return goes_on_over(before, line, next_line, paragraphing) or (
        picture_goes_on(before, line, next_line, wide)
    )


def narrow_column_goes_on(
    before: Sequence[str], line: str, next_line: str, wide: int, paragraphing: Paragraphing
) -> bool:
    """`heading_look.column_goes_on` or `picture_goes_on` (asked where the next line looks
    like a short heading, whose look alone ends the line's paragraph)."""
    return column_goes_on(before, line, next_line, paragraphing) or (
        picture_goes_on(before, line, next_line, wide)
    )
