"""Page breaks inside a paragraph, in a text that indents its paragraphs.

A page's furniture goes (`furniture`), and the blank lines around it stay where the furniture
pass cannot see that the page's last line is full (a paragraph of one or two lines on the
page). The layout pass reads the words at the break only, and after the unwrap pass has cut the
paragraphs at their indents, which the cut takes away. Here, before, the next page's first line
still says it: without an indent, in a text whose paragraphs open with one, it goes on with the
paragraph above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...blocks import Block
from ...changes import Edit
from ...chars import mostly_wide
from ...config import Config
from ...headings import (
    is_byline,
    is_dateline,
    is_subtitle,
    looks_like_heading,
    opens_own_line,
)
from .join import joiner
from .kept import keeps_break, may_keep_line
from .measure import LINE_SPACES
from .one_indent import sole_block_indented

# what an indent is made of, and an indent (`breaks.INDENT_RE`)
INDENT_FIRST = " \u3000\t"
INDENT_RE = re.compile(r"[ \u3000]{2,}|\u3000|\t")

# a numbered paragraph's or item's number (`（一）`, `(2)`, `三、`), whatever follows it
NUMBERED_RE = re.compile(
    r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[一二三四五六七八九十]{1,3}、"
)
# what a Japanese speech opens with: set without an indent where the narration is indented
SPEECH_OPENS = "「『"
NOTE = "page break inside a paragraph: joined (the next page's first line has no indent)"


def indents_paragraphs(text: str, block_lines: list[list[str]], opened: list[bool]) -> bool:
    """The text marks its paragraphs by an indent: its CJK lines that open with one, two at
    least, outnumber the blocks of several lines (`block_lines`) that open a paragraph without
    one (`opened[i]`: block i opens after an indent).

    There a line without an indent goes on with the paragraph above it, as inside a block
    whose lines show indents (`marks_paragraphs`), also where the block has none but its
    first: a narrow page sets each paragraph apart by a blank line as well, and a page's part
    of a long paragraph is a block of its own. Read at each line, a full line that ends a
    sentence (`…完成任务。` / `截至9月末，…`, `…满载排水量8万余吨。` / `从辽宁舰到山东舰，…`)
    was taken for a paragraph end by the openings the text learnt (`full_line_ends_paragraph`),
    and a first line with digits for a short one. Evidence: bench/print_misses.py, damage_print's
    narrow and indented pages (tuning half).
    """
    if "\n " not in text and "\n\u3000" not in text and "\n\t" not in text:
        return False  # cheap: most texts indent nothing
    # (a line's first characters say whether it is CJK: `mostly_wide` of the whole line costs
    # a substitution; the text's indented lines are found by one search)
    indented = sum(
        mostly_wide(match.group(1)[:PREFIX]) for match in INDENTED_LINE_RE.finditer(text)
    )
    if indented < MIN_INDENTED:  # (one story of one paragraph: `one_indent`)
        return indented == 1 and sole_block_indented(block_lines, opened)
    unindented = 0
    for lines, opens in zip(block_lines, opened, strict=True):
        # (a list item, a note, a table row opens its own line, not a paragraph)
        if (
            not opens
            and mostly_wide(lines[0][:PREFIX])
            and not (may_keep_line(lines[0]) and opens_own_line(lines[0]))
        ):
            unindented += 1
            if unindented >= indented:
                return False
    return True


# characters of a line that tell whether it is CJK
PREFIX = 12
# indented paragraphs a text needs before its indents are taken to mark its paragraphs
MIN_INDENTED = 2
# a line that opens with an indent (`INDENT_RE`), and its text
INDENTED_LINE_RE = re.compile(r"\n(?:[ \u3000]{2,}|\u3000|\t)([^\n]*)")


def next_opened(text: str, every_block: Sequence[Block], blocks: Sequence[Block]) -> list[bool]:
    """For each of `blocks` (of `every_block`, the text's blocks), whether the block after it
    opens after an indent: what a block's last line stands over, across a page's foot (its
    furniture taken out) or a blank line.

    The unwrap pass asks `kept.subhead_over_indent` of a block's last line over it, where blank
    lines do not mark the text's paragraphs (there a block ends at a page's foot): a brief's
    head set flush at the foot of a page, its item opening the next page with an indent
    (`…用电需求。` / `叶巴滩水电站首台机组定子成功吊装` / page foot / `　　今天（1月1日），…`), was run
    into the paragraph above and then into its item. Real pages end on a subhead: 7, 3 and 4 of
    the 191 subheads of the weasy-1col, weasy-narrow and office-1col PDFs' tuning half end a page
    (pdftotext). Asked also where blank lines mark paragraphs, it split a paragraph's last line
    from it (bench/accuracy_print.py, narrow held-out half, seen as a figure only). Evidence:
    bench/README.md, "What the blind model lets a reader without language reach; a subhead at a
    page's foot"."""
    following = {a.start: b.start for a, b in pairwise(every_block)}
    return [
        (start := following.get(block.start, 0)) > 0 and text[start - 1] in INDENT_FIRST
        for block in blocks
    ]


def page_joins(
    blocks: Sequence[Block], opened: Sequence[bool], config: Config
) -> tuple[list[Edit], set[int]]:
    """The blank lines between two blocks where the second goes on with the paragraph the
    first ends with, and the indexes of the blocks that go on so. `opened[i]`: block i opens
    after an indent (which its text starts after).

    A block that opens without an indent goes on with the paragraph above it where that
    paragraph opened with one, whatever the page's last line ends with (`…中贝传统友谊深厚。` /
    page foot, running head / `近年来，…`; `陪同卢卡申科访华` / `的有中央银行行长…`), unless
    its first paragraph stands on its own: a heading, a byline, a dateline, a list item, a
    note or a table row (`keeps_break`). Evidence: bench/print_misses.py, the narrow pages of
    damage_print and damage_indep (tuning half), where most paragraphs left cut were cut so.
    """
    edits: list[Edit] = []
    continued: set[int] = set()
    indented = False  # the paragraph the block ends with opened with an indent
    for index, (block, following) in enumerate(pairwise(blocks)):
        lines = block.text.split("\n")
        if opened[index] or any(map(_indented, lines[1:])):
            indented = True
        elif index not in continued:
            indented = False  # (a block that goes on keeps its paragraph's)
        last = lines[-1].strip(LINE_SPACES)
        if indented and not opened[index + 1] and _goes_on(last, following.text, config):
            after = joiner(last, following.text.split("\n", 1)[0])
            edits.append(Edit(block.end, following.start, after, "unwrap", NOTE))
            continued.add(index + 1)
    return edits, continued


def _indented(line: str) -> bool:
    return line[:1] in INDENT_FIRST and bool(INDENT_RE.match(line))


def _goes_on(last_line: str, following: str, config: Config) -> bool:
    """`following` (a block that opens without an indent) goes on with the paragraph that
    `last_line` ends: its first paragraph (up to its first indented line) stands not on its
    own."""
    lines = following.split("\n")
    first = lines[0]
    if not (mostly_wide(first) and mostly_wide(last_line)):
        return False
    if first[:1] in SPEECH_OPENS or is_dateline(first) or keeps_break(last_line, first):
        return False
    if opens_own_line(first) or NUMBERED_RE.match(first):
        return False  # an item or a note opens its line after a headline too (`（一）8月31日…`)
    end = next((i for i, line in enumerate(lines) if i and _indented(line)), len(lines))
    paragraph = "".join(line.strip(LINE_SPACES) for line in lines[:end])
    return not (
        looks_like_heading(paragraph, config) or is_byline(paragraph) or is_subtitle(paragraph)
    )
