"""A sentence's last line two cells or more short of the wrap over it ends its paragraph (issue 12).

A wrap fills its measure: the generator or the typesetter moves at most one opening mark down
(a cell short) or hangs one closing mark past it (`_HUNG`, taken off the wrap's width). So a line
that finishes a sentence two cells or more short of the wrap over it in its paragraph stops where
the writer ended it, whatever the text's measure reads. `remeasured.short_of_its_wrap` asks the
same of a line at the text's measure, counted in characters and three short; this asks it of the
lines `decide.paragraph_ends_here` would send to `full_line_ends` (at or past the text's measure
in a story set wider than the text's other stories), counted in cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...blocks import ends_paragraph
from ...chars import mostly_wide
from .measure import LINE_SPACES, cells

# the marks a line may end on past the measure (`remeasured._HUNG`)
_HUNG = "，。、：；！？”’）》」』"
_DECIMAL_RE = re.compile(r"(?<=[0-9])\.(?=[0-9])")
# how many cells short of the wrap over it a line must stop: a pushed opening mark is one
SHORT_BY = 2
# ASCII a CJK column sets half a cell wide whatever generator put it in: figures (a decimal
# point read apart), Latin letters, a note's call (`[1]`)
_HALF = frozenset("0123456789%[]abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _wrap_cells(line: str) -> int:
    """The wrap's cells (ASCII half) less a mark hung past the measure."""
    return cells(line) - (line[-1:] in _HUNG)


def _line_cells(line: str) -> float:
    """The line's cells, counted so as never to read it short: figures, Latin letters and a
    decimal point half a cell, any other ASCII (a mark, a space) a whole one, as where a mark
    was put in after the wrap in place of a full-width one (bench/accuracy.py's generator:
    `story_measure.counts_in_cells`)."""
    decimals = len(_DECIMAL_RE.findall(line))
    return sum(0.5 if ch in _HALF else 1.0 for ch in line) - decimals / 2


def stops_short_under_wrap(line: str, before: Sequence[str]) -> bool:
    """`line` (stripped, mostly wide) finishes a sentence two cells or more (`SHORT_BY`) short
    of the line over it in its paragraph (`before[-1]`), a wrap (mostly wide, ending no
    sentence): the paragraph ends here. Not a figure's decimal point (`…7332.` / `6亿元`).

    Evidence (bench/README.md, "Flush pages: a sentence's last line short of the wrap over
    it"): the blind model's tuning halves, seeds 0-4 and 10-14, every call of
    `paragraph_ends_here` that joined its break: on flush pages 10 visible paragraph ends and
    1 invisible one, on narrow and indented pages 4 and 1, no wrap.
    """
    if not before or not ends_paragraph(line) or (line[-1:] == "." and line[-2:-1].isdigit()):
        return False
    above = before[-1].strip(LINE_SPACES)
    if not mostly_wide(above) or ends_paragraph(above):
        return False
    return _line_cells(line) <= _wrap_cells(above) - SHORT_BY
