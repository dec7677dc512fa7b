"""The article's paragraphs, each in one named style, language marked only where it differs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.text.paragraph import Paragraph as DocxParagraph

from ...model import Document, Paragraph, Section
from .._common import title_block
from .house import FIRST_PARAGRAPH, HEADINGS, HouseStyle
from .language import is_east_asian, run_lang, word_lang
from .oxml import set_lang

_SECT_PR = qn("w:sectPr")


@dataclass(frozen=True)
class BodyWriter:
    """Adds paragraphs in one named style each, marking language only where it differs."""

    word: Any
    lang: str | None
    house: HouseStyle
    style_ids: dict[str, str | None]

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
        paragraph._p.style = self.style_ids[style]  # what `paragraph.style = style` does
        if not text:
            return paragraph
        run = paragraph.add_run(text)
        effective = lang or self.lang
        needs_lang = lang is not None and lang != self.lang
        if not (needs_lang or is_east_asian(effective)):
            return paragraph
        rpr = run._r.get_or_add_rPr()
        if is_east_asian(effective):
            # Word gives quotes and dashes (“ ” — …) the Latin font unless told the run is CJK.
            rpr.get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
            family = self.house.family_of(style)
            if family.east_asian_for(effective) != family.east_asian_for(self.lang):
                rpr.get_or_add_rFonts().set(qn("w:eastAsia"), family.east_asian_for(effective))
        if needs_lang:
            set_lang(rpr, run_lang(effective))
        return paragraph

    def body(
        self, items: tuple[Paragraph | Section, ...], inherited: str | None, first: bool = True
    ) -> None:
        """Add the items; `first` says the next paragraph follows the title block or a heading."""
        uses_first = FIRST_PARAGRAPH in self.house.styles
        for item in items:
            lang = word_lang(item.lang) if item.lang else inherited
            if isinstance(item, Section):
                self.add(item.title, HEADINGS[min(item.level, 3) - 1], lang)
                self.body(item.children, lang, first=True)
            elif item.kind == "lead":
                self.add(item.text, "Lead", lang)
            else:
                style = FIRST_PARAGRAPH if first and uses_first else "Body Text"
                self.add(item.text, style, lang)
            first = False


# The paragraph style of each line of the title block (`title_block`'s roles).
FRONT_STYLES = {"kicker": "Kicker", "title": "Title", "subtitle": "Subtitle", "byline": "Byline"}


def write_content(writer: BodyWriter, doc: Document) -> None:
    """The title block (kicker, title, subtitle, byline), then the body."""
    for role, text in title_block(doc):
        writer.add(text, FRONT_STYLES[role])
    writer.body(doc.body, writer.lang)
