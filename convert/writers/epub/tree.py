"""The XML of an EPUB package as the finishing steps read and write it: names, parser, helpers."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import unquote

from lxml import etree

OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
NS = {"opf": OPF, "dc": DC, "h": XHTML, "epub": OPS, "c": CONTAINER}

# Pandoc's package is parsed, never trusted to pull in entities, DTDs or anything on the network.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
# The folder of the package's embedded fonts, beside its package document.
FONTS_DIR = "fonts"


def resolve(opf_name: str, href: str) -> str:
    """The zip entry an `href` of the package document (at entry `opf_name`) points to."""
    return str(PurePosixPath(opf_name).parent / unquote(href.split("#")[0]))


def text_element(tag: str, attrib: dict[str, str], text: str) -> etree._Element:
    element = etree.Element(tag, attrib)
    element.text = text
    return element


def remove(element: etree._Element) -> None:
    """Remove an element but keep its tail text, which lxml would otherwise drop with it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8")
