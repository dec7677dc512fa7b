"""A justified line cut at its one space: `pdftotext` sets its two halves apart as blocks.

WeasyPrint justifies a CJK line by widening its spaces, and a line holds a space only where the
source had one (a two-part headline restated in a lead, `《迈上新征程 创造新伟业——…》`, a quoted
slogan, `“沪上‘拼’单 美好生活”`). The whole slack of that line goes into the one space, and
`pdftotext` (default mode) reads the wide gap as a gutter: the line's left half ends its block,
its right half is a block of one line, and the next line opens a third block. The layout pass
joined the halves with nothing between them, the source's space lost. The page shows it: the
two halves fill the measure but for the space, and the right half ends inside a sentence (a
justified line is never a paragraph's last).

Evidence: bench/accuracy_extracted.py's tuning halves (weasy-narrow, weasy-1col, office-1col,
weasy, office), every block's last line before a block of one line, Han on both sides, the two
within four cells of the measure: 8 were the halves of a line holding the source's space, 4 were
apart (interleaved columns of weasy and office, each left line a block of its own). These rules
take 6, all right; they leave a headline's (set to its own measure) and a paragraph's first line
under a heading (no body line above it to tell its measure). bench/README.md, "A justified
line cut at its wide space".
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...blocks import Block
from ...changes import Edit
from ...chars import HAN, SENTENCE_END, is_han
from ..context import Context
from .measure import cells
from .restated_space import AFTER, BEFORE, respaced

# what a space between a line's two halves stands between (`spaced_heads.HEADLINE_SPACE`, less
# the digits: see `DIGIT_GAP_RE`)
BEFORE_GAP = "”》）"
AFTER_GAP = "“《（"
# cells the two halves fall short of the measure by at most, the space counted as none: a space
# is narrower than a cell, and the next character did not fit (two: a mark kept off the next
# line's start took a character with it); an ASCII character is half a cell, not rounded
SLACK = 2.0
# the line above the left half is one of the body's (a wrap, or a first line less its indent):
# a headline's or a caption's lines, set in another size, have a measure of their own
ABOVE_SHORT = 2
# a number set between spaces in Han text (`2023 年`): a LibreOffice page read by `pdftotext`,
# which spreads a justified CJK line over all its characters, never over one wide space (no
# weasy-* text of the tuning halves holds one, every office-1col text does)
DIGIT_GAP_RE = re.compile(f"[{HAN}] [0-9]+ ?[{HAN}]")
NOTE = "a justified line cut at its wide space: its halves joined with the space"


def gap_joins(
    text: str, edits: list[Edit], blocks: list[Block], wide: int, context: Context, varied: bool
) -> tuple[list[Edit], list[Edit]]:
    """The unwrap pass's `edits` with the spaces the text restates (`restated_space`), and the
    joins of the halves of a justified line (`justified_halves`; not where the measure varies:
    `wide` is then no line's). The first round only: both read the lines as the page set them."""
    if wide <= 0:
        return edits, []  # (no CJK lines: nothing to look for, not even the Latin text's spaces)
    halves = [] if varied else justified_halves(text, blocks, wide)
    # (a line's halves joined here set their words apart as that line does: `…迈上新征程 创造新伟业…`)
    keys = [text[e.start - BEFORE : e.start] + text[e.end : e.end + AFTER] for e in halves]
    return respaced(text, edits, text, context.headlines, keys), halves


def justified_halves(text: str, blocks: list[Block], wide: int) -> list[Edit]:
    """The space between a block's last line and the one-line block after it, where the two are
    the halves of one justified line (module docstring). `wide`: the text's measure in cells
    (0: none, or the measures vary)."""
    if wide <= 0:
        return []
    edits: list[Edit] = []
    for block, half in pairwise(blocks):
        right = half.text
        if not right or "\n" in right or right[-1] in SENTENCE_END:
            continue
        if not (is_han(right[0]) or right[0] in AFTER_GAP):
            continue
        cut = block.text.rfind("\n")  # (a line of its own is no wrap's: office's columns)
        left = block.text[cut + 1 :]
        if cut < 0 or not left or not (is_han(left[-1]) or left[-1] in BEFORE_GAP):
            continue
        if len(left) > 1 and left[-2] in SENTENCE_END:
            continue  # a paragraph's last line (`…。”`) over a subhead of one line
        above = block.text[block.text.rfind("\n", 0, cut) + 1 : cut]
        short = wide - (_width(left) + _width(right))
        if 0 < short <= SLACK and cells(above) >= wide - ABOVE_SHORT:
            edits.append(Edit(block.end, half.start, " ", "unwrap", NOTE))
    # (the whole text searched only where a pair was found: most texts have none)
    return edits if not edits or DIGIT_GAP_RE.search(text) is None else []


def _width(line: str) -> float:
    """The cells `line` fills, an ASCII character half of one (`measure.cells`, not rounded)."""
    return len(line) - len(line.encode("ascii", "ignore")) / 2
