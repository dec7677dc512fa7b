"""DOCX writer (python-docx).

Editors restyle a DOCX by editing its named styles, so every paragraph carries one (Title,
Heading 1, Body Text, Galley's own Byline, Lead and Kicker) and nothing is formatted run by run.
The look of those styles comes from the house style's `docx.toml`.

python-docx starts from a template written for English Word on a Mac: theme fonts, an East Asian
theme language of ja-JP (so "+Body Asian" resolves to a Japanese Mincho), no East Asian language
in the defaults, a stale thumbnail and wall-clock zip times. Each of those is fixed here, with XML
where python-docx has no API, and the zip is re-packed so two renders are byte-identical.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any, cast

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.oxml.text.paragraph import CT_P
from docx.section import Section as DocxSection
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from ..errors import WriterError
from ..model import Document, Paragraph, Section
from . import WriteOptions
from ._zip import OPC, pack

# --- languages -------------------------------------------------------------------------------

# Primary subtags whose text Word must treat as East Asian (fonts, line breaking, w:eastAsia).
EAST_ASIAN = frozenset({"zh", "ja", "ko", "yue", "cmn", "lzh", "wuu", "hak", "nan", "gan", "hsn"})
# Word wants language-REGION; a bare subtag gets the region Word itself would pick.
_DEFAULT_REGION = {
    "zh": "CN", "yue": "HK", "ja": "JP", "ko": "KR", "en": "US", "fr": "FR", "de": "DE",
    "es": "ES", "it": "IT", "pt": "PT", "ru": "RU", "nl": "NL", "sv": "SE", "vi": "VN",
}  # fmt: skip
_CHINESE_SCRIPT_REGION = {"hans": "CN", "hant": "TW"}
# The Latin language of East Asian documents, as Word's own Chinese and Japanese defaults set it.
_LATIN_OF_EAST_ASIAN = "en-US"


def word_lang(tag: str | None) -> str | None:
    """The Word language tag for a BCP 47 tag: zh-Hant -> zh-TW, en -> en-US, und -> None.

    Word ignores script subtags and expects a region, so "zh-Hant" must become a region to keep
    its traditional-Chinese meaning.

    >>> [word_lang(t) for t in ("zh-CN", "zh", "zh-Hant", "zh-Hant-HK", "en-gb", "und")]
    ['zh-CN', 'zh-CN', 'zh-TW', 'zh-HK', 'en-GB', None]
    """
    parts = (tag or "").replace("_", "-").split("-")
    primary = parts[0].lower()
    if primary in ("", "und", "zxx", "mul", "mis"):
        return None
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), "")
    region = next(
        (p for p in parts[1:] if (len(p) == 2 and p.isalpha()) or (len(p) == 3 and p.isdigit())),
        None,
    )
    if region is None and primary == "zh":
        region = _CHINESE_SCRIPT_REGION.get(script.lower())
    region = region or _DEFAULT_REGION.get(primary)
    return f"{primary}-{region.upper()}" if region else primary


def is_east_asian(lang: str | None) -> bool:
    return bool(lang) and str(lang).split("-")[0].lower() in EAST_ASIAN


def _primary(lang: str | None) -> str:
    return (lang or "").split("-")[0].lower()


# --- house style -----------------------------------------------------------------------------

_STYLE_KEYS = frozenset(
    {"family", "size", "bold", "align", "space_before", "space_after", "line_spacing", "indent"}
)
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
# Galley's own paragraph styles and the style each is based on.
_CUSTOM_STYLES = {
    "Kicker": "Normal",
    "Byline": "Normal",
    "Lead": "Body Text",
    "First Paragraph": "Body Text",
}
# The style of a paragraph that follows the title block or a heading, when the house style defines
# it (book-en does: English sets such a paragraph without indent; Chinese indents every one). The
# name is pandoc's, so documents from both tools restyle alike.
FIRST_PARAGRAPH = "First Paragraph"
_HEADINGS = ("Heading 1", "Heading 2", "Heading 3")
_USED_STYLES = (
    "Kicker", "Title", "Subtitle", "Byline", *_HEADINGS, "Body Text", FIRST_PARAGRAPH, "Lead",
    "Footer", "Caption",
)  # fmt: skip


@dataclass(frozen=True)
class Family:
    latin: str
    east_asian: dict[str, str]  # Word language tag (or "default") -> font

    def east_asian_for(self, lang: str | None) -> str:
        return self.east_asian.get(lang or "", self.east_asian.get("default", self.latin))


@dataclass(frozen=True)
class HouseStyle:
    """The parsed `docx.toml`: page, font families, indents and per-style settings."""

    page: dict[str, float]
    families: dict[str, Family]
    first_line_chars: dict[str, int]
    styles: dict[str, dict[str, Any]]
    hyphenate: bool = False  # Word's automatic hyphenation (English books hyphenate)

    def family_of(self, style_name: str) -> Family:
        """The family a paragraph style renders in, following Galley's `basedOn` chain."""
        name: str | None = style_name
        while name:
            family = self.styles.get(name, {}).get("family")
            if family:
                return self.families[family]
            name = _CUSTOM_STYLES.get(name)
        return self.families.get("serif") or next(iter(self.families.values()))


