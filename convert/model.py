"""The document model the writers read: the writers' view of a JATS article.

Writers never walk JATS themselves: they read this small immutable model, which is built only
from the validated JATS tree (`jats.from_jats`). That keeps "everything downstream reads only the
JATS" true while giving each writer the same, simple shape to render, so the formats cannot drift
apart in what they consider the title, the authors or a section.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

# A paragraph's line break inside JATS text: `<break/>` is not allowed in JATS 1.1's `<p>`, and
# U+2028 LINE SEPARATOR is the character Unicode defines for exactly this (docs/rich.md).
LINE_SEPARATOR = "\u2028"


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Styled:
    """Emphasis, strong, superscript, subscript: `style` is the JATS element's name."""

    style: str  # "italic" | "bold" | "sup" | "sub"
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Link:
    url: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class NoteRef:
    note: str  # the Note's id
    label: str  # what the reader sees: "1", "2", …


@dataclass(frozen=True)
class LineBreak:
    pass


@dataclass(frozen=True)
class Span:
    """Text in another language than its paragraph."""

    lang: str
    children: tuple[Inline, ...]


Inline = Text | Styled | Code | Link | NoteRef | LineBreak | Span
STYLES = ("italic", "bold", "sup", "sub")


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """The characters a reader sees, note references aside; a line break is a newline."""
    parts: list[str] = []
    for inline in inlines:
        if isinstance(inline, Text | Code):
            parts.append(inline.text)
        elif isinstance(inline, LineBreak):
            parts.append("\n")
        elif isinstance(inline, Styled | Link | Span):
            parts.append(plain_text(inline.children))
    return "".join(parts)


def note_refs(inlines: tuple[Inline, ...]) -> Iterator[NoteRef]:
    for inline in inlines:
        if isinstance(inline, NoteRef):
            yield inline
        elif isinstance(inline, Styled | Link | Span):
            yield from note_refs(inline.children)


