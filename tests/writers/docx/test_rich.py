"""Rich content in the DOCX: real footnotes, numbered and bulleted lists, a table, a picture
with its alt text, hyperlinks and markup, each in a named style; python-docx and LibreOffice
read it."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import docx
import pytest
from lxml import etree

from convert.writers import WriteOptions
from convert.writers.docx import render
from tests.support.office import libreoffice_pdf
from tests.support.rich import RICH_WITH_MEDIA

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}


@pytest.fixture(scope="module")
def data() -> bytes:
    return render(RICH_WITH_MEDIA, WriteOptions())


def _part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def _text(element: etree._Element) -> str:
    return "".join(element.xpath(".//w:t/text()", namespaces=NS))


def test_notes_are_word_footnotes_called_in_order(data: bytes) -> None:
    notes = _part(data, "word/footnotes.xml")
    real = notes.xpath("w:footnote[not(@w:type)]", namespaces=NS)
    assert [n.get(f"{{{W}}}id") for n in real] == ["1", "2"]
    assert [_text(n).strip() for n in real] == ["第一个脚注。", "Second note"]
    assert all(n.xpath(".//w:footnoteRef", namespaces=NS) for n in real)
    body = _part(data, "word/document.xml")
    calls = body.xpath("//w:footnoteReference/@w:id", namespaces=NS)
    assert calls == ["1", "2"]
    with zipfile.ZipFile(BytesIO(data)) as package:
        types = package.read("[Content_Types].xml").decode()
    assert "wordprocessingml.footnotes+xml" in types


def test_lists_are_numbered_by_definitions(data: bytes) -> None:
    body = _part(data, "word/document.xml")
    items = body.xpath("//w:p[w:pPr/w:numPr]", namespaces=NS)
    assert [_text(p) for p in items] == ["第一项", "嵌套", "two", "第二项"]
    levels = [p.xpath("string(w:pPr/w:numPr/w:ilvl/@w:val)", namespaces=NS) for p in items]
    assert levels == ["0", "1", "1", "0"]
    numbering = _part(data, "word/numbering.xml")
    formats = {
        num: numbering.xpath(
            "string(w:abstractNum[@w:abstractNumId=string(//w:num[@w:numId=$n]/w:abstractNumId/@w:val)]"
            "/w:lvl[@w:ilvl='0']/w:numFmt/@w:val)",
            namespaces=NS,
            n=num,
        )
        for num in {p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)", namespaces=NS) for p in items}
    }
    assert sorted(formats.values()) == ["bullet", "decimal"]


def test_table_picture_link_and_styles(data: bytes) -> None:
    word = docx.Document(BytesIO(data))
    (table,) = word.tables
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["名称", "长度"],
        ["长城", "两万"],
        ["", "x"],
    ]
    styles = [p.style.name for p in word.paragraphs]
    for name in ("List Paragraph", "Quote", "Caption", "Figure", "Source Code", "Horizontal Rule"):
        assert name in styles
    body = _part(data, "word/document.xml")
    assert body.xpath("//wp:docPr/@descr", namespaces=NS) == ["运河的图片"]
    (link,) = body.xpath("//w:hyperlink", namespaces=NS)
    rel = word.part.rels[link.get(f"{{{NS['r']}}}id")]
    assert rel.is_external and rel.target_ref == "https://example.org/?a=1&b=2"
    assert _text(link) == "链接"
    italic = body.xpath("//w:r[w:rPr/w:i]", namespaces=NS)
    assert "强调" in [_text(r) for r in italic]
    sup = body.xpath("//w:r[w:rPr/w:vertAlign/@w:val='superscript']", namespaces=NS)
    assert [_text(r) for r in sup] == ["2"]


def test_same_bytes_twice(data: bytes) -> None:
    assert render(RICH_WITH_MEDIA, WriteOptions()) == data


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_renders_notes_lists_table_and_picture(tmp_path: Path, data: bytes) -> None:
    pdf = libreoffice_pdf(data, tmp_path, "rich")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    squashed = "".join(text.split())
    for expected in ("第一项", "嵌套", "名称", "两万", "图一", "第一个脚注。", "Secondnote"):
        assert expected in squashed
    assert squashed.index("正文。") < squashed.index("第一个脚注。")  # at the foot, after the body
    if shutil.which("pdfimages"):
        images = subprocess.run(
            ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
        ).stdout
        assert len(images.strip().splitlines()) >= 3  # header lines and the picture
