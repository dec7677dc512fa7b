"""`read`: a PDF's text in reading order, its edits and the lines' places (the package's
docstring describes the stages)."""

from __future__ import annotations

import itertools
import time
import unicodedata
from pathlib import Path
from statistics import median
from typing import Any

from ...changes import Edit
from ...errors import InputError
from .blocks import Fragment, Line, body_style, fragments, hyphenation, typeset_hyphen
from .chars import Char, page_chars
from .furniture import find_furniture, kind_of
from .lines import Segment, segments
from .model import PdfText, Place, Places
from .order import Column, reading_order

MAX_PAGES = 5000
MAX_CHARS = 200_000  # on one page
TIME_LIMIT = 120.0  # seconds per file
VERTICAL_SHARE = 0.5  # of steps between CJK characters going down, not across: vertical text
RTL_SHARE = 0.3  # of the letters, right-to-left scripts
HEADLINE = 1.2  # of the body text's size: a first block this large is the title
TYPESET = "a typesetter's hyphen (U+2010) at the line end removed"


def read(path: Path, time_limit: float = TIME_LIMIT) -> PdfText:
    """The PDF's text in reading order; InputError when it cannot be read or holds no text."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    started = time.monotonic()
    document = _open(path, pdfium)
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise InputError(f"has {count} pages, more than Galley reads ({MAX_PAGES})", path)
        pages: list[list[Char]] = []
        sizes: list[tuple[float, float]] = []
        images = 0
        for index in range(count):
            if time.monotonic() - started > time_limit:
                raise InputError(
                    f"took longer than {time_limit:.0f} s to read (stopped at page {index + 1} "
                    f"of {count}); split the PDF or check that it is not damaged",
                    path,
                )
            page = document[index]
            try:
                chars = page_chars(page, raw)
                if not chars:
                    images += _has_images(page, raw)
                sizes.append(_shown_size(page))
            finally:
                page.close()
            if len(chars) > MAX_CHARS:
                raise InputError(
                    f"page {index + 1} holds {len(chars)} characters, more than Galley reads "
                    f"on one page ({MAX_CHARS})",
                    path,
                )
            pages.append(chars)
    except pdfium.PdfiumError as exc:
        raise InputError(f"is a damaged PDF: PDFium could not read it ({exc})", path) from None
    finally:
        document.close()
    if not any(pages):
        raise InputError(_no_text(images, count), path)
    _refuse_direction(pages, path)
    return _layout(pages, tuple(sizes), path)


def _open(path: Path, pdfium: Any) -> Any:
    if not path.is_file():
        raise InputError("no such file" if not path.exists() else "is not a file", path)
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(
                "is an encrypted PDF (it needs a password); save an unprotected copy first", path
            ) from None
        raise InputError(
            f"is not a readable PDF ({exc}); it may be damaged or truncated", path
        ) from None


def _has_images(page: Any, raw: Any) -> bool:
    return any(obj.type == raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


def _shown_size(page: Any) -> tuple[float, float]:
    width, height = page.get_size()
    return (height, width) if page.get_rotation() % 180 else (width, height)


def _no_text(images: int, count: int) -> str:
    if images:
        return (
            f"has no text layer: its {count} page(s) are images only (a scan?). Galley does not "
            "do OCR; run an OCR tool (such as OCRmyPDF) on it first"
        )
    return "holds no text (no characters on any page)"


def _refuse_direction(pages: list[list[Char]], path: Path) -> None:
    """Right-to-left scripts and vertical CJK are out of scope: say so rather than garble them."""
    letters = [c.text for chars in pages for c in chars if c.text.isalpha()]
    rtl = sum(unicodedata.bidirectional(t) in ("R", "AL") for t in letters)
    if letters and rtl > RTL_SHARE * len(letters):
        raise InputError(
            "is set right to left (Arabic or Hebrew script); Galley reads left-to-right PDFs only",
            path,
        )
    down = across = 0
    for chars in pages:
        for a, b in itertools.pairwise(chars):
            if not (
                unicodedata.east_asian_width(a.text) == "W" == unicodedata.east_asian_width(b.text)
            ):
                continue
            dx, dy = abs(b.x0 - a.x0), abs(b.y0 - a.y0)
            if max(dx, dy) > 2 * a.size:
                continue
            down += dy > dx
            across += dx >= dy
    if down > VERTICAL_SHARE * (down + across) and down > 20:
        raise InputError(
            "is set in vertical CJK text (columns read top to bottom); Galley reads "
            "horizontal text only",
            path,
        )


def _layout(pages: list[list[Char]], sizes: tuple[tuple[float, float], ...], path: Path) -> PdfText:
    page_segments = [segments(chars) for chars in pages]
    all_segments = [s for segs in page_segments for s in segs]
    body_size = median(s.size for s in all_segments)
    furniture = find_furniture(page_segments, body_size)
    columns: list[list[Column]] = []
    heads: list[list[Fragment]] = []
    feet: list[list[Fragment]] = []
    for number, (segs, chosen) in enumerate(zip(page_segments, furniture, strict=True)):
        body = [s for s in segs if id(s) not in chosen]
        columns.append(reading_order(body))
        top = min((s.y0 for s in body), default=sizes[number][1] / 2)
        edge = sorted((s for s in segs if id(s) in chosen), key=lambda s: (s.cy, s.x0))
        heads.append([_furniture(number, s, "head", body_size) for s in edge if s.cy < top])
        feet.append([_furniture(number, s, "foot", body_size) for s in edge if s.cy >= top])
    style = body_style(columns)
    frags = fragments(columns, style, heads, feet)
    text, edits, places = _assemble(frags)
    if not text.strip():
        raise InputError("holds no text besides page furniture (running heads, numbers)", path)
    first = next((f for f in frags if f.kind == "text"), None)
    headline = first is not None and first.lines[0].seg.points > HEADLINE * style.points
    return PdfText(
        text,
        "pdf",
        1.0,
        "pdf-layout",
        layout=edits,
        places=places,
        page_sizes=sizes,
        headline=headline,
    )


def _furniture(page: int, seg: Segment, edge: str, body_size: float) -> Fragment:
    place = Place(page + 1, 0, 0, (seg.x0, seg.y0, seg.x1, seg.y1), seg.text, edge)
    column = Column((seg,), 0)
    return Fragment([Line(seg, place, column)], kind_of(seg, body_size))


def _assemble(frags: list[Fragment]) -> tuple[str, tuple[Edit, ...], Places]:
    """The source text (fragments on lines of their own, a blank line between them), the edits
    that remove furniture and join continued paragraphs, and each line's place."""
    pieces: list[str] = []
    starts: list[int] = []
    places: list[Place] = []
    bounds: list[tuple[int, int]] = []
    edits: list[Edit] = []
    offset = 0
    for frag in frags:
        text = ""
        for i, line in enumerate(frag.lines):
            before = text
            text = _joined(frag, i, text)
            starts.append(offset + len(text) - len(line.seg.text))
            places.append(line.place)
            if (
                i
                and frag.lines[i - 1].seg.hyphen
                and (word := hyphenation(before + "-", line.seg.text))
            ):
                at = offset + len(before)
                edits.append(
                    Edit(at, at + 1, "", "hyphenation", f"end-of-line hyphen removed: {word!r}")
                )
            elif i and (word := typeset_hyphen(before, line.seg.text)):
                at = offset + len(before) - 1
                edits.append(Edit(at, at + 1, "", "hyphenation", f"{TYPESET}: {word!r}"))
        bounds.append((offset, offset + len(text)))
        pieces.append(text)
        offset += len(text) + 2
    source = "\n\n".join(pieces)
    kept_after = [False] * len(frags)
    later = False
    for k in range(len(frags) - 1, -1, -1):
        kept_after[k] = later
        later = later or frags[k].kind == "text"
    last_text = -1
    for k, frag in enumerate(frags):
        start, end = bounds[k]
        if frag.kind != "text":
            span = (start, bounds[k + 1][0]) if kept_after[k] else (max(0, start - 2), end)
            edits.append(Edit(*span, "", frag.kind, f"page furniture {frag.text!r} removed"))
            continue
        if frag.join and last_text >= 0:
            gap = bounds[last_text][1]
            before = frags[last_text].lines[-1].place.describe()
            message = f"paragraph continued from {before} to {frag.lines[0].place.describe()}"
            joint = frag.separator
            if joint == "-" and (word := hyphenation(pieces[last_text], frag.lines[0].seg.text)):
                joint, message = "", f"{message}; end-of-line hyphen removed: {word!r}"
            elif word := typeset_hyphen(pieces[last_text], frag.lines[0].seg.text):
                gap, message = gap - 1, f"{message}; {TYPESET}: {word!r}"
            edits.append(Edit(gap, bounds[last_text][1] + 2, joint, frag.join, message))
        last_text = k
    edits.sort(key=lambda e: (e.start, e.end))
    return source, tuple(edits), Places(tuple(starts), tuple(places))


def _joined(frag: Fragment, i: int, text: str) -> str:
    from .blocks import join_lines

    line = frag.lines[i]
    return line.seg.text if i == 0 else join_lines(text, frag.lines[i - 1].seg, line.seg.text)
