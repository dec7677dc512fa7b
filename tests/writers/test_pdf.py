"""The PDF writer: text, fonts, metadata, outline and pages, read back from the rendered file.

A render is slow, and far slower when WeasyPrint falls back to fontTools to subset the CJK fonts
(without libharfbuzz-subset), so each document is rendered once per module and every test reads
that one file.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from weasyprint.urls import URLFetcherResponse

from convert.errors import WriterError
from convert.model import Document
from convert.writers import WriteOptions, get_writer
from convert.writers import pdf as pdf_writer
from tests.conftest import REPO, load_fixture_document
from tests.support.pdf_text import missing_in_order, pdf_fonts, pdf_outline, pdf_pages, pdf_text

EPOCH = 946684800  # 2000-01-01T00:00:00Z
OPTIONS = WriteOptions(source_date_epoch=EPOCH)
A4 = (595.276, 841.89)  # points


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def rendered() -> tuple[bytes, list[logging.LogRecord]]:
    """The fixture article rendered once, with what WeasyPrint logged while rendering it."""
    handler = _Records()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        data = pdf_writer.render(load_fixture_document(), OPTIONS)
    finally:
        logger.removeHandler(handler)
    return data, handler.records


@pytest.fixture(scope="module")
def pdf(rendered: tuple[bytes, list[logging.LogRecord]]) -> bytes:
    return rendered[0]


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    """The fixture's body six times over: long enough for running heads and page numbers."""
    doc = load_fixture_document()
    return pdf_writer.render(dataclasses.replace(doc, body=doc.body * 6), OPTIONS)


def test_registered_as_the_pdf_writer() -> None:
    assert get_writer("pdf") is pdf_writer.render


def test_render_logs_no_errors(rendered: tuple[bytes, list[logging.LogRecord]]) -> None:
    data, records = rendered
    assert data.startswith(b"%PDF-")
    assert [r.getMessage() for r in records if r.levelno >= logging.ERROR] == []
    # The only warning allowed is WeasyPrint's note that it subsets with fontTools.
    others = [r.getMessage() for r in records if r.levelno == logging.WARNING]
    assert [m for m in others if "HarfBuzz-Subset" not in m] == []


def test_text_holds_every_heading_and_paragraph_in_order(pdf: bytes, minimal_doc: Document) -> None:
    text = pdf_text(pdf)
    front = [minimal_doc.title, minimal_doc.subtitle, "本报记者 张晶 边磊"]
    assert missing_in_order(text, front + minimal_doc.body_text()) == []
    assert "text <script> & 1,000 stays literal." in text


def test_cjk_fonts_are_embedded_and_subset(pdf: bytes) -> None:
    fonts = pdf_fonts(pdf)
    assert fonts, "no fonts in the PDF"
    assert [f["name"] for f in fonts if (f["emb"], f["sub"]) != ("yes", "yes")] == []
    names = [f["name"].partition("+")[2] for f in fonts]
    assert any("Serif-CJK-SC" in n for n in names), names  # body in Song/Ming
    assert any("Sans-CJK-SC" in n for n in names), names  # headings in Hei
    assert all(f["uni"] == "yes" for f in fonts)  # text can be copied and searched


def test_metadata(pdf: bytes, minimal_doc: Document) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    info = reader.metadata
    assert info is not None
    assert info.title == minimal_doc.title
    assert info.author is not None
    assert all(c.name in info.author for c in minimal_doc.contributors)
    assert reader.root_object["/Lang"] == "zh-CN"
    assert info.creation_date == datetime.fromtimestamp(EPOCH, UTC)
    assert info.modification_date == datetime.fromtimestamp(EPOCH, UTC)
    assert info.creator == "Galley"


def test_outline_is_the_sections(pdf: bytes, minimal_doc: Document) -> None:
    expected = [(s.level - 1, s.title) for s in minimal_doc.sections()]
    assert pdf_outline(pdf) == expected


