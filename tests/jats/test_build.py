"""Building JATS: the seed's shape, and a canonical serialization that round-trips."""

from __future__ import annotations

from lxml import etree

from convert import jats
from convert.jats import from_jats
from convert.run.pipeline import prepare

from ..conftest import FIXTURES, REPO


def test_seed_jats_shape() -> None:
    root = etree.fromstring(prepare(REPO / "samples" / "000_331d64802fbda7f9.txt").jats)
    assert root.get("article-type") == "news"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"
    assert len(root.findall("body//p")) == 20
    assert len(root.findall("body//sec/title")) == 16
    assert len(root.findall("body/sec")) == 8
    assert len(root.findall("front//contrib[@contrib-type='author']")) == 7
    assert root.findtext("front//subtitle") == "——全市各区工会认真学习党的二十大报告（上）"


def test_the_fixture_round_trips_through_build_and_parse() -> None:
    data = (FIXTURES / "minimal-zh.xml").read_bytes()
    doc = from_jats(jats.parse(data))
    again, xml = jats.to_document(doc)
    assert again.body_text() == doc.body_text()
    assert again.contributors == doc.contributors
    assert jats.serialize(jats.parse(xml)) == xml  # canonical: a fixed point
