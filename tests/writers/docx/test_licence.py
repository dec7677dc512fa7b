"""The licence of a Project Gutenberg book after the DOCX's text (`writers.docx.licence`)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from convert.model import Document
from convert.writers import WriteOptions
from convert.writers.docx import render
from tests.support.gutenberg import gutenberg_book
from tests.support.office import libreoffice_pdf


@pytest.fixture(scope="module")
def book() -> Document:
    return gutenberg_book()


@pytest.fixture(scope="module")
def data(book: Document) -> bytes:
    return render(book, WriteOptions())


def test_the_licence_follows_the_text_word_for_word_in_its_style(
    book: Document, data: bytes
) -> None:
    paragraphs = docx.Document(BytesIO(data)).paragraphs
    tail = paragraphs[-len(book.licence) :]
    assert [p.text for p in tail] == list(book.licence)
    assert {p.style.name for p in tail} == {"Licence"}
    assert paragraphs[-len(book.licence) - 1].text == book.body_text()[-1]
    assert not any("Gutenberg" in p.text for p in paragraphs[: -len(book.licence)])


def test_the_licence_style_is_small_set_apart_and_ruled(data: bytes) -> None:
    style = docx.Document(BytesIO(data)).styles["Licence"]
    assert style.base_style.name == "Body Text"
    assert style.font.size.pt == 8  # styles/book-en/docx.toml; the text is 11
    assert style.paragraph_format.space_before.pt == 24
    ppr = style.element.pPr
    assert ppr.find(f"{qn('w:pBdr')}/{qn('w:top')}").get(qn("w:val")) == "single"
    assert ppr.find(qn("w:contextualSpacing")) is not None  # the space stands above the first
    # schema order: pBdr before spacing and ind, contextualSpacing after them, jc last
    tags = [child.tag for child in ppr]
    assert tags.index(qn("w:pBdr")) < tags.index(qn("w:spacing")) < tags.index(qn("w:ind"))
    assert tags.index(qn("w:ind")) < tags.index(qn("w:contextualSpacing")) < tags.index(qn("w:jc"))


def test_a_text_without_a_licence_gets_no_licence_style(book: Document, data: bytes) -> None:
    plain = render(replace(book, licence=()), WriteOptions())
    assert "Licence" not in [s.name for s in docx.Document(BytesIO(plain)).styles]
    assert render(book, WriteOptions()) == data  # deterministic


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_prints_the_licence_after_the_text(
    book: Document, data: bytes, tmp_path: Path
) -> None:
    pdf = libreoffice_pdf(data, tmp_path, "emma")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = text.split()
    licence = " ".join(book.licence).split()
    start = words.index(licence[0])
    assert words[start : start + len(licence)] == licence
    assert words.index("Woodhouse,") < start
