"""Read the text back out of a DOCX, for fidelity tests that compare it with the JATS.

Only the main story counts: headers and footers repeat on every page (page numbers, running
heads) and are not part of the article's text.
"""

from __future__ import annotations

from io import BytesIO

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def docx_text(data: bytes) -> list[str]:
    """The text of every paragraph of the document body, in order, tables included.

    Paragraphs in an `mc:Fallback` are skipped: they duplicate the text of the `mc:Choice` beside
    them (text boxes and other drawings are written twice).
    """
    document = docx.Document(BytesIO(data))
    body = document.element.body
    texts: list[str] = []
    for p in body.iter(qn("w:p")):
        if any(ancestor.tag == _FALLBACK for ancestor in p.iterancestors()):
            continue
        texts.append(Paragraph(p, document).text)
    return texts
