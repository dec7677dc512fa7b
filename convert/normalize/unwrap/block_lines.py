"""Facts of a block's lines the unwrap pass reads: their indents, offsets and opening cells.

Moved out of `breaks.py` (at its line limit), unchanged."""

from __future__ import annotations

from ...blocks import Block
from .pages import INDENT_FIRST, INDENT_RE
from .regions import indent_cells


def indented_lines(text: str, lines: list[str]) -> list[bool]:
    """Whether each line of a block (its `text`, split into `lines`) opens with an indent
    (`INDENT_RE`). Where neither the text nor any line feed in it stands before a space, an
    ideographic space or a tab (most blocks: a block's text is stripped), no line does, and
    none is asked."""
    if text[:1] not in INDENT_FIRST and not ("\n " in text or "\n\u3000" in text or "\n\t" in text):
        return [False] * len(lines)
    # (the first character first: cheaper than a regex match for every line)
    return [line[:1] in INDENT_FIRST and bool(INDENT_RE.match(line)) for line in lines]


def offset_lines(blocks: list[Block], block_lines: list[list[str]]) -> list[tuple[int, str]]:
    """Each line of the blocks with its offset in the text."""
    found = []
    for block, lines in zip(blocks, block_lines, strict=True):
        at = block.start
        for line in lines:
            found.append((at, line))
            at += len(line) + 1
    return found


def with_opening(lengths: list[int], text: str, start: int) -> tuple[list[int], int]:
    """`lengths` with the cells of the indent the block opens after (`indent_cells`) counted
    in its first line, and those cells."""
    opening = indent_cells(text[text.rfind("\n", 0, start) + 1 : start])
    if opening:
        lengths[0] += opening
    return lengths, opening
