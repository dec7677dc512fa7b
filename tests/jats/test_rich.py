"""Rich documents through JATS: every block and inline kind is built, valid against the JATS 1.1
DTD and Galley's profile, and read back into the very same model."""

from __future__ import annotations

import pytest
from lxml import etree

from convert import jats
from convert.errors import SchemaError

from ..support.rich import RICH
from .test_validate import jats_dtd  # noqa: F401 (a fixture)


def test_every_kind_is_valid_and_reads_back_the_same(jats_dtd) -> None:  # noqa: F811
    document, xml = jats.to_document(RICH)
    tree = etree.fromstring(xml).getroottree()
    assert jats_dtd.validate(tree), jats_dtd.error_log
    assert document == RICH
    assert jats.serialize(jats.build(document)) == xml


def test_markup_is_not_indented_into() -> None:
    xml = jats.serialize(jats.build(RICH)).decode()
    assert "<p>长城是<italic>强调</italic>和<bold>加粗<sup>2</sup></bold>，" in xml
    assert '\u2028<styled-content xml:lang="en">English <sub>i</sub></styled-content></p>' in xml
    assert '<preformat preformat-type="code">print("code")\n  indented</preformat>' in xml


def test_body_text_reaches_cells_captions_alt_code_and_notes() -> None:
    texts = RICH.body_text()
    for expected in (
        "名称",
        "两万",
        "表一：长度",
        "运河的图片",
        "图一",
        "第一个脚注。",
        "Second note",
    ):
        assert expected in texts


def test_the_profile_refuses_what_writers_would_drop() -> None:
    xml = jats.serialize(jats.build(RICH))
    bad = xml.replace(b'<xref ref-type="fn"', b'<xref ref-type="bibr"')
    with pytest.raises(SchemaError):
        jats.validate(jats.parse(bad))
    unknown = xml.replace(b"<italic>", b"<underline>").replace(b"</italic>", b"</underline>")
    with pytest.raises(SchemaError):
        jats.validate(jats.parse(unknown))
