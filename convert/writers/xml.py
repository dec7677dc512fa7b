"""The JATS itself: the canonical bytes the pipeline validated, unchanged."""

from __future__ import annotations

from ..model import Document
from . import WriteOptions


def render(doc: Document, options: WriteOptions) -> bytes:
    if not doc.jats:
        raise ValueError("the document carries no JATS bytes; build it through convert.jats")
    return doc.jats
