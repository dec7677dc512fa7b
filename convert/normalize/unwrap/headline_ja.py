"""A Japanese text's first line, a headline its writer set over the body, is no wrap.

Japanese web news puts its headline on the first line with the body right under it, no blank
line between, and often breaks its own lines short, at a pause or mid-phrase; such a text holds
too few long lines to show it was never hard-wrapped (`unwrapped`), so the unwrap pass weighs
its first break like any other and, the headline ending on no sentence mark, joins it to the
lead. A wrap fills the measure: it is as long as the text's other wraps, and no line under it in
its paragraph is longer by more than a hanging mark. So the first line stands alone where the
line under it is well longer (`_shorter_than_next`'s margin, in `cells`: a CJK column sets
Latin and digits half-width, as the corpus's LICENSE.txt, wrapped so, shows), or where a
`【…】` tag closes it (`headings.ends_in_tag`), or where the text holds at least
OTHER_BREAKS other lines broken mid-sentence and none of them is as long (within AGREE, in
characters or in `cells`), or where a line of prose further down, mostly wide and finishing its
sentence, is well longer (`_prose_longer_below`: a hard-wrapped text holds no line past its
measure; it-life-hack-6481135's headline, 34 cells, over a 158-cell paragraph, and
livedoor-homme-5818402's, over two of 176 and 271 characters, were joined to the line under
them; of 3,970 texts whose first line is a wrap, the tuning bodies hard-wrapped at 15-45
characters, it stands none alone). Evidence (bench/clean_text.py --set ja-livedoor-more, tuning
half): 13 of 273 titles were joined to the line under it, 6 over a longer line (`【話題】…を一新`, 35
characters, over a 204-character lead), 3 the longest line of a text whose writer broke its
lines at pauses. A hard-wrapped Japanese body opens at its measure, which its other wraps share;
a headline over it is shorter or longer than the measure, not equal by more than chance.
Asked of Japanese text only: the Chinese damaged sets hold narrow columns whose measure changes
(issue 12), measured apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...blocks import Block, ends_paragraph
from ...chars import is_japanese, mostly_wide
from ...headings import ends_in_tag
from .measure import HANGING, LINE_SPACES, cells

# a line this much longer than the one above shows that one was no wrap (`decide.LONGER_NEXT`)
LONGER_NEXT = 1.2
# lines broken mid-sentence a text needs before the first line's length, shared by none, counts
OTHER_BREAKS = 2
AGREE = 1  # (`unwrapped.AGREE`)


def first_line_stands(block_lines: list[list[str]], blocks: Sequence[Block] = ()) -> bool:
    """Whether the break after the text's first line is the writer's (module docstring).

    `block_lines`: the lines of the blocks holding a line break, the text's first block first
    (the caller checks that it is); `blocks`: every block of the text.

    >>> lead = "今や、テレビで見ない日はないというタレントのローラ。" * 3
    >>> first_line_stands([["別人！　だけどかわいい！　ローラのスッピンが話題に【話題】", lead]])
    True
    >>> wraps = [("今や、テレビで見ない日はないというタレント" * 4)[k:k + 20] for k in (0, 20, 40)]
    >>> first_line_stands([wraps + ["のローラ。"], wraps[1:] + ["です。"]])
    False
    """
    first = block_lines[0][0].strip(LINE_SPACES)
    if not first or ends_paragraph(first) or len(block_lines[0]) < 2:
        return False
    below = block_lines[0][1].strip(LINE_SPACES)
    if not is_japanese(first + below):
        return False
    if ends_in_tag(first) or cells(below) > cells(first) * LONGER_NEXT + HANGING:
        return True
    if _prose_longer_below(first, blocks) and not _agrees(first, block_lines[0][1:-1]):
        return True
    others = [
        stripped
        for lines in block_lines
        for line in lines[:-1]
        if (stripped := line.strip(LINE_SPACES)) and not ends_paragraph(stripped)
    ][1:]  # (the first line itself)
    if len(others) < OTHER_BREAKS:
        return False
    return not _agrees(first, others)


def _agrees(first: str, lines: list[str]) -> bool:
    """One of `lines` is as long as `first` (within `AGREE`, in characters or in `cells`)."""
    length, width = len(first), cells(first)
    return any(
        abs(len(line) - length) <= AGREE or abs(cells(line) - width) <= AGREE for line in lines
    )


def _prose_longer_below(first: str, blocks: Sequence[Block]) -> bool:
    """A line of the text's `blocks` past the `first`, mostly wide and finishing its sentence,
    is well longer than it, in characters and in `cells` (a text wrapped by either count holds
    no line so much past its first wrap): the first line is no wrap at the text's measure."""
    characters = len(first) * LONGER_NEXT + HANGING
    width = cells(first) * LONGER_NEXT + HANGING
    lines = (line.strip(LINE_SPACES) for block in blocks for line in block.text.split("\n"))
    next(lines, None)  # (the first line itself)
    return any(
        len(line) > characters
        and mostly_wide(line)
        and ends_paragraph(line)
        and cells(line) > width
        for line in lines
    )
