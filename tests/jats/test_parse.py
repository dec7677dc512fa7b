"""Parsing JATS: safely, and into the model the writers read."""

from __future__ import annotations

import time

import pytest

from convert import jats
from convert.errors import SchemaError
from convert.jats import from_jats


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


def test_a_name_in_parts_is_read_as_one_contributor() -> None:
    """JATS fixed by hand may name an author in parts rather than as a string-name."""
    xml = (
        b'<article article-type="other" xml:lang="en"><front><article-meta><title-group>'
        b"<article-title>T</article-title></title-group><contrib-group><contrib>"
        b"<name><surname>Austen</surname><given-names>Jane</given-names></name><role>Staff</role>"
        b"</contrib></contrib-group></article-meta></front><body><p>x</p></body></article>"
    )
    doc = from_jats(jats.parse(xml))
    assert [(c.name, c.role) for c in doc.contributors] == [("Jane Austen", "Staff")]
    assert (doc.lang, doc.title, doc.body_text()) == ("en", "T", ["x"])
