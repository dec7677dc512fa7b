"""Source offsets for text runs a reader gave without them (pandoc's DOCX and HTML readers),
found by looking each run up in the file's text, in reading order.

Pandoc collapses runs of white space, decodes entities and drops tags, so a run is matched with
any white space where it has a space; a run that cannot be found (an entity, text pandoc made
up) keeps no offsets and its repairs are located at their paragraph's first known character.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import (
    Block,
    Figure,
    Inline,
    Link,
    ListBlock,
    Note,
    Paragraph,
    Quote,
    Span,
    Styled,
    Table,
)
from .rich import DraftBlock, Heading, SourcedText

# how far past the last match a run is looked for before the whole text is searched
WINDOW = 20_000


def _pattern(text: str) -> re.Pattern[str] | None:
    words = text.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def offsets_of(text: str, source: str, start: int) -> tuple[tuple[int, ...], int] | None:
    """Each character's offset in `source` (the run found at or after `start`), and the end."""
    pattern = _pattern(text)
    if pattern is None:
        return None
    found = pattern.search(source, start, start + WINDOW) or pattern.search(source)
    if found is None:
        return None
    out: list[int] = []
    at = found.start()
    lead = len(text) - len(text.lstrip())
    out.extend([at] * lead)
    for char in text[lead:]:
        if char.isspace():
            out.append(at)
            while at < found.end() and source[at].isspace():
                at += 1
        else:
            out.append(at)
            at += 1
    return (*out[: len(text)], found.end()), found.end()


class Aligner:
    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0

    def inlines(self, inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for inline in inlines:
            if isinstance(inline, SourcedText) and not inline.offsets and inline.text.strip():
                found = offsets_of(inline.text, self.source, self.cursor)
                if found is not None:
                    offsets, self.cursor = found
                    inline = SourcedText(inline.text, offsets)
                out.append(inline)
            elif isinstance(inline, Styled | Link | Span):
                out.append(replace(inline, children=self.inlines(inline.children)))
            else:
                out.append(inline)
        return tuple(out)

    def blocks(self, blocks: tuple[DraftBlock, ...]) -> tuple[DraftBlock, ...]:
        return tuple(self._block(b) for b in blocks)

    def inner(self, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        return tuple(b for b in (self._block(b) for b in blocks) if not isinstance(b, Heading))

    def _block(self, block: DraftBlock) -> DraftBlock:
        if isinstance(block, Heading):
            return Heading(block.level, self.inlines(block.content))
        if isinstance(block, Paragraph):
            return Paragraph.of(self.inlines(block.content), block.lang, block.kind)
        if isinstance(block, ListBlock):
            return ListBlock(block.ordered, tuple(self.inner(item) for item in block.items))
        if isinstance(block, Quote):
            return Quote(self.inner(block.children))
        if isinstance(block, Table):
            caption = self.inlines(block.caption)
            head = tuple(tuple(self.inlines(c) for c in row) for row in block.head)
            rows = tuple(tuple(self.inlines(c) for c in row) for row in block.rows)
            return Table(head, rows, caption)
        if isinstance(block, Figure):
            return Figure(block.src, block.alt, self.inlines(block.caption))
        return block

    def notes(self, notes: tuple[Note, ...]) -> tuple[Note, ...]:
        return tuple(Note(n.id, n.label, self.inner(n.children)) for n in notes)
