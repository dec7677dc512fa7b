"""The licence of a Project Gutenberg book on the EPUB's last page (`writers.epub.licence`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import etree

from convert.model import Document
from convert.writers import WriteOptions
from convert.writers.epub import render
from tests.support.epub_text import package, page_text, run_epubcheck, spine_names
from tests.support.gutenberg import gutenberg_book

NS = {"opf": "http://www.idpf.org/2007/opf", "h": "http://www.w3.org/1999/xhtml"}
OPS_TYPE = "{http://www.idpf.org/2007/ops}type"


@pytest.fixture(scope="module")
def book() -> Document:
    return gutenberg_book()


@pytest.fixture(scope="module")
def epub(book: Document) -> bytes:
    return render(book, WriteOptions())


def test_the_licence_is_the_last_page_word_for_word(book: Document, epub: bytes) -> None:
    archive, _, _ = package(epub)
    last = spine_names(epub)[-1]
    assert last.endswith("licence.xhtml")
    page = etree.fromstring(archive.read(last))
    section = page.find(".//h:section", NS)
    assert section is not None and section.get(OPS_TYPE) == "copyright-page"
    assert page.find("h:body", NS).get(OPS_TYPE) == "backmatter"
    assert ["".join(p.itertext()) for p in section.iterfind("h:p", NS)] == list(book.licence)
    assert page_text(archive.read(last)).split() == " ".join(book.licence).split()


def test_the_licence_is_out_of_the_text_and_named_among_the_landmarks(epub: bytes) -> None:
    archive, _, opf = package(epub)
    chapters = [name for name in spine_names(epub) if not name.endswith("licence.xhtml")]
    assert not any(b"Gutenberg" in archive.read(name) for name in chapters)
    nav_item = opf.find("opf:manifest/opf:item[@properties='nav']", NS)
    assert nav_item is not None
    nav = archive.read(f"EPUB/{nav_item.get('href')}")
    assert b'epub:type="copyright-page"' in nav and b"licence.xhtml" in nav


def test_a_book_with_a_licence_passes_epubcheck(epub: bytes) -> None:
    errors, warnings, report = run_epubcheck(epub)
    assert (errors, warnings) == (0, 0), report


def test_a_text_without_a_licence_has_no_licence_page(book: Document, epub: bytes) -> None:
    plain = render(replace(book, licence=()), WriteOptions())
    assert not any(name.endswith("licence.xhtml") for name in package(plain)[0].namelist())
    assert render(book, WriteOptions()) == epub  # deterministic
