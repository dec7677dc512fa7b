"""A DOCX through python-docx's Document: for what `plain` does not write (inline markup,
notes, lists, tables, figures, a licence), which need its styles, numbering, parts and media."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import docx
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem

from ...model import Document
from .content import BodyWriter, write_content
from .licence import write_licence
from .package import pack_docx
from .rich import RichParts
from .template import Template


def render_document(doc: Document, template: Template, lang: str | None, epoch: int) -> bytes:
    word = docx.Document(BytesIO(template.package))
    rich = RichParts(word, doc) if doc.is_rich() else None
    body = word.element.body
    writer = BodyWriter(body, lang, template.house, template.style_ids, rich, word)
    write_content(writer, doc)
    if rich is not None:
        rich.write_notes(writer, doc)
    write_licence(writer, doc)
    return pack_docx(_members(word), doc, epoch)


def _members(word: Any) -> dict[str, bytes]:
    """The members python-docx's `PackageWriter.write` produces, taken before they are zipped,
    so the package is compressed once rather than saved and then re-packed."""
    package = word.part.package
    for part in package.parts:
        part.before_marshal()
    parts = list(package.parts)
    members = {
        CONTENT_TYPES_URI.membername: _ContentTypesItem.from_parts(parts).blob,
        PACKAGE_URI.rels_uri.membername: package.rels.xml,
    }
    for part in parts:
        members[part.partname.membername] = part.blob
        if len(part.rels):
            members[part.partname.rels_uri.membername] = part.rels.xml
    return members
