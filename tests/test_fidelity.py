"""Every character of the JATS reaches every output format, in order, for every sample.

Text is compared with white space removed (PDF extraction breaks lines; DOCX and EPUB wrap), and
as an in-order search, so running heads and page numbers may interleave in the PDF but nothing of
the article may be missing, reordered or altered. The heavy renders happen once per sample.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.document import Document
from convert.pipeline import prepare, render
from convert.writers import WriteOptions

from .conftest import REPO
from .support.docx_text import docx_text
from .support.epub_text import epub_text, run_epubcheck
from .support.html_text import html_text
from .support.pdf_text import missing_in_order, pdf_pages

SAMPLES = sorted((REPO / "samples").glob("*.txt"))


def pdf_body_text(data: bytes, running_head: str) -> str:
    """The PDF's text without its page furniture: the running head atop pages after the first,
    and the page number at the foot of each page (a paragraph may run across a page break)."""
    kept: list[str] = []
    for number, page in enumerate(pdf_pages(data), start=1):
        lines = [line for line in page.split("\n") if line.strip()]
        if number > 1 and lines and lines[0].strip() == running_head:
            lines = lines[1:]
        if lines and lines[-1].strip() == str(number):
            lines = lines[:-1]
        kept.extend(lines)
    return "\n".join(kept)


EXTRACT = {
    "html": html_text,
    "pdf": pdf_body_text,
    "epub": epub_text,
    "docx": lambda data: "\n".join(docx_text(data)),
    "xml": lambda data: data.decode("utf-8"),
}
NEEDS_TITLE = {"pdf"}


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda p: p.stem)
def rendered(request: pytest.FixtureRequest) -> tuple[Document, dict[str, bytes]]:
    prepared = prepare(request.param)
    return prepared.document, render(prepared, list(EXTRACT), WriteOptions())


def _expected(doc: Document, fmt: str) -> list[str]:
    # the JATS holds each contributor's name and role; the other formats print the byline
    byline = [t for c in doc.contributors for t in (c.name, c.role)] if fmt == "xml" else [doc.byline()]
    front = [doc.kicker, doc.title, doc.subtitle, *byline]
    return [t for t in front if t] + doc.body_text()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", list(EXTRACT))
def test_every_heading_and_paragraph_reaches_the_format(rendered, fmt: str) -> None:
    doc, outputs = rendered
    extract = EXTRACT[fmt]
    text = extract(outputs[fmt], doc.title) if fmt in NEEDS_TITLE else extract(outputs[fmt])  # type: ignore[call-arg]
    assert missing_in_order(text, _expected(doc, fmt)) == []


@pytest.mark.slow
def test_epub_passes_epubcheck_with_no_errors_or_warnings(rendered, tmp_path: Path) -> None:
    _, outputs = rendered
    errors, warnings, report = run_epubcheck(outputs["epub"])
    assert (errors, warnings) == (0, 0), report


@pytest.mark.slow
def test_outputs_are_byte_identical_across_runs(rendered) -> None:
    doc, outputs = rendered
    from convert.pipeline import Prepared

    again = render(Prepared(Path("x"), doc), list(EXTRACT), WriteOptions())
    assert again == outputs
