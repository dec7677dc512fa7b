"""Text never becomes markup, in any format, and nothing is fetched while converting.

Each hostile line is put into a document as plain text; it must come out as the same literal text in
the JATS, HTML, DOCX, EPUB and PDF, and no output may contain a live element made from it.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from convert.config import Config
from convert.run.pipeline import Prepared, prepare_text, render
from convert.writers import WriteOptions

from .support.docx_text import docx_text
from .support.epub_text import epub_text
from .support.html_text import html_text
from .test_fidelity import pdf_body_text

HOSTILE = [
    "<script>alert('x')</script> stays text.",
    "A closing tag </p><p> in the middle stays text.",
    "Entities &amp; &lt;b&gt; and &#x41; stay as typed.",
    "A CDATA end ]]> and a comment <!-- x --> stay text.",
    "CSS body { display: none } and @import url(http://example.com/x.css); stay text.",
    "# Not a heading, *not emphasis*, [a link](http://example.com) stays text.",
    "![image](file:///etc/passwd) must not be fetched or embedded.",
    "A pandoc raw block `<b>x</b>`{=html} stays text.",
    "<img src=http://example.com/track.png> stays text.",
]


@pytest.fixture(scope="module")
def hostile() -> tuple[list[str], dict[str, bytes]]:
    text = "HOSTILE INPUT SAMPLER\n\n" + "\n\n".join(HOSTILE) + "\n"
    _, document = prepare_text(text, Config(), "hostile")
    outputs = render(
        Prepared(Path("hostile.txt"), document),
        ["xml", "html", "docx", "epub", "pdf"],
        WriteOptions(style="news-zh"),
    )
    return document.body_text(), outputs


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.slow
def test_hostile_lines_reach_the_jats_unchanged(hostile) -> None:
    paragraphs, _ = hostile
    assert paragraphs == HOSTILE


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["html", "docx", "epub", "pdf"])
def test_hostile_lines_come_out_as_literal_text(hostile, fmt: str) -> None:
    paragraphs, outputs = hostile
    data = outputs[fmt]
    extract = {
        "html": html_text,
        "docx": lambda d: "\n".join(docx_text(d)),
        "epub": epub_text,
        "pdf": lambda d: pdf_body_text(d, "HOSTILE INPUT SAMPLER"),
    }[fmt]
    text = _squash(extract(data))
    for line in paragraphs:
        assert _squash(line) in text, line


@pytest.mark.slow
def test_no_live_elements_are_made_from_text(hostile) -> None:
    _, outputs = hostile
    html = etree.HTML(outputs["html"])
    assert html.xpath("//script") == [] and html.xpath("//img") == []
    assert html.xpath("//body//a") == []
    with zipfile.ZipFile(io.BytesIO(outputs["epub"])) as epub:
        names = epub.namelist()
        assert not [n for n in names if n.endswith((".png", ".jpg", ".gif"))]
        for name in names:
            if name.endswith(".xhtml"):
                page = etree.fromstring(epub.read(name))
                ns = {"h": "http://www.w3.org/1999/xhtml"}
                assert (
                    page.xpath(
                        "//h:script|//h:img|//h:body//h:a[not(ancestor::h:nav)]", namespaces=ns
                    )
                    == []
                ), name
    jats = etree.fromstring(outputs["xml"])
    assert jats.xpath("//body//*[not(self::p or self::sec or self::title)]") == []
