"""The document's licence after the text, in a small named style (`Document.licence`).

The terms a text is published under (a Project Gutenberg book's header and licence,
`structure.gutenberg`) follow the text and its notes word for word, as the HTML page and the PDF
print them: a paragraph each in Galley's `Licence` style (the house style's `docx.toml` gives its
size; based on Body Text), set apart by space and a thin rule above the first paragraph only. The style is added only to a document that has
a licence, so every other DOCX keeps the styles part it had.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.styles.style import ParagraphStyle

from ...model import Document
from .build import apply_style
from .content import BodyWriter

LICENCE_STYLE = "Licence"
# what the house style does not say: small, flush left, not indented
DEFAULT_SPEC = {"size": 8, "align": "left", "space_before": 24, "space_after": 0, "indent": False}
# the elements CT_PPr puts after w:pBdr (ECMA-376 §17.3.1.26), before which the border goes
AFTER_BORDER = (
    "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
    "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
    "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
    "pPrChange",
)  # fmt: skip


AFTER_CONTEXTUAL = AFTER_BORDER[AFTER_BORDER.index("contextualSpacing") + 1 :]


def write_licence(writer: BodyWriter, doc: Document) -> None:
    """The licence's paragraphs at the end of the document (nothing without a licence)."""
    if not doc.licence:
        return
    style = _licence_style(writer)
    for text in doc.licence:
        writer.add(text, "Body Text").style = style.style_id  # python-docx's CT_P


def _licence_style(writer: BodyWriter) -> ParagraphStyle:
    styles = writer.word.styles
    style = styles.add_style(LICENCE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Body Text"]
    style.quick_style = True
    spec = {**DEFAULT_SPEC, **writer.house.styles.get(LICENCE_STYLE, {})}
    apply_style(style, spec, writer.lang, writer.house)
    _rule_above(style)
    # no space between two paragraphs of the licence: the space before sets the first apart
    style.element.get_or_add_pPr().insert_element_before(
        OxmlElement("w:contextualSpacing"), *(f"w:{tag}" for tag in AFTER_CONTEXTUAL)
    )
    return style


def _rule_above(style: ParagraphStyle) -> None:
    """A thin rule above the licence, as the HTML page's `footer.licence` has: Word and
    LibreOffice draw one border for a run of paragraphs whose borders agree, so it stands above
    the first paragraph only."""
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("val", "single"), ("sz", "4"), ("space", "6"), ("color", "888888")):
        top.set(qn(f"w:{key}"), value)
    borders.append(top)
    style.element.get_or_add_pPr().insert_element_before(
        borders, *(f"w:{tag}" for tag in AFTER_BORDER)
    )
