"""Lines into paragraphs: how two lines of one paragraph are joined, and an English book page
hyphenated by a CSS engine read back word for word."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy import document_blocks
from convert.changes import replay
from convert.readers.pdf.blocks import join_lines, typeset_hyphen
from convert.readers.pdf.lines import Segment
from convert.run.pipeline import prepare

PARAGRAPHS = [
    "Notwithstanding the extraordinary circumstances, the neighbourhood considered the "
    "acquaintance unquestionably advantageous, and everybody understood the consequences.",
    "Nothing could be more unreasonable--or more characteristic--than the determination "
    "with which the housekeeper communicated her disapprobation to the congregation.",
    "Their conversation was uninterrupted; incomprehensible arrangements were discussed "
    "with considerable animation and indefatigable enthusiasm by everybody present.",
] * 3


def _seg(text: str) -> Segment:
    return Segment(text, 0, 0, 100, 10, 10, False, "F", points=10)


def test_a_css_engines_hyphen_before_a_lowercase_letter_is_the_break() -> None:
    assert typeset_hyphen("the hand\u2010", "some man") == "handsome"
    assert typeset_hyphen("the hand\u2010", "Some") is None  # not a word going on
    assert typeset_hyphen("the grown-", "up") is None  # a typed hyphen: judged by wordfreq
    assert typeset_hyphen("page 12\u2010", "fold") is None


def test_a_dash_typed_as_two_hyphens_is_joined_closed_up_but_a_blank_is_not() -> None:
    assert join_lines("as if--", _seg("as if--"), "but") == "as if--but"
    assert join_lines("in ----", _seg("in ----"), "street") == "in ---- street"
    assert join_lines("I said", _seg("I said"), "no") == "I said no"


@pytest.fixture(scope="module")
def hyphenated_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from weasyprint import HTML

    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"""<!doctype html><html lang=en><head><meta charset=utf-8><style>
@page {{ size: 90mm 60mm; margin: 10mm; @top-right {{ content: counter(page); font-size: 7pt; }} }}
body {{ font-family: serif; font-size: 10pt; hyphens: auto; text-align: justify; }}
h1 {{ font-size: 16pt; }} p {{ margin: 0; text-indent: 1em; }}
</style></head><body><h1>Chapter 1</h1>{body}</body></html>"""
    path = tmp_path_factory.mktemp("pdf") / "book.pdf"
    HTML(string=html).write_pdf(path)
    return path


def test_a_hyphenated_book_page_comes_out_word_for_word(hyphenated_pdf: Path) -> None:
    prepared = prepare(hyphenated_pdf)
    assert prepared.normalized is not None
    source = prepared.normalized.source
    assert source.count("\u2010") >= 3  # the engine did hyphenate, within pages and across
    assert document_blocks(prepared.document) == ["Chapter 1", *PARAGRAPHS]
    changes = prepared.normalized.changes
    removed = [c for c in changes if "U+2010" in c.message]
    assert len(removed) == source.count("\u2010")
    assert any(c.kind == "page-join" for c in removed)  # a word hyphenated at a page's foot
    assert replay(source, changes) == prepared.normalized.text
