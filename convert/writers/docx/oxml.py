"""Run properties python-docx has no API for: fonts named outright, `w:lang` in schema order."""

from __future__ import annotations

from typing import Any, cast

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr

# w:rPr children that must follow w:lang (ECMA-376 order).
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def set_fonts(rpr: CT_RPr, latin: str, east_asian: str) -> None:
    """Name the fonts outright and drop the theme references, which Word lets win over names."""
    fonts = rpr.get_or_add_rFonts()
    set_attrs(
        fonts, dict.fromkeys(("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"))
    )
    set_attrs(fonts, {"w:ascii": latin, "w:hAnsi": latin, "w:eastAsia": east_asian, "w:cs": latin})


def set_attrs(element: Any, attrs: dict[str, str | None]) -> None:
    """Set each attribute, or remove it where the value is None."""
    for attr, value in attrs.items():
        if value:
            element.set(qn(attr), value)
        elif qn(attr) in element.attrib:
            del element.attrib[qn(attr)]


def set_lang(rpr: CT_RPr, attrs: dict[str, str | None]) -> None:
    """Set (or, for None, remove) attributes of `w:lang`, creating it in schema order."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        if not any(attrs.values()):
            return
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(cast(Any, lang), *_AFTER_LANG)
    set_attrs(lang, attrs)
