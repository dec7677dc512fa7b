"""The EPUB 3 writer: pandoc reads the JATS, Galley finishes the package.

Pandoc (pypandoc-binary's) turns the JATS into EPUB 3 because it already knows the package format:
manifest, spine, chapter splitting, nav and NCX. It runs with `--sandbox`, so whatever the JATS
says, pandoc reads no other file and no URL. What pandoc cannot be told on its command line,
Galley fixes in the finished package, each for a reason found by trying:

- Metadata. Pandoc's JATS reader drops `string-name` (it writes empty authors, which epubcheck
  rejects), prefixes the subtitle with ": ", and ignores `role`, `xml:lang` and `content-type`.
  Title, subtitle, authors and language are therefore passed with `--metadata`, which overrides
  what the reader found and is taken literally (never parsed as Markdown, so never as markup).
- Dates. Under `--sandbox` pandoc ignores SOURCE_DATE_EPOCH and stamps 1970-01-01, so
  `dcterms:modified` is set here from `source_date_epoch`, and `dc:date` is removed: the JATS
  has no publication date and a build date there would be a false claim.
- The style sheet. `--sandbox` refuses to read a `--css` file, so pandoc writes its default sheet
  and the house sheet replaces its content (the default stays when the style has none).
- The title. Pandoc puts the title as a heading in front of a body that does not open with a
  heading (a news lead does not), repeating the title page; that heading is removed. The title
  page itself is rebuilt from the Document, so it shows the kicker and the byline with its role
  the way the HTML page does.
- Headings move down one level (h1 is the title page's alone), so the house CSS styles sections
  as it does in HTML and PDF; the lead gets its class and foreign paragraphs their language.
- Fonts, with `embed_fonts`: WOFF subsets of the style's faces (`convert/writers/fonts.py`) go
  in `fonts/`, listed in the manifest, with `@font-face` rules ahead of the house sheet under the
  very family names the sheet asks for, so a reader without CJK fonts shows text, not boxes.
- The zip is rewritten: `mimetype` first and stored, the rest sorted, one fixed date, so that the
  same Document and options always give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import uuid
import zipfile
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote

from lxml import etree

from ..engines.pandoc import run_pandoc
from ..errors import WriterError
from ..model import Document, Paragraph
from . import Style, WriteOptions
from ._common import iso_date, title_block
from ._zip import OCF, pack

if TYPE_CHECKING:
    from .fonts import EmbeddedFont

OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NS = {"opf": OPF, "dc": DC, "h": XHTML, "epub": OPS, "c": CONTAINER}

MIMETYPE = b"application/epub+zip"

# Chapters at top-level sections: the seed's 东城区总工会 and 西城区总工会 each become a chapter
# with their subsections in it, and the lead before them a short chapter of its own.
CHAPTER_LEVEL = 1

# Every Galley article is text only: no images, audio, video or anything that moves.
ACCESSIBILITY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("accessModes", ("textual",)),
    ("accessModeSufficient", ("textual",)),
    ("accessibilityFeatures", ("structuralNavigation", "tableOfContents", "readingOrder")),
    ("accessibilityHazards", ("none",)),
)
ACCESSIBILITY_SUMMARY = (
    "A text-only article with no images, audio or video. Headings mark its sections, the table "
    "of contents links to each of them, and the reading order is the article's own."
)

_CLASS_TOKEN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_HEADINGS = tuple(f"h{n}" for n in range(1, 7))
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def render(doc: Document, options: WriteOptions) -> bytes:
    """The EPUB 3 file: pandoc's package from `doc.jats`, finished and zipped deterministically."""
    if not doc.jats:
        raise WriterError(
            "the EPUB writer reads the article's JATS, and this document carries none"
        )
    if not doc.title.strip():
        raise WriterError("the article has no title, and an EPUB must have one (dc:title)")
    raw = run_pandoc(doc.jats, pandoc_args(doc))
    return finish(raw, doc, options)


def publication_id(jats: bytes) -> str:
    """A UUID (version 5) of the JATS bytes: the same article always gets the same identifier.

    Readers use the identifier to tell books apart, so it must not change between two builds of
    the same text (pandoc's default is a random UUID) and must change when the text does.
    """
    digest = hashlib.sha256(jats).hexdigest()
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'urn:sha256:{digest}')}"


