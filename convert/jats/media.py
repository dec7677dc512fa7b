"""The images a document carries, written into a copy of its JATS as `data:` URIs for a
program that may read no file beside it (pandoc in its sandbox, for the EPUB)."""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from ..media import data_uri
from .inlines import XLINK_HREF
from .parse import parse


def embed_media(xml: bytes, media: Mapping[str, bytes]) -> bytes:
    """The JATS with each `graphic` whose image came with the document pointing at its data."""
    if not media:
        return xml
    tree = parse(xml)
    for graphic in tree.iter("graphic"):
        uri = data_uri(media.get(graphic.get(XLINK_HREF, ""), b""))
        if uri:
            graphic.set(XLINK_HREF, uri)
    return etree.tostring(tree, encoding="UTF-8", xml_declaration=True)
