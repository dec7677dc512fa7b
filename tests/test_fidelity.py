"""Every output of every sample, read back by real readers; and epubcheck over corpus documents.

Text is compared with white space removed (PDF extraction breaks lines; DOCX and EPUB wrap), and
as an in-order search, so running heads and page numbers may interleave in the PDF but nothing of
the article may be missing, reordered or altered. The heavy work happens once per module: each
sample is rendered in every format and each PDF variant twice, and with embedded fonts once,
and every EPUB, the samples' and 23 corpus documents', goes through one epubcheck run.

Page 1 of each sample's PDF is written to tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from convert.config import Config
from convert.model import Document
from convert.run.pipeline import Prepared, prepare, prepare_text, render
from convert.writers import PDF_VARIANTS, WriteOptions, get_writer

from .conftest import REPO, TESTS
from .support import corpus
from .support.docx_text import docx_text
from .support.epub_text import epub_text
from .support.epubcheck_batch import Report, check_many
from .support.html_text import html_text
from .support.pdf_text import join_hyphenated, missing_in_order, pdf_fonts, pdf_outline, pdf_pages

SAMPLES = sorted((REPO / "samples").glob("*.txt"))
ARTIFACTS = TESTS / "artifacts"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def pdf_body_text(data: bytes, running_head: str) -> str:
    """The PDF's text without its page furniture: the running head atop pages after the first,
    and the page number at the foot of each page (a paragraph may run across a page break),
    with the renderer's hyphenation (book-en hyphenates) undone."""
    kept: list[str] = []
    for number, page in enumerate(pdf_pages(data), start=1):
        lines = [line for line in page.split("\n") if line.strip()]
        if number > 1 and lines and lines[0].strip() == running_head:
            lines = lines[1:]
        if lines and lines[-1].strip() == str(number):
            lines = lines[:-1]
        kept.extend(lines)
    return join_hyphenated("\n".join(kept))


EXTRACT = {
    "html": html_text,
    "pdf": pdf_body_text,
    "epub": epub_text,
    "docx": lambda data: "\n".join(docx_text(data)),
    "xml": lambda data: data.decode("utf-8"),
}
NEEDS_TITLE = {"pdf"}


@dataclass(frozen=True)
class Rendered:
    name: str  # the sample's stem
    doc: Document
    outputs: dict[str, bytes]  # format -> bytes, default options
    variants: dict[str, bytes]  # "pdf/ua-1", "pdf/a-2b", "epub+fonts" -> bytes
    again: dict[str, bytes]  # the same, rendered a second time


def _variants(doc: Document) -> dict[str, bytes]:
    pdf, epub = get_writer("pdf"), get_writer("epub")
    out = {variant: pdf(doc, WriteOptions(pdf_variant=variant)) for variant in PDF_VARIANTS}
    out["epub+fonts"] = epub(doc, WriteOptions(embed_fonts=True))
    return out


@pytest.fixture(scope="module")
def samples() -> dict[str, Rendered]:
    """Every sample in every format and variant, twice; page 1 of each PDF saved as a PNG."""
    found: dict[str, Rendered] = {}
    for path in SAMPLES:
        prepared = prepare(path)
        doc = prepared.document
        outputs = render(prepared, list(EXTRACT), WriteOptions())
        again = render(Prepared(Path("x"), doc), list(EXTRACT), WriteOptions())
        variants = _variants(doc)
        # The font-embedding EPUB is not rendered twice here (subsetting CJK faces costs seconds);
        # tests/writers/test_epub.py compares two such renders of the fixture article.
        pdf = get_writer("pdf")
        again.update({f"v:{v}": pdf(doc, WriteOptions(pdf_variant=v)) for v in PDF_VARIANTS})
        found[path.stem] = Rendered(path.stem, doc, outputs, variants, again)
        _save_first_page(outputs["pdf"], ARTIFACTS / f"{path.stem}.pdf-page1")
    return found