def pandoc_args(doc: Document) -> list[str]:
    """Pandoc's options; metadata given here overrides what the JATS reader made of the front.

    `--quiet` because the only warnings pandoc gives for Galley's JATS are about translation files
    it has none of for `zh-CN`, which change nothing in the output but would print once per file.
    Caveat of `--metadata`: a value that is exactly `true` or `false` becomes a YAML boolean.
    """
    meta: list[tuple[str, str]] = [
        ("title", doc.title),
        ("lang", doc.lang),
        ("identifier", publication_id(doc.jats)),
    ]
    if doc.subtitle:
        meta.append(("subtitle", doc.subtitle))
    meta += [("author", c.name) for c in doc.contributors if c.name.strip()]
    for key, values in ACCESSIBILITY:
        meta += [(key, value) for value in values]
    meta.append(("accessibilitySummary", ACCESSIBILITY_SUMMARY))
    return [
        "--quiet",
        f"--split-level={CHAPTER_LEVEL}",
        "--epub-title-page=true",
        *(f"--metadata={key}={value}" for key, value in meta),
    ]


def finish(raw: bytes, doc: Document, options: WriteOptions) -> bytes:
    """Pandoc's package with Galley's metadata, title page, headings and style, zipped again."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            entries = {name: archive.read(name) for name in archive.namelist()}
        opf_name = rootfile(entries)
        opf = etree.fromstring(entries[opf_name], _PARSER)
        fix_metadata(opf, doc, options.source_date_epoch)
        fix_pages(entries, spine(opf, opf_name), doc)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as error:
        raise WriterError(f"pandoc wrote an EPUB Galley cannot read: {error}") from error
    style = options.style_for(doc.lang)
    css = house_css(style)
    fonts: list[EmbeddedFont] = []
    if options.embed_fonts:  # fontTools is imported only by the EPUBs that embed fonts
        from .fonts import embedded_fonts

        fonts = embedded_fonts(doc, style.embed_families(doc.lang))
    for name in manifest_paths(opf, opf_name, "text/css"):
        sheet = css if css is not None else entries[name]
        entries[name] = font_faces(fonts, name, opf_name) + sheet if fonts else sheet
    for font in fonts:
        entries[add_font_item(opf, opf_name, font)] = font.data
    entries[opf_name] = _serialize(opf)
    return repack(entries, options.source_date_epoch)


FONTS_DIR = "fonts"


def add_font_item(opf: etree._Element, opf_name: str, font: EmbeddedFont) -> str:
    """List an embedded font in the manifest; returns its zip entry name."""
    manifest = opf.find("opf:manifest", NS)
    if manifest is None:
        raise WriterError("pandoc wrote a package document without <manifest>")
    href = f"{FONTS_DIR}/{font.filename}"
    item = etree.SubElement(
        manifest,
        f"{{{OPF}}}item",
        {"id": f"font-{font.filename.rsplit('.', 1)[0]}", "href": href, "media-type": "font/woff"},
    )
    item.tail = manifest[-2].tail if len(manifest) > 1 else "\n"
    return _resolve(opf_name, href)


def font_faces(fonts: list[EmbeddedFont], css_name: str, opf_name: str) -> bytes:
    """@font-face rules for the fonts, with URLs relative to the sheet at zip entry `css_name`."""
    css_dir = str(PurePosixPath(css_name).parent)
    rules = []
    for font in fonts:
        entry = _resolve(opf_name, f"{FONTS_DIR}/{font.filename}")
        rules.append(font.font_face(posixpath.relpath(entry, css_dir)))
    header = "/* Subset fonts embedded by Galley (WriteOptions.embed_fonts). */\n"
    return (header + "".join(rules) + "\n").encode("utf-8")


# ---- The package document --------------------------------------------------------------------


def rootfile(entries: dict[str, bytes]) -> str:
    container = etree.fromstring(entries["META-INF/container.xml"], _PARSER)
    path = container.find("c:rootfiles/c:rootfile", NS)
    if path is None or not path.get("full-path"):
        raise KeyError("META-INF/container.xml names no package document")
    return str(path.get("full-path"))


def _resolve(opf_name: str, href: str) -> str:
    return str(PurePosixPath(opf_name).parent / unquote(href.split("#")[0]))


def manifest_paths(opf: etree._Element, opf_name: str, media_type: str) -> list[str]:
    items = opf.iterfind("opf:manifest/opf:item", NS)
    return [
        _resolve(opf_name, i.get("href", "")) for i in items if i.get("media-type") == media_type
    ]


def spine(opf: etree._Element, opf_name: str) -> list[str]:
    """The content documents in reading order, as zip entry names."""
    hrefs = {
        item.get("id"): item.get("href", "") for item in opf.iterfind("opf:manifest/opf:item", NS)
    }
    refs = opf.iterfind("opf:spine/opf:itemref", NS)
    return [
        _resolve(opf_name, hrefs[ref.get("idref")]) for ref in refs if ref.get("idref") in hrefs
    ]


def fix_metadata(opf: etree._Element, doc: Document, epoch: int) -> None:
    """Fixed modification date, no invented publication date, no empty creator, the subtitle."""
    # pandoc declares xmlns:opf beside the default namespace; without it lxml would write new
    # elements as <opf:meta>, valid but unlike every other line of the file.
    etree.cleanup_namespaces(opf)
    metadata = opf.find("opf:metadata", NS)
    if metadata is None:
        raise WriterError("pandoc wrote a package document without <metadata>")
    modified = metadata.find("opf:meta[@property='dcterms:modified']", NS)
    if modified is None:
        modified = etree.SubElement(metadata, f"{{{OPF}}}meta", property="dcterms:modified")
    modified.text = iso_date(epoch)
    for element in metadata.findall("dc:date", NS):
        _remove_with_refinements(metadata, element)
    for element in [*metadata.findall("dc:creator", NS), *metadata.findall("dc:contributor", NS)]:
        if not (element.text or "").strip():
            _remove_with_refinements(metadata, element)
    summary = metadata.find("opf:meta[@property='schema:accessibilitySummary']", NS)
    if summary is not None:
        summary.set(XML_LANG, "en")
    title = metadata.find("dc:title", NS)
    if doc.subtitle and title is not None:
        _add_subtitle(title, doc.subtitle)


def _remove_with_refinements(metadata: etree._Element, element: etree._Element) -> None:
    ident = element.get("id")
    if ident:
        for meta in metadata.findall(f"opf:meta[@refines='#{ident}']", NS):
            _remove(meta)
    _remove(element)


def _add_subtitle(title: etree._Element, subtitle: str) -> None:
    """A second dc:title refined as the subtitle, the main one as main (EPUB 3 title-type)."""
    main_id = title.get("id") or "epub-title-main"
    title.set("id", main_id)
    added = [
        _meta({"refines": f"#{main_id}", "property": "title-type"}, "main"),
        _element(f"{{{DC}}}title", {"id": "epub-subtitle"}, subtitle),
        _meta({"refines": "#epub-subtitle", "property": "title-type"}, "subtitle"),
    ]
    anchor = title
    for element in added:
        anchor.addnext(element)
        anchor = element
    for element in added:
        element.tail = title.tail


def _element(tag: str, attrib: dict[str, str], text: str) -> etree._Element:
    element = etree.Element(tag, attrib)
    element.text = text
    return element


def _meta(attrib: dict[str, str], text: str) -> etree._Element:
    return _element(f"{{{OPF}}}meta", attrib, text)


def _remove(element: etree._Element) -> None:
    """Remove an element but keep its tail text, which lxml would otherwise drop with it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8")


