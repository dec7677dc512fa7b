"""Blocks beyond headings and paragraphs, and the notes, in Word's own terms: lists numbered
by numbering definitions, tables in Table Grid with a Caption above, pictures with their alt
text in a Figure paragraph, quotes in Quote, code in Source Code, notes as real footnotes."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu
from docx.text.paragraph import Paragraph as DocxParagraph

from ...media import image_type
from ...model import (
    Block,
    CodeBlock,
    Document,
    Figure,
    Inline,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Styled,
    Table,
    Text,
)
from .language import is_east_asian, run_lang
from .notes import add_footnote, add_footnotes_part, new_note_paragraph
from .numbering import Numbering
from .oxml import set_lang
from .runs import MarkRun, RunWriter
from .styles_rich import add_rich_styles

if TYPE_CHECKING:
    from .content import BodyWriter


class RichParts:
    """The per-article state rich content needs: styles, numbering, footnotes, media."""

    def __init__(self, word: Any, doc: Document) -> None:
        self.word = word
        self.media = doc.media
        self.style_ids = add_rich_styles(word)
        self.numbering = Numbering(word)
        self.note_ids = {note.id: index for index, note in enumerate(doc.notes, start=1)}
        self.footnotes = add_footnotes_part(word) if doc.notes else None
        self.text_width = word.sections[0].page_width - word.sections[0].left_margin
        self.text_width -= word.sections[0].right_margin

    def runs(self, mark: MarkRun, part: Any = None) -> RunWriter:
        return RunWriter(part or self.word.part, self.style_ids, mark, self.note_ids)

    def block(self, writer: BodyWriter, block: Block, lang: str | None, depth: int = 0) -> None:
        if isinstance(block, ListBlock):
            self._list(writer, block, lang, depth)
        elif isinstance(block, Quote):
            for child in block.children:
                if isinstance(child, Paragraph):
                    writer.add_rich(child.content, "Quote", lang)
                else:
                    writer.body((child,), lang, first=False)
        elif isinstance(block, Table):
            self._table(writer, block, lang)
        elif isinstance(block, Figure):
            self._figure(writer, block, lang)
        elif isinstance(block, CodeBlock):
            writer.add(block.text, "Source Code", lang)
        elif isinstance(block, Rule):
            writer.add("", "Horizontal Rule", lang)

    def _list(self, writer: BodyWriter, block: ListBlock, lang: str | None, depth: int) -> None:
        num_id = self.numbering.new_list(block.ordered, block.labels, depth)
        for item in block.items:
            numbered = False
            for child in item:
                if isinstance(child, ListBlock):
                    self._list(writer, child, lang, depth + 1)
                elif isinstance(child, Paragraph):
                    p = writer.add_rich(child.content, "List Paragraph", lang)
                    self.numbering.number(p, num_id, depth, continued=numbered)
                    numbered = True
                else:
                    self.block(writer, child, lang, depth)

    def _table(self, writer: BodyWriter, block: Table, lang: str | None) -> None:
        if block.caption:
            caption = writer.add_rich(block.caption, "Caption", lang)
            DocxParagraph(caption, self.word._body).paragraph_format.keep_with_next = True
        rows = (*block.head, *block.rows)
        columns = max((len(row) for row in rows), default=1)
        table = writer.word.add_table(rows=len(rows), cols=columns)
        table._tbl.tblPr.style = self.style_ids["Table Grid"]
        for row_index, row in enumerate(rows):
            cells = table.rows[row_index].cells
            if row_index < len(block.head):
                header = OxmlElement("w:tblHeader")
                table.rows[row_index]._tr.get_or_add_trPr().append(header)
            for cell, content in zip(cells, row, strict=False):
                p = cell.paragraphs[0]._p
                bold = row_index < len(block.head)
                inlines = content if not bold else (_bold(content),)
                self.runs(self.marker(writer, "Normal")).write(p, inlines, lang)

    def _figure(self, writer: BodyWriter, block: Figure, lang: str | None) -> None:
        data = self.media.get(block.src, b"")
        if image_type(data):
            paragraph = DocxParagraph(writer.add("", "Figure", lang), self.word._body)
            run = paragraph.add_run()
            shape = run.add_picture(BytesIO(data))
            if shape.width > self.text_width:
                shape.height = Emu(int(shape.height * self.text_width / shape.width))
                shape.width = Emu(self.text_width)
            doc_pr = run._r.find(".//" + qn("wp:docPr"))
            if doc_pr is not None:
                doc_pr.set("descr", block.alt)
        else:  # no image came with the document: its description stands in
            writer.add(block.alt, "Figure", lang)
        if block.caption:
            writer.add_rich(block.caption, "Caption", lang)

    def marker(self, writer: BodyWriter, style: str) -> MarkRun:
        """What marks a run of markup in a paragraph of `style` (`mark`, where needed)."""

        def mark(rpr: Any, lang: str | None) -> None:
            if writer.marks(lang):
                self.mark(writer, rpr, lang, style)

        return mark

    @staticmethod
    def mark(writer: BodyWriter, rpr: Any, lang: str | None, style: str) -> None:
        """A run's East Asian hint and font, and its language where it differs, in a `w:rPr`
        that may hold formatting already (the plain runs' is `BodyWriter._mark_new`)."""
        effective = lang or writer.lang
        if is_east_asian(effective):
            # Word gives quotes and dashes (“ ” — …) the Latin font unless told the run is CJK.
            rpr.get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
            family = writer.house.family_of(style)
            if family.east_asian_for(effective) != family.east_asian_for(writer.lang):
                rpr.get_or_add_rFonts().set(qn("w:eastAsia"), family.east_asian_for(effective))
        if lang is not None and lang != writer.lang:
            set_lang(rpr, run_lang(effective))

    def write_notes(self, writer: BodyWriter, doc: Document) -> None:
        if self.footnotes is None:
            return
        for note in doc.notes:
            footnote = add_footnote(self.footnotes, self.note_ids[note.id])
            paragraphs = [b for b in note.children if isinstance(b, Paragraph)] or [Paragraph("")]
            for index, paragraph in enumerate(paragraphs):
                p = new_note_paragraph(footnote, self.style_ids, first=index == 0)
                runs = self.runs(self.marker(writer, "Footnote Text"), self.footnotes)
                runs.write(p, paragraph.content, writer.lang)


def _bold(content: tuple[Inline, ...]) -> Inline:
    return Styled("bold", content) if content else Text("")
