"""A text's plain-text lists, table and notes (issue 12 item 6) in every format: the lists keep
their own markers (`一、`, `（一）`, `•`), Word numbers them in those formats, the table has its
header row, the notes are notes. The text is tests/fixtures/text/plain-lists.txt."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import docx
import lxml.html
import pytest
from lxml import etree

from convert.model import Document
from convert.run.pipeline import prepare
from convert.writers import WriteOptions, get_writer
from convert.writers.docx.numbering import marker_format
from tests.support.epub_text import epub_text, run_epubcheck
from tests.support.office import libreoffice_pdf

from ..conftest import REPO

TEXT = REPO / "tests" / "fixtures" / "text" / "plain-lists.txt"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


@pytest.fixture(scope="module")
def doc() -> Document:
    return prepare(TEXT.relative_to(REPO)).document


def _render(doc: Document, name: str) -> bytes:
    return get_writer(name)(doc, WriteOptions())


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("1.", ("decimal", "%1.")),
        ("2、", ("decimal", "%1、")),
        ("（3）", ("decimal", "（%1）")),
        ("（一）", ("chineseCounting", "（%1）")),
        ("十二、", ("chineseCounting", "%1、")),
        ("①", ("decimalEnclosedCircle", "%1")),
        ("•", ("bullet", "•")),
    ],
)
def test_marker_format(label: str, expected: tuple[str, str]) -> None:
    assert marker_format(label) == expected


def test_html_shows_each_items_own_marker(doc: Document) -> None:
    page = lxml.html.fromstring(_render(doc, "html"))
    labelled = page.xpath("//ol[@class='labelled'] | //ul[@class='labelled']")
    assert len(labelled) == 4  # 一、…三、, the （一）（二） inside 二、, the bullets, the notes
    labels = [
        s.text
        for s in page.xpath(
            "//article/ol//span[@class='label'] | //article/ul//span[@class='label']"
        )
    ]
    assert labels == ["一、", "二、", "（一）", "（二）", "三、", "•", "•", "•"]
    nested = page.xpath("//ol[@class='labelled']/li[2]/ol/li/p")[0]
    # each marker with the space the text had after it: none after `（一）`, one after `•`
    assert nested.text_content() == "（一）居民捐赠的图书，经志愿者整理后上架。"
    bullet = page.xpath("//ul[@class='labelled']/li/p")[0]
    assert bullet.text_content() == "• 增加儿童读物。"
    assert page.xpath("//table/thead/tr/th/text()") == ["月份", "借出", "归还"]
    assert [a.text_content() for a in page.xpath("//a[@class='footnote-ref']")] == ["[1]", "②"]
    notes = page.xpath("//section[@class='footnotes']/ol[@class='labelled']/li/p/span")
    assert [s.text for s in notes] == ["[1]", "②"]  # the note shows what its call shows


def _numbering(data: bytes) -> tuple[etree._Element, etree._Element]:
    with zipfile.ZipFile(BytesIO(data)) as package:
        parts = [package.read(n) for n in ("word/document.xml", "word/numbering.xml")]
    return etree.fromstring(parts[0]), etree.fromstring(parts[1])


def test_docx_numbers_the_lists_in_their_own_formats(doc: Document) -> None:
    data = _render(doc, "docx")
    body, numbering = _numbering(data)
    items = body.xpath("//w:p[w:pPr/w:numPr]", namespaces=NS)
    texts = ["".join(p.xpath(".//w:t/text()", namespaces=NS)) for p in items]
    assert texts[:2] == ["调整开放时间，方便上班族借还。", "图书来源多样，分为以下几类："]
    assert len(texts) == 8
    levels = [p.xpath("string(w:pPr/w:numPr/w:ilvl/@w:val)", namespaces=NS) for p in items]
    assert levels == ["0", "0", "1", "1", "0", "0", "0", "0"]

    def level_of(p: etree._Element) -> tuple[str, str]:
        num_id = p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)", namespaces=NS)
        ilvl = p.xpath("string(w:pPr/w:numPr/w:ilvl/@w:val)", namespaces=NS)
        abstract = numbering.xpath(
            f"string(w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val)", namespaces=NS
        )
        lvl = numbering.xpath(
            f"w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl[@w:ilvl='{ilvl}']", namespaces=NS
        )[0]
        return (
            lvl.xpath("string(w:numFmt/@w:val)", namespaces=NS),
            lvl.xpath("string(w:lvlText/@w:val)", namespaces=NS),
            lvl.xpath("string(w:suff/@w:val)", namespaces=NS),
        )

    # `一、调整…` has no space after its marker, so no tab either; `• 增加…` has Word's tab
    assert level_of(items[0]) == ("chineseCounting", "%1、", "nothing")
    assert level_of(items[2]) == ("chineseCounting", "（%2）", "nothing")
    assert level_of(items[5]) == ("bullet", "•", "")
    opened = docx.Document(BytesIO(data))  # python-docx reads it
    assert any(p.text == "居民对图书角提出的建议主要集中在：" for p in opened.paragraphs)
    assert [c.text for c in opened.tables[0].rows[0].cells] == ["月份", "借出", "归还"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_prints_the_markers(doc: Document, tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_render(doc, "docx"), tmp_path, "lists")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    squashed = "".join(text.split())
    for shown in (
        "一、调整开放时间",
        "二、图书来源多样",
        "（一）居民捐赠",
        "三、志愿者",
        "•增加儿童读物",
    ):
        assert shown in squashed, text


def test_epub_shows_the_markers(doc: Document) -> None:
    data = _render(doc, "epub")
    text = "".join(epub_text(data).split())
    for shown in ("一、调整开放时间", "（二）区图书馆", "•设置阅读座位", "月份借出归还"):
        assert shown in text


@pytest.mark.slow  # epubcheck starts a JVM: a few seconds
def test_epub_passes_epubcheck(doc: Document) -> None:
    errors, warnings, report = run_epubcheck(_render(doc, "epub"))
    assert (errors, warnings) == (0, 0), report
