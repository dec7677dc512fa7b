"""The document model to canonical JATS: fixed attribute order, LF, UTF-8, two-space indent, so
the XML is a stable golden format and diffs of it are reviewable."""

from __future__ import annotations

from lxml import etree

from ..model import Block, Document, Paragraph, Section
from .blocks import Ids, add_block, add_notes
from .inlines import add_inlines, is_plain

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


def _body_item(parent: etree._Element, item: Block, ids: Ids) -> None:
    def write(inner: etree._Element, child: Block) -> None:
        _body_item(inner, child, ids)

    if isinstance(item, Paragraph):
        p = _sub(parent, "p", item.text if is_plain(item.inlines) else None)
        if not is_plain(item.inlines):
            add_inlines(p, item.inlines)
        if item.kind:
            p.set("content-type", item.kind)
        _set_lang(p, item.lang)
    elif isinstance(item, Section):
        sec = _sub(parent, "sec")
        _set_lang(sec, item.lang)
        title = _sub(sec, "title", item.title if is_plain(item.heading) else None)
        if not is_plain(item.heading):
            add_inlines(title, item.heading)
        for child in item.children:
            write(sec, child)
    else:
        add_block(parent, item, ids, write)


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
    if doc.licence:
        licence = _sub(_sub(meta, "permissions"), "license")
        for paragraph in doc.licence:
            _sub(licence, "license-p", paragraph)
    body = _sub(root, "body")
    ids = Ids()
    for item in doc.body:
        _body_item(body, item, ids)
    add_notes(root, doc.notes, lambda parent, child: _body_item(parent, child, ids))
    return etree.ElementTree(root)


# Elements whose content is text and inline markup: indenting inside them would change the text.
_MIXED = frozenset(
    {"p", "title", "article-title", "subtitle", "alt-title", "string-name", "role", "label",
     "td", "th", "preformat", "alt-text", "license-p"}
)


def _indent(element: etree._Element, level: int = 0, space: str = "  ") -> None:
    """What `etree.indent` does, except inside mixed content, where it would turn the space
    between two inline elements into a newline and indentation."""
    if element.tag in _MIXED or not len(element):
        return
    inner = "\n" + space * (level + 1)
    if not (element.text or "").strip():
        element.text = inner
    for child in element:
        if not (child.tail or "").strip():
            child.tail = inner
        _indent(child, level + 1, space)
    last = element[-1]
    if not (last.tail or "").strip():
        last.tail = "\n" + space * level


def serialize(tree: etree._ElementTree) -> bytes:
    """Canonical, pretty XML with the JATS DOCTYPE, ending in one newline."""
    root = tree.getroot()
    _indent(root)
    xml = etree.tostring(root, encoding="UTF-8", xml_declaration=False) + b"\n"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + DOCTYPE.encode() + b"\n" + xml
