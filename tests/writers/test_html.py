"""The HTML writer: a standalone page whose text is the Document's text, never markup."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from convert.errors import UsageError, WriterError
from convert.model import Contributor, Document, Paragraph, Section
from convert.writers import WriteOptions, clreq, get_writer
from convert.writers.html import heading_tag, render
from tests.support.html_text import html_text, parse_html
from tests.support.pdf_text import missing_in_order

BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "header", "section", "article", "body")


@pytest.fixture
def page(minimal_doc: Document, write_options: WriteOptions) -> bytes:
    return render(minimal_doc, write_options)


def test_registered_as_the_html_writer() -> None:
    assert get_writer("html") is render


def test_is_a_utf8_html5_page_in_the_article_language(page: bytes) -> None:
    assert page.startswith(b"<!DOCTYPE html>\n")
    page.decode("utf-8")  # raises if not UTF-8
    root = parse_html(page)
    assert root.get("lang") == "zh-CN"
    assert root.xpath("/html/head/meta[1]/@charset") == ["utf-8"]


def test_markup_in_the_text_stays_text(page: bytes) -> None:
    root = parse_html(page)
    assert root.xpath("//script") == []
    assert b"&lt;script&gt; &amp; 1,000" in page
    assert "text <script> & 1,000 stays literal." in html_text(page)


def test_hostile_title_and_names_cannot_inject_markup(write_options: WriteOptions) -> None:
    hostile = "</title><script>alert(1)</script><!--"
    doc = Document(
        lang="zh-CN",
        article_type="news",
        title=hostile,
        contributors=(Contributor('x" onload="alert(1)'),),
        body=(Paragraph("<img src=x onerror=alert(1)>"),),
    )
    page = render(doc, write_options)
    root = parse_html(page)
    assert root.xpath("//script | //img | //comment()") == []
    assert root.findtext("head/title") == hostile
    assert root.xpath("//h1/text()") == [hostile]
    assert root.xpath("//meta[@name='author']/@content") == ['x" onload="alert(1)']
    assert "<img src=x onerror=alert(1)>" in html_text(page)


def test_every_block_element_has_a_language(page: bytes) -> None:
    root = parse_html(page)
    blocks = [el for el in root.iter(*BLOCKS)]
    assert len(blocks) >= 15
    assert [el.tag for el in blocks if not el.get("lang")] == []
    english = [el for el in blocks if el.get("lang") == "en"]
    assert [el.text_content() for el in english] == [
        "Mixed-language paragraph: text <script> & 1,000 stays literal."
    ]
    assert {el.get("lang") for el in blocks} == {"zh-CN", "en"}


def test_paragraphs_inherit_their_sections_language(write_options: WriteOptions) -> None:
    doc = Document(
        lang="zh-CN",
        article_type="news",
        title="标题",
        body=(Section("English part", 1, (Paragraph("Plain text."),), lang="en"),),
    )
    root = parse_html(render(doc, write_options))
    assert root.xpath("//section/@lang") == ["en"]
    assert root.xpath("//h2/@lang") == ["en"]
    assert root.xpath("//section/p/@lang") == ["en"]


def test_head_carries_title_and_authors_but_no_date(page: bytes, minimal_doc: Document) -> None:
    root = parse_html(page)
    assert root.findtext("head/title") == minimal_doc.title
    assert root.xpath("//meta[@name='author']/@content") == ["张晶", "边磊"]
    assert b"dcterms" not in page
    assert not re.search(rb"\b(19|20)\d\d-\d\d-\d\d", page)


def test_title_block(page: bytes, minimal_doc: Document) -> None:
    root = parse_html(page)
    header = root.find("body/article/header")
    assert [(el.tag, el.get("class")) for el in header] == [
        ("h1", "title"),
        ("p", "subtitle"),
        ("p", "byline"),
    ]
    assert header[0].text == minimal_doc.title
    assert header[1].text == "全市各区工会认真学习党的二十大报告（上）"
    assert header[2].text == "本报记者 张晶 边磊"
    assert len(root.xpath("//h1")) == 1


def test_kicker_comes_before_the_title(minimal_doc: Document, write_options: WriteOptions) -> None:
    doc = dataclasses.replace(minimal_doc, kicker="喜迎二十大")
    header = parse_html(render(doc, write_options)).find("body/article/header")
    assert [el.get("class") for el in header][:2] == ["kicker", "title"]
    assert header[0].text == "喜迎二十大"


def test_lead_and_sections(page: bytes, minimal_doc: Document) -> None:
    root = parse_html(page)
    article = root.find("body/article")
    lead = article[1]
    assert (lead.tag, lead.get("class")) == ("p", "lead")
    assert lead.text == minimal_doc.paragraphs()[0].text
    assert root.xpath("//p[@class='lead']") == [lead]
    level1 = [s.title for s in minimal_doc.sections() if s.level == 1]
    level2 = [s.title for s in minimal_doc.sections() if s.level == 2]
    assert root.xpath("/html/body/article/section/h2/text()") == level1
    assert root.xpath("/html/body/article/section/section/h3/text()") == level2
    # Plain paragraphs get no class at all.
    assert root.xpath("//section/p/@class") == []


def test_deep_sections_share_h4(write_options: WriteOptions) -> None:
    deep = Section("四级", 4, (Paragraph("正文"),))
    three = Section("三级", 3, (deep,))
    doc = Document(
        lang="zh-CN",
        article_type="news",
        title="标题",
        body=(Section("一级", 1, (Section("二级", 2, (three,)),)),),
    )
    root = parse_html(render(doc, write_options))
    headings = [(el.tag, el.text) for el in root.iter("h2", "h3", "h4", "h5", "h6")]
    assert headings == [("h2", "一级"), ("h3", "二级"), ("h4", "三级"), ("h4", "四级")]
    assert [heading_tag(n) for n in (0, 1, 2, 3, 9)] == ["h2", "h2", "h3", "h4", "h4"]


def test_visible_text_is_the_body_text_in_order(page: bytes, minimal_doc: Document) -> None:
    text = html_text(page)
    assert missing_in_order(text, minimal_doc.body_text()) == []
    lines = text.splitlines()
    assert lines[3:] == minimal_doc.body_text()


def test_css_is_inlined_and_nothing_is_external(page: bytes, write_options: WriteOptions) -> None:
    root = parse_html(page)
    css = write_options.style_for("zh-CN").css_path.read_text(encoding="utf-8")
    assert [style.text for style in root.iter("style")] == [clreq.CLREQ_CSS, css]
    assert root.xpath("//link | //script | //img | //iframe | //object") == []
    assert root.xpath("//@src | //@href | //@srcset | //@action") == []
    assert not re.search(rb"(?i)\b(https?|ftp|file):", page)
    rules = re.sub(r"/\*.*?\*/", "", clreq.CLREQ_CSS + css, flags=re.DOTALL)
    assert "url(" not in rules and "@import" not in rules  # a relative url would break the page


def test_output_is_deterministic(minimal_doc: Document) -> None:
    first = render(minimal_doc, WriteOptions(source_date_epoch=0))
    again = render(minimal_doc, WriteOptions(source_date_epoch=1_700_000_000))
    assert first == again


def test_unknown_style_is_a_usage_error(minimal_doc: Document, tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    options = WriteOptions(style="nope", styles_dir=tmp_path)
    with pytest.raises(UsageError, match=r"unknown style 'nope'.*known styles: other"):
        render(minimal_doc, options)


def test_style_folder_without_sheet_is_a_writer_error(
    minimal_doc: Document, tmp_path: Path
) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(WriterError, match=r"style\.css"):
        render(minimal_doc, WriteOptions(style="empty", styles_dir=tmp_path))


def test_style_that_would_close_the_style_element_is_refused(
    minimal_doc: Document, tmp_path: Path
) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "style.css").write_text("p {} </style><script>x()</script>")
    with pytest.raises(WriterError, match="</style"):
        render(minimal_doc, WriteOptions(style="bad", styles_dir=tmp_path))


def test_a_licence_follows_the_text_set_apart(
    minimal_doc: Document, write_options: WriteOptions
) -> None:
    # issue 12: a Project Gutenberg book's header and licence, kept out of the body
    licence = ("The Project Gutenberg EBook of Emma", "*** START OF THIS PROJECT GUTENBERG EBOOK ***")
    page = render(dataclasses.replace(minimal_doc, licence=licence), write_options)
    root = parse_html(page)
    footer = root.find(".//article/footer")
    assert footer is not None and footer.get("class") == "licence"
    assert [p.text for p in footer.iter("p")] == list(licence)
    assert root.find(".//article")[-1] is footer  # after the body
    assert b"footer.licence" not in render(minimal_doc, write_options)
