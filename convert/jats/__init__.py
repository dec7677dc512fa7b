"""The JATS intermediate: the only package that builds, serializes, parses and validates the XML.

Structured documents become canonical JATS (`build`), which is validated against Galley's profile
(`validate`) and read back into the model the writers render (`parse`): the writers only ever see
what the validated XML says.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..model import Document
from .build import build, serialize
from .media import embed_media
from .parse import from_jats, parse
from .validate import validate

__all__ = ["build", "embed_media", "from_jats", "parse", "serialize", "to_document", "validate"]


def to_document(doc: Document, path: Path | None = None) -> tuple[Document, bytes]:
    """Structured document -> validated JATS bytes -> the Document the writers read."""
    xml = serialize(build(doc))
    tree = parse(xml, path)
    validate(tree, path)
    document = from_jats(tree, xml)
    return (replace(document, media=doc.media) if doc.media else document), xml
