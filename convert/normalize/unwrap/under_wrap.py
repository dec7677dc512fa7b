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
from ...chars import KANA_RE, mostly_wide
from .measure import LINE_SPACES, cells

# the marks a line may end on past the measure (`remeasured._HUNG`)
_HUNG = "，。、：；！？”’）》」』"
_DECIMAL_RE = re.compile(r"(?<=[0-9])\.(?=[0-9])")
# how many cells short of the wrap over it a line must stop: a pushed opening mark is one
SHORT_BY = 2
# the ASCII a CJK page sets half a cell wide where its wraps show digits so (`digits_half`):
# figures (a decimal point read apart), a note's call (`[1]`), Latin letters
_HALF = frozenset("0123456789%[]abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _wrap_cells(line: str) -> int:
    """The wrap's cells (ASCII half) less a mark hung past the measure."""
    return cells(line) - (line[-1:] in _HUNG)


def _line_cells(line: str, digits_half: bool) -> float:
    """The line's cells, counted so as never to read it short: where the text's wraps show its
    digits set half a cell (`half_digits.set_half`), figures, Latin letters and a decimal point
    half a cell and any other ASCII (a mark, a space) a whole one, as where a mark was put in
    after the wrap in place of a full-width one (bench/accuracy.py's generator:
    `story_measure.counts_in_cells`); elsewhere every character a cell (that generator wraps
    at a count of characters: `…2025年…频道播出。`, 38 characters under a wrap of 38 cells)."""
    if not digits_half:
        return len(line)
    decimals = len(_DECIMAL_RE.findall(line))
    return sum(0.5 if ch in _HALF else 1.0 for ch in line) - decimals / 2


def stops_short_under_wrap(
    line: str, before: Sequence[str], wide: int, digits_half: bool = False
) -> bool:
    """`line` (stripped, mostly wide, no kana) reaches the text's measure `wide` in characters
    (read full, the line goes to `full_line_ends`; a shorter one ends its paragraph by its
    length already) and finishes a sentence two cells or more (`SHORT_BY`) short of the line
    over it in its paragraph (`before[-1]`), a wrap (mostly wide, ending no sentence): the
    paragraph ends here. Not a figure's decimal point (`…7332.` / `6亿元`).

    Evidence (bench/README.md, "Flush pages: the breaks the language-free ceiling gets right
    and Galley does not"): the blind model's tuning halves, seeds 0-4 and 10-14, every break
    `paragraph_ends_here` joined: on flush, narrow and indented pages 3 such lines, each a
    paragraph's end (`…做好发射前的各项准备工作。` / `1.23时44分…`, 27 cells under a wrap of 29),
    no wrap. Counting digits and Latin letters half a cell on every page, 8 paragraph ends and
    no wrap there, but in bench/normalize_identity.py's `files` (bench/damage.py, which wraps at
    a count of characters) a wrap ended: `…2025年…频道播出。` / `该片全景展现…`.
    """
    if not wide or len(line) < wide or not before or not ends_paragraph(line):
        return False
    if line[-1:] == "." and line[-2:-1].isdigit():
        return False
    if not mostly_wide(line) or KANA_RE.search(line):
        return False  # (Chinese only: no Japanese text was looked at)
    above = before[-1].strip(LINE_SPACES)
    if not mostly_wide(above) or ends_paragraph(above):
        return False
    return _line_cells(line, digits_half) <= _wrap_cells(above) - SHORT_BY