def test_pages_are_a4_and_numbered(long_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(long_pdf))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            A4, abs=0.01
        )
    for number, text in enumerate(pdf_pages(long_pdf), start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[-1] == str(number)


def test_running_head_from_page_two(long_pdf: bytes, minimal_doc: Document) -> None:
    pages = pdf_pages(long_pdf)
    first_lines = [
        next(line.strip() for line in page.splitlines() if line.strip()) for page in pages
    ]
    assert all(line == minimal_doc.title for line in first_lines)
    # Page 1 shows the title once (the h1); the running head starts on page 2.
    assert pages[0].count(minimal_doc.title) == 1
    assert all(page.count(minimal_doc.title) == 1 for page in pages[1:])
    text = "".join(pages)
    assert missing_in_order(text, minimal_doc.body_text() * 6) == []


def test_identical_bytes_in_another_process(pdf: bytes) -> None:
    """Another interpreter, another hash seed, same bytes (fonts, /ID, dates and all)."""
    script = (
        "import sys\n"
        "from convert.writers import WriteOptions\n"
        "from convert.writers.pdf import render\n"
        "from tests.conftest import load_fixture_document\n"
        f"options = WriteOptions(source_date_epoch={EPOCH})\n"
        "sys.stdout.buffer.write(render(load_fixture_document(), options))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    env.pop("SOURCE_DATE_EPOCH", None)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, check=True
    )
    assert result.stdout == pdf


def test_the_sheet_parsed_once_renders_as_a_fresh_one(pdf: bytes) -> None:
    """The parsed sheet, its fonts and counters are kept between renders: rendering another
    article in between, or starting from a freshly parsed sheet, changes no byte."""
    doc = load_fixture_document()
    other = dataclasses.replace(doc, title="另一篇", body=doc.body[:1])
    pdf_writer.render(other, OPTIONS)
    assert pdf_writer.render(doc, OPTIONS) == pdf
    pdf_writer._style_sheet.cache_clear()
    assert pdf_writer.render(doc, OPTIONS) == pdf


def test_an_edited_sheet_is_parsed_again(tmp_path: Path) -> None:
    sheet = tmp_path / "house.css"
    sheet.write_text("p { color: black }", encoding="utf-8")
    style = WriteOptions(style=str(sheet)).style_for("zh")
    first = pdf_writer.style_sheet(style)
    assert pdf_writer.style_sheet(style) is first
    sheet.write_text("p { color: red }", encoding="utf-8")
    assert pdf_writer.style_sheet(style) is not first


# ---- What WeasyPrint may read ------------------------------------------------------------------


@pytest.fixture
def fetcher(tmp_path: Path) -> pdf_writer.StyleURLFetcher:
    style = tmp_path / "style"
    (style / "fonts").mkdir(parents=True)
    (style / "style.css").write_text("p { color: red }")
    (style / "fonts" / "a.otf").write_bytes(b"OTTO")
    (tmp_path / "secret.txt").write_text("secret")
    (style / "leak.css").symlink_to(tmp_path / "secret.txt")
    return pdf_writer.StyleURLFetcher(style)


def test_fetcher_serves_files_inside_the_style(fetcher: pdf_writer.StyleURLFetcher) -> None:
    response = fetcher.fetch((fetcher.root / "style.css").as_uri())
    assert response.read() == b"p { color: red }"
    assert response.content_type == "text/css"
    assert fetcher((fetcher.root / "fonts" / "a.otf").as_uri()).read() == b"OTTO"
    assert fetcher.fetch("data:text/css,p%7Bcolor:blue%7D").read() == b"p{color:blue}"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/x.css",
        "https://example.com/x.css",
        "ftp://example.com/x.css",
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "file://localhost/etc/passwd",
        "file://evil.example/share/x.css",
        "gopher://example.com/",
        "javascript:alert(1)",
    ],
)
def test_fetcher_refuses_everything_else(fetcher: pdf_writer.StyleURLFetcher, url: str) -> None:
    with pytest.raises(WriterError, match="refused"):
        fetcher.fetch(url)


def test_fetcher_refuses_ways_out_of_the_folder(fetcher: pdf_writer.StyleURLFetcher) -> None:
    root = fetcher.root.as_uri()
    for url in (
        f"{root}/../secret.txt",
        f"{root}/%2e%2e/secret.txt",
        f"{root}/leak.css",  # a symlink pointing outside
        f"{root}/fonts",  # a folder, not a file
        f"{root}/missing.css",
    ):
        with pytest.raises(WriterError, match="refused"):
            fetcher.fetch(url)


HOSTILE_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<link rel="stylesheet" href="http://example.com/x.css">
<link rel="stylesheet" href="file:///etc/passwd">
<style>
@import url("https://example.com/import.css");
@font-face { font-family: Leak; src: url("file:///etc/passwd"); }
body { background: url("http://example.com/bg.png"); }
</style></head>
<body><p>Still rendered.</p>
<img src="file:///etc/passwd"><img src="../../../../../../etc/passwd">
<img src="http://example.com/pixel.png">
</body></html>
"""


def test_render_skips_refused_resources(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Chosen behaviour: a refused URL is a missing resource (logged as an error by WeasyPrint,
    rendered without), not a failed render, and nothing is read or connected to."""
    fetched: list[str] = []
    original = pdf_writer.StyleURLFetcher.fetch

    def spy(
        self: pdf_writer.StyleURLFetcher, url: str, headers: dict[str, str] | None = None
    ) -> URLFetcherResponse:
        fetched.append(url)
        return original(self, url, headers)

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(pdf_writer.StyleURLFetcher, "fetch", spy)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    with caplog.at_level(logging.ERROR, logger="weasyprint"):
        data = pdf_writer.html_to_pdf(HOSTILE_PAGE, OPTIONS)

    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    assert "Still rendered." in text
    assert "root:" not in text
    assert "http://example.com/x.css" in fetched and "file:///etc/passwd" in fetched
    refused = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert len(refused) >= 4


def test_weasyprint_failure_is_a_writer_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> bytes:
        raise ValueError("boom")

    monkeypatch.setattr(pdf_writer.HTML, "write_pdf", broken)
    with pytest.raises(WriterError, match="boom"):
        pdf_writer.html_to_pdf(b"<p>x</p>", OPTIONS)
