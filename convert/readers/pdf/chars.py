"""A page's characters with their boxes, in the page's display coordinates (points, origin at the
top left, y downwards, after `/Rotate`), from PDFium's per-character calls.

Why these calls: the loose (advance) box, not the tight glyph box, because a CJK comma or quote
mark has a tiny glyph in a full-width cell, and the tight box makes it look like an indent or a
short line; per-character calls, not `get_text_range`, whose indices drift (pypdfium2 #261);
characters PDFium generated itself (spaces and line breaks it guessed) are left out, since the
layout decides those from the geometry. Fake bold (a glyph drawn twice at a small offset) is
kept once.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, replace
from typing import Any

# PDFium's soft line-end hyphen, and the code it reports through some calls
SOFT_HYPHENS = frozenset({0x02, 0xFFFE, 0x00AD})
SOFT_HYPHEN = "\u00ad"  # how a soft line-end hyphen travels on to the line builder


@dataclass(frozen=True, slots=True)
class Char:
    text: str
    x0: float
    y0: float  # top
    x1: float
    y1: float  # bottom
    bold: bool
    font: str
    base: float  # the baseline's height on the page (y downwards): a row's characters share it
    points: float  # the font size as drawn (size times the text and page matrices' scale)

    @property
    def size(self) -> float:
        """The box height: the font size times (ascent - descent), about 1.0-1.2 em."""
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


def _display(
    rotation: int, box: tuple[float, float, float, float], width: float, height: float
) -> tuple[float, float, float, float]:
    """A (left, bottom, right, top) box in PDF user space, as (x0, y0, x1, y1) on the page as
    shown: rotated clockwise by `rotation`, y downwards. `width`, `height`: the unrotated page."""
    left, bottom, right, top = box
    if rotation == 90:
        return bottom, left, top, right
    if rotation == 180:
        return width - right, bottom, width - left, top
    if rotation == 270:
        return height - top, width - right, height - bottom, width - left
    return left, height - top, right, height - bottom


def page_chars(page: Any, raw: Any) -> list[Char]:
    """Every character PDFium found on `page` (a pypdfium2 PdfPage), in display coordinates.

    `raw` is `pypdfium2.raw`, passed in so that this module imports nothing heavy.
    """
    rotation = page.get_rotation() % 360
    crop = page.get_cropbox()
    width, height = crop[2] - crop[0], crop[3] - crop[1]
    textpage = page.get_textpage()
    try:
        return _chars(textpage.raw, raw, rotation, crop[0], crop[1], width, height)
    finally:
        textpage.close()


def _chars(
    handle: Any, raw: Any, rotation: int, dx: float, dy: float, width: float, height: float
) -> list[Char]:
    count = raw.FPDFText_CountChars(handle)
    rect = raw.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    matrix = raw.FS_MATRIX()
    points = 0.0
    font_buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    last_object: int | None = None
    last_index = -2
    font, bold = "", False
    seen: dict[tuple[str, int, int], int] = {}
    chars: list[Char] = []
    for index in range(count):
        if raw.FPDFText_IsGenerated(handle, index) == 1:
            continue
        code = raw.FPDFText_GetUnicode(handle, index)
        if code in SOFT_HYPHENS:  # (not IsHyphen: it also says so of a real hyphen at a line end)
            text = SOFT_HYPHEN
        elif code < 0x20 or code in (0xFFFD, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            continue
        else:
            text = chr(code)
        if not raw.FPDFText_GetLooseCharBox(handle, index, rect):
            continue
        box = _display(
            rotation,
            (rect.left - dx, rect.bottom - dy, rect.right - dx, rect.top - dy),
            width,
            height,
        )
        if box[3] - box[1] <= 0.5:  # no height: nothing drawn (a zero-size space)
            continue
        # font, size and weight are looked up again only where the text object changes
        obj = raw.FPDFText_GetTextObject(handle, index)
        address = ctypes.cast(obj, ctypes.c_void_p).value
        if address != last_object:
            last_object = address
            font, bold = _font(handle, raw, index, font_buffer, flags)
            # synthetic bold: the outline stroked as well as filled (WeasyPrint, LibreOffice
            # and Word without a bold face)
            mode = raw.FPDFTextObj_GetTextRenderMode(obj)
            bold = bold or mode == raw.FPDF_TEXTRENDERMODE_FILL_STROKE
            raw.FPDFText_GetMatrix(handle, index, matrix)
            scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
            points = raw.FPDFText_GetFontSize(handle, index) * scale
        original = _overprinted(seen, chars, text, box)
        if original >= 0 and index - 1 != last_index:
            # drawn again a hair away: fake bold (the next character in the same box is not:
            # that is one glyph of two characters, `——`)
            chars[original] = replace(chars[original], bold=True)
            continue
        last_index = index
        raw.FPDFText_GetCharOrigin(handle, index, origin_x, origin_y)
        base = _display(rotation, (origin_x.value - dx, origin_y.value - dy) * 2, width, height)[1]
        chars.append(Char(text, box[0], box[1], box[2], box[3], bold, font, base, points))
    return chars


FAKE_BOLD_OFFSET = 0.15  # of the box height: a copy closer than this is the same glyph again


def _overprinted(
    seen: dict[tuple[str, int, int], int], chars: list[Char], text: str, box: tuple[float, ...]
) -> int:
    """The index in `chars` of the same character drawn within a hair of `box` (fake bold: the
    glyph painted twice, slightly offset), or -1, remembering `box` as the next character's
    (at `len(chars)`). Boxes are binned by whole points; a copy within the limit is in the same
    or a neighbouring bin."""
    limit = (box[3] - box[1]) * FAKE_BOLD_OFFSET
    x, y = box[0], box[1]
    bx, by = int(x), int(y)
    for key in (
        (text, bx, by),
        (text, bx - 1, by),
        (text, bx + 1, by),
        (text, bx, by - 1),
        (text, bx, by + 1),
    ):
        other = seen.get(key)
        if (
            other is not None
            and abs(chars[other].x0 - x) < limit
            and abs(chars[other].y0 - y) < limit
        ):
            return other
    seen[(text, bx, by)] = len(chars)
    return -1


def _font(handle: Any, raw: Any, index: int, buffer: Any, flags: Any) -> tuple[str, bool]:
    length = raw.FPDFText_GetFontInfo(handle, index, buffer, len(buffer), ctypes.byref(flags))
    name = buffer.raw[: max(0, length - 1)].decode("latin-1") if length else ""
    name = name.split("+", 1)[-1]  # a subset's tag (ABCDEF+) is not part of the family
    weight = raw.FPDFText_GetFontWeight(handle, index)
    return name, weight >= 600 or "bold" in name.lower() or bool(flags.value & (1 << 18))
