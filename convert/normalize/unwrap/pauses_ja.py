"""A Japanese text whose writer broke its own lines at pauses was never hard-wrapped.

Japanese web writing (blogs, columns, press releases) often breaks a sentence over short lines
of its own choosing, after a comma, a closing quotation, an exclamation or an emoticon
(`先日、私の姪（17歳）が美容師になり、一人暮らしをするとのことで、` / `実家で…開きました。`), and
keeps every line under the longest paragraph: such a text holds too few lines past any print
measure to be known as never wrapped (`unwrapped`), and the unwrap pass joined its lines as
wraps. A hard wrap falls wherever the measure runs out, so it ends on a punctuation mark or a
symbol only as often as the text holds one there (the marks that may not open a line, hung at
its end, about double that); a writer ends a line at a pause. So a text whose lines broken
mid-sentence end on a mark (Unicode punctuation or symbol) at least `PAUSE_SHARE` of the time,
over at least `MIN_BREAKS` of them, was broken by its writer: every break is kept.

Evidence (bench/README.md, "Clean Japanese news: writers' short lines"): the 14 livedoor tuning
articles (of 340) not known as never wrapped hold 76 such lines, 39 on a mark, and the rule
takes 5 of them, whose 54 end on a mark 34 times; the same bodies hard-wrapped at 20, 30 and 40
characters (bench/livedoor_wrapped.py) hold 127,973, 10.9 % on a mark; a real hard-wrapped
Japanese text, the chardet corpus's Shift_JIS Luther catechism (`_ude_4.txt`), 161, 6.2 %.
The text's first line (a headline, decided by `headline_ja`) and the lines that may not be
wraps at all (`unwrapped._may_wrap`: items, labelled rows) are not counted. Asked of Japanese
text only, where it was measured: the Chinese sets (zh-news, the damaged print pages, whose
narrow columns end many wraps on `，`) keep the rules they were measured on.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ...blocks import Block, ends_paragraph
from ...chars import is_japanese
from .measure import LINE_SPACES
from .unwrapped import _may_wrap

# lines broken mid-sentence a text needs before their ends are evidence
MIN_BREAKS = 3
# the share of them ending on a mark that shows the writer's breaks (a wrap's: about a tenth)
PAUSE_SHARE = 0.5


def ends_on_mark(line: str) -> bool:
    """The line ends on a punctuation mark or a symbol (`、`, `」`, `！！`, `♪`, `（＾ｖ＾）`)."""
    return unicodedata.category(line[-1])[0] in "PS"


def writer_broke_lines(blocks: Sequence[Block]) -> bool:
    """Every line break of the Japanese text (its `blocks`) is its writer's (module docstring).

    >>> from convert.blocks import split_blocks
    >>> said = "先日、姪が美容師になり、\\n一人暮らしをするとのことで、\\n祝いを開きました。\\n"
    >>> writer_broke_lines(split_blocks("見出し\\n" + said * 2))
    True
    >>> para = "先日、私の姪が美容師になり一人暮らしをするとのことで実家でささやかな祝いを開きました。"
    >>> wrapped = "\\n".join(para[k : k + 12] for k in range(0, len(para), 12))
    >>> writer_broke_lines(split_blocks("見出し\\n" + wrapped))
    False
    """
    breaks = []
    for number, block in enumerate(blocks):
        lines = [text for line in block.text.split("\n") if (text := line.strip(LINE_SPACES))]
        breaks += [
            line
            for line in lines[1 if number == 0 else 0 : -1]  # (not the headline, nor a last line)
            if not ends_paragraph(line) and _may_wrap(line, japanese=True)
        ]
    if len(breaks) < MIN_BREAKS or not is_japanese("".join(breaks)):
        return False
    return sum(map(ends_on_mark, breaks)) >= PAUSE_SHARE * len(breaks)
