"""The package document (OPF): where things are, and the metadata pandoc cannot be told."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from ...errors import WriterError
from ...jats.build import XML_LANG
from ...model import Document
from .._common import iso_date
from .tree import DC, FONTS_DIR, NS, OPF, PARSER, remove, resolve, text_element

if TYPE_CHECKING:
    from ..fonts import EmbeddedFont


def rootfile(entries: dict[str, bytes]) -> str:
    container = etree.fromstring(entries["META-INF/container.xml"], PARSER)
    path = container.find("c:rootfiles/c:rootfile", NS)
    if path is None or not path.get("full-path"):
        raise KeyError("META-INF/container.xml names no package document")
    return str(path.get("full-path"))


def manifest_paths(opf: etree._Element, opf_name: str, media_type: str) -> list[str]:
    items = opf.iterfind("opf:manifest/opf:item", NS)
    return [
        resolve(opf_name, i.get("href", "")) for i in items if i.get("media-type") == media_type
    ]


def spine(opf: etree._Element, opf_name: str) -> list[str]:
    """The content documents in reading order, as zip entry names."""
    hrefs = {
        item.get("id"): item.get("href", "") for item in opf.iterfind("opf:manifest/opf:item", NS)
    }
    refs = opf.iterfind("opf:spine/opf:itemref", NS)
    return [
        resolve(opf_name, hrefs[ref.get("idref")]) for ref in refs if ref.get("idref") in hrefs
    ]


def fix_metadata(opf: etree._Element, doc: Document, epoch: int) -> None:
    """Fixed modification date, no invented publication date, no empty creator, the subtitle."""
    # pandoc declares xmlns:opf beside the default namespace; without it lxml would write new
    # elements as <opf:meta>, valid but unlike every other line of the file.
    etree.cleanup_namespaces(opf)
    metadata = opf.find("opf:metadata", NS)
    if metadata is None:
        raise WriterError("pandoc wrote a package document without <metadata>")
    modified = metadata.find("opf:meta[@property='dcterms:modified']", NS)
    if modified is None:
        modified = etree.SubElement(metadata, f"{{{OPF}}}meta", property="dcterms:modified")
    modified.text = iso_date(epoch)
    for element in metadata.findall("dc:date", NS):
        _remove_with_refinements(metadata, element)
    for element in [*metadata.findall("dc:creator", NS), *metadata.findall("dc:contributor", NS)]:
        if not (element.text or "").strip():
            _remove_with_refinements(metadata, element)
    summary = metadata.find("opf:meta[@property='schema:accessibilitySummary']", NS)
    if summary is not None:
        summary.set(XML_LANG, "en")
    title = metadata.find("dc:title", NS)
    if doc.subtitle and title is not None:
        _add_subtitle(title, doc.subtitle)


def _remove_with_refinements(metadata: etree._Element, element: etree._Element) -> None:
    ident = element.get("id")
    if ident:
        for meta in metadata.findall(f"opf:meta[@refines='#{ident}']", NS):
            remove(meta)
    remove(element)


def _add_subtitle(title: etree._Element, subtitle: str) -> None:
    """A second dc:title refined as the subtitle, the main one as main (EPUB 3 title-type)."""
    main_id = title.get("id") or "epub-title-main"
    title.set("id", main_id)
    added = [
        _meta({"refines": f"#{main_id}", "property": "title-type"}, "main"),
        text_element(f"{{{DC}}}title", {"id": "epub-subtitle"}, subtitle),
        _meta({"refines": "#epub-subtitle", "property": "title-type"}, "subtitle"),
    ]
    anchor = title
    for element in added:
        anchor.addnext(element)
        anchor = element
    for element in added:
        element.tail = title.tail


def _meta(attrib: dict[str, str], text: str) -> etree._Element:
    return text_element(f"{{{OPF}}}meta", attrib, text)


def add_font_item(opf: etree._Element, opf_name: str, font: EmbeddedFont) -> str:
    """List an embedded font in the manifest; returns its zip entry name."""
    manifest = opf.find("opf:manifest", NS)
    if manifest is None:
        raise WriterError("pandoc wrote a package document without <manifest>")
    href = f"{FONTS_DIR}/{font.filename}"
    item = etree.SubElement(
        manifest,
        f"{{{OPF}}}item",
        {"id": f"font-{font.filename.rsplit('.', 1)[0]}", "href": href, "media-type": "font/woff"},
    )
    item.tail = manifest[-2].tail if len(manifest) > 1 else "\n"
    return resolve(opf_name, href)
