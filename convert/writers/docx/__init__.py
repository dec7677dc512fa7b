"""DOCX writer (python-docx).

Editors restyle a DOCX by editing its named styles, so every paragraph carries one (Title,
Heading 1, Body Text, Galley's own Byline, Lead and Kicker; Licence after a text published under
one) and nothing is formatted run by run.
The look of those styles comes from the house style's `docx.toml`.

The template python-docx starts from is fixed once per house style and language (`template`,
`build`); each article adds its paragraphs to a copy (`content`), and the package is zipped so
that two renders are byte-identical (`package`). A plain text article is written from the
template's parts with lxml alone (`plain`); markup, notes, other blocks and a licence go through
python-docx's Document (`document`), imported only for them.
"""

from __future__ import annotations

from ...errors import WriterError
from ...model import Document
from .. import WriteOptions
from .house import read_style_source
from .language import word_lang
from .plain import is_plain, render_plain
from .template import prepared_template

__all__ = ["render"]


def render(doc: Document, options: WriteOptions) -> bytes:
    """The DOCX file for `doc`, byte-identical for the same document, style and epoch."""
    path = options.style_for(doc.lang).docx_path
    lang = word_lang(doc.lang)
    template = prepared_template(path, read_style_source(path), lang)
    epoch = options.source_date_epoch
    try:
        if is_plain(doc):
            return render_plain(doc, template, lang, epoch)
        from .document import render_document

        return render_document(doc, template, lang, epoch)
    except ValueError as exc:  # lxml refuses control characters, which valid JATS cannot hold
        raise WriterError(f"text that XML cannot hold reached the DOCX writer ({exc})") from exc
