"""The article's paragraphs, each in one named style, language marked only where it differs.

A paragraph is made with lxml alone (`wml`), so a plain article's DOCX (`plain`) is written
without python-docx; in python-docx's own tree (`document`) the same calls give the same XML, and
the elements are python-docx's classes, since `makeelement` and `SubElement` take the tree's
parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lxml import etree

from ...model import Block, Document, Inline, Paragraph, Section
from .._common import title_block
from .house import FIRST_PARAGRAPH, HEADINGS, HouseStyle
from .language import is_east_asian, run_lang, word_lang
from .wml import NSMAP, XML_SPACE, w

if TYPE_CHECKING:
    from .rich import RichParts

_P, _PPR, _PSTYLE, _R, _RPR, _T = w("p"), w("pPr"), w("pStyle"), w("r"), w("rPr"), w("t")
_SECT_PR, _VAL = w("sectPr"), w("val")
_TAB, _BR, _RFONTS, _LANG = w("tab"), w("br"), w("rFonts"), w("lang")
# the characters python-docx's run text sets as elements of their own (a tab, a break)
_RUN_BREAKS = frozenset("\t\r\n")


def append_text(run: Any, text: str) -> None:
    """`text` into the run as python-docx's `run.text` setter puts it: a tab as `w:tab`, a
    carriage return or line feed as `w:br`, each stretch between them one `w:t`, with
    `xml:space="preserve"` where white space starts or ends it (tests hold the two equal)."""
    if _RUN_BREAKS.isdisjoint(text):
        _add_t(run, text)
        return
    piece: list[str] = []
    for char in text:
        if char in _RUN_BREAKS:
            _add_t(run, "".join(piece))
            piece.clear()
            etree.SubElement(run, _TAB if char == "\t" else _BR)
        else:
            piece.append(char)
    _add_t(run, "".join(piece))


def _add_t(run: Any, text: str) -> None:
    if text:
        t = etree.SubElement(run, _T)
        t.text = text
        if len(text.strip()) < len(text):
            t.set(XML_SPACE, "preserve")


def add_text_run(p: Any, text: str) -> Any:
    """A new run at the end of the paragraph element, holding `text` (python-docx's
    `add_run(text)`)."""
    run = etree.SubElement(p, _R)
    append_text(run, text)
    return run


class BodyWriter:
    """Adds paragraphs in one named style each, marking language only where it differs.

    A plain class rather than a dataclass: nothing compares or copies it, and a dataclass's
    methods are compiled at every start.
    """

    __slots__ = ("house", "lang", "rich", "style_ids", "w_body", "word")

    def __init__(
        self,
        w_body: Any,  # the document's w:body, in python-docx's tree or a plain lxml one (`plain`)
        lang: str | None,
        house: HouseStyle,
        style_ids: dict[str, str | None],
        rich: RichParts | None = None,  # set for documents with markup, notes or other blocks
        word: Any = None,  # python-docx's Document, which rich content and the licence add to
    ) -> None:
        self.w_body = w_body
        self.lang = lang
        self.house = house
        self.style_ids = style_ids
        self.rich = rich
        self.word = word

    def add(self, text: str, style: str, lang: str | None = None) -> Any:
        """A paragraph element (`w:p`) at the end of the body, before its `w:sectPr`, in the
        named style, holding `text` in one run (none if empty)."""
        # python-docx's add_paragraph finds w:sectPr by scanning the whole body each time, which
        # makes a long document quadratic; insert before it here.
        body = self.w_body
        p = body.makeelement(_P, nsmap=NSMAP)  # as python-docx's OxmlElement("w:p")
        try:
            last = body[-1]  # lxml finds [-1] from the end, in O(1)
        except IndexError:
            last = None
        if last is not None and last.tag == _SECT_PR:
            last.addprevious(p)
        else:
            body.append(p)
        # what python-docx's `paragraph.style = style` writes, without its search of every style
        ppr = etree.SubElement(p, _PPR)
        style_id = self.style_id(style)
        if style_id is not None:
            etree.SubElement(ppr, _PSTYLE).set(_VAL, style_id)
        if not text:
            return p
        run = etree.SubElement(p, _R)
        if self.marks(lang):
            self._mark_new(etree.SubElement(run, _RPR), lang, style)
        append_text(run, text)
        return p

    def style_id(self, name: str) -> str | None:
        if name in self.style_ids or self.rich is None:
            return self.style_ids[name]
        return self.rich.style_ids[name]

    def marks(self, lang: str | None) -> bool:
        """Whether runs in this language need `mark` (else they carry no run properties)."""
        effective = lang or self.lang
        return (lang is not None and lang != self.lang) or is_east_asian(effective)

    def _mark_new(self, rpr: Any, lang: str | None, style: str) -> None:
        """`mark` for a new, empty `w:rPr`: the hint and font, then the language (schema
        order), without python-docx (`RichParts.mark` marks the runs of markup)."""
        effective = lang or self.lang
        if is_east_asian(effective):
            # Word gives quotes and dashes (“ ” — …) the Latin font unless told the run is CJK.
            fonts = etree.SubElement(rpr, _RFONTS)
            fonts.set(w("hint"), "eastAsia")
            family = self.house.family_of(style)
            if family.east_asian_for(effective) != family.east_asian_for(self.lang):
                fonts.set(w("eastAsia"), family.east_asian_for(effective))
        if lang is not None and lang != self.lang:
            attrs = {w(name[2:]): value for name, value in run_lang(effective).items() if value}
            etree.SubElement(rpr, _LANG, attrs)

    def add_rich(self, inlines: tuple[Inline, ...], style: str, lang: str | None) -> Any:
        """A paragraph element of inline markup (`runs`), in one named style."""
        p = self.add("", style, lang)
        rich = self.rich
        if rich is None:
            raise ValueError("rich content needs the rich styles (BodyWriter.rich)")
        rich.runs(rich.marker(self, style)).write(p, inlines, lang)
        return p

    def body(self, items: tuple[Block, ...], inherited: str | None, first: bool = True) -> None:
        """Add the items; `first` says the next paragraph follows the title block or a heading."""
        uses_first = FIRST_PARAGRAPH in self.house.styles
        for item in items:
            lang = (
                word_lang(item.lang)
                if isinstance(item, Paragraph | Section) and item.lang
                else inherited
            )
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
