"""The EPUB's style sheet: the house sheet without its print rules, fonts declared ahead of it."""

from __future__ import annotations

import posixpath
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from ...errors import WriterError
from .. import Style
from ..clreq import CLREQ_CSS
from ..styles import without_at_rules
from .tree import FONTS_DIR, resolve

if TYPE_CHECKING:
    from ..fonts import EmbeddedFont


def house_css(style: Style) -> bytes | None:
    """The style's sheet for an EPUB, after the rules of clreq's spans, or None (keep pandoc's
    default) when there is none."""
    path = style.css_path
    try:
        css = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise WriterError(
            f"cannot use the style sheet ({error}); check that it is UTF-8", path
        ) from error
    return without_page_rules(CLREQ_CSS + css).encode("utf-8")  # as the HTML page has them


def without_page_rules(css: str) -> str:
    """The sheet without its `@page` rules, which are for the PDF alone.

    Reading systems paginate by themselves and ignore them, and epubcheck's CSS parser rejects
    the margin boxes (`@top-center`) inside them as errors (CSS-008). Comments and strings are
    skipped whole, so a brace or an `@page` inside them is not taken for one.

    >>> without_page_rules("p { margin: 0 } @page { @top-center { content: '}' } } h1 { }")
    'p { margin: 0 }  h1 { }'
    """
    return without_at_rules(css, "page")


def font_faces(fonts: list[EmbeddedFont], css_name: str, opf_name: str) -> bytes:
    """@font-face rules for the fonts, with URLs relative to the sheet at zip entry `css_name`."""
    css_dir = str(PurePosixPath(css_name).parent)
    rules = []
    for font in fonts:
        entry = resolve(opf_name, f"{FONTS_DIR}/{font.filename}")
        rules.append(font.font_face(posixpath.relpath(entry, css_dir)))
    header = "/* Subset fonts embedded by Galley (WriteOptions.embed_fonts). */\n"
    return (header + "".join(rules) + "\n").encode("utf-8")
