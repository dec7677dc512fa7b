"""Rich manuscripts in every format, read back by real readers (the rich half of
tests/test_fidelity.py): every text run, heading, list item, cell, caption and note reaches
every format in order, alt text where each format keeps it, and the markup with its words.

The text a reader sees includes each note call's label where it is called (`1`, `2`), and the
notes come after the body: at the end of the page (HTML), the chapter (EPUB), the foot of the
page (PDF, one page here) or in the footnotes part (DOCX, read from there).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from convert.model import (
    Block,
    Code,
    Document,
    Figure,
    Inline,
    LineBreak,
    Link,
    NoteRef,
    Paragraph,
    Section,
    Span,
    Styled,
    Table,
    Text,
    walk_blocks,
)
from convert.run.pipeline import prepare, render
from convert.writers import WriteOptions

from .conftest import FIXTURES
from .support.docx_text import docx_text
from .support.epub_text import epub_text
from .support.html_text import html_text
from .support.pdf_text import missing_in_order, pdf_fonts, pdf_text

MANUSCRIPTS = sorted((FIXTURES / "rich").glob("manuscript.*"))
FORMATS = ("html", "pdf", "docx", "epub", "xml")
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


@dataclass(frozen=True)
class Rendered:
    doc: Document
    outputs: dict[str, bytes]


@pytest.fixture(scope="module", params=MANUSCRIPTS, ids=lambda p: p.name)
def rendered(request: pytest.FixtureRequest) -> Rendered:
    prepared = prepare(request.param)
    return Rendered(prepared.document, render(prepared, list(FORMATS), WriteOptions()))


def shown(inlines: tuple[Inline, ...], labels: bool = True) -> str:
    """What a reader sees of the inlines: their text, with each note call's label (DOCX's
    calls are footnote references, which hold no text of their own: `labels=False`)."""
    out: list[str] = []
    for inline in inlines:
        if isinstance(inline, Text | Code):
            out.append(inline.text)
        elif isinstance(inline, NoteRef) and labels:
            out.append(inline.label)
        elif isinstance(inline, LineBreak):
            out.append("\n")
        elif isinstance(inline, Styled | Link | Span):
            out.append(shown(inline.children, labels))
    return "".join(out)


def expected_text(blocks: tuple[Block, ...], labels: bool = True) -> list[str]:
    texts: list[str] = []
    for block in walk_blocks(blocks):
        if isinstance(block, Section):
            texts.append(shown(block.title_content, labels))
        elif isinstance(block, Paragraph):
            texts.append(shown(block.content, labels))
        elif isinstance(block, Table):
            texts.append(shown(block.caption, labels))
            texts.extend(shown(c, labels) for row in (*block.head, *block.rows) for c in row)
        elif isinstance(block, Figure):
            texts.append(shown(block.caption, labels))
    return [t for t in texts if t.strip()]


def note_texts(doc: Document) -> list[str]:
    return [t for note in doc.notes for t in expected_text(note.children)]


def _extract(fmt: str, data: bytes) -> str:
    if fmt == "html":
        return html_text(data)
    if fmt == "pdf":
        return pdf_text(data)
    if fmt == "epub":
        return epub_text(data)
    if fmt == "docx":
        return "\n".join(docx_text(data))
    return "".join(etree.fromstring(data).itertext())


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_block_then_every_note_reaches_the_format(rendered: Rendered, fmt: str) -> None:
    doc, data = rendered.doc, rendered.outputs[fmt]
    text = _extract(fmt, data)
    body = expected_text(doc.body, labels=fmt != "docx")
    notes = note_texts(doc)
    if fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            footnotes = etree.fromstring(package.read("word/footnotes.xml"))
        text_of_notes = "".join(str(t) for t in footnotes.itertext())
        assert missing_in_order(text_of_notes, notes) == []
        notes = []
    assert missing_in_order(text, [doc.title, *body, *notes]) == []


def _alts(doc: Document) -> list[str]:
    return [b.alt for b in walk_blocks(doc.body) if isinstance(b, Figure)]


@pytest.mark.slow
def test_alt_text_and_the_picture_reach_every_format(rendered: Rendered) -> None:
    doc, out = rendered.doc, rendered.outputs
    alts = _alts(doc)
    assert alts
    html = etree.HTML(out["html"])
    assert html.xpath("//img/@alt") == alts
    assert all(src.startswith("data:image/png") for src in html.xpath("//img/@src"))
    with zipfile.ZipFile(io.BytesIO(out["docx"])) as package:
        document = package.read("word/document.xml").decode()
        assert any(n.startswith("word/media/") for n in package.namelist())
    assert [re.search(r'descr="([^"]*)"', document).group(1)] == alts  # type: ignore[union-attr]
    with zipfile.ZipFile(io.BytesIO(out["epub"])) as package:
        pages = [n for n in package.namelist() if n.endswith(".xhtml")]
        epub_alts = [
            a for n in pages for a in etree.fromstring(package.read(n)).xpath("//*[@alt]/@alt")
        ]
        assert any(n.endswith(".png") for n in package.namelist())
    assert epub_alts == alts
    jats = etree.fromstring(out["xml"])
    assert jats.xpath("//alt-text/text()") == alts
    if shutil.which("pdfimages"):
        images = subprocess.run(
            ["pdfimages", "-list", "-"], input=out["pdf"], capture_output=True, check=True
        )
        assert len(images.stdout.decode().strip().splitlines()) >= 3


def _marked(doc: Document) -> dict[str, list[str]]:
    """The words of each kind of markup: style name (or code, link) -> texts."""
    found: dict[str, list[str]] = {}

    def walk(inlines: tuple[Inline, ...]) -> None:
        for inline in inlines:
            if isinstance(inline, Styled):
                found.setdefault(inline.style, []).append(shown(inline.children))
                walk(inline.children)
            elif isinstance(inline, Link):
                found.setdefault("link", []).append(shown(inline.children))
            elif isinstance(inline, Code):
                found.setdefault("code", []).append(inline.text)
            elif isinstance(inline, Span):
                walk(inline.children)

    for block in walk_blocks(doc.body):
        if isinstance(block, Paragraph):
            walk(block.content)
    return found


HTML_TAGS = {"italic": "em", "bold": "strong", "code": "code", "link": "a", "sup": "sup",
             "sub": "sub"}  # fmt: skip
DOCX_RUNS = {
    "italic": "//w:r[w:rPr/w:i]",
    "bold": "//w:r[w:rPr/w:b]",
    "code": "//w:r[w:rPr/w:rStyle/@w:val='VerbatimChar']",
    "link": "//w:hyperlink",
}


@pytest.mark.slow
def test_markup_reaches_every_format_with_its_words(rendered: Rendered) -> None:
    doc, out = rendered.doc, rendered.outputs
    marked = _marked(doc)
    assert {"italic", "bold", "code", "link"} <= set(marked)
    html = etree.HTML(out["html"])
    with zipfile.ZipFile(io.BytesIO(out["epub"])) as package:
        xhtml = [etree.fromstring(package.read(n)) for n in sorted(package.namelist())
                 if n.endswith(".xhtml")]  # fmt: skip
    for kind, words in marked.items():
        tag = HTML_TAGS[kind]
        in_html = ["".join(e.itertext()) for e in html.iter(tag)]
        in_epub = ["".join(e.itertext()) for p in xhtml for e in p.iter(f"{{*}}{tag}")]
        for word in words:
            assert word in in_html, (kind, word)
            assert word in in_epub, (kind, word)
    with zipfile.ZipFile(io.BytesIO(out["docx"])) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    for kind, path in DOCX_RUNS.items():
        runs = ["".join(e.itertext()) for e in body.xpath(path, namespaces=NS)]
        for word in marked.get(kind, []):
            assert word in "".join(runs), (kind, word)
    faces = " ".join(f["name"] for f in pdf_fonts(out["pdf"]))
    assert "Bold" in faces and "Mono" in faces


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_the_pdf_puts_the_notes_at_the_foot_of_the_page(rendered: Rendered, tmp_path: Path) -> None:
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(rendered.outputs["pdf"])
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    height = float(re.search(r'height="([\d.]+)"', boxes).group(1))  # type: ignore[union-attr]
    first_note = note_texts(rendered.doc)[0]
    word = first_note.split()[0] if " " in first_note else first_note[:4]
    tops = [float(m) for m in re.findall(rf'yMin="([\d.]+)"[^>]*>{re.escape(word)}', boxes)]
    assert tops and max(tops) > 0.75 * height


@pytest.mark.slow
def test_epubcheck_finds_nothing_in_any_manuscript(tmp_path: Path) -> None:
    from .support.epubcheck_batch import check_many

    paths = []
    for manuscript in MANUSCRIPTS:
        path = tmp_path / f"{manuscript.name}.epub"
        path.write_bytes(render(prepare(manuscript), ["epub"], WriteOptions())["epub"])
        paths.append(path)
    reports = check_many(paths)
    assert {p.name: (r.errors, r.warnings) for p, r in reports.items()} == {
        p.name: (0, 0) for p in paths
    }
