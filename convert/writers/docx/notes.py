"""Real Word footnotes: a footnotes part (python-docx has no API for one) holding the two
separator notes Word expects and one `w:footnote` per note, each opening with its
`w:footnoteRef` mark, as pandoc's own DOCX writer and Word write them."""

from __future__ import annotations

from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

_SKELETON = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote></w:footnotes>"
)


def add_footnotes_part(word: Any) -> Any:
    """The document's (new, empty) footnotes part, related from the main document part."""
    element = parse_xml(_SKELETON)
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element, word.part.package)
    word.part.relate_to(part, RT.FOOTNOTES)
    return part


def add_footnote(part: Any, note_id: int) -> Any:
    """A new, empty `w:footnote` at the end of the part."""
    footnote = OxmlElement("w:footnote")
    footnote.set(qn("w:id"), str(note_id))
    part.element.append(footnote)
    return footnote


def new_note_paragraph(footnote: Any, style_ids: dict[str, str | None], first: bool) -> Any:
    """A paragraph of the footnote; the first opens with the note's number and a space."""
    p: Any = OxmlElement("w:p")
    footnote.append(p)
    p.style = style_ids["Footnote Text"]
    if first:
        run: Any = OxmlElement("w:r")
        run.get_or_add_rPr().style = style_ids["Footnote Reference"]
        run.append(OxmlElement("w:footnoteRef"))
        p.append(run)
        space: Any = OxmlElement("w:r")
        space.text = " "
        p.append(space)
    return p
