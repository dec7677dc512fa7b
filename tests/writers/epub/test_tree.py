"""The EPUB package's XML helpers (`convert/writers/epub/tree.py`)."""

from __future__ import annotations

from lxml import etree

from convert.writers.epub.tree import remove, resolve


def test_hrefs_resolve_beside_the_package_document_without_fragments() -> None:
    assert resolve("EPUB/content.opf", "text/ch001.xhtml#s1") == "EPUB/text/ch001.xhtml"
    assert resolve("content.opf", "fonts/a%20b.woff") == "fonts/a b.woff"


def test_removing_an_element_keeps_the_text_after_it() -> None:
    root = etree.fromstring("<p>a<b>x</b>tail<i>y</i></p>")
    remove(root[0])
    remove(root[0])
    assert etree.tostring(root) == b"<p>atail</p>"