def load_house_style(path: Path) -> HouseStyle:
    """Read and check a `docx.toml`, so a typo fails with the file named, not with a KeyError."""
    return parse_house_style(_read_style_source(path), path)


def _read_style_source(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WriterError(
            "this house style has no DOCX definition; "
            "copy styles/news-zh/docx.toml here and adapt it",
            path,
        ) from None
    except UnicodeDecodeError as exc:
        raise WriterError(
            f"cannot read the DOCX style definition ({exc}); fix the file", path
        ) from exc


def parse_house_style(source: str, path: Path) -> HouseStyle:
    """Check the text of a `docx.toml` (read from `path`, which error messages name)."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise WriterError(
            f"cannot read the DOCX style definition ({exc}); fix the file", path
        ) from exc
    try:
        families = {
            name: Family(str(spec["latin"]), {k: str(v) for k, v in spec["east_asian"].items()})
            for name, spec in data["families"].items()
        }
        style = HouseStyle(
            page={k: float(v) for k, v in data["page"].items()},
            families=families,
            first_line_chars={k: int(v) for k, v in data.get("first_line_chars", {}).items()},
            styles={name: dict(spec) for name, spec in data.get("styles", {}).items()},
            hyphenate=data.get("hyphenate", False),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WriterError(
            f"malformed DOCX style definition near {exc}; "
            "see the comments in styles/news-zh/docx.toml",
            path,
        ) from exc
    for name, spec in style.styles.items():
        unknown = set(spec) - _STYLE_KEYS
        if unknown:
            raise WriterError(
                f"style {name!r} has unknown keys {sorted(unknown)}; known: {sorted(_STYLE_KEYS)}",
                path,
            )
        if "family" in spec and spec["family"] not in families:
            raise WriterError(
                f"style {name!r} names family {spec['family']!r}, which is not defined", path
            )
        if spec.get("align", "left") not in _ALIGN:
            raise WriterError(f"style {name!r}: align must be one of {sorted(_ALIGN)}", path)
    if not isinstance(style.hyphenate, bool):
        raise WriterError("hyphenate must be true or false", path)
    if not families:
        raise WriterError("the DOCX style definition defines no font family", path)
    return style


# --- XML helpers (where python-docx has no API) ----------------------------------------------

# w:rPr children that must follow w:lang (ECMA-376 order).
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def _set_fonts(rpr: CT_RPr, latin: str, east_asian: str) -> None:
    """Name the fonts outright and drop the theme references, which Word lets win over names."""
    fonts = rpr.get_or_add_rFonts()
    _set_attrs(
        fonts, dict.fromkeys(("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"))
    )
    _set_attrs(fonts, {"w:ascii": latin, "w:hAnsi": latin, "w:eastAsia": east_asian, "w:cs": latin})


def _set_attrs(element: Any, attrs: dict[str, str | None]) -> None:
    """Set each attribute, or remove it where the value is None."""
    for attr, value in attrs.items():
        if value:
            element.set(qn(attr), value)
        elif qn(attr) in element.attrib:
            del element.attrib[qn(attr)]


def _set_lang(rpr: CT_RPr, attrs: dict[str, str | None]) -> None:
    """Set (or, for None, remove) attributes of `w:lang`, creating it in schema order."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        if not any(attrs.values()):
            return
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(cast(Any, lang), *_AFTER_LANG)
    _set_attrs(lang, attrs)


def _document_lang(lang: str | None) -> dict[str, str | None]:
    """`w:lang` for a whole document: CJK documents say so in w:eastAsia, others in w:val."""
    if is_east_asian(lang):
        return {"w:val": _LATIN_OF_EAST_ASIAN, "w:eastAsia": lang}
    return {"w:val": lang, "w:eastAsia": None}


def _run_lang(lang: str | None) -> dict[str, str | None]:
    """`w:lang` for text in another language: only the attribute of its script changes."""
    return {"w:eastAsia": lang} if is_east_asian(lang) else {"w:val": lang}


# --- styles, defaults, page ------------------------------------------------------------------


def _set_language_defaults(word: Any, lang: str | None, house: HouseStyle) -> None:
    """docDefaults fonts and language, and the theme language Word resolves theme fonts by."""
    rpr = word.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    serif = house.family_of("Body Text")
    _set_fonts(rpr, serif.latin, serif.east_asian_for(lang))
    _set_lang(rpr, _document_lang(lang))
    body_size = house.styles.get("Body Text", {}).get("size")
    if body_size:
        for tag in ("w:sz", "w:szCs"):
            element = rpr.find(qn(tag))
            if element is not None:
                element.set(qn("w:val"), str(round(float(body_size) * 2)))
    settings = word.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:  # the template has one, saying ja-JP
        _set_attrs(theme_lang, _document_lang(lang))
    proof = settings.find(qn("w:proofState"))
    if proof is not None:  # the template claims spelling was checked; let Word check ours
        settings.remove(proof)


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
        name = _CUSTOM_STYLES.get(name)
    return float(house.styles.get("Body Text", {}).get("size", 10.5))


def _apply_style(
    style: ParagraphStyle, spec: dict[str, Any], lang: str | None, house: HouseStyle
) -> None:
    fmt, font = style.paragraph_format, style.font
    rpr = style.element.get_or_add_rPr()
    if "family" in spec:
        family = house.families[spec["family"]]
        _set_fonts(rpr, family.latin, family.east_asian_for(lang))
    if "size" in spec:
        font.size = Pt(float(spec["size"]))
    if "bold" in spec:
        font.bold = bool(spec["bold"])
    if "align" in spec:
        fmt.alignment = _ALIGN[spec["align"]]
    if "space_before" in spec:
        fmt.space_before = Pt(float(spec["space_before"]))
    if "space_after" in spec:
        fmt.space_after = Pt(float(spec["space_after"]))
    if "line_spacing" in spec:
        fmt.line_spacing = float(spec["line_spacing"])
    chars = house.first_line_chars.get(_primary(lang), 0)
    if spec.get("indent") and chars:
        # Word uses firstLineChars; firstLine is the same width in twips for readers that do not.
        fmt.first_line_indent = Pt(_effective_size(style, house) * chars / 100)
        style.element.pPr.get_or_add_ind().set(qn("w:firstLineChars"), str(chars))
    elif spec.get("indent") is False:
        # An explicit "no indent" must cancel both measures inherited from the base style, or
        # Word keeps firstLineChars, which wins over firstLine.
        fmt.first_line_indent = Pt(0)
        style.element.pPr.get_or_add_ind().set(qn("w:firstLineChars"), "0")
    _set_lang(rpr, _document_lang(lang))


def _define_styles(word: Any, lang: str | None, house: HouseStyle) -> None:
    styles = word.styles
    for name, base in _CUSTOM_STYLES.items():
        if name not in [s.name for s in styles]:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles[base]
            style.quick_style = True
    for name in _USED_STYLES:
        style = styles[name]
        _reset_style(style)
        _apply_style(style, house.styles.get(name, {}), lang, house)
    for name in (*_HEADINGS, "Lead", "Byline"):
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


# --- content ---------------------------------------------------------------------------------


_SECT_PR = qn("w:sectPr")


@dataclass(frozen=True)
class _Writer:
    """Adds paragraphs in one named style each, marking language only where it differs."""

    word: Any
    lang: str | None
    house: HouseStyle
    style_ids: dict[str, str | None]

    def add(self, text: str, style: str, lang: str | None = None) -> DocxParagraph:
        # python-docx's add_paragraph finds w:sectPr by scanning the whole body each time, which
        # makes a long document quadratic (30 MB of text took 15 minutes); insert before it here.
        body = self.word.element.body
        p_element = OxmlElement("w:p")
        try:
            last = body[-1]  # lxml finds [-1] from the end, in O(1)
        except IndexError:
            last = None
        if last is not None and last.tag == _SECT_PR:
            last.addprevious(p_element)
        else:
            body.append(p_element)
        paragraph = DocxParagraph(cast(CT_P, p_element), self.word._body)
        paragraph._p.style = self.style_ids[style]  # what `paragraph.style = style` does
        if not text:
            return paragraph
        run = paragraph.add_run(text)
        effective = lang or self.lang
        needs_lang = lang is not None and lang != self.lang
        if not (needs_lang or is_east_asian(effective)):
            return paragraph
        rpr = run._r.get_or_add_rPr()
        if is_east_asian(effective):
            # Word gives quotes and dashes (“ ” — …) the Latin font unless told the run is CJK.
            rpr.get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
            family = self.house.family_of(style)
            if family.east_asian_for(effective) != family.east_asian_for(self.lang):
                rpr.get_or_add_rFonts().set(qn("w:eastAsia"), family.east_asian_for(effective))
        if needs_lang:
            _set_lang(rpr, _run_lang(effective))
        return paragraph

    def body(
        self, items: tuple[Paragraph | Section, ...], inherited: str | None, first: bool = True
    ) -> None:
        """Add the items; `first` says the next paragraph follows the title block or a heading."""
        uses_first = FIRST_PARAGRAPH in self.house.styles
        for item in items:
            lang = word_lang(item.lang) if item.lang else inherited
            if isinstance(item, Section):
                self.add(item.title, _HEADINGS[min(item.level, 3) - 1], lang)
                self.body(item.children, lang, first=True)
            elif item.kind == "lead":
                self.add(item.text, "Lead", lang)
            else:
                style = FIRST_PARAGRAPH if first and uses_first else "Body Text"
                self.add(item.text, style, lang)
            first = False


# --- package ---------------------------------------------------------------------------------

_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>Galley</Application><DocSecurity>0</DocSecurity></Properties>"
)
_CORE_NOISE = (
    "revision",
    "lastPrinted",
    "lastModifiedBy",
    "description",
    "keywords",
    "category",
    "subject",
)


