"""Pandoc's JSON AST (what its Markdown, DOCX and HTML readers give) to Galley's draft.

Pandoc's AST is the model Galley's was learnt from, so most nodes map one to one. What differs:
- Every text run remembers its source offsets (`SourcedText`), read from the `data-pos` that
  `commonmark_x+sourcepos` puts on each piece (other readers give none: offsets stay empty).
- A soft break (a line break inside a Markdown paragraph) is a space between two Western words,
  which is what Markdown means by it; next to Chinese or Japanese it is kept as a newline for the
  repairs to join, since a space there is damage.
- An image alone in a paragraph is a figure (its title, if any, the caption); an image inside a
  line of text keeps its description and is reported.
- Raw HTML or TeX never reaches the document: it is dropped and reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..media import safe_url
from ..model import (
    Block,
    Code,
    CodeBlock,
    Figure,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Note,
    NoteRef,
    Paragraph,
    Quote,
    Rule,
    Span,
    Styled,
    Table,
    Text,
    block_texts,
)
from .rich import DraftBlock, Heading, Notice, SourcedText
from .sourced import Image, Soft, merge, plain

Node = dict[str, Any]
# the first range's start and the last range's end
_POS_RE = re.compile(r"(\d+):(\d+)-(?:.*[;-])?(\d+):(\d+)$")
# pandoc's `--track-changes=all` marks: what a reviewer changed or said
_REVIEW_MARKS = {"insertion", "deletion", "comment-start", "comment-end", "paragraph-insertion",
                 "paragraph-deletion"}  # fmt: skip
_STYLES = {"Emph": "italic", "Strong": "bold", "Superscript": "sup", "Subscript": "sub"}


@dataclass
class Converter:
    starts: list[int] = field(default_factory=lambda: [0])  # line starts of the source text
    notes: list[Note] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    images: list[str] = field(default_factory=list)

    # positions -----------------------------------------------------------------------------
    def _span(self, attr: Sequence[Any]) -> tuple[int, int] | None:
        """The source span of `data-pos` ("file@L:C-L:C", ranges joined by ";")."""
        pos = next((v for k, v in attr[2] if k == "data-pos"), "") if len(attr) > 2 else ""
        found = _POS_RE.search(pos.rpartition("@")[2])
        if found is None:
            return None
        line, col, end_line, end_col = map(int, found.groups())
        return self._offset(line, col), self._offset(end_line, end_col)

    def _offset(self, line: int, col: int) -> int:
        return self.starts[min(line, len(self.starts)) - 1] + col - 1

    @staticmethod
    def _run(text: str, span: tuple[int, int] | None) -> SourcedText:
        if span is None:
            return SourcedText(text)
        start, end = span
        if end - start == len(text):
            return SourcedText(text, tuple(range(start, end + 1)))
        # an escape or entity: characters spread over the source span
        step = (end - start) / max(1, len(text))
        return SourcedText(text, (*(start + int(i * step) for i in range(len(text))), end))

    # inlines -------------------------------------------------------------------------------
    def inlines(self, nodes: list[Node], span: tuple[int, int] | None = None) -> list[Inline]:
        out: list[Inline] = []
        for node in nodes:
            kind: str = node["t"]
            c: Any = node.get("c")
            if kind == "Span":
                attr, children = c
                values = dict(attr[2])
                if set(attr[1]) & _REVIEW_MARKS:
                    out.extend(self._reviewed(attr[1], values, children, span))
                elif values.get("wrapper") == "1":
                    out.extend(self.inlines(children, self._span(attr) or span))
                elif values.get("lang"):
                    out.append(Span(values["lang"], merge(self.inlines(children, span))))
                else:
                    out.extend(self.inlines(children, span))
            elif kind == "Str":
                out.append(self._run(c, span))
            elif kind == "Space":
                out.append(self._run(" ", span) if span else SourcedText(" "))
            elif kind == "SoftBreak":
                out.append(Soft("\n"))
            elif kind == "LineBreak":
                out.append(LineBreak())
            elif kind in _STYLES:
                out.append(Styled(_STYLES[kind], merge(self.inlines(c, span))))
            elif kind in ("Strikeout", "Underline", "SmallCaps"):
                out.extend(self.inlines(c, span))
            elif kind == "Quoted":
                mark = "'" if c[0]["t"] == "SingleQuote" else '"'
                out.extend([SourcedText(mark), *self.inlines(c[1], span), SourcedText(mark)])
            elif kind == "Cite":
                out.extend(self.inlines(c[1], span))
            elif kind == "Code" or kind == "Math":
                out.append(Code(c[1]))
            elif kind == "Link":
                attr, children, (url, _title) = c
                words = self.inlines(children, self._span(attr) or span)
                if safe_url(url):
                    out.append(Link(url, merge(words)))
                    continue
                out.extend(words)  # an in-document anchor, or a scheme never followed
                if not url.startswith("#"):
                    where = self._span(attr) or span
                    self.notices.append(Notice(
                        where[0] if where else -1, "link-dropped",
                        "a link to something other than http, https or mailto is kept as text",
                        url[:80],
                    ))  # fmt: skip
            elif kind == "Image":
                attr, alt, (src, title) = c
                where = self._span(attr) or span
                text = plain(self.inlines(alt))
                out.append(Image(text, src, title, where[0] if where else -1))
            elif kind == "Note":
                out.append(self._note(c))
            elif kind == "RawInline":
                self._raw(c, span)
        return out

    def _reviewed(
        self, classes: list[str], values: dict[str, str], children: list[Node], span: Any
    ) -> list[Inline]:
        """A tracked change or a comment (pandoc's `--track-changes=all`): an insertion is kept,
        a deletion and a comment are left out, and each is reported with its author."""
        words = self.inlines(children, span)
        text = plain(words)
        author = values.get("author", "someone")
        where = span[0] if span else -1
        if "insertion" in classes:
            self.notices.append(
                Notice(
                    where,
                    "tracked-insertion",
                    f"a tracked insertion by {author}, accepted",
                    text[:80],
                )
            )
            return words
        if "deletion" in classes:
            self.notices.append(
                Notice(
                    where,
                    "tracked-deletion",
                    f"a tracked deletion by {author}, accepted",
                    text[:80],
                )
            )
            return []
        if "comment-start" in classes:
            self.notices.append(
                Notice(where, "comment", f"a comment by {author}, left out", text[:80], "info")
            )
        return []  # fmt: skip

    def _note(self, blocks: list[Node]) -> NoteRef:
        label = str(len(self.notes) + 1)
        note_id = f"fn{label}"
        placeholder = Note(note_id, label, ())
        self.notes.append(placeholder)  # numbered in the order of the calls, nested notes after
        index = len(self.notes) - 1
        children = self._contained(blocks)
        self.notes[index] = Note(note_id, label, children or (Paragraph(""),))
        return NoteRef(note_id, label)

    def _raw(self, c: list[Any], span: tuple[int, int] | None) -> None:
        fmt, text = c
        self.notices.append(
            Notice(
                span[0] if span else -1,
                "raw-markup",
                f"raw {fmt} dropped: Galley never passes markup through",
                text.strip()[:80],
            )
        )

    # blocks --------------------------------------------------------------------------------
    def blocks(self, nodes: list[Node], span: tuple[int, int] | None = None) -> list[DraftBlock]:
        out: list[DraftBlock] = []
        for node in nodes:
            out.extend(self._block(node, span))
        return out

    def _contained(self, nodes: list[Node]) -> tuple[Block, ...]:
        """Blocks inside a list item, quote or note: a heading there is a bold paragraph."""
        return tuple(
            Paragraph.of((Styled("bold", b.content),)) if isinstance(b, Heading) else b
            for b in self.blocks(nodes)
        )

    def _block(self, node: Node, span: tuple[int, int] | None) -> list[DraftBlock]:
        kind: str = node["t"]
        c: Any = node.get("c")
        if kind == "Div":
            return self.blocks(c[1], self._span(c[0]) or span)
        if kind in ("Para", "Plain"):
            return [self._paragraph(self.inlines(c, span))]
        if kind == "Header":
            level, attr, heading = c
            return [Heading(level, merge(self.inlines(heading, self._span(attr))))]
        if kind in ("BulletList", "OrderedList"):
            items = c if kind == "BulletList" else c[1]
            converted = tuple(self._contained(item) for item in items)
            return [ListBlock(kind == "OrderedList", tuple(i for i in converted if i))]
        if kind == "BlockQuote":
            return [Quote(self._contained(c))]
        if kind == "CodeBlock":
            return [CodeBlock(c[1])]
        if kind == "HorizontalRule":
            return [Rule()]
        if kind == "RawBlock":
            self._raw(c, span)
            return []
        if kind == "Table":
            return [self._table(c)]
        if kind == "Figure":
            return self._figure(c)
        if kind == "LineBlock":
            content: list[Inline] = []
            for index, line in enumerate(c):
                content.extend([LineBreak()] if index else [])
                content.extend(self.inlines(line, span))
            return [Paragraph.of(merge(content))]
        if kind == "DefinitionList":  # JATS def-list is not in the profile: a bullet list
            entries: list[tuple[Block, ...]] = []
            for term, definitions in c:
                head = Paragraph.of((Styled("bold", merge(self.inlines(term, span))),))
                body = [b for definition in definitions for b in self._contained(definition)]
                entries.append((head, *body))
            return [ListBlock(False, tuple(entries))] if entries else []
        return []

    def _paragraph(self, content: list[Inline]) -> Block:
        solid = [i for i in content if not (isinstance(i, SourcedText) and not i.text.strip())]
        if len(solid) == 1 and isinstance(solid[0], Image):
            image = solid[0]
            self.images.append(image.src)
            # the title's own place is not given: it is located at its image
            at = (image.offset,) * (len(image.title) + 1) if image.offset >= 0 else ()
            caption = (SourcedText(image.title, at),) if image.title else ()
            return Figure(image.src, image.text, caption)
        return Paragraph.of(merge(content, self._inline_image))

    def _inline_image(self, image: Image) -> Inline:
        self.notices.append(
            Notice(image.offset, "inline-image", "an image inside a line of text is kept as its "
                   "description; put it in a paragraph of its own to make it a figure",
                   image.src)
        )  # fmt: skip
        return SourcedText(image.text)

    def _cell(self, blocks: list[Node]) -> tuple[Inline, ...]:
        """A cell's (or caption's) blocks as one line of inlines, a break between blocks; a
        list, table or figure inside a cell keeps its text, and is reported."""
        content: list[Inline] = []
        for block in self.blocks(blocks):
            if isinstance(block, Paragraph | Heading):
                parts: list[tuple[Inline, ...]] = [block.content]
            else:
                parts = [(Text(t),) for t in block_texts((block,)) if t.strip()]
                self.notices.append(Notice(-1, "flattened", f"a {type(block).__name__.lower()} "
                                           "inside a table cell is kept as its text"))  # fmt: skip
            for part in parts:
                content.extend([LineBreak(), *part] if content else part)
        return merge(content)

    def _rows(self, rows: list[Any]) -> tuple[tuple[tuple[Inline, ...], ...], ...]:
        return tuple(tuple(self._cell(cell[4]) for cell in row[1]) for row in rows)

    def _table(self, c: list[Any]) -> Table:
        _attr, caption, _cols, head, bodies, foot = c
        rows = [row for body in bodies for row in (*body[2], *body[3])] + list(foot[1])
        caption_inlines = self._cell(caption[1]) if caption[1] else ()
        return Table(self._rows(head[1]), self._rows(rows), caption_inlines)

    def _figure(self, c: list[Any]) -> list[DraftBlock]:
        """A figure: its image with the caption; a figure of something else (a table, as
        Galley's own pages write a captioned table) is what it holds, the caption kept."""
        _attr, caption, blocks = c
        found: list[Image] = []

        def collect(nodes: list[Any]) -> None:
            for node in nodes:
                if isinstance(node, dict) and node.get("t") == "Image":
                    found.extend(i for i in self.inlines([node]) if isinstance(i, Image))
                elif isinstance(node, dict) and isinstance(node.get("c"), list):
                    collect(node["c"])
                elif isinstance(node, list):
                    collect(node)

        collect(blocks)
        caption_inlines = self._cell(caption[1]) if caption[1] else ()
        if not found:
            held = self.blocks(blocks)
            tables = [b for b in held if isinstance(b, Table)]
            if len(tables) == 1 and not tables[0].caption and caption_inlines:
                return [replace(b, caption=caption_inlines) if b is tables[0] else b for b in held]
            return [*held, Paragraph.of(caption_inlines)] if caption_inlines else held
        image = found[0]
        self.images.append(image.src)
        return [Figure(image.src, image.text or plain(list(caption_inlines)), caption_inlines)]
