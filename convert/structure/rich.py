"""A repaired rich draft to the model: headings nested into sections, the title found, languages
tagged, and anything the JATS profile cannot hold (an empty paragraph, a heading left without
text) dropped, so that what the writers get is exactly what the JATS says.

The title is the document's metadata title when it has one; otherwise a level-1 heading that
opens the document and is the only one of its level (the Markdown habit: `# Title`, then `##`
sections), whose sections then move up a level; otherwise the file's name.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import (
    Block,
    Document,
    Figure,
    Inline,
    ListBlock,
    Note,
    Paragraph,
    Quote,
    Section,
    Table,
    Text,
    block_texts,
    plain_text,
)
from ..readers.rich import DraftBlock, Heading
from .language import detect_language, lang_attr


def _title(
    blocks: tuple[DraftBlock, ...], metadata_title: str
) -> tuple[str, tuple[DraftBlock, ...]]:
    tops = [b for b in blocks if isinstance(b, Heading) and b.level == 1]
    if blocks and isinstance(blocks[0], Heading) and blocks[0].level == 1 and len(tops) == 1:
        heading = plain_text(blocks[0].content).strip()
        # a web page's <title> usually repeats its <h1>: then the heading is the title
        if not metadata_title or " ".join(metadata_title.split()) == " ".join(heading.split()):
            rest = tuple(
                Heading(b.level - 1, b.content) if isinstance(b, Heading) else b
                for b in blocks[1:]
            )
            return heading, rest
    return metadata_title, blocks


def _plain_or_none(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    return () if len(content) == 1 and type(content[0]) is Text else content


class _Builder:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def paragraph(self, block: Paragraph, inner: bool = False) -> Paragraph | None:
        text = block.text.strip()
        if not text:
            return None
        lang = None if inner else lang_attr(block.text, self.lang)
        content = _plain_or_none(block.content)
        return Paragraph.of(content, lang) if content else Paragraph(block.text, lang)

    def contained(self, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        out: list[Block] = []
        for block in blocks:
            made = self.block(block, inner=True)
            if made is not None:
                out.append(made)
        return tuple(out)

    def block(self, block: Block, inner: bool = False) -> Block | None:
        if isinstance(block, Paragraph):
            return self.paragraph(block, inner)
        if isinstance(block, ListBlock):
            items = tuple(i for i in (self.contained(item) for item in block.items) if i)
            return ListBlock(block.ordered, items) if items else None
        if isinstance(block, Quote):
            children = self.contained(block.children)
            return Quote(children) if children else None
        if isinstance(block, Table):
            caption = block.caption if plain_text(block.caption).strip() else ()
            if not (block.head or block.rows):
                return None
            return replace(block, caption=caption)
        if isinstance(block, Figure):
            caption = block.caption if plain_text(block.caption).strip() else ()
            if not block.src:
                return Paragraph(block.alt) if block.alt.strip() else None
            return replace(block, caption=caption)
        return block

    def body(self, blocks: tuple[DraftBlock, ...]) -> tuple[Block, ...]:
        """Headings open sections; a heading's section runs to the next of its level or above."""
        root: list[Block] = []
        # open sections: (heading level, title, inlines, lang, children)
        stack: list[tuple[int, str, tuple[Inline, ...], str | None, list[Block]]] = []

        def close_to(level: int) -> None:
            while stack and stack[-1][0] >= level:
                _, title, content, lang, children = stack.pop()
                depth = len(stack) + 1
                section = Section(title, depth, tuple(children), lang, _plain_or_none(content))
                (stack[-1][4] if stack else root).append(section)

        for block in blocks:
            if isinstance(block, Heading):
                title = plain_text(block.content).strip()
                if not title:
                    continue
                close_to(block.level)
                lang = lang_attr(title, self.lang, heading=True)
                stack.append((block.level, title, block.content, lang, []))
                continue
            made = self.block(block)
            if made is not None:
                (stack[-1][4] if stack else root).append(made)
        close_to(0)
        return tuple(root)


def build_rich_document(
    blocks: tuple[DraftBlock, ...],
    notes: tuple[Note, ...],
    metadata_title: str = "",
    fallback_title: str = "",
) -> Document:
    title, rest = _title(blocks, metadata_title)
    text_blocks = tuple(b for b in rest if not isinstance(b, Heading))
    headings = " ".join(plain_text(b.content) for b in rest if isinstance(b, Heading))
    lang = detect_language(title + " " + headings + " " + " ".join(block_texts(text_blocks)))
    builder = _Builder(lang)
    body = builder.body(rest)
    kept_notes = tuple(
        replace(n, children=builder.contained(n.children) or (Paragraph(n.label),)) for n in notes
    )
    return Document(
        lang=lang if lang != "und" else "en",
        article_type="other",
        title=title or fallback_title,
        body=body,
        notes=kept_notes,
    )
