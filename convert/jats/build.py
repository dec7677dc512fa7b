"""The document model to canonical JATS: fixed attribute order, LF, UTF-8, two-space indent, so
the XML is a stable golden format and diffs of it are reviewable."""

from __future__ import annotations

from lxml import etree

from ..model import Document, Paragraph, Section

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLINK_NS = "http://www.w3.org/1999/xlink"
DOCTYPE = (
    '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange '
    'DTD v1.1 20151215//EN" "JATS-archivearticle1.dtd">'
)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attrs.items()})
    if text is not None:
        element.text = text
    return element


def _set_lang(element: etree._Element, lang: str | None) -> None:
    if lang:
        element.set(XML_LANG, lang)


def _body_item(parent: etree._Element, item: Paragraph | Section) -> None:
    if isinstance(item, Paragraph):
        p = _sub(parent, "p", item.text)
        if item.kind:
            p.set("content-type", item.kind)
        _set_lang(p, item.lang)
        return
    sec = _sub(parent, "sec")
    _set_lang(sec, item.lang)
    _sub(sec, "title", item.title)
    for child in item.children:
        _body_item(sec, child)


def build(doc: Document) -> etree._ElementTree:
    """The JATS tree for a structured document."""
    nsmap = {"xlink": XLINK_NS}
    root = etree.Element("article", nsmap=nsmap)
    root.set("article-type", doc.article_type or "other")
    root.set("dtd-version", "1.1")
    root.set(XML_LANG, doc.lang)
    meta = _sub(_sub(root, "front"), "article-meta")
    title_group = _sub(meta, "title-group")
    _sub(title_group, "article-title", doc.title)
    if doc.subtitle:
        _sub(title_group, "subtitle", doc.subtitle)
    if doc.kicker:
        _sub(title_group, "alt-title", doc.kicker, alt_title_type="kicker")
    if doc.contributors:
        group = _sub(meta, "contrib-group")
        for person in doc.contributors:
            contrib = _sub(group, "contrib", contrib_type="author")
            _sub(contrib, "string-name", person.name)
            if person.role:
                _sub(contrib, "role", person.role)
    body = _sub(root, "body")
    for item in doc.body:
        _body_item(body, item)
    return etree.ElementTree(root)


def serialize(tree: etree._ElementTree) -> bytes:
    """Canonical, pretty XML with the JATS DOCTYPE, ending in one newline."""
    root = tree.getroot()
    etree.indent(root, space="  ")
    xml = etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + DOCTYPE.encode() + b"\n" + xml
