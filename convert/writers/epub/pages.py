"""The content documents: the title page rebuilt, and what pandoc's JATS reader dropped put back."""

from __future__ import annotations

from lxml import etree

from ...jats.build import XML_LANG
from ...model import Document, Paragraph
from .. import clreq
from .._common import CLASS_TOKEN, title_block
from .tree import NS, OPS, PARSER, XHTML, remove, serialize, text_element

_HEADINGS = tuple(f"h{n}" for n in range(1, 7))


def fix_pages(entries: dict[str, bytes], names: list[str], doc: Document) -> None:
    """Rebuild the title page and finish the chapters, in place in `entries`."""
    pages = {name: etree.fromstring(entries[name], PARSER) for name in names}
    chapters: list[etree._Element] = []
    for name in names:
        body = pages[name].find("h:body", NS)
        if body is None:
            continue
        titlepage = body.find("h:section[@epub:type='titlepage']", NS)
        if titlepage is not None:
            fill_title_page(titlepage, doc)
        elif body.get(f"{{{OPS}}}type") == "bodymatter":
            chapters.append(body)
    if chapters:
        drop_repeated_title(chapters[0], doc)
        mark_blocks(chapters, doc)
        if doc.is_rich():  # imported for a document with notes, lists or markup only
            from .rich import fix_line_breaks, fix_list_labels, fix_note_calls

            fix_note_calls(chapters, doc)
            fix_list_labels(chapters, doc)
            fix_line_breaks(chapters)
        for body in chapters:
            shift_headings(body)
            _set_page_title(body, doc.title)
    for name in names:
        entries[name] = serialize(clreq.apply(pages[name]))


def _h(tag: str, text: str, css_class: str) -> etree._Element:
    return text_element(f"{{{XHTML}}}{tag}", {"class": css_class}, text)


def fill_title_page(section: etree._Element, doc: Document) -> None:
    """Kicker, title, subtitle and byline, as in the HTML page's header (and the same classes)."""
    indent = section.text
    for child in list(section):
        section.remove(child)
    blocks = [_h("h1" if role == "title" else "p", text, role) for role, text in title_block(doc)]
    for block in blocks:
        block.tail = indent
        section.append(block)
    blocks[-1].tail = "\n"


def drop_repeated_title(body: etree._Element, doc: Document) -> None:
    """Remove the title heading pandoc puts before a body that opens with paragraphs.

    Only when the JATS body does open with a paragraph: then the first heading of the first
    chapter is pandoc's (class `unnumbered`), not one of the article's sections.
    """
    if not doc.body or not isinstance(doc.body[0], Paragraph):
        return
    first = body.find("h:section/h:h1", NS)
    if first is not None and "unnumbered" in (first.get("class") or "").split():
        remove(first)


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(t) for t in element.itertext()).split())


def mark_blocks(chapters: list[etree._Element], doc: Document) -> None:
    """Put back what the JATS reader dropped: the lead's class, paragraphs' and sections' lang.

    Pandoc keeps each JATS `<p>` as one `<p>` and each titled `<sec>` as one `<section>`, so they
    pair up in order; the texts are compared first, and nothing is marked if they do not match.
    """
    expected = doc.paragraphs()
    found = [p for body in chapters for p in body.iter(f"{{{XHTML}}}p")]
    if [_text(p) for p in found] == [" ".join(p.text.split()) for p in expected]:
        for element, paragraph in zip(found, expected, strict=True):
            if paragraph.kind and CLASS_TOKEN.match(paragraph.kind):
                element.set("class", paragraph.kind)
            if paragraph.lang:
                _set_lang(element, paragraph.lang)
    sections = doc.sections()
    titled = [
        (s, s[0])
        for body in chapters
        for s in body.iter(f"{{{XHTML}}}section")
        if len(s) and s[0].tag in {f"{{{XHTML}}}{h}" for h in _HEADINGS}
    ]
    if [_text(h) for _, h in titled] == [" ".join(s.title.split()) for s in sections]:
        for (element, _), section in zip(titled, sections, strict=True):
            if section.lang:
                _set_lang(element, section.lang)


def _set_lang(element: etree._Element, lang: str) -> None:
    element.set("lang", lang)
    element.set(XML_LANG, lang)


def shift_headings(body: etree._Element) -> None:
    """h1 → h2 and so on (h6 stays h6): the title page holds the only h1, as in the HTML page."""
    for element in list(body.iter(*(f"{{{XHTML}}}{h}" for h in _HEADINGS))):
        level = int(str(element.tag)[-1])
        element.tag = f"{{{XHTML}}}h{min(level + 1, 6)}"


def _set_page_title(body: etree._Element, fallback: str) -> None:
    """Name each chapter by its first heading; pandoc names it after its file (`ch002.xhtml`)."""
    html = body.getparent()
    title = html.find("h:head/h:title", NS) if html is not None else None
    if title is None:
        return
    heading = next(body.iter(*(f"{{{XHTML}}}{h}" for h in _HEADINGS)), None)
    title.text = _text(heading) if heading is not None else fallback
