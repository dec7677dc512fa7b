"""A Project Gutenberg book as published (`structure.gutenberg`): the header's title heads the
book, and the header and the licence are kept word for word as its licence, out of its body."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from convert import jats
from convert.normalize import normalize
from convert.run.pipeline import prepare
from convert.structure import build_document

from ..jats.test_validate import jats_dtd  # noqa: F401 (a fixture)
from ..support.gutenberg import FOOTER, HEADER


def words(text: str) -> list[str]:
    return text.split()


def test_the_book_inside_the_header_and_the_licence() -> None:
    doc = build_document(normalize(HEADER + FOOTER).text)
    assert doc.title == "Emma"
    assert doc.byline() == "By Jane Austen"
    body = doc.body_text()
    assert body[0] == "EMMA" and body[-1].startswith("She was the youngest")
    assert not any("Gutenberg" in text for text in body)
    header, footer = HEADER.split("EMMA ***")[0] + "EMMA ***", FOOTER
    assert words(" ".join(doc.licence)) == words(header) + words(footer)  # word for word


def test_other_texts_have_no_licence() -> None:
    doc = build_document(normalize(HEADER.split("EMMA ***")[1]).text)
    assert doc.licence == ()
    assert doc.title == "EMMA"


def test_the_licence_is_valid_jats_and_reads_back(tmp_path: Path, jats_dtd) -> None:  # noqa: F811
    source = tmp_path / "emma.txt"
    source.write_text(HEADER + FOOTER, encoding="utf-8")
    prepared = prepare(source)
    tree = etree.fromstring(prepared.jats).getroottree()
    assert jats_dtd.validate(tree), jats_dtd.error_log
    jats.validate(tree)
    assert tree.findtext("front/article-meta/permissions/license/license-p", "").startswith(
        "The Project Gutenberg EBook of Emma"
    )
    assert prepared.document.licence == build_document(normalize(HEADER + FOOTER).text).licence


@pytest.mark.parametrize("marker", ["*** START OF THE PROJECT GUTENBERG EBOOK EMMA ***"])
def test_newer_start_lines_are_recognised(marker: str) -> None:
    text = HEADER.replace("*** START OF THIS PROJECT GUTENBERG EBOOK EMMA ***", marker)
    assert build_document(normalize(text).text).title == "Emma"


def test_the_production_credit_after_the_start_line_goes_with_the_header() -> None:
    # as in the corpus's Pride and Prejudice (1342-0.txt) and Girl's Own Paper (18195.txt)
    credit = "Produced by Anonymous Volunteers"
    text = HEADER.replace("EMMA ***\n", f"EMMA ***\n\n{credit}\n", 1)
    doc = build_document(normalize(text + FOOTER).text)
    assert doc.body_text()[0] == "EMMA"
    assert credit in doc.licence
    assert doc.licence.index(credit) == 1 + next(
        i for i, block in enumerate(doc.licence) if block.startswith("*** START")
    )
