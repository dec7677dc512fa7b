"""A plain article's DOCX without python-docx: the prepared template's parts, with the article's
paragraphs added to its document part by lxml (`content`) and its properties (`package`).

A text article (headings and paragraphs, no markup, notes, other blocks or licence) needs none
of python-docx's API, and importing it is most of a cold call's DOCX cost. Every other part is
the template's, as python-docx saved it; reading and writing it again would give the same bytes,
so the package is the one `document` writes for the same article (tests compare the two).
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from ...model import Document
from .content import BodyWriter, write_content
from .package import pack_docx
from .template import Template
from .wml import parse_part, serialize_part, w

DOCUMENT = "word/document.xml"


def is_plain(doc: Document) -> bool:
    """Whether `render_plain` writes this document (else python-docx's Document does)."""
    return not doc.licence and not doc.is_rich()


def render_plain(doc: Document, template: Template, lang: str | None, epoch: int) -> bytes:
    with zipfile.ZipFile(BytesIO(template.package)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    root = parse_part(members[DOCUMENT])
    body = root.find(w("body"))
    writer = BodyWriter(body, lang, template.house, template.style_ids)
    write_content(writer, doc)
    members[DOCUMENT] = serialize_part(root)
    return pack_docx(members, doc, epoch)
