"""The article's paragraphs in the DOCX (`convert/writers/docx/content.py`)."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

import docx
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from convert.model import Contributor, Document
from convert.writers import WriteOptions
from convert.writers._common import title_block
from convert.writers.docx import render
from convert.writers.docx.content import FRONT_STYLES, BodyWriter, add_text_run
from convert.writers.docx.house import read_style_source
from convert.writers.docx.rich import RichParts
from convert.writers.docx.template import prepared_template


def test_every_line_of_the_title_block_has_its_paragraph_style(
    minimal_doc: Document, write_options: WriteOptions
) -> None:
    full = replace(minimal_doc, kicker="引题", subtitle="副题", contributors=(Contributor("张晶"),))
    block = title_block(full)
    assert [role for role, _ in block] == list(FRONT_STYLES)
    paragraphs = docx.Document(BytesIO(render(full, write_options))).paragraphs
    assert [(p.text, p.style.name) for p in paragraphs[: len(block)]] == [
        (text, FRONT_STYLES[role]) for role, text in block
    ]


@given(st.text(alphabet=st.sampled_from("中文 a\t\n\r\u3000\xa0“”"), max_size=12))
def test_a_text_run_is_what_python_docx_makes(text: str) -> None:
    """`add_text_run` gives the XML of python-docx's `add_run(text)`, with tabs, breaks and
    white space at either end (`xml:space`); a python-docx that sets text otherwise fails here."""
    ours, theirs = docx.Document().add_paragraph(), docx.Document().add_paragraph()
    add_text_run(ours._p, text)
    theirs.add_run(text)
    assert etree.tostring(ours._p) == etree.tostring(theirs._p)


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("中文 a\t\n“"), max_size=6),
    st.sampled_from(["Body Text", "Title", "Lead", "Heading 2"]),
    st.sampled_from([None, "zh-CN", "zh-TW", "ja-JP", "en-US", "fr-FR"]),
    st.sampled_from(["zh-CN", "ja-JP", "en-US"]),
)
def test_a_paragraph_is_what_python_docx_makes(
    text: str, style: str, lang: str | None, doc_lang: str
) -> None:
    """`BodyWriter.add`, made with lxml alone, gives the XML of python-docx's paragraph, style,
    run and of `RichParts.mark` (python-docx's rFonts and `set_lang`) on its run properties."""
    options = WriteOptions()
    path = options.style_for(doc_lang).docx_path
    template = prepared_template(path, read_style_source(path), doc_lang)
    word = docx.Document(BytesIO(template.package))
    writer = BodyWriter(word.element.body, doc_lang, template.house, template.style_ids, None, word)
    ours = writer.add(text, style, lang)
    theirs = word.add_paragraph()
    theirs._p.style = template.style_ids[style]
    if text:
        run = theirs.add_run(text)
        if writer.marks(lang):
            RichParts.mark(writer, run._r.get_or_add_rPr(), lang, style)
    assert etree.tostring(ours) == etree.tostring(theirs._p)