def _save_first_page(pdf: bytes, stem: Path) -> None:
    """Page 1 as `stem.png` at 60 dpi (pdftoppm), when poppler is installed."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return
    stem.parent.mkdir(parents=True, exist_ok=True)
    source = stem.with_suffix(".pdf")
    source.write_bytes(pdf)
    subprocess.run(
        [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(source), str(stem)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    source.unlink()


@pytest.fixture(scope="module", params=[p.stem for p in SAMPLES])
def sample(request: pytest.FixtureRequest, samples: dict[str, Rendered]) -> Rendered:
    return samples[request.param]


def _expected(doc: Document, fmt: str) -> list[str]:
    # the JATS holds each contributor's name and role; the other formats print the byline
    byline = (
        [t for c in doc.contributors for t in (c.name, c.role)] if fmt == "xml" else [doc.byline()]
    )
    front = [doc.kicker, doc.title, doc.subtitle, *byline]
    return [t for t in front if t] + doc.body_text()


# ---- every format holds the whole text ---------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("fmt", list(EXTRACT))
def test_every_heading_and_paragraph_reaches_the_format(sample: Rendered, fmt: str) -> None:
    doc, outputs = sample.doc, sample.outputs
    extract = EXTRACT[fmt]
    text = extract(outputs[fmt], doc.title) if fmt in NEEDS_TITLE else extract(outputs[fmt])  # type: ignore[call-arg]
    assert missing_in_order(text, _expected(doc, fmt)) == []


@pytest.mark.slow
@pytest.mark.parametrize("variant", [*PDF_VARIANTS, "epub+fonts"])
def test_every_variant_holds_the_whole_text(sample: Rendered, variant: str) -> None:
    doc, data = sample.doc, sample.variants[variant]
    text = epub_text(data) if variant.startswith("epub") else pdf_body_text(data, doc.title)
    assert missing_in_order(text, _expected(doc, "epub" if "epub" in variant else "pdf")) == []


@pytest.mark.slow
def test_outputs_and_variants_are_byte_identical_across_runs(sample: Rendered) -> None:
    first = {**sample.outputs, **{f"v:{v}": sample.variants[v] for v in PDF_VARIANTS}}
    assert sorted(first) == sorted(sample.again)
    assert [name for name in first if first[name] != sample.again[name]] == []


# ---- PDF: metadata, outline, fonts, language, tags ----------------------------------------------


@pytest.mark.slow
def test_pdf_metadata_outline_fonts_and_language(sample: Rendered) -> None:
    doc, data = sample.doc, sample.outputs["pdf"]
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.title == doc.title
    for contributor in doc.contributors:
        assert contributor.name in (reader.metadata.author or "")
    assert reader.root_object["/Lang"] == doc.lang
    assert pdf_outline(data) == [(s.level - 1, s.title) for s in doc.sections()]
    fonts = pdf_fonts(data)
    assert fonts and all((f["emb"], f["sub"], f["uni"]) == ("yes", "yes", "yes") for f in fonts)
    assert {round(float(x)) for x in reader.pages[0].mediabox[2:]} == {595, 842}  # A4


def _family_marker(lang: str) -> str:
    """The font-name fragment the default style must use for the document's language."""
    if lang.startswith("zh") and any(t in lang for t in ("TW", "Hant", "HK")):
        return "CJK-TC" if "HK" not in lang else "CJK-HK"
    if lang.startswith("zh"):
        return "CJK-SC"
    if lang.startswith("ja"):
        return "CJK-JP"
    return "Liberation-Serif"


@pytest.mark.slow
def test_pdf_fonts_follow_the_documents_language(sample: Rendered) -> None:
    names = [f["name"].partition("+")[2] for f in pdf_fonts(sample.outputs["pdf"])]
    marker = _family_marker(sample.doc.lang)
    assert names and all(marker in name for name in names), names


PDFAID = "http://www.aiim.org/pdfa/ns/id/"
PDFUAID = "http://www.aiim.org/pdfua/ns/id/"


def _xmp_identification(root: object, namespace: str) -> dict[str, str]:
    """The XMP's identification properties in `namespace` (WeasyPrint writes them as attributes)."""
    xmp = etree.fromstring(root["/Metadata"].get_object().get_data())  # type: ignore[index]
    found: dict[str, str] = {}
    for description in xmp.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description"):
        for name, value in description.attrib.items():
            if name.startswith(f"{{{namespace}}}"):
                found[etree.QName(name).localname] = value
    return found


@pytest.mark.slow
def test_tagged_pdf_has_a_structure_tree(sample: Rendered) -> None:
    reader = PdfReader(io.BytesIO(sample.variants["pdf/ua-1"]))
    root = reader.root_object
    assert "/StructTreeRoot" in root
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == sample.doc.lang
    assert _xmp_identification(root, PDFUAID) == {"part": "1"}
    plain = PdfReader(io.BytesIO(sample.outputs["pdf"])).root_object
    assert "/StructTreeRoot" not in plain


