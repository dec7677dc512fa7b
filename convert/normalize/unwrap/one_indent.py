"""A story of one paragraph under an indent: the indent marks its paragraph (issue 12).

`pages.indents_paragraphs` takes a text's indents to mark its paragraphs where two lines at
least open with one. A story of a single paragraph shows one: its first line's (`    央视网消息
（新闻联播）：6月30日傍晚，部…`), and no other; its full lines that end a sentence were then read
by the openings of the next sentence (`…强推福岛核污染水排海。` / `集会民众表示，…`), and the
paragraph cut there. Where the text's only block of several lines opens after that indent, a
flush line under it goes on with the paragraph, as under indents anywhere. Evidence:
bench/accuracy_fifth.py's tuning half (seeds 0-4, bench/split_rules.py --model fifth): 3 of the
4 splits at a full line's sentence end on the indented and narrow pages were such stories.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...chars import mostly_wide

# characters of a line that tell whether it is CJK (as `pages.PREFIX`)
PREFIX = 12


def sole_block_indented(block_lines: Sequence[Sequence[str]], opened: Sequence[bool]) -> bool:
    """The text's only block of several lines opens after an indent and is CJK."""
    return len(block_lines) == 1 and opened[0] and mostly_wide(block_lines[0][0][:PREFIX])
