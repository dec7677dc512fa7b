"""A plain article's DOCX without python-docx (`convert/writers/docx/plain.py`): the same bytes
as python-docx's Document gives (`document.py`), which the plain path must not import."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.errors import WriterError
from convert.model import Block, Contributor, Document, Paragraph, Section, Text
from convert.writers import WriteOptions
from convert.writers.docx import render
from convert.writers.docx.document import render_document
from convert.writers.docx.house import read_style_source
from convert.writers.docx.language import word_lang
from convert.writers.docx.plain import is_plain, render_plain
from convert.writers.docx.template import prepared_template

from ...conftest import REPO

LANGS = st.sampled_from([None, "zh-CN", "zh-Hant", "ja", "en", "en-GB", "ko"])
# text with what python-docx sets as elements of their own (tab, breaks) and white space at the
# ends, which `xml:space` marks
TEXT = st.text(alphabet=st.sampled_from("中文 aé\t\n\r\u3000\xa0“”—"), max_size=10)


def _both(doc: Document, options: WriteOptions) -> tuple[bytes, bytes]:
    path = options.style_for(doc.lang).docx_path
    lang = word_lang(doc.lang)
    template = prepared_template(path, read_style_source(path), lang)
    epoch = options.source_date_epoch
    return (
        render_plain(doc, template, lang, epoch),
        render_document(doc, template, lang, epoch),
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    def paragraphs() -> st.SearchStrategy[tuple[Block, ...]]:
        paragraph = st.builds(Paragraph, TEXT, LANGS, st.sampled_from(["", "lead"]))
        return st.lists(paragraph, max_size=3).map(tuple)

    sections = st.lists(
        st.builds(Section, TEXT, st.integers(1, 4), paragraphs(), LANGS), max_size=3
    )
    return Document(
        lang=draw(st.sampled_from(["zh-CN", "zh-Hant", "ja", "en", "fr"])),
        article_type="research-article",
        title=draw(TEXT),
        subtitle=draw(TEXT),
        kicker=draw(TEXT),
        contributors=tuple(Contributor(n) for n in draw(st.lists(TEXT, max_size=2))),
        body=draw(paragraphs()) + tuple(draw(sections)),
    )


@settings(max_examples=40, deadline=None)
@given(documents(), st.sampled_from([None, "book-en"]), st.sampled_from([0, 1_700_000_000]))
def test_the_plain_package_is_python_docx_s(doc: Document, style: str | None, epoch: int) -> None:
    """Every part, the properties and the zip, byte for byte; a python-docx that writes a part
    otherwise, or an edit to one path alone, fails here."""
    plain, document = _both(doc, WriteOptions(style=style, source_date_epoch=epoch))
    assert plain == document


def test_the_fixture_article_is_plain_and_written_alike(
    minimal_doc: Document, write_options: WriteOptions
) -> None:
    assert is_plain(minimal_doc)
    plain, document = _both(minimal_doc, write_options)
    assert plain == document


def test_rich_content_and_a_licence_go_through_python_docx(minimal_doc: Document) -> None:
    assert not is_plain(replace(minimal_doc, licence=("Public domain.",)))
    assert not is_plain(replace(minimal_doc, body=(Section("t", 1, heading=(Text("t"),)),)))


def test_a_property_python_docx_refuses_is_a_writer_error(
    minimal_doc: Document, write_options: WriteOptions
) -> None:
    with pytest.raises(WriterError, match="255 char limit"):
        render(replace(minimal_doc, title="题" * 256), write_options)


def test_a_plain_article_s_call_never_imports_python_docx(tmp_path: Path) -> None:
    """What makes the plain path worth having: the command converts a text article to DOCX
    (the template from the cache folder, as after a first call) without python-docx."""
    seed = REPO / "samples" / "000_331d64802fbda7f9.txt"
    script = (
        "import sys, runpy\n"
        f"sys.argv = ['galley', 'convert', {str(seed)!r}, '-o', sys.argv[1], '-t', 'docx',"
        " '--no-review']\n"
        "try:\n    runpy.run_module('convert', run_name='__main__')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "print(sorted(m for m in sys.modules if m == 'docx' or m.startswith('docx.')))\n"
    )
    env = {"GALLEY_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    imported = []
    for run in ("first", "second"):  # the first call builds the template through python-docx
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / run)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        imported.append(done.stdout.strip().splitlines()[-1])
    assert imported[0] != "[]"
    assert imported[1] == "[]"
    assert (tmp_path / "second" / "000_331d64802fbda7f9.docx").stat().st_size > 0
