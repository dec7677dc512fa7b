"""The DOCX writer: named styles, East Asian fonts and language, page setup, determinism.

Everything is read back with python-docx or from the XML parts; LibreOffice is used only by the
one slow test that checks the file opens and renders, and that test skips when it is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.shared import Mm
from lxml import etree

from convert.errors import WriterError
from convert.model import Contributor, Document, Paragraph, Section
from convert.writers import WriteOptions, get_writer
from convert.writers.docx import render
from tests.conftest import TESTS
from tests.support.docx_text import docx_text
from tests.support.office import libreoffice_pdf

ARTIFACTS = TESTS / "artifacts"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def _style(styles: etree._Element, name: str) -> etree._Element:
    found = styles.xpath("w:style[w:name/@w:val=$name]", namespaces=NS, name=name)
    assert found, f"no style named {name!r}"
    return found[0]


def _attr(element: etree._Element, name: str) -> str | None:
    return element.get(f"{{{W}}}{name}")


@pytest.fixture
def data(minimal_doc: Document, write_options: WriteOptions) -> bytes:
    return render(minimal_doc, write_options)


@pytest.fixture
def english_doc() -> Document:
    return Document(
        lang="en",
        article_type="news",
        title="Unions study the report",
        contributors=(Contributor("Zhang Jing", "Staff reporter"),),
        body=(
            Section("Dongcheng", 1, (Paragraph("On the 16th the union met."),)),
            Paragraph("中文段落。", lang="zh-CN"),
        ),
    )


def test_registered_as_the_docx_writer() -> None:
    assert get_writer("docx") is render


def test_paragraph_text_in_reading_order(minimal_doc: Document, data: bytes) -> None:
    front = [minimal_doc.title, minimal_doc.subtitle, "本报记者 张晶 边磊"]
    assert docx_text(data) == [*front, *minimal_doc.body_text()]


def test_every_paragraph_has_its_named_style(data: bytes) -> None:
    styles = [p.style.name for p in docx.Document(BytesIO(data)).paragraphs]
    assert styles == [
        "Title",
        "Subtitle",
        "Byline",
        "Lead",
        "Heading 1",
        "Heading 2",
        "Body Text",
        "Body Text",
        "Heading 1",
        "Heading 2",
        "Body Text",
        "Body Text",
    ]


def test_deeper_sections_use_heading_3(minimal_doc: Document, write_options: WriteOptions) -> None:
    deep = Section("三级", 3, (Paragraph("正文。"), Section("四级", 4)))
    doc = replace(minimal_doc, body=(Section("一级", 1, (Section("二级", 2, (deep,)),)),))
    paragraphs = docx.Document(BytesIO(render(doc, write_options))).paragraphs
    by_text = {p.text: p.style.name for p in paragraphs}
    assert [by_text[t] for t in ("一级", "二级", "三级", "四级")] == [
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "Heading 3",
    ]


def test_custom_styles_are_real_styles(data: bytes) -> None:
    styles = _part(data, "word/styles.xml")
    lead = _style(styles, "Lead")
    assert lead.xpath("string(w:basedOn/@w:val)", namespaces=NS) == "BodyText"
    byline = _style(styles, "Byline")
    assert _attr(byline, "customStyle") == "1"
    assert _attr(byline, "type") == "paragraph"


def test_runs_carry_no_ad_hoc_formatting(data: bytes) -> None:
    document = _part(data, "word/document.xml")
    formatting = document.xpath(
        "//w:body//w:rPr/*[not(self::w:lang or self::w:rFonts)]"
        " | //w:body//w:rFonts[@w:ascii or @w:hAnsi]",
        namespaces=NS,
    )
    assert formatting == []


def test_east_asian_fonts_and_language_in_styles(data: bytes) -> None:
    styles = _part(data, "word/styles.xml")
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert _attr(defaults.find("w:rFonts", NS), "eastAsia") == "Noto Serif CJK SC"
    assert _attr(defaults.find("w:lang", NS), "eastAsia") == "zh-CN"
    body_fonts = _style(styles, "Body Text").find("w:rPr/w:rFonts", NS)
    assert _attr(body_fonts, "eastAsia") == "Noto Serif CJK SC"
    for heading in ("heading 1", "heading 2", "heading 3", "Title", "caption"):
        fonts = _style(styles, heading).find("w:rPr/w:rFonts", NS)
        assert _attr(fonts, "eastAsia") == "Noto Sans CJK SC", heading
        assert _attr(fonts, "eastAsiaTheme") is None, heading  # a theme font would win
        assert _attr(_style(styles, heading).find("w:rPr/w:lang", NS), "eastAsia") == "zh-CN"


def test_chinese_is_not_hyphenated(data: bytes) -> None:
    assert _part(data, "word/settings.xml").find("w:autoHyphenation", NS) is None


def test_word_compresses_chinese_punctuation(data: bytes) -> None:
    """Word's own adjacent-mark compression (clreq §3.1.6.1), off in python-docx's template."""
    spacing = _part(data, "word/settings.xml").find("w:characterSpacingControl", NS)
    assert _attr(spacing, "val") == "compressPunctuation"


def test_theme_language_is_the_documents(data: bytes) -> None:
    theme_lang = _part(data, "word/settings.xml").find("w:themeFontLang", NS)
    assert _attr(theme_lang, "eastAsia") == "zh-CN"


def test_body_text_indents_two_characters_and_justifies(data: bytes) -> None:
    body = _style(_part(data, "word/styles.xml"), "Body Text")
    assert _attr(body.find("w:pPr/w:ind", NS), "firstLineChars") == "200"
    assert _attr(body.find("w:pPr/w:jc", NS), "val") == "both"


def test_other_language_paragraph_is_marked_and_literal(data: bytes) -> None:
    document = _part(data, "word/document.xml")
    (run,) = document.xpath("//w:r[contains(w:t, 'Mixed-language')]", namespaces=NS)
    assert _attr(run.find("w:rPr/w:lang", NS), "val") == "en-US"
    assert "text <script> & 1,000 stays literal." in run.findtext("w:t", namespaces=NS)
    chinese_langs = document.xpath("//w:r[contains(w:t, '东城区')]/w:rPr/w:lang", namespaces=NS)
    assert chinese_langs == []  # the document's own language is not repeated on runs


def test_page_is_a4_with_a_page_number(data: bytes) -> None:
    section = docx.Document(BytesIO(data)).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    instructions = section.footer._element.xpath(".//w:instrText/text()")
    assert [i.strip() for i in instructions] == ["PAGE"]


def test_core_properties(minimal_doc: Document, data: bytes) -> None:
    props = docx.Document(BytesIO(data)).core_properties
    assert props.title == minimal_doc.title
    assert props.author == "张晶; 边磊"
    assert props.language == "zh-CN"
    assert props.created.year == 2000 and props.created == props.modified
    assert props.last_printed is None
    assert props.comments == ""  # not "generated by python-docx"


def test_dates_come_from_source_date_epoch(minimal_doc: Document) -> None:
    data = render(minimal_doc, WriteOptions(source_date_epoch=1_700_000_000))
    assert docx.Document(BytesIO(data)).core_properties.created.year == 2023
    with zipfile.ZipFile(BytesIO(data)) as package:
        assert {info.date_time[:3] for info in package.infolist()} == {(2023, 11, 14)}


def test_two_renders_are_byte_identical(minimal_doc: Document, write_options: WriteOptions) -> None:
    assert render(minimal_doc, write_options) == render(minimal_doc, write_options)


def test_package_order_and_no_template_leftovers(data: bytes) -> None:
    with zipfile.ZipFile(BytesIO(data)) as package:
        names = package.namelist()
    assert names[0] == "[Content_Types].xml"
    assert names[1:] == sorted(names[1:])
    assert not {"docProps/thumbnail.jpeg", "word/stylesWithEffects.xml"} & set(names)


def test_english_document_is_set_in_book_en_without_cjk_language(
    english_doc: Document, write_options: WriteOptions
) -> None:
    data = render(english_doc, write_options)
    styles = _part(data, "word/styles.xml")
    # book-en: Body Text indents 1.5 em, the paragraph after a heading (First Paragraph) does not
    indents = {
        name: _style(styles, name).find("w:pPr/w:ind", NS)
        for name in ("Body Text", "First Paragraph")
    }
    assert _attr(indents["Body Text"], "firstLineChars") == "150"
    assert _attr(indents["Body Text"], "firstLine") == str(round(11 * 1.5 * 20))
    assert (
        _attr(indents["First Paragraph"], "firstLineChars"),
        _attr(indents["First Paragraph"], "firstLine"),
    ) == ("0", "0")
    fonts = _style(styles, "Body Text").find("w:rPr/w:rFonts", NS)
    assert (_attr(fonts, "ascii"), _attr(fonts, "eastAsia")) == (
        "Times New Roman",
        "Noto Serif CJK SC",
    )
    used = [p.style.name for p in docx.Document(BytesIO(data)).paragraphs]
    assert used == ["Title", "Byline", "Heading 1", "First Paragraph", "Body Text"]
    settings = _part(data, "word/settings.xml")
    assert settings.find("w:autoHyphenation", NS) is not None  # book-en hyphenates
    assert settings.find("w:defaultTabStop", NS).getnext().tag == f"{{{W}}}autoHyphenation"
    spacing = settings.find("w:characterSpacingControl", NS)
    assert _attr(spacing, "val") == "doNotCompress"  # an English document keeps the default
    assert _attr(styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS), "val") == "en-US"
    assert styles.xpath("//w:lang/@w:eastAsia", namespaces=NS) == []
    theme_lang = _part(data, "word/settings.xml").find("w:themeFontLang", NS)
    assert _attr(theme_lang, "val") == "en-US" and _attr(theme_lang, "eastAsia") is None
    document = _part(data, "word/document.xml")
    (chinese,) = document.xpath("//w:r[w:t='中文段落。']", namespaces=NS)
    assert _attr(chinese.find("w:rPr/w:lang", NS), "eastAsia") == "zh-CN"
    assert docx_text(data)[:2] == ["Unions study the report", "Staff reporter: Zhang Jing"]


def test_traditional_chinese_gets_its_own_language_and_fonts(
    minimal_doc: Document, write_options: WriteOptions
) -> None:
    data = render(replace(minimal_doc, lang="zh-Hant"), write_options)
    styles = _part(data, "word/styles.xml")
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert _attr(defaults.find("w:lang", NS), "eastAsia") == "zh-TW"
    assert _attr(defaults.find("w:rFonts", NS), "eastAsia") == "Noto Serif CJK TC"


def test_byline_groups_names_by_role(minimal_doc: Document) -> None:
    more = (Contributor("李四", "通讯员"), Contributor("王五"))
    doc = replace(minimal_doc, contributors=(*minimal_doc.contributors, *more))
    assert doc.byline() == "本报记者 张晶 边磊 通讯员 李四 王五"


def test_kicker_comes_before_the_title(minimal_doc: Document, write_options: WriteOptions) -> None:
    data = render(replace(minimal_doc, kicker="喜迎二十大"), write_options)
    paragraphs = docx.Document(BytesIO(data)).paragraphs
    assert [(p.text, p.style.name) for p in paragraphs[:2]] == [
        ("喜迎二十大", "Kicker"),
        (minimal_doc.title, "Title"),
    ]


def test_missing_style_definition_is_a_writer_error(tmp_path: Path, minimal_doc: Document) -> None:
    (tmp_path / "plain").mkdir()
    with pytest.raises(WriterError, match="no DOCX definition"):
        render(minimal_doc, WriteOptions(style="plain", styles_dir=tmp_path))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_and_renders(tmp_path: Path, data: bytes) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = libreoffice_pdf(data, tmp_path, "article")
    text = subprocess.run(
        [pdftotext, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "东城区总工会" in text
    assert "<script> & 1,000" in text
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:  # page 1 as LibreOffice draws it, for a person to look at (git-ignored)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
             str(tmp_path / "article.pdf"), str(ARTIFACTS / "minimal-zh.docx-libreoffice-page1")],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def test_an_edited_style_definition_takes_effect_at_the_same_path(
    tmp_path: Path, minimal_doc: Document
) -> None:
    """The prepared template is kept per process; editing docx.toml must still show at once."""
    shutil.copytree(Path(__file__).resolve().parents[2] / "styles" / "news-zh", tmp_path / "s")
    options = WriteOptions(style="s", styles_dir=tmp_path)
    toml = tmp_path / "s" / "docx.toml"

    def body_size(data: bytes) -> str:
        body = _style(_part(data, "word/styles.xml"), "Body Text")
        return body.xpath("string(w:rPr/w:sz/@w:val)", namespaces=NS)

    assert body_size(render(minimal_doc, options)) == "21"  # 10.5 pt in half-points
    toml.write_text(toml.read_text("utf-8").replace("size = 10.5", "size = 12", 1), "utf-8")
    assert body_size(render(minimal_doc, options)) == "24"


def test_renders_that_share_a_template_do_not_leak_into_each_other(
    minimal_doc: Document, write_options: WriteOptions
) -> None:
    """Each article opens its own copy of the kept template: a longer article rendered in
    between changes nothing in the next render of a shorter one."""
    first = render(minimal_doc, write_options)
    longer = replace(minimal_doc, title=minimal_doc.title + "（续）")
    assert render(longer, write_options) != first
    again = render(minimal_doc, write_options)
    assert again == first
    assert docx_text(again).count(minimal_doc.title) == docx_text(first).count(minimal_doc.title)