# ---- The content documents ---------------------------------------------------------------------


def fix_pages(entries: dict[str, bytes], names: list[str], doc: Document) -> None:
    """Rebuild the title page and finish the chapters, in place in `entries`."""
    pages = {name: etree.fromstring(entries[name], _PARSER) for name in names}
    chapters: list[etree._Element] = []
    for name in names:
        body = pages[name].find("h:body", NS)
        if body is None:
            continue
        titlepage = body.find("h:section[@epub:type='titlepage']", NS)
        if titlepage is not None:
            fill_title_page(titlepage, doc)
        elif body.get(f"{{{OPS}}}type") == "bodymatter":
            chapters.append(body)
    if chapters:
        drop_repeated_title(chapters[0], doc)
        mark_blocks(chapters, doc)
        for body in chapters:
            shift_headings(body)
            _set_page_title(body, doc.title)
    for name in names:
        entries[name] = _serialize(pages[name])


def _h(tag: str, text: str, css_class: str) -> etree._Element:
    return _element(f"{{{XHTML}}}{tag}", {"class": css_class}, text)


def fill_title_page(section: etree._Element, doc: Document) -> None:
    """Kicker, title, subtitle and byline, as in the HTML page's header (and the same classes)."""
    indent = section.text
    for child in list(section):
        section.remove(child)
    blocks = [_h("h1" if role == "title" else "p", text, role) for role, text in title_block(doc)]
    for block in blocks:
        block.tail = indent
        section.append(block)
    blocks[-1].tail = "\n"


def drop_repeated_title(body: etree._Element, doc: Document) -> None:
    """Remove the title heading pandoc puts before a body that opens with paragraphs.

    Only when the JATS body does open with a paragraph: then the first heading of the first
    chapter is pandoc's (class `unnumbered`), not one of the article's sections.
    """
    if not doc.body or not isinstance(doc.body[0], Paragraph):
        return
    first = body.find("h:section/h:h1", NS)
    if first is not None and "unnumbered" in (first.get("class") or "").split():
        _remove(first)


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(t) for t in element.itertext()).split())


