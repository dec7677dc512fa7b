"""The document's licence as the book's last page (`Document.licence`).

Pandoc's JATS reader drops `permissions`, so the terms a text is published under (a Project
Gutenberg book's header and licence, `structure.gutenberg`) would be missing from the EPUB
while the HTML and the PDF print them after the text. They go on a back-matter page of their
own, in small type, word for word, last in the spine and named among the landmarks. Not in
`dc:rights`: that is one statement, and a licence of many paragraphs has no one paragraph that
is the statement.
"""

from __future__ import annotations

import copy
from posixpath import dirname, join, relpath

from lxml import etree

from ...model import Document
from .tree import NS, OPF, OPS, PARSER, XHTML, resolve, serialize, text_element

LICENCE_PAGE = "licence.xhtml"
LICENCE_ID = "licence_xhtml"
LICENCE_TITLE = "Licence"
# small, set apart, as the HTML page's footer.licence
LICENCE_CSS = "\nsection.licence { font-size: 0.8em; }\nsection.licence p { text-indent: 0; }\n"


def add_licence_page(
    entries: dict[str, bytes],
    opf: etree._Element,
    opf_name: str,
    pages: list[str],
    doc: Document,
) -> None:
    """Add the licence page after the last content document `pages[-1]` (zip entry names)."""
    if not doc.licence or not pages:
        return
    model = etree.fromstring(entries[pages[-1]], PARSER)
    page = _licence_page(model, doc)
    name = join(dirname(pages[-1]), LICENCE_PAGE)
    entries[name] = serialize(page)
    href = relpath(name, dirname(opf_name) or ".")
    manifest = opf.find("opf:manifest", NS)
    spine = opf.find("opf:spine", NS)
    if manifest is None or spine is None:
        raise KeyError("the package document has no manifest or spine")
    item = etree.SubElement(
        manifest,
        f"{{{OPF}}}item",
        {"id": LICENCE_ID, "href": href, "media-type": "application/xhtml+xml"},
    )
    item.tail = manifest[-2].tail if len(manifest) > 1 else "\n"
    ref = etree.SubElement(spine, f"{{{OPF}}}itemref", {"idref": LICENCE_ID})
    ref.tail = spine[-2].tail if len(spine) > 1 else "\n"
    nav = manifest.find("opf:item[@properties='nav']", NS)
    if nav is not None:
        _add_landmark(entries, resolve(opf_name, nav.get("href", "")), name)


def _licence_page(model: etree._Element, doc: Document) -> etree._Element:
    """A content document like pandoc's chapter `model` (its head, style sheet and language),
    whose body holds the licence's paragraphs."""
    page = copy.deepcopy(model)
    title = page.find("h:head/h:title", NS)
    if title is not None:
        title.text = LICENCE_TITLE
    style = page.find("h:head/h:style", NS)
    if style is not None:
        style.text = (style.text or "") + LICENCE_CSS
    body = page.find("h:body", NS)
    if body is None:
        raise KeyError("pandoc's chapter has no body")
    for child in list(body):
        body.remove(child)
    body.set(f"{{{OPS}}}type", "backmatter")
    section = etree.SubElement(
        body,
        f"{{{XHTML}}}section",
        {f"{{{OPS}}}type": "copyright-page", "class": "licence", "id": "licence"},
    )
    section.text = body.text = "\n"
    for text in doc.licence:
        paragraph = text_element(f"{{{XHTML}}}p", {}, text)
        paragraph.tail = "\n"
        section.append(paragraph)
    section.tail = "\n"
    return page


def _add_landmark(entries: dict[str, bytes], nav_name: str, licence_name: str) -> None:
    """Name the licence page among the nav document's landmarks (`copyright-page`)."""
    nav = etree.fromstring(entries[nav_name], PARSER)
    landmarks = nav.find(".//h:nav[@epub:type='landmarks']/h:ol", NS)
    if landmarks is None:
        return
    link = text_element(
        f"{{{XHTML}}}a",
        {"href": relpath(licence_name, dirname(nav_name) or "."), f"{{{OPS}}}type": "copyright-page"},
        LICENCE_TITLE,
    )
    item = etree.SubElement(landmarks, f"{{{XHTML}}}li")
    item.append(link)
    item.tail = landmarks[-2].tail if len(landmarks) > 1 else "\n"
    entries[nav_name] = serialize(nav)
