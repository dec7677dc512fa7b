"""A font's file copied out of HarfBuzz when WeasyPrint reads it, not when the font is met.

WeasyPrint's `Font` copies its face's whole file into `file_content` as it is created, for the
few paths that read it: a variable or colour font, the fontTools subsetter, a font embedded
whole. A subset replaces it unread. A Noto CJK collection is 19–27 MB, so a page in two CJK faces
and a bold one copies ~66 MB (~0.03 s of page faults and copying) for nothing. Here the copy is a
`FaceData` that holds the face and makes the same bytes on the first read of `file_content`;
its truth (WeasyPrint asks `if file_content:` of a subset) is the blob's length, as the bytes'
would be.
"""

from __future__ import annotations

from typing import Any

from weasyprint.pdf import fonts as weasyprint_fonts
from weasyprint.text.ffi import ffi, harfbuzz
from weasyprint.text.fonts import get_hb_object_data

_SLOT = "_galley_file_content"


class FaceData:
    """A face's file, not copied yet: what `get_hb_object_data(face)` will give when asked."""

    __slots__ = ("face",)

    def __init__(self, face: Any) -> None:
        self.face = face  # kept alive by this reference, as the Font keeps its own

    def __bool__(self) -> bool:
        blob = harfbuzz.hb_face_reference_blob(self.face)
        try:
            return bool(harfbuzz.hb_blob_get_length(blob))
        finally:
            harfbuzz.hb_blob_destroy(blob)

    def read(self) -> bytes | None:
        data: bytes | None = get_hb_object_data(self.face)
        return data


def face_data(hb_object: Any, ot_color: str | None = None, glyph: int | None = None) -> Any:
    """WeasyPrint's `get_hb_object_data` for `weasyprint.pdf.fonts`: a whole face's file is a
    FaceData; a colour glyph's data is read at once, as before."""
    if ot_color is None and glyph is None and hb_object != ffi.NULL:
        return FaceData(hb_object)
    return get_hb_object_data(hb_object, ot_color, glyph)


def _get(font: Any) -> bytes | None:
    content = font.__dict__.get(_SLOT)
    if isinstance(content, FaceData):
        content = font.__dict__[_SLOT] = content.read()
    return content


def _set(font: Any, content: object) -> None:
    font.__dict__[_SLOT] = content


def install() -> None:
    """Patch WeasyPrint's fonts to copy a face's file on first read (once, even if reloaded)."""
    if installed():
        return
    weasyprint_fonts.get_hb_object_data = face_data
    weasyprint_fonts.Font.file_content = property(_get, _set)


def installed() -> bool:
    return isinstance(getattr(weasyprint_fonts.Font, "file_content", None), property)
