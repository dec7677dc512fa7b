"""A house style's empty DOCX for one language: named styles, defaults, page and footer.

python-docx starts from a template written for English Word on a Mac: theme fonts, an East Asian
theme language of ja-JP (so "+Body Asian" resolves to a Japanese Mincho), no East Asian language
in the defaults and a stale thumbnail. Each of those is fixed here, once per house style and
language, with XML where python-docx has no API.

Building it through python-docx is most of a cold call's DOCX cost, so the result is also kept in
the user's cache folder (`convert.cache`), named by a digest of the style file, the language,
python-docx's and lxml's versions and the source of the modules that build it: a change to any of
them is a new file, and a file that does not read back is built again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section as DocxSection
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from lxml import etree

from ...cache import cache_folder, store_atomically
from .. import clreq
from .._zip import OPC, pack
from ..clreq import is_cjk
from .house import ALIGN, CUSTOM_STYLES, HEADINGS, USED_STYLES, HouseStyle, parse_house_style
from .language import document_lang, primary_subtag
from .oxml import set_attrs, set_fonts, set_lang


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


@dataclass(frozen=True)
class Template:
    """A house style's DOCX for one language, before any content: what every article shares.

    Setting up the named styles, the defaults, the page and the footer through python-docx is a
    large part of a render, and none of it depends on the article, so it is done once per process,
    house style and language, and kept as the saved package. An article opens that package and
    adds its paragraphs: the same parts and XML as setting everything up afresh, so the same bytes.
    `style_ids` maps each style name Galley uses to the id a paragraph refers to it by (None for
    the default style), since python-docx finds that id with a search of every style per paragraph.
    """

    package: bytes
    house: HouseStyle
    style_ids: dict[str, str | None]


@lru_cache(maxsize=16)
def prepared_template(path: Path, source: str, lang: str | None) -> Template:
    """The prepared template; keyed by the style file's text too, so an edited file is re-read."""
    house = parse_house_style(source, path)
    folder, key = cache_folder(), _cache_key(source, lang)
    if folder is None or key is None:
        return _build(house, lang)
    stored = folder / f"docx-template-{key}.docx"
    with contextlib.suppress(OSError, ValueError):
        return _loads(stored.read_bytes(), house)
    template = _build(house, lang)
    with contextlib.suppress(OSError):
        store_atomically(stored, _dumps(template))
    return template


def _build(house: HouseStyle, lang: str | None) -> Template:
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
    return Template(pack(members, 0, OPC), house, style_ids)


# --- the copy in the cache folder ---------------------------------------------------------------

MAGIC = b"galley-docx-template 1\n"
# the modules of this package whose code shapes a template (and clreq, for `is_cjk`)
BUILDERS = ("template.py", "house.py", "oxml.py", "language.py")


def _cache_key(source: str, lang: str | None) -> str | None:
    """A digest of everything the template is made from; None if a module's source is not
    there to read (an installation without .py files builds the template every time)."""
    digest = hashlib.sha256()
    versions = (getattr(docx, "__version__", "?"), ".".join(map(str, etree.LXML_VERSION)))
    for part in (source, lang or "", *versions):
        digest.update(part.encode("utf-8") + b"\0")
    here = Path(__file__).parent
    try:
        for module in (*(here / name for name in BUILDERS), Path(clreq.__file__)):
            digest.update(module.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:32]


def _dumps(template: Template) -> bytes:
    ids = json.dumps(template.style_ids, sort_keys=True).encode("utf-8")
    return b"".join((MAGIC, ids, b"\n", template.package))


def _loads(data: bytes, house: HouseStyle) -> Template:
    """What `_dumps` wrote; ValueError for anything else (a truncated or foreign file)."""
    if not data.startswith(MAGIC):
        raise ValueError("not a Galley DOCX template")
    ids, _, package = data[len(MAGIC) :].partition(b"\n")
    style_ids = json.loads(ids)
    if set(style_ids) != set(USED_STYLES) or not package.startswith(b"PK"):
        raise ValueError("a damaged DOCX template")
    try:  # a truncated zip fails here, not in the article's render
        with zipfile.ZipFile(BytesIO(package)) as archive:
            damaged = archive.testzip()  # every part's CRC
    except zipfile.BadZipFile as exc:
        raise ValueError(f"a damaged DOCX template ({exc})") from exc
    if damaged is not None:
        raise ValueError(f"a damaged DOCX template ({damaged})")
    return Template(package, house, style_ids)
