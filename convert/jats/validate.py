"""Galley's JATS profile: the subset of JATS 1.1 Archiving its documents need (design.md §6),
stated strictly in RELAX NG (`schema/`, package data) and checked on every conversion; the tests
also validate against the full JATS DTD."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from lxml import etree

from ..errors import SchemaError


@cache
def _relaxng() -> etree.RelaxNG:
    schema_file = resources.files("convert.jats") / "schema" / "galley-jats.rng"
    with resources.as_file(schema_file) as path:
        return etree.RelaxNG(etree.parse(str(path)))


def validate(tree: etree._ElementTree, path: Path | None = None) -> None:
    """Check the tree against Galley's RELAX NG profile; list every violation with its line."""
    schema = _relaxng()
    if schema.validate(tree):
        return
    violations = [f"line {e.line}: {e.message}" for e in schema.error_log]
    raise SchemaError("does not match Galley's JATS profile", violations, path)
