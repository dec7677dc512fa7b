"""A column narrowed inside a paragraph (a picture set beside it): a line that fills the narrower
column is a wrap, though it ends a sentence far short of the paragraph's measure.

A page that sets a picture into a column runs the text around it: for some lines the measure
narrows, in the middle of a paragraph, and widens again after the picture. `sentence_far_short`
reads a sentence's end far short of the measure under indents as a paragraph's end (a flush
subhead, a paragraph that lost its indent at a page break), and the region's measure there is
the paragraph's opening line, set before the picture: every line beside the picture is short of
it, and the first one that happens to end on a full stop cut the paragraph
(`群在战斗中占据更多有利位置。俄军还打` / `击了一座乌军轻型攻击无人机组装车间。` / `俄军防空系统…`,
18 characters each under an opening line of 24).

A wrap fills its column, so the lines around the one asked show the column's width: the wrap
above it in the same paragraph, or, where the line opens the narrow run, the line under it and
the one under that, both flush and the first a wrap. A line as long as they are fills the
column; the flush subhead `sentence_far_short` was made for stands under a paragraph's short
last line, as long as no wrap around it, and over an indented line. Evidence:
bench/accuracy_fifth.py, narrow shape (pictures), tuning half, seeds 0-4: of the 13 paragraphs
`sentence_far_short` cut, 12 end so at the narrower column's width.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...chars import mostly_wide
from .measure import LINE_SPACES
from .regions import ends_sentence

# characters a line may stop short of the column's wraps and still fill it: a digit run or an
# opening mark the wrap pushed onto the next line
SLACK = 1
# the fewest characters a column run round a picture is taken to hold (`narrowed_in_block`):
# a page leaves room for a few words beside a picture; a line of three (`问电。`) over lines as
# short is a run of short lines, not a column
NARROWEST_COLUMN = 6


def at_narrowed_measure(
    lines: Sequence[str], index: int, start: int, indented: Sequence[bool]
) -> bool:
    """Line `index` of a block (its paragraph opened at line `start`; `indented`: the block's
    indent flags) fills a column narrower than its paragraph's first lines: it is as long as
    the wrap above it in its paragraph, or as the flush wrap under it and the flush line under
    that."""
    length = len(lines[index].strip(LINE_SPACES))
    if index > start and length + SLACK >= len(lines[index - 1].strip(LINE_SPACES)):
        return True
    if index + 2 >= len(lines) or indented[index + 1] or indented[index + 2]:
        return False
    under = lines[index + 1].strip(LINE_SPACES)
    if ends_sentence(under) or under[-1:] in "：:" or abs(len(under) - length) > SLACK:
        return False
    return len(lines[index + 2].strip(LINE_SPACES)) + SLACK >= len(under)


def narrowed_in_block(lines: Sequence[str], index: int, start: int) -> bool:
    """`at_narrowed_measure` where blank lines part the paragraphs (no line is indented), of a
    line that ends a sentence where a picture narrows the column: shorter than the wrap above
    it in its block, as long as the two lines under it. It reads short of the text's measure
    (`_well_short`: `的国家是各族人民的命运所系。` / `中华文明具有突出的包容性。中`, 14 and 13
    characters under a line of 20), but fills the narrowed column, and is a wrap. Evidence:
    bench/accuracy_fifth.py, narrow pages parted by blank lines (pictures), tuning half, seeds
    0-4 (bench/split_rules.py --model fifth): 2 of the 14 paragraphs cut inside. Not a line
    as long as the wrap above it (a full line's sentence end, which the text's own rules
    decide: bench/accuracy_blind.py's narrow pages, whose stories change measure, lost
    paragraph ends so), nor one that ends no sentence (a headline's or a kicker's first line
    as long as the lines under it: accuracy_blind.py's blocks pages lost titles so), nor a
    Latin one (bench/english_books.py's blank-line pages lost paragraph ends so)."""
    line = lines[index].strip(LINE_SPACES)
    if len(line) < NARROWEST_COLUMN or not (ends_sentence(line) and mostly_wide(line)):
        return False
    if index > start and len(line) + SLACK >= len(lines[index - 1].strip(LINE_SPACES)):
        return False
    return at_narrowed_measure(lines, index, start, [False] * len(lines))
