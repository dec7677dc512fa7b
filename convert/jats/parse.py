"""JATS bytes to the document model: parsed safely (the XML may come from an untrusted editor),
then read into the `Document` the writers render (Galley's own JATS, or one fixed by hand)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..errors import SchemaError
from ..model import Block, Contributor, Document, Paragraph, Section
from .blocks import read_block, read_notes
from .build import XML_LANG
from .inlines import is_plain, read_inlines


def _safe_parser() -> etree.XMLParser:
    """No entity expansion, no DTD loading, no network: JATS may come from an untrusted editor."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
    )


def parse(data: bytes, path: Path | None = None) -> etree._ElementTree:
    """Parse JATS bytes safely; a DTD with entity declarations is refused outright.

    Refusing before parsing (rather than parsing without expansion) keeps "billion laughs" and
    external-entity files from costing anything and gives the editor one clear reason.
    """
    if b"<!ENTITY" in data:
        raise SchemaError(
            "declares XML entities (<!ENTITY>), which Galley refuses in input: "
            "write the characters themselves",
            [],
            path,
        )
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as exc:
        raise SchemaError("is not well-formed XML", [str(exc)], path) from None
    return root.getroottree()


def _text(element: etree._Element | None) -> str:
    return "" if element is None else "".join(str(t) for t in element.itertext())


def _paragraph(element: etree._Element, lang: str | None) -> Paragraph:
    kind = element.get("content-type", "")
    inlines = read_inlines(element)
    if is_plain(inlines) and not len(element):
        return Paragraph(_text(element), lang, kind)
    return Paragraph.of(inlines, lang, kind)


def _section(element: etree._Element, level: int, lang: str | None, article_lang: str) -> Section:
    title_el = element.find("title")
    title = _text(title_el)
    children = _body_items(element, level + 1, article_lang)
    if title_el is None or not len(title_el):
        return Section(title, level, children, lang)
    heading = read_inlines(title_el)
    return Section(title, level, children, lang, () if is_plain(heading) else heading)


def _body_items(parent: etree._Element, level: int, article_lang: str) -> tuple[Block, ...]:
    items: list[Block] = []

    def inner(element: etree._Element) -> tuple[Block, ...]:
        return _body_items(element, level, article_lang)

    for child in parent:
        if not isinstance(child.tag, str):
            continue
        lang = child.get(XML_LANG)
        lang = lang if lang and lang != article_lang else None
        block = read_block(child, inner)
        if block is not None:
            items.append(block)
        elif child.tag == "p":
            items.append(_paragraph(child, lang))
        elif child.tag == "sec":
            items.append(_section(child, level, lang, article_lang))
    return tuple(items)


def _contributors(meta: etree._Element | None) -> tuple[Contributor, ...]:
    contributors: list[Contributor] = []
    if meta is not None:
        for contrib in meta.iterfind("contrib-group/contrib"):
            name = _text(contrib.find("string-name"))
            if not name:
                name_el = contrib.find("name")
                if name_el is not None:
                    parts = [_text(name_el.find("given-names")), _text(name_el.find("surname"))]
                    name = " ".join(p for p in parts if p)
            if name:
                contributors.append(Contributor(name, _text(contrib.find("role"))))
    return tuple(contributors)


def from_jats(tree: etree._ElementTree | etree._Element, jats_bytes: bytes = b"") -> Document:
    """Read the Document out of a JATS tree (Galley's own, or one an editor fixed by hand)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    lang = root.get(XML_LANG, "und")
    meta = root.find("front/article-meta")
    title_group = meta.find("title-group") if meta is not None else None
    title = subtitle = kicker = ""
    if title_group is not None:
        title = _text(title_group.find("article-title"))
        subtitle = _text(title_group.find("subtitle"))
        kicker = _text(title_group.find("alt-title[@alt-title-type='kicker']"))
    body_el = root.find("body")
    body = _body_items(body_el, 1, lang) if body_el is not None else ()
    notes = read_notes(root, lambda element: _body_items(element, 1, lang))
    return Document(
        lang=lang,
        article_type=root.get("article-type", ""),
        title=title,
        subtitle=subtitle,
        kicker=kicker,
        contributors=_contributors(meta),
        body=body,
        jats=jats_bytes,
        notes=notes,
        licence=tuple(_text(p) for p in root.iterfind("front/article-meta/permissions/license/license-p")),
    )