def mark_blocks(chapters: list[etree._Element], doc: Document) -> None:
    """Put back what the JATS reader dropped: the lead's class, paragraphs' and sections' lang.

    Pandoc keeps each JATS `<p>` as one `<p>` and each titled `<sec>` as one `<section>`, so they
    pair up in order; the texts are compared first, and nothing is marked if they do not match.
    """
    expected = doc.paragraphs()
    found = [p for body in chapters for p in body.iter(f"{{{XHTML}}}p")]
    if [_text(p) for p in found] == [" ".join(p.text.split()) for p in expected]:
        for element, paragraph in zip(found, expected, strict=True):
            if paragraph.kind and _CLASS_TOKEN.match(paragraph.kind):
                element.set("class", paragraph.kind)
            if paragraph.lang:
                _set_lang(element, paragraph.lang)
    sections = doc.sections()
    titled = [
        (s, s[0])
        for body in chapters
        for s in body.iter(f"{{{XHTML}}}section")
        if len(s) and s[0].tag in {f"{{{XHTML}}}{h}" for h in _HEADINGS}
    ]
    if [_text(h) for _, h in titled] == [" ".join(s.title.split()) for s in sections]:
        for (element, _), section in zip(titled, sections, strict=True):
            if section.lang:
                _set_lang(element, section.lang)


def _set_lang(element: etree._Element, lang: str) -> None:
    element.set("lang", lang)
    element.set(XML_LANG, lang)


def shift_headings(body: etree._Element) -> None:
    """h1 → h2 and so on (h6 stays h6): the title page holds the only h1, as in the HTML page."""
    for element in list(body.iter(*(f"{{{XHTML}}}{h}" for h in _HEADINGS))):
        level = int(str(element.tag)[-1])
        element.tag = f"{{{XHTML}}}h{min(level + 1, 6)}"


def _set_page_title(body: etree._Element, fallback: str) -> None:
    """Name each chapter by its first heading; pandoc names it after its file (`ch002.xhtml`)."""
    html = body.getparent()
    title = html.find("h:head/h:title", NS) if html is not None else None
    if title is None:
        return
    heading = next(body.iter(*(f"{{{XHTML}}}{h}" for h in _HEADINGS)), None)
    title.text = _text(heading) if heading is not None else fallback


# ---- Style and zip ------------------------------------------------------------------------------


def house_css(style: Style) -> bytes | None:
    """The style's sheet for an EPUB, or None (keep pandoc's default) when there is none."""
    path = style.css_path
    try:
        css = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise WriterError(
            f"cannot use the style sheet ({error}); check that it is UTF-8", path
        ) from error
    return without_page_rules(css).encode("utf-8")


def without_page_rules(css: str) -> str:
    """The sheet without its `@page` rules, which are for the PDF alone.

    Reading systems paginate by themselves and ignore them, and epubcheck's CSS parser rejects
    the margin boxes (`@top-center`) inside them as errors (CSS-008). Comments and strings are
    skipped whole, so a brace or an `@page` inside them is not taken for one.

    >>> without_page_rules("p { margin: 0 } @page { @top-center { content: '}' } } h1 { }")
    'p { margin: 0 }  h1 { }'
    """
    out: list[str] = []
    i = 0
    while i < len(css):
        end = _opaque_end(css, i)
        if end > i:
            out.append(css[i:end])
            i = end
        elif css[i : i + 5].lower() == "@page" and not _is_name_char(css, i + 5):
            i = _rule_end(css, i)
        else:
            out.append(css[i])
            i += 1
    return "".join(out)


def _is_name_char(css: str, i: int) -> bool:
    return i < len(css) and (css[i].isalnum() or css[i] in "-_")


def _opaque_end(css: str, i: int) -> int:
    """The end of the comment or string starting at `i` (or `i` itself if none starts there)."""
    if css.startswith("/*", i):
        end = css.find("*/", i + 2)
        return len(css) if end < 0 else end + 2
    if css[i] in "\"'":
        j = i + 1
        while j < len(css) and css[j] != css[i] and css[j] != "\n":
            j += 2 if css[j] == "\\" else 1
        return min(j + 1, len(css))
    return i


def _rule_end(css: str, i: int) -> int:
    """Where the at-rule starting at `i` ends: after its matching `}` (or its `;` if none)."""
    depth = 0
    while i < len(css):
        end = _opaque_end(css, i)
        if end > i:
            i = end
            continue
        char = css[i]
        i += 1
        if char == ";" and depth == 0:
            return i
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i
    return i


def repack(entries: dict[str, bytes], epoch: int) -> bytes:
    """`mimetype` first and stored (OCF requires both), then every entry by name, one date."""
    return pack({**entries, "mimetype": MIMETYPE}, epoch, OCF)
