from __future__ import annotations

import time

import pytest
from lxml import etree

from convert import jats
from convert.errors import SchemaError
from convert.model import from_jats
from convert.run.pipeline import prepare

from .conftest import FIXTURES, REPO, SHARED

DTD_PATH = SHARED / "schemas" / "jats-archiving-1.1" / "JATS-archivearticle1.dtd"
SAMPLES = sorted((REPO / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def jats_dtd() -> etree.DTD:
    if not DTD_PATH.exists():
        pytest.skip(f"JATS DTD not found at {DTD_PATH}")
    return etree.DTD(str(DTD_PATH))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_samples_are_valid_against_the_jats_dtd_and_the_profile(sample, jats_dtd) -> None:
    xml = prepare(sample).jats
    tree = etree.fromstring(xml).getroottree()
    assert jats_dtd.validate(tree), jats_dtd.error_log
    jats.validate(tree)


def test_seed_jats_shape() -> None:
    root = etree.fromstring(prepare(REPO / "samples" / "000_331d64802fbda7f9.txt").jats)
    assert root.get("article-type") == "news"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"
    assert len(root.findall("body//p")) == 20
    assert len(root.findall("body//sec/title")) == 16
    assert len(root.findall("body/sec")) == 8
    assert len(root.findall("front//contrib[@contrib-type='author']")) == 7
    assert root.findtext("front//subtitle") == "全市各区工会认真学习党的二十大报告（上）"


def test_the_fixture_round_trips_through_build_and_parse() -> None:
    data = (FIXTURES / "minimal-zh.xml").read_bytes()
    doc = from_jats(jats.parse(data))
    again, xml = jats.to_document(doc)
    assert again.body_text() == doc.body_text()
    assert again.contributors == doc.contributors
    assert jats.serialize(jats.parse(xml)) == xml  # canonical: a fixed point


@pytest.mark.parametrize(
    ("xml", "complaint"),
    [
        (
            b'<article article-type="news" xml:lang="zh-CN"><front><article-meta><title-group>'
            b"<article-title> </article-title></title-group></article-meta></front><body/></article>",
            "article-title",
        ),
        (
            b'<article article-type="news"><front><article-meta><title-group><article-title>T'
            b"</article-title></title-group></article-meta></front><body/></article>",
            "attributes",
        ),
        (
            b'<article article-type="news" xml:lang="en"><front><article-meta><title-group>'
            b"<article-title>T</article-title></title-group></article-meta></front>"
            b"<body><p>x</p><sec><p>no title</p></sec></body></article>",
            "line 1",
        ),
    ],
)
def test_profile_violations_are_listed_with_line_numbers(xml: bytes, complaint: str) -> None:
    with pytest.raises(SchemaError) as caught:
        jats.validate(jats.parse(xml))
    assert caught.value.violations and complaint in str(caught.value)


def test_entity_expansion_and_external_entities_are_refused_quickly() -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            f'<!ENTITY a{i} "{"&a;" * 10 if i == 0 else f"&a{i - 1};" * 10}">'.encode()
            for i in range(9)
        )
        + b"]><article>&a8;</article>"
    )
    xxe = b'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/passwd">]><article>&x;</article>'
    for payload in (laughs, xxe):
        started = time.perf_counter()
        with pytest.raises(SchemaError, match="entities"):
            jats.parse(payload)
        assert time.perf_counter() - started < 1.0
