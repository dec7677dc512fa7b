"""Paragraphs cut in two by column and page breaks.

A block that cannot end a paragraph (no sentence-final mark, or ending on a pause, an open quote,
a lowercase word) is joined to the block that continues it. Headings are never swallowed: a block
that looks like a heading is not a fragment, and a heading-like block after an unfinished one is
joined only when the unfinished one ends on a pause, after which no heading can come.
"""

from __future__ import annotations

from itertools import pairwise

from ..blocks import (
    Block,
    ends_mid_sentence,
    ends_paragraph,
    is_byline,
    is_subtitle,
    looks_like_heading,
    split_blocks,
)
from ..changes import Edit
from ..chars import is_wide
from ..config import Config


def _continues(paragraph: str, following: Block, config: Config) -> bool:
    if ends_paragraph(paragraph) or looks_like_heading(paragraph, config):
        return False
    if is_subtitle(paragraph) or is_byline(paragraph):
        return False
    if is_subtitle(following.text) or is_byline(following.text):
        return False
    # a heading-like block after an unfinished one is a heading, unless nothing can end there
    return not looks_like_heading(following.text, config) or ends_mid_sentence(paragraph)


def _joiner(left: str, right: str) -> str:
    last, first = left[-1:], right[:1]
    if is_wide(last) or is_wide(first):
        return ""
    if last == "-" and first.islower():
        return ""
    return " "


def join_layout_breaks(text: str, config: Config) -> list[Edit]:
    blocks = split_blocks(text)
    edits: list[Edit] = []
    paragraph = blocks[0].text if blocks else ""
    for previous, block in pairwise(blocks):
        is_first = previous is blocks[0]
        if not is_first and _continues(paragraph, block, config):
            edits.append(
                Edit(
                    previous.end,
                    block.start,
                    _joiner(previous.text, block.text),
                    "layout-break",
                    "paragraph continued after a layout break: joined",
                )
            )
            paragraph += block.text
        else:
            paragraph = block.text
    return edits
