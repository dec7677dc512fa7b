"""Galley's JATS is valid against the full JATS DTD and its own profile, and the profile's
violations are listed with their lines."""

from __future__ import annotations

import pytest
from lxml import etree

from convert import jats
from convert.errors import SchemaError
from convert.run.pipeline import prepare

from ..conftest import REPO, SHARED

DTD_PATH = SHARED / "schemas" / "jats-archiving-1.1" / "JATS-archivearticle1.dtd"
# the samples, and the texts with plain-text lists, tables and notes (issue 12 item 6)
SAMPLES = sorted((REPO / "samples").glob("*.txt")) + sorted(
    (REPO / "tests" / "fixtures" / "text").glob("*.txt")
)


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
