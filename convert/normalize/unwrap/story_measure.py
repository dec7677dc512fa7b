"""A sentence's end at a story's own measure is a full line (issue 12, narrow and flush pages).

`decide.paragraph_ends_here` ends a paragraph at a line that finishes a sentence and stops short
of the measure learnt from the text (`Widths.is_short(finished=True)`). On narrow and flush pages
each story is set at a measure of its own, and one set narrower than the text's reads short in
every line: a sentence that ends at the end of a line inside a paragraph ended it there. Where
the line over it (the same paragraph's wrap; for a paragraph's first line, the second line
under it) and the line under it are within a cell of it and both read short too, the story's
measure is that narrower width, and by it the line is full: a full line finishing a sentence is
a wrap as often as a paragraph end, and is decided as one (`sentence_ends.full_line_ends`, the
next sentence's opening), not by its length. A story's measure changes where a paragraph opens,
not inside one: a line under of another width keeps the end. Han lines only (digits and Latin
letters make widths in cells a guess), not a line ending with a colon (`full_line_ends` never
ends one), nor before a sentence setting its scene (`FRAME_RE`: `同日，`, `当晚，`).

Evidence (bench/split_rules.py, the blind model's narrow and flush pages, tuning halves, seeds
0-4 and 10-14, the short-line rule's ends read with the lines about them): 34 of its 116 splits
inside paragraphs meet the condition, against 6 of its 205 invisible ends and 5 of its ~4,000
visible ones. Without "both read short too" the lines about a line one cell short of the
text's own measure passed (a kinsoku push), and bench/wrapped_clean.py's held-out half fell;
without the Han, colon and scene conditions the blind model's held-out narrow rows fell
(bench/README.md, "A sentence's end at a story's own measure").
"""

from __future__ import annotations

from collections.abc import Sequence

from ...chars import KANA_RE, mostly_wide
from .measure import LINE_SPACES, NUMBER_ASCII, cells
from .paragraphing import FRAME_RE, Paragraphing


def at_story_measure(
    line: str, next_line: str, before: Sequence[str], after_next: str = "", wide: int = 0
) -> bool:
    """`line` (stripped, finishing a sentence) Han text within a cell of the last of `before`
    (its paragraph's lines over it) or, where it opens its paragraph, of `after_next` (the line
    after `next_line`), and of `next_line`: two lines agreeing on its width show the story's
    measure. Not in Japanese (kana): no evidence was taken there."""
    above = before[-1].strip(LINE_SPACES) if before else after_next
    if not (cells(above) < wide and cells(next_line) < wide):
        return False  # (lines at the text's own measure: the line one cell short of it ended)
    # (asked first: most calls end here, and each test is a pure condition of one conjunction)
    if not (mostly_wide(line) and mostly_wide(next_line) and mostly_wide(above)):
        return False
    if line[-1:] in "：:" or FRAME_RE.match(next_line):
        return False  # (a colon's line, or a scene set after it: the short line's decision)
    lines = above + line + next_line
    if lines.encode("ascii", "ignore") or KANA_RE.search(lines):
        return False  # (digits and Latin letters: widths in cells are a guess: `counts_in_cells`)
    width = cells(line)
    return abs(cells(above) - width) <= 1 and abs(cells(next_line) - width) <= 1


def counts_in_cells(text: str) -> bool:
    """`text`'s ASCII, if any, is digits and marks (`HALF_CELL`: `9月1日`, `12.5%`, `表示,`, a
    note's call `[1]`), which a CJK column sets half a cell wide, as `cells` counts them; Latin
    letters and spaces between words are set at their own widths (`heading_look.column_under`).
    The brackets of a note's call were left out until the blind model's narrow pages showed a
    story's column refused for its last line `出[1]。` (`picture_column`: `…在中央广播电视` /
    `总台综合频道、…` split; tuning halves, seeds 10-14: narrow 0.9603 → 0.9606, the `note`
    kind 0.9714 → 0.9720; seeds 0-4 unchanged; bench/README.md).

    Not asked by `at_story_measure`, which takes Han lines only: there, lines with figures or
    ASCII marks counted in cells (the blind model's narrow and flush pages, tuning halves: 8
    splits joined and no end lost at seeds 0-4 and 10-14, 17 joined and 2 invisible ends lost
    at seeds 20-39) cost bench/accuracy.py's seeds 10-14 (seed 11, and its pooled line of lost
    characters `□`), whose generator puts ASCII marks in after the wrap, a whole cell each
    (`half_digits.numbers_only`) (bench/README.md, "Narrow and flush pages: a narrow story's
    first line with a heading's look").
    """
    return not text.encode("ascii", "ignore").translate(None, HALF_CELL)


# the ASCII a CJK column sets half a cell wide: digits, the marks of numbers, punctuation
HALF_CELL = NUMBER_ASCII + b",:;?!()[]'\""


def openings_elsewhere(
    paragraphing: Paragraphing, before: Sequence[str], lead: bool
) -> Paragraphing:
    """`paragraphing` with only the openings learnt at two breaks or more, where the line
    decided at its story's measure opens its paragraph (`before` empty), outside the lead
    (`lead`: the paragraph opens with a dateline); `paragraphing` itself elsewhere.

    The text's openings (`learn_paragraphing`) are learnt after every line that finishes a
    sentence short of the text's measure: in a story set narrower, that is every sentence end
    at a line's end, the break `at_story_measure` asks among them. The next line's opening
    was learnt from this very break, and `full_line_ends_paragraph` finds it: it says nothing.
    Without it, the other rules decide, and where none speaks the sentence goes on, as a
    paragraph's short first sentence does in the corpus: in zh-news-xwlb's tuning half a
    paragraph's first sentence of 10-25 characters (a narrow column's line; leads and last
    paragraphs aside) is the whole paragraph 17 times and goes on 57. An opening learnt at
    another break too still counts.

    Evidence (the blind model's narrow and flush pages, tuning halves, every break whose
    decision this changes): seeds 0-4, 10-14 and 20-39, at a paragraph's first line 15 wraps
    and 2 paragraph ends (`…技术技能岗位需求快速上升。` / `一季度，工业自动化…`); at a later line
    of the paragraph 19 wraps and 8 ends, and in the lead 2 wraps and 5 ends (`…驶入快车道。` /
    `走进北京北部的“星谷”…`): not taken (bench/README.md, "Narrow and flush pages: the errors
    left by rule; the openings a narrow story teaches itself").
    """
    if before or lead:
        return paragraphing
    return paragraphing._replace(openings=paragraphing.repeated_openings)
