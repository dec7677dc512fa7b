"""Page breaks inside an English paragraph that the page's last line hides.

The furniture pass takes a page's foot and the next page's head away and leaves a blank line;
the layout pass then joins the two blocks only where the first ends mid-sentence. A page that
ends with a full line finishing a sentence (`…but she checked herself.` / page foot / `She
remembered that he had yet to learn to be laughed at, and it was rather too`) reads as a
paragraph end there. In a text set in a known face whose paragraphs open with an indent, the
next page's first line still tells: a paragraph's first line stops at the measure less the
indent, and one wider than that goes on with the paragraph above it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ...blocks import Block, ends_paragraph
from ...changes import Edit
from ...chars import mostly_wide
from ...config import Config
from ...headings import in_capitals, looks_like_heading
from .decide import SINGLE_LINE
from .join import joiner
from .measure import LINE_SPACES, Widths

NOTE = "page break inside a paragraph: joined (the next page's first line is not indented)"


def latin_page_joins(blocks: Sequence[Block], widths: Widths, config: Config) -> list[Edit]:
    """The blank lines between two blocks of a typeset English text where the second goes on
    with the paragraph the first ends with: the first's last line is full (the next word would
    not have fitted) and finishes a sentence, and the second's first line, followed by more, is
    too wide to have been indented.

    Only where the face and the indent were learnt (`Widths.face`, `Widths.indent`): elsewhere
    a line's width says nothing of an indent. Evidence: bench/README.md, "English real
    extraction: page breaks after a full line (issue 12)".
    """
    if not (widths.face and widths.indent) or widths.monospace:
        return []
    edits: list[Edit] = []
    for block, following in pairwise(blocks):
        if "\n" not in following.text:
            continue  # a line alone (a heading, a signature) shows no measure to go on at
        last = block.text.rsplit("\n", 1)[-1].strip(LINE_SPACES)
        first = following.text.split("\n", 1)[0].strip(LINE_SPACES)
        if _goes_on(last, first, widths, config):
            edits.append(Edit(block.end, following.start, joiner(last, first), "unwrap", NOTE))
    return edits


def _goes_on(last: str, first: str, widths: Widths, config: Config) -> bool:
    if not (last and first[:1].isupper()) or mostly_wide(last) or mostly_wide(first):
        return False
    if not ends_paragraph(last) or widths.is_short(last, first):
        return False  # (mid-sentence: the layout pass's; a short line ends its paragraph)
    if in_capitals(first, config) or looks_like_heading(first, config):
        return False
    # (`decide._flush`: wider than the measure less half the indent, no two lines run together)
    return widths.latin - widths.indent / 2 < widths.width(first) <= widths.latin * SINGLE_LINE
