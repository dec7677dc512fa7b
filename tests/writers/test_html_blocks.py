"""Rich blocks and inlines on the HTML page, and in the PDF: notes listed after the article on
the page, at the foot of the page in the PDF; images embedded; unsafe links disarmed."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest

from convert.model import Link, Paragraph, Text
from convert.writers import WriteOptions, get_writer
from tests.support.rich import RICH, RICH_WITH_MEDIA


@pytest.fixture(scope="module")
def page() -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(get_writer("html")(RICH_WITH_MEDIA, WriteOptions()))


def test_inline_markup(page: lxml.html.HtmlElement) -> None:
    (first,) = page.xpath("//article/p[1]")
    assert [e.tag for e in first.iter() if e is not first] == [
        "em", "strong", "sup", "code", "a", "a", "sup", "br", "span", "sub",
    ]  # fmt: skip
    assert first.xpath("string(a[1]/@href)") == "https://example.org/?a=1&b=2"
    assert first.xpath("string(span/@lang)") == "en"


def test_blocks(page: lxml.html.HtmlElement) -> None:
    assert [li.text_content().strip() for li in page.xpath("//ul/li/ol/li")] == ["嵌套", "two"]
    assert page.xpath("string(//figure[@class='table']/figcaption)") == "表一：长度"
    assert page.xpath("//figure[@class='table']/table")
    assert page.xpath("//table/thead/tr/th/text()") == ["名称", "长度"]
    (img,) = page.xpath("//figure/img")  # the table is a figure too, without an image
    assert img.get("alt") == "运河的图片" and img.get("src").startswith("data:image/png;base64,")
    assert page.xpath("string(//figure[not(@class)]/figcaption)") == "图一"
    assert page.xpath("string(//pre/code)") == 'print("code")\n  indented'
    assert page.xpath("//blockquote/p/text()") == ["引用。"]
    assert len(page.xpath("//hr")) == 1


def test_notes_follow_the_article_and_link_both_ways(page: lxml.html.HtmlElement) -> None:
    calls = page.xpath("//a[@role='doc-noteref']")
    assert [a.get("href") for a in calls] == ["#fn1", "#fn2"]
    notes = page.xpath("//section[@class='footnotes']/ol/li")
    assert [n.get("id") for n in notes] == ["fn1", "fn2"]
    assert notes[0].text_content().startswith("第一个脚注。")
    assert notes[1].xpath("string(p/a[@role='doc-backlink']/@href)") == "#fn2-ref"


def test_a_script_link_loses_its_target() -> None:
    doc = replace(RICH, body=(Paragraph.of((Link("javascript:alert(1)", (Text("x"),)),)),))
    html = get_writer("html")(doc, WriteOptions()).decode()
    assert "javascript:" not in html and "<a>x</a>" in html


def test_a_figure_without_its_image_shows_its_description() -> None:
    html = get_writer("html")(RICH, WriteOptions()).decode()
    assert '<p class="alt-text">运河的图片</p>' in html and "<img" not in html


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_pdf_notes_sit_at_the_foot_of_the_page(tmp_path: Path) -> None:
    pdf = tmp_path / "rich.pdf"
    pdf.write_bytes(get_writer("pdf")(RICH_WITH_MEDIA, WriteOptions()))
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', boxes).group(1))

    def top(word: str) -> float:
        found = re.search(rf'yMin="([\d.]+)"[^>]*>{re.escape(word)}<', boxes)
        assert found, f"{word!r} not on page 1"
        return float(found.group(1))

    assert top("第一个脚注。") > 0.75 * height
    assert top("第一个脚注。") > top("正文。")
