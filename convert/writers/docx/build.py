"""A house style's empty DOCX for one language, built through python-docx (`template`).

python-docx starts from a template written for English Word on a Mac: theme fonts, an East Asian
theme language of ja-JP (so "+Body Asian" resolves to a Japanese Mincho), no East Asian language
in the defaults and a stale thumbnail. Each of those is fixed here, once per house style and
language, with XML where python-docx has no API.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section as DocxSection
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle

from .._zip import OPC, pack
from ..clreq import is_cjk
from .house import ALIGNMENTS, CUSTOM_STYLES, HEADINGS, USED_STYLES, HouseStyle
from .language import document_lang, primary_subtag
from .oxml import set_attrs, set_fonts, set_lang

ALIGN = {name: getattr(WD_ALIGN_PARAGRAPH, name.upper()) for name in ALIGNMENTS}


def _set_language_defaults(word: Any, lang: str | None, house: HouseStyle) -> None:
    """docDefaults fonts and language, and the theme language Word resolves theme fonts by."""
    rpr = word.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    serif = house.family_of("Body Text")
    set_fonts(rpr, serif.latin, serif.east_asian_for(lang))
    set_lang(rpr, document_lang(lang))
    body_size = house.styles.get("Body Text", {}).get("size")
    if body_size:
        for tag in ("w:sz", "w:szCs"):
            element = rpr.find(qn(tag))
            if element is not None:
                element.set(qn("w:val"), str(round(float(body_size) * 2)))
    settings = word.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:  # the template has one, saying ja-JP
        set_attrs(theme_lang, document_lang(lang))
    proof = settings.find(qn("w:proofState"))
    if proof is not None:  # the template claims spelling was checked; let Word check ours
        settings.remove(proof)
    spacing = settings.find(qn("w:characterSpacingControl"))
    if spacing is not None and is_cjk(lang or ""):  # the template says doNotCompress
        spacing.set(qn("w:val"), "compressPunctuation")  # Word's own clreq-style compression


def _set_hyphenation(word: Any, on: bool) -> None:
    """Turn on Word's automatic hyphenation (`w:autoHyphenation`), by the text's language.

    The schema puts it right after `w:defaultTabStop`, which python-docx's template has; placing it
    there keeps settings.xml in schema order without listing the hundred elements that follow.
    """
    settings = word.settings.element
    if not on or settings.find(qn("w:autoHyphenation")) is not None:
        return
    tab_stop = settings.find(qn("w:defaultTabStop"))
    if tab_stop is not None:
        tab_stop.addnext(OxmlElement("w:autoHyphenation"))


def _reset_style(style: ParagraphStyle) -> None:
    """Forget the template's look (blue accents, borders, a numbered Subtitle).

    Outline levels and keep-with-next stay: navigation panes and page breaks depend on them.
    """
    element = style.element
    if element.rPr is not None:
        element.remove(element.rPr)
    ppr = element.pPr
    if ppr is not None:
        keep = {qn("w:keepNext"), qn("w:keepLines"), qn("w:outlineLvl")}
        for child in list(ppr):
            if child.tag not in keep:
                ppr.remove(child)


def _effective_size(style: ParagraphStyle, house: HouseStyle) -> float:
    name: str | None = style.name
    while name:
        size = house.styles.get(name, {}).get("size")
        if size:
            return float(size)
        name = CUSTOM_STYLES.get(name)
    return float(house.styles.get("Body Text", {}).get("size", 10.5))


def apply_style(
    style: ParagraphStyle, spec: dict[str, Any], lang: str | None, house: HouseStyle
) -> None:
    fmt, font = style.paragraph_format, style.font
    rpr = style.element.get_or_add_rPr()
    if "family" in spec:
        family = house.families[spec["family"]]
        set_fonts(rpr, family.latin, family.east_asian_for(lang))
    if "size" in spec:
        font.size = Pt(float(spec["size"]))
    if "bold" in spec:
        font.bold = bool(spec["bold"])
    if "align" in spec:
        fmt.alignment = ALIGN[spec["align"]]
    if "space_before" in spec:
        fmt.space_before = Pt(float(spec["space_before"]))
    if "space_after" in spec:
        fmt.space_after = Pt(float(spec["space_after"]))
    if "line_spacing" in spec:
        fmt.line_spacing = float(spec["line_spacing"])
    chars = house.first_line_chars.get(primary_subtag(lang), 0)
    if spec.get("indent") and chars:
        # Word uses firstLineChars; firstLine is the same width in twips for readers that do not.
        fmt.first_line_indent = Pt(_effective_size(style, house) * chars / 100)
        style.element.pPr.get_or_add_ind().set(qn("w:firstLineChars"), str(chars))
    elif spec.get("indent") is False:
        # An explicit "no indent" must cancel both measures inherited from the base style, or
        # Word keeps firstLineChars, which wins over firstLine.
        fmt.first_line_indent = Pt(0)
        style.element.pPr.get_or_add_ind().set(qn("w:firstLineChars"), "0")
    set_lang(rpr, document_lang(lang))


def _define_styles(word: Any, lang: str | None, house: HouseStyle) -> None:
    styles = word.styles
    for name, base in CUSTOM_STYLES.items():
        if name not in [s.name for s in styles]:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles[base]
            style.quick_style = True
    for name in USED_STYLES:
        style = styles[name]
        _reset_style(style)
        apply_style(style, house.styles.get(name, {}), lang, house)
    for name in (*HEADINGS, "Lead", "Byline"):
        styles[name].next_paragraph_style = styles["Body Text"]


def _set_page(section: DocxSection, page: dict[str, float]) -> None:
    section.page_width = Mm(page.get("width_mm", 210))
    section.page_height = Mm(page.get("height_mm", 297))
    section.top_margin = Mm(page.get("margin_top_mm", 25.4))
    section.bottom_margin = Mm(page.get("margin_bottom_mm", 25.4))
    section.left_margin = Mm(page.get("margin_left_mm", 31.7))
    section.right_margin = Mm(page.get("margin_right_mm", 31.7))


def _add_page_number(section: DocxSection) -> None:
    """A centred PAGE field in the footer; "1" is only the cached result Word replaces."""
    paragraph = section.footer.paragraphs[0]
    paragraph.style = "Footer"
    for kind, text in (
        ("begin", ""),
        ("instr", " PAGE "),
        ("separate", ""),
        ("text", "1"),
        ("end", ""),
    ):
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "text":
            run.text = text
        else:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)


def _drop_template_parts(word: Any) -> None:
    """Drop parts of the template that would misdescribe our document.

    The thumbnail is a picture of python-docx's blank page, stylesWithEffects is a stale copy of
    the template's styles that Word 2010 prefers, and the custom XML is an empty bibliography.
    """
    doomed = {
        RT.THUMBNAIL,
        RT.CUSTOM_XML,
        "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    }
    for rels in (word.part.package.rels, word.part.rels):
        for r_id in [r_id for r_id, rel in rels.items() if rel.reltype in doomed]:
            del rels[r_id]


def build(house: HouseStyle, lang: str | None) -> tuple[bytes, dict[str, str | None]]:
    """The template's package and the id of each style Galley uses (`template.Template`)."""
    word = docx.Document()
    _drop_template_parts(word)
    _set_language_defaults(word, lang, house)
    _define_styles(word, lang, house)
    _set_hyphenation(word, house.hyphenate)
    section = word.sections[0]
    _set_page(section, house.page)
    _add_page_number(section)
    raw = BytesIO()
    word.save(raw)
    with zipfile.ZipFile(raw) as saved:  # python-docx dates its members by the clock
        members = {name: saved.read(name) for name in saved.namelist()}
    style_ids = {
        name: word.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH) for name in USED_STYLES
    }
    return pack(members, 0, OPC), style_ids