@dataclass(frozen=True)
class Contributor:
    name: str
    role: str = ""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; `text` is always its plain text, `inlines` its markup when it has any.

    Text inputs make paragraphs of plain text alone (`inlines` empty), so everything that reads
    only `text` keeps working; rich inputs are built with `Paragraph.of`.
    """

    text: str
    lang: str | None = None  # set only where it differs from the article
    kind: str = ""  # JATS @content-type, e.g. "lead"
    inlines: tuple[Inline, ...] = ()

    @classmethod
    def of(cls, inlines: tuple[Inline, ...], lang: str | None = None, kind: str = "") -> Paragraph:
        return cls(plain_text(inlines), lang, kind, inlines)

    @property
    def content(self) -> tuple[Inline, ...]:
        return self.inlines or (Text(self.text),)


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    # each item's marker as the text printed it, with the space after it as printed (`1. `,
    # `1.`, `（一）`, `• `): a plain-text list keeps its own numbering (JATS `label`) and the label
    # and text read back as the source line; empty when the format numbers the items itself
    labels: tuple[str, ...] = ()


def label_parts(label: str) -> tuple[str, str]:
    """A list label as its marker and the space printed after it: `1. ` -> (`1.`, ` `),
    `1.` -> (`1.`, ``). A writer shows the marker its own way and keeps the space as it was."""
    marker = label.rstrip(" \u3000")
    return marker, label[len(marker) :]


@dataclass(frozen=True)
class Quote:
    children: tuple[Block, ...]


Cell = tuple[Inline, ...]
Row = tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    head: tuple[Row, ...]
    rows: tuple[Row, ...]
    caption: tuple[Inline, ...] = ()


@dataclass(frozen=True)
class Figure:
    src: str  # a key of Document.media
    alt: str
    caption: tuple[Inline, ...] = ()


@dataclass(frozen=True)
class CodeBlock:
    text: str


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Section:
    title: str
    level: int  # 1 for a top-level sec, 2 for a sec inside it, …
    children: tuple[Block, ...] = ()
    lang: str | None = None
    heading: tuple[Inline, ...] = ()  # the title's markup, when it has any

    @property
    def title_content(self) -> tuple[Inline, ...]:
        return self.heading or (Text(self.title),)


Block = Paragraph | Section | ListBlock | Quote | Table | Figure | CodeBlock | Rule


@dataclass(frozen=True)
class Note:
    id: str
    label: str
    children: tuple[Block, ...]


def walk_blocks(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """Every block, nested ones included, in reading order (a container before its content)."""
    for block in blocks:
        yield block
        if isinstance(block, Section | Quote):
            yield from walk_blocks(block.children)
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from walk_blocks(item)


def block_texts(blocks: tuple[Block, ...]) -> Iterator[str]:
    """The text of every block in reading order: headings, paragraphs, items, cells, captions,
    alt text, code. Section titles come before their content."""
    for block in blocks:
        if isinstance(block, Section):
            yield block.title
            yield from block_texts(block.children)
        elif isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from block_texts(item)
        elif isinstance(block, Quote):
            yield from block_texts(block.children)
        elif isinstance(block, Table):
            if block.caption:
                yield plain_text(block.caption)
            for row in (*block.head, *block.rows):
                yield from (plain_text(cell) for cell in row)
        elif isinstance(block, Figure):
            if block.caption:
                yield plain_text(block.caption)
            yield block.alt
        elif isinstance(block, CodeBlock):
            yield block.text


@dataclass(frozen=True)
class Document:
    lang: str
    article_type: str
    title: str
    subtitle: str = ""
    kicker: str = ""
    contributors: tuple[Contributor, ...] = ()
    body: tuple[Block, ...] = ()
    jats: bytes = field(default=b"", repr=False, compare=False)
    notes: tuple[Note, ...] = ()
    # the terms the text is published under, paragraph by paragraph, kept with it but no part of
    # it (a Project Gutenberg book's header and licence: `structure.gutenberg`)
    licence: tuple[str, ...] = ()
    # the images figures show, by Figure.src: carried beside the JATS, which names them
    media: Mapping[str, bytes] = field(default_factory=dict, repr=False, compare=False)

    def byline(self) -> str:
        """The byline as every format prints it: role then names, grouped by role.

        Chinese and Japanese: `本报记者 张晶 边磊`; other languages: `By Jane Austen and Ann Smith`
        (or `Staff: A, B` when a role is given). One definition, so the fidelity tests can hold
        every format to the same string.
        """
        groups: list[str] = []
        east_asian = self.lang.split("-")[0] in ("zh", "ja", "ko")
        for role, members in itertools.groupby(self.contributors, key=lambda c: c.role):
            names = [c.name for c in members]
            if east_asian:
                groups.append(" ".join([role, *names]) if role else " ".join(names))
                continue
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            groups.append(f"{role}: {joined}" if role else f"By {joined}")
        return (" " if east_asian else "; ").join(groups)

    def is_rich(self) -> bool:
        """Markup, notes or blocks that a text input never gives (writers add what these need,
        and only then, so text articles keep their bytes)."""

        def rich(blocks: tuple[Block, ...]) -> bool:
            for block in blocks:
                if isinstance(block, Section):
                    if block.heading or rich(block.children):
                        return True
                elif not isinstance(block, Paragraph) or block.inlines:
                    return True
            return False

        return bool(self.notes) or rich(self.body)

    def sections(self) -> list[Section]:
        """Every section in reading order, depth first (for outlines and navigation)."""
        found: list[Section] = []

        def walk(items: tuple[Block, ...]) -> None:
            for item in items:
                if isinstance(item, Section):
                    found.append(item)
                    walk(item.children)

        walk(self.body)
        return found

    def paragraphs(self) -> list[Paragraph]:
        """The body's own paragraphs (not those inside lists, quotes or notes)."""
        found: list[Paragraph] = []

        def walk(items: tuple[Block, ...]) -> None:
            for item in items:
                if isinstance(item, Section):
                    walk(item.children)
                elif isinstance(item, Paragraph):
                    found.append(item)

        walk(self.body)
        return found

    def body_text(self) -> list[str]:
        """The text of every block of the body, then of every note, in reading order.

        The fidelity tests compare this list against what each output format contains.
        """
        texts = list(block_texts(self.body))
        for note in self.notes:
            texts.extend(block_texts(note.children))
        return texts