def _set_core_properties(word: Any, doc: Document, epoch: int) -> None:
    props = word.core_properties
    props.title = doc.title
    props.author = "; ".join(c.name for c in doc.contributors)
    props.language = doc.lang
    when = datetime.fromtimestamp(epoch, tz=UTC).replace(tzinfo=None)
    props.created = when
    props.modified = when


def _clean_core(data: bytes) -> bytes:
    """Drop the template's "generated by python-docx", revision count and empty fields."""
    root = etree.fromstring(data)
    for element in list(root):
        local = etree.QName(element).localname
        if local in _CORE_NOISE and (
            local in ("revision", "lastPrinted", "description") or not element.text
        ):
            root.remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_REWRITE = {"docProps/app.xml": lambda _: _APP_XML, "docProps/core.xml": _clean_core}


def _package(word: Any, epoch: int) -> bytes:
    """The zip python-docx would save, with [Content_Types].xml first, the rest sorted, fixed
    times and attributes, and the noisy properties cleaned.

    The members are the ones `PackageWriter.write` produces, taken before they are zipped, so
    the package is compressed once rather than saved and then re-packed.
    """
    package = word.part.package
    for part in package.parts:
        part.before_marshal()
    parts = list(package.parts)
    members = {
        CONTENT_TYPES_URI.membername: _ContentTypesItem.from_parts(parts).blob,
        PACKAGE_URI.rels_uri.membername: package.rels.xml,
    }
    for part in parts:
        members[part.partname.membername] = part.blob
        if len(part.rels):
            members[part.partname.rels_uri.membername] = part.rels.xml
    for name, rewrite in _REWRITE.items():
        if name in members:
            members[name] = rewrite(members[name])
    return pack(members, epoch, OPC)


