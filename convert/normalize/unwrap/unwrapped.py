"""A text its writer never hard-wrapped: each line is a paragraph (or a heading, an item, a
credit), and every line break in it is the writer's.

Web articles, word-processor exports and news corpora (livedoor's files) hold one paragraph a
line, of whatever length the paragraph has. A hard-wrapped text cannot hold such lines: its lines
stop at the measure, and no print measure is longer than `UNWRAPPED_WIDE` CJK characters or
`UNWRAPPED_LATIN` Latin ones. So two lines or more longer than that, of lengths that do not agree
(a wide measure would make most of them agree), most of them finishing a sentence or their block,
show a text whose line breaks are all the writer's, unless the lines that break mid-sentence
share a length, more of them than there are long lines (the wraps of a hard-wrapped text share
its measure; the writer's own short lines, items and credits, do not).

Evidence (bench/clean_text.py, ja-livedoor tuning half): it holds for 63 of the 67 clean
articles, whose lines were joined wherever one did not look like a paragraph end (title to body,
`■` heading to paragraph, list items); of the damaged sets, it holds only for texts set one
paragraph a line (bench/damage.py seeds 0-1: 188 of 650 files, each of shape `blocks`,
`blocks-pages` or `indent` unwrapped, since a wrapped one has no two lines past the measure;
bench/damage_print.py seeds 0-1, tuning half: 49 of 334 `blocks` pages, likewise), and for none
of the Gutenberg books or the Pride and Prejudice pdftotext.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...blocks import Block, ends_paragraph
from ...chars import mostly_wide
from .measure import LINE_SPACES, UNWRAPPED_LATIN, UNWRAPPED_WIDE

# long lines a text needs to show that it is not wrapped: one may be a headline
MIN_LONG_LINES = 2
# lengths within this many characters of each other agree (a measure, justified or not)
AGREE = 1


def _longest_agreement(lengths: Sequence[int]) -> int:
    """The most lines whose lengths agree with one length (within `AGREE`)."""
    counts = Counter(lengths)
    return max(
        (sum(counts[n + d] for d in range(-AGREE, AGREE + 1)) for n in counts), default=0
    )


def _is_long(line: str) -> bool:
    return len(line) > UNWRAPPED_LATIN or (len(line) > UNWRAPPED_WIDE and mostly_wide(line))


def written_unwrapped(blocks: Sequence[Block]) -> bool:
    """Every line break of the text (its `blocks`) was made by its writer (module docstring).

    >>> from convert.blocks import split_blocks
    >>> para = "私は基本的に人前で話すのが苦手なんですよ。だからいきなり指名されるとしどろもどろになる。"
    >>> text = "見出し\\n" + "\\n".join(para * k for k in (2, 3, 5)) + "\\n■小見出し\\n" + para
    >>> written_unwrapped(split_blocks(text))
    True
    >>> written_unwrapped(split_blocks("\\n".join(["习近平在会见时强调，双方要加强合作。" * 3] * 4)))
    False
    """
    long_lines = [
        line.strip(LINE_SPACES)
        for block in blocks
        for line in block.text.split("\n")
        if len(line) > UNWRAPPED_WIDE and _is_long(line.strip(LINE_SPACES))
    ]
    if len(long_lines) < MIN_LONG_LINES:
        return False  # cheap: a wrapped text has none, or a headline
    if _longest_agreement([len(line) for line in long_lines]) * 2 > len(long_lines):
        return False  # a wide measure
    wraps: list[int] = []
    finished = 0
    for block in blocks:
        lines = [text for line in block.text.split("\n") if (text := line.strip(LINE_SPACES))]
        for index, line in enumerate(lines):
            ends = index == len(lines) - 1 or ends_paragraph(line)
            if not ends:
                wraps.append(len(line))
            elif _is_long(line):
                finished += 1
    if finished * 2 < len(long_lines):
        return False
    measure = _longest_agreement(wraps)
    return len(long_lines) > measure or measure * 2 < len(wraps)
