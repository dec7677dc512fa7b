"""DOCX writer (python-docx).

Editors restyle a DOCX by editing its named styles, so every paragraph carries one (Title,
Heading 1, Body Text, Galley's own Byline, Lead and Kicker; Licence after a text published under
one) and nothing is formatted run by run.
The look of those styles comes from the house style's `docx.toml`.

The template python-docx starts from is fixed once per house style and language (`template`);
each article adds its paragraphs to a copy (`content`), and the package is zipped so that two
renders are byte-identical (`package`).
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING

import docx

from ...errors import WriterError
from ...model import Document
from .. import WriteOptions
from .content import BodyWriter, write_content
from .house import read_style_source
from .language import word_lang
from .licence import write_licence
from .package import pack_docx, set_core_properties
from .template import prepared_template

if TYPE_CHECKING:
    from .rich import RichParts

__all__ = ["render"]


def render(doc: Document, options: WriteOptions) -> bytes:
    """The DOCX file for `doc`, byte-identical for the same document, style and epoch."""
    path = options.style_for(doc.lang).docx_path
    lang = word_lang(doc.lang)
    template = prepared_template(path, read_style_source(path), lang)
    word = docx.Document(BytesIO(template.package))
    try:
        rich = _rich_parts(word, doc) if doc.is_rich() else None
        writer = BodyWriter(word, lang, template.house, template.style_ids, rich)
        write_content(writer, doc)
        if rich is not None:
            rich.write_notes(writer, doc)
        write_licence(writer, doc)
        set_core_properties(word, doc, options.source_date_epoch)
    except ValueError as exc:  # lxml refuses control characters, which valid JATS cannot hold
        raise WriterError(f"text that XML cannot hold reached the DOCX writer ({exc})") from exc
    return pack_docx(word, options.source_date_epoch)


def _rich_parts(word: docx.document.Document, doc: Document) -> RichParts:
    """Notes, lists, tables, figures and inline markup: imported for a document that has them
    (`Document.is_rich`), not by a plain article's call."""
    from .rich import RichParts

    return RichParts(word, doc)