@dataclass(frozen=True)
class _Template:
    """A house style's DOCX for one language, before any content: what every article shares.

    Setting up the named styles, the defaults, the page and the footer through python-docx costs
    about half of a render, and none of it depends on the article, so it is done once per process,
    house style and language, and kept as the saved package. An article opens that package and
    adds its paragraphs: the same parts and XML as setting everything up afresh, so the same bytes.
    `style_ids` maps each style name Galley uses to the id a paragraph refers to it by (None for
    the default style), since python-docx finds that id with a search of every style per paragraph.
    """

    package: bytes
    house: HouseStyle
    style_ids: dict[str, str | None]


@lru_cache(maxsize=16)
def _template(path: Path, source: str, lang: str | None) -> _Template:
    """The prepared template; keyed by the style file's text too, so an edited file is re-read."""
    house = parse_house_style(source, path)
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
    style_ids = {
        name: word.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH) for name in _USED_STYLES
    }
    return _Template(raw.getvalue(), house, style_ids)


def render(doc: Document, options: WriteOptions) -> bytes:
    """The DOCX file for `doc`, byte-identical for the same document, style and epoch."""
    path = options.style_for(doc.lang).docx_path
    lang = word_lang(doc.lang)
    template = _template(path, _read_style_source(path), lang)
    word = docx.Document(BytesIO(template.package))
    try:
        _write_content(_Writer(word, lang, template.house, template.style_ids), doc)
        _set_core_properties(word, doc, options.source_date_epoch)
    except ValueError as exc:  # lxml refuses control characters, which valid JATS cannot hold
        raise WriterError(f"text that XML cannot hold reached the DOCX writer ({exc})") from exc
    return _package(word, options.source_date_epoch)


def _write_content(writer: _Writer, doc: Document) -> None:
    """Front matter in Chinese news order (引题, 主题, 副题, byline), then the body."""
    if doc.kicker:
        writer.add(doc.kicker, "Kicker")
    writer.add(doc.title, "Title")
    if doc.subtitle:
        writer.add(doc.subtitle, "Subtitle")
    if doc.contributors:
        writer.add(doc.byline(), "Byline")
    writer.body(doc.body, writer.lang)
