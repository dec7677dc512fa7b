"""The HTML reader: pandoc's HTML reader, in its sandbox, on the page decoded as a text file is.

Pandoc keeps the text and its markup and leaves out scripts, styles, frames, objects and event
handlers; Galley reports each of those it finds in the page (with its line), so an editor knows
what did not come through. Links other than http, https and mailto, and images that are not in
the page's folder (remote ones are never fetched) or in the page itself as `data:` URIs, are
dropped and reported too (`pandoc_ast`, `images`).

Locations: pandoc's HTML reader gives no positions, so each text run is found in the page's
source (`align`), and a repair is located at its line and column there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..engines.pandoc import read_to_json
from ..errors import InputError
from .align import Aligner
from .images import load_images, settle_figures
from .markdown import meta_title
from .pandoc_ast import Converter
from .rich import Notice, RichSource
from .sourced import line_column, line_starts
from .text import read as read_text

FORMAT = "html"
TAG_RE = re.compile(r"<\s*[a-zA-Z!/]")
# what never survives, reported with the line it was on
ACTIVE_RE = re.compile(
    r"<\s*(script|style|iframe|frame|object|embed|applet|form|link|meta\s+http-equiv)\b"
    r"|\s(on[a-z]+)\s*=",
    re.IGNORECASE,
)


def removed(text: str) -> list[Notice]:
    notices: list[Notice] = []
    for match in ACTIVE_RE.finditer(text):
        what = (match.group(1) or match.group(2)).lower()
        label = f"an {what} attribute" if match.group(2) else f"a <{what}> element"
        notices.append(Notice(match.start(), "html-removed", f"{label} is left out", what))
    return notices


def read(path: Path) -> RichSource:
    decoded = read_text(path)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if not TAG_RE.search(text):
        raise InputError(
            "has no HTML tags: it looks like plain text or Markdown; give it the extension "
            "of what it is, or choose its format with --from",
            path,
        )
    ast = read_to_json(text.encode("utf-8"), FORMAT, path)
    starts = line_starts(text)
    converter = Converter(starts)
    aligner = Aligner(text)
    blocks = aligner.blocks(tuple(converter.blocks(ast.get("blocks", []))))
    notes = aligner.notes(tuple(converter.notes))
    media, image_notices = load_images(path, converter.images)
    blocks, media = settle_figures(blocks, media)
    return RichSource(
        decoded=replace(decoded, text=text),
        blocks=blocks,
        notes=notes,
        media=media,
        notices=(*removed(text), *converter.notices, *image_notices),
        title=meta_title(ast.get("meta", {})),
        locate=lambda offset: line_column(starts, offset),
    )