@pytest.mark.slow
def test_archival_pdf_declares_pdfa_and_an_output_intent(sample: Rendered) -> None:
    reader = PdfReader(io.BytesIO(sample.variants["pdf/a-2b"]))
    root = reader.root_object
    assert _xmp_identification(root, PDFAID) == {"part": "2", "conformance": "B"}
    assert root["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
    assert all(f["emb"] == "yes" for f in pdf_fonts(sample.variants["pdf/a-2b"]))


# ---- DOCX: named styles, East Asian fonts, language, indent -------------------------------------


def _docx_part(data: bytes, name: str) -> etree._Element:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


@pytest.mark.slow
def test_docx_styles_language_and_indent(sample: Rendered) -> None:
    import docx

    doc, data = sample.doc, sample.outputs["docx"]
    word = docx.Document(io.BytesIO(data))
    used = [p.style.name for p in word.paragraphs]
    assert used[0] == "Title" and all(p.style.name != "Normal" for p in word.paragraphs)
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [s.title for s in doc.sections()]
    styles = _docx_part(data, "word/styles.xml")
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    lang = defaults.find("w:lang", NS)
    body = styles.xpath("w:style[w:name/@w:val='Body Text']", namespaces=NS)[0]
    indent = body.find("w:pPr/w:ind", NS)
    east_asia_font = defaults.find("w:rFonts", NS).get(f"{{{W}}}eastAsia")
    if doc.lang.startswith(("zh", "ja")):
        assert lang.get(f"{{{W}}}eastAsia", "").startswith(doc.lang.split("-")[0])
        assert "CJK" in east_asia_font
        chars = "200" if doc.lang.startswith("zh") else "100"
        assert indent.get(f"{{{W}}}firstLineChars") == chars
        assert "Body Text" in used
    else:
        assert lang.get(f"{{{W}}}val", "").startswith(doc.lang.split("-")[0])
        assert lang.get(f"{{{W}}}eastAsia") is None
        assert indent.get(f"{{{W}}}firstLineChars") == "150"
        assert "First Paragraph" in used  # book-en: no indent after a heading
    assert word.core_properties.title == doc.title
    assert word.core_properties.language == doc.lang


# ---- epubcheck: every sample (with and without fonts) and 23 corpus documents ------------------


def _corpus_documents() -> list[tuple[str, Document]]:
    if not corpus.available():
        return []
    texts = corpus.chinese_news(8) + corpus.japanese_news(9) + corpus.federalist_papers(2, 6)
    documents = []
    for text in texts:
        _, doc = prepare_text(text.text, Config(), text.name)
        documents.append((text.name, doc))
    return documents


@pytest.fixture(scope="module")
def epubcheck_reports(
    samples: dict[str, Rendered], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Report]]:
    """One epubcheck run over the samples' EPUBs (plain and with fonts) and the corpus ones."""
    folder = tmp_path_factory.mktemp("epubcheck")
    files: dict[str, Path] = {}
    for name, rendered in samples.items():
        for kind, data in (
            ("plain", rendered.outputs["epub"]),
            ("fonts", rendered.variants["epub+fonts"]),
        ):
            files[f"sample:{name}:{kind}"] = folder / f"sample-{name}-{kind}.epub"
            files[f"sample:{name}:{kind}"].write_bytes(data)
    epub = get_writer("epub")
    for name, doc in _corpus_documents():
        files[f"corpus:{name}"] = folder / f"corpus-{name}.epub"
        files[f"corpus:{name}"].write_bytes(epub(doc, WriteOptions()))
    reports = check_many(list(files.values()))
    yield {key: reports[path] for key, path in files.items()}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["plain", "fonts"])
def test_sample_epub_passes_epubcheck(
    sample: Rendered, kind: str, epubcheck_reports: dict[str, Report]
) -> None:
    report = epubcheck_reports[f"sample:{sample.name}:{kind}"]
    assert (report.errors, report.warnings) == (0, 0), "\n".join(report.messages)


@pytest.mark.slow
def test_corpus_epubs_pass_epubcheck(epubcheck_reports: dict[str, Report]) -> None:
    corpus_reports = {k: v for k, v in epubcheck_reports.items() if k.startswith("corpus:")}
    if not corpus_reports:
        pytest.skip("the shared corpus is not here (../shared/corpus)")
    assert len(corpus_reports) >= 20
    languages = {key.split(":")[1].split("-")[0] for key in corpus_reports}
    assert languages == {"zh", "ja", "en"}
    failed = {k: v.messages for k, v in corpus_reports.items() if not v.clean}
    assert failed == {}
