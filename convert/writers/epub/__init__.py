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
- The licence (`Document.licence`, JATS `permissions`), which pandoc's reader drops, goes on a
  back-matter page of its own after the text (`licence.py`).
- The zip is rewritten: `mimetype` first and stored, the rest sorted, one fixed date, so that the
  same Document and options always give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from typing import TYPE_CHECKING

from lxml import etree

from ... import jats
from ...engines.pandoc import pandoc_path, run_pandoc
from ...errors import WriterError
from ...model import Document, Figure, walk_blocks
from .. import WriteOptions
from .._zip import OCF, pack
from .css import font_faces, house_css
from .licence import add_licence_page
from .opf import add_font_item, fix_metadata, manifest_paths, rootfile, spine
from .pages import fix_pages
from .tree import PARSER, serialize

if TYPE_CHECKING:
    from ..fonts import EmbeddedFont

__all__ = ["render"]

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
# An article with figures: each image has its alt text, so text alone still suffices.
PICTURED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("accessModes", ("textual", "visual")),
    ("accessModeSufficient", ("textual",)),
    ("accessibilityFeatures", ("alternativeText", "structuralNavigation", "tableOfContents")),
    ("accessibilityHazards", ("none",)),
)
PICTURED_SUMMARY = (
    "An article with images, each described by alternative text. Headings mark its sections, "
    "the table of contents links to each of them, and the reading order is the article's own."
)
ACCESSIBILITY_SUMMARY = (
    "A text-only article with no images, audio or video. Headings mark its sections, the table "
    "of contents links to each of them, and the reading order is the article's own."
)


def warm() -> None:
    """Find pandoc once per process (`writers.warm`), not on a batch's first file."""
    pandoc_path()


def render(doc: Document, options: WriteOptions) -> bytes:
    """The EPUB 3 file: pandoc's package from `doc.jats`, finished and zipped deterministically."""
    if not doc.jats:
        raise WriterError(
            "the EPUB writer reads the article's JATS, and this document carries none"
        )
    if not doc.title.strip():
        raise WriterError("the article has no title, and an EPUB must have one (dc:title)")
    raw = run_pandoc(jats.embed_media(doc.jats, doc.media), pandoc_args(doc))
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
    pictured = any(isinstance(block, Figure) for block in walk_blocks(doc.body))
    for key, values in PICTURED if pictured else ACCESSIBILITY:
        meta += [(key, value) for value in values]
    meta.append(("accessibilitySummary", PICTURED_SUMMARY if pictured else ACCESSIBILITY_SUMMARY))
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
        opf = etree.fromstring(entries[opf_name], PARSER)
        fix_metadata(opf, doc, options.source_date_epoch)
        pages = spine(opf, opf_name)
        fix_pages(entries, pages, doc)
        add_licence_page(entries, opf, opf_name, pages, doc)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as error:
        raise WriterError(f"pandoc wrote an EPUB Galley cannot read: {error}") from error
    style = options.style_for(doc.lang)
    css = house_css(style)
    fonts: list[EmbeddedFont] = []
    if options.embed_fonts:  # fontTools is imported only by the EPUBs that embed fonts
        from ..fonts import embedded_fonts

        fonts = embedded_fonts(doc, style.embed_families(doc.lang))
    for name in manifest_paths(opf, opf_name, "text/css"):
        sheet = css if css is not None else entries[name]
        entries[name] = font_faces(fonts, name, opf_name) + sheet if fonts else sheet
    for font in fonts:
        entries[add_font_item(opf, opf_name, font)] = font.data
    entries[opf_name] = serialize(opf)
    return repack(entries, options.source_date_epoch)


def repack(entries: dict[str, bytes], epoch: int) -> bytes:
    """`mimetype` first and stored (OCF requires both), then every entry by name, one date."""
    return pack({**entries, "mimetype": MIMETYPE}, epoch, OCF)
