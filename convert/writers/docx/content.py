"""The article's paragraphs, each in one named style, language marked only where it differs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun

from ...model import Block, Document, Inline, Paragraph, Section
from .._common import title_block
from .house import FIRST_PARAGRAPH, HEADINGS, HouseStyle
from .language import is_east_asian, run_lang, word_lang
from .oxml import set_lang

if TYPE_CHECKING:
    from .rich import RichParts

_SECT_PR = qn("w:sectPr")
# the characters python-docx's run text sets as elements of their own (a tab, a break)
_RUN_BREAKS = frozenset("\t\r\n")


def add_text_run(paragraph: DocxParagraph, text: str) -> DocxRun:
    """`paragraph.add_run(text)`. Text without a tab or a line break is one `w:t`, added as
    such: python-docx's setter clears the new run by an XPath query and walks the text a
    character at a time looking for them (tests hold the two to the same XML)."""
    run = paragraph.add_run()
    if not text:
        return run
    if _RUN_BREAKS.isdisjoint(text):
        run._r.add_t(text)
    else:
        run.text = text
    return run


@dataclass(frozen=True)
class BodyWriter:
    """Adds paragraphs in one named style each, marking language only where it differs."""

    word: Any
    lang: str | None
    house: HouseStyle
    style_ids: dict[str, str | None]
    rich: RichParts | None = None  # set for documents with markup, notes or other blocks

    def add(self, text: str, style: str, lang: str | None = None) -> DocxParagraph:
        # python-docx's add_paragraph finds w:sectPr by scanning the whole body each time, which
        # makes a long document quadratic; insert before it here.
        body = self.word.element.body
        p_element = OxmlElement("w:p")
        try:
            last = body[-1]  # lxml finds [-1] from the end, in O(1)
        except IndexError:
            last = None
        if last is not None and last.tag == _SECT_PR:
            last.addprevious(p_element)
        else:
            body.append(p_element)
        paragraph = DocxParagraph(cast(CT_P, p_element), self.word._body)
        # what `paragraph.style = style` does, without python-docx's search of every style
        paragraph._p.style = self.style_id(style)
        if not text:
            return paragraph
        run = add_text_run(paragraph, text)
        if self.marks(lang):
            self.mark(run._r.get_or_add_rPr(), lang, style)
        return paragraph

    def style_id(self, name: str) -> str | None:
        if name in self.style_ids or self.rich is None:
            return self.style_ids[name]
        return self.rich.style_ids[name]

    def marks(self, lang: str | None) -> bool:
        """Whether runs in this language need `mark` (else they carry no run properties)."""
        effective = lang or self.lang
        return (lang is not None and lang != self.lang) or is_east_asian(effective)

    def mark(self, rpr: Any, lang: str | None, style: str) -> None:
        """The run's East Asian hint and font, and its language where it differs."""
        effective = lang or self.lang
        if is_east_asian(effective):
            # Word gives quotes and dashes (“ ” — …) the Latin font unless told the run is CJK.
            rpr.get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
            family = self.house.family_of(style)
            if family.east_asian_for(effective) != family.east_asian_for(self.lang):
                rpr.get_or_add_rFonts().set(qn("w:eastAsia"), family.east_asian_for(effective))
        if lang is not None and lang != self.lang:
            set_lang(rpr, run_lang(effective))

    def add_rich(self, inlines: tuple[Inline, ...], style: str, lang: str | None) -> DocxParagraph:
        """A paragraph of inline markup (`runs`), in one named style."""
        paragraph = self.add("", style, lang)
        rich = self.rich
        if rich is None:
            raise ValueError("rich content needs the rich styles (BodyWriter.rich)")

        def mark(rpr: Any, run_lang_: str | None) -> None:
            if self.marks(run_lang_):
                self.mark(rpr, run_lang_, style)

        rich.runs(mark).write(paragraph._p, inlines, lang)
        return paragraph

    def body(self, items: tuple[Block, ...], inherited: str | None, first: bool = True) -> None:
        """Add the items; `first` says the next paragraph follows the title block or a heading."""
        uses_first = FIRST_PARAGRAPH in self.house.styles
        for item in items:
            lang = word_lang(item.lang) if isinstance(item, Paragraph | Section) and item.lang else inherited
            if isinstance(item, Section):
                style = HEADINGS[min(item.level, 3) - 1]
                if item.heading:
                    self.add_rich(item.heading, style, lang)
                else:
                    self.add(item.title, style, lang)
                self.body(item.children, lang, first=True)
            elif isinstance(item, Paragraph):
                if item.kind == "lead":
                    style = "Lead"
                else:
                    style = FIRST_PARAGRAPH if first and uses_first else "Body Text"
                if item.inlines:
                    self.add_rich(item.inlines, style, lang)
                else:
                    self.add(item.text, style, lang)
            elif self.rich is not None:
                self.rich.block(self, item, lang)
            first = False


# The paragraph style of each line of the title block (`title_block`'s roles).
FRONT_STYLES = {"kicker": "Kicker", "title": "Title", "subtitle": "Subtitle", "byline": "Byline"}


def write_content(writer: BodyWriter, doc: Document) -> None:
    """The title block (kicker, title, subtitle, byline), then the body."""
    for role, text in title_block(doc):
        writer.add(text, FRONT_STYLES[role])
    writer.body(doc.body, writer.lang)
