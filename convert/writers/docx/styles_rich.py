"""The named styles rich documents use beyond the house template's, added to an article's copy
only when it has markup (so text articles keep their bytes). The names are pandoc's and Word's
own, so a manuscript restyles alike whichever tool wrote it."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

MONOSPACE = "Courier New"  # Word has it; LibreOffice draws it with Liberation Mono

# name -> (type, based on)
RICH_STYLES: dict[str, tuple[WD_STYLE_TYPE, str]] = {
    "Hyperlink": (WD_STYLE_TYPE.CHARACTER, "Default Paragraph Font"),
    "Verbatim Char": (WD_STYLE_TYPE.CHARACTER, "Default Paragraph Font"),
    "Footnote Reference": (WD_STYLE_TYPE.CHARACTER, "Default Paragraph Font"),
    "Footnote Text": (WD_STYLE_TYPE.PARAGRAPH, "Normal"),
    "Source Code": (WD_STYLE_TYPE.PARAGRAPH, "Normal"),
    "Figure": (WD_STYLE_TYPE.PARAGRAPH, "Normal"),
    "Horizontal Rule": (WD_STYLE_TYPE.PARAGRAPH, "Normal"),
}
# styles of the template rich blocks use as they are
TEMPLATE_STYLES = ("Quote", "Caption", "List Paragraph", "Table Grid")


def _look(name: str, style: Any) -> None:
    if name == "Hyperlink":
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    elif name in ("Verbatim Char", "Source Code"):
        style.font.name = MONOSPACE
        style.font.size = Pt(9)
    elif name == "Footnote Reference":
        style.font.superscript = True
    elif name == "Footnote Text":
        style.font.size = Pt(9)
    elif name == "Figure":
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style.paragraph_format.keep_with_next = True
    elif name == "Horizontal Rule":
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (
            ("w:val", "single"),
            ("w:sz", "6"),
            ("w:space", "1"),
            ("w:color", "auto"),
        ):
            bottom.set(qn(key), value)
        borders.append(bottom)
        style.element.get_or_add_pPr().insert_element_before(
            borders, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr"
        )


def add_rich_styles(word: Any) -> dict[str, str | None]:
    """Add the missing styles; the id of each style rich content refers to, by name."""
    styles = word.styles
    present = {s.name for s in styles}
    for name, (kind, base) in RICH_STYLES.items():
        if name in present:
            continue
        style = styles.add_style(name, kind)
        style.base_style = styles[base]
        style.hidden = False
        _look(name, style)
    names = (*RICH_STYLES, *TEMPLATE_STYLES)
    ids: dict[str, str | None] = {}
    for name in names:
        kind = RICH_STYLES[name][0] if name in RICH_STYLES else styles[name].type
        ids[name] = word.part.get_style_id(name, kind)
    return ids
