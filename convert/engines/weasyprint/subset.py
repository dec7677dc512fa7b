"""CID-keyed CFF fonts embedded without the empty glyph slots WeasyPrint keeps.

WeasyPrint writes each glyph's index in the font as its code in the page (Identity-H, the CID is
the glyph index), so it subsets with HarfBuzz's RETAIN_GIDS: every glyph not used stays as an
empty slot, ~60,000 of them in a CJK face, a fixed cost per face however few glyphs are drawn.
A CID-keyed CFF names its glyphs by CID through its own charset, and HarfBuzz keeps each glyph's
CID when it packs the glyphs together; in a font whose CIDs are its glyph indices (Adobe's
Source Han and the Noto CJK faces built from it) the packed font still answers every code of the
page with the right glyph. Embedded as a bare CFF (`/FontFile3` of subtype `/CIDFontType0C`),
the form PDF readers look glyphs up in by CID, it draws the same page in a fraction of the bytes.
(The same CFF inside an OpenType wrapper does not: a reader may then take the codes for glyph
indices.)

Anything else (TrueType outlines, name-keyed CFF, variable or colour fonts, a font whose packed
charset does not give each used glyph its old index as CID) is subset by WeasyPrint as shipped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pydyf
from weasyprint import pdf as weasyprint_pdf
from weasyprint.pdf import fonts as weasyprint_fonts
from weasyprint.text.ffi import ffi, harfbuzz, harfbuzz_subset

from .cff import cids

LOGGER = logging.getLogger(__name__)

# The tables the subsetter need not build: only the CFF table is embedded.
_DROPPED = (b"BASE", b"DSIG", b"GDEF", b"GPOS", b"GSUB", b"JSTF", b"VORG", b"vhea", b"vmtx")


def is_bare_cff(data: bytes) -> bool:
    """A CFF table on its own (header: version 1.0, 4-byte header), not an sfnt around one."""
    return data[:3] == b"\x01\x00\x04" and len(data) > 4 and 1 <= data[3] <= 4


def keeps_codes(packed: list[int] | None, gids: list[int]) -> bool:
    """Whether a packed CFF's CIDs (glyph order) can still answer the page's codes `gids`.

    HarfBuzz packs the kept glyphs in their old order, each with its old CID, and may keep a few
    more than asked (glyphs a used one refers to). When CID and glyph index are the same in the
    font, the packed CIDs therefore rise strictly and include every code used; a font whose CIDs
    are not its glyph indices shows up here as a code missing or CIDs out of order.

    >>> keeps_codes([0, 5, 9, 12], [0, 5, 12])
    True
    >>> keeps_codes([0, 12, 5], [0, 5, 12]) or keeps_codes([0, 5], [0, 5, 12])
    False
    """
    if packed is None or any(a >= b for a, b in pairwise(packed)):
        return False
    return set(gids) <= set(packed)


def _subset_table(hb_face: Any, gids: list[int], *, hinting: bool, notdef: bool) -> bytes:
    """The CFF table of a HarfBuzz subset holding `gids` (and .notdef), packed together."""
    subset_input = ffi.gc(
        harfbuzz_subset.hb_subset_input_create_or_fail(), harfbuzz_subset.hb_subset_input_destroy
    )
    glyphs = harfbuzz_subset.hb_subset_input_glyph_set(subset_input)
    harfbuzz.hb_set_add_sorted_array(glyphs, ffi.new("hb_codepoint_t[]", gids), len(gids))
    dropped = harfbuzz_subset.hb_subset_input_set(
        subset_input, harfbuzz_subset.HB_SUBSET_SETS_DROP_TABLE_TAG
    )
    tags = sorted(harfbuzz.hb_tag_from_string(tag, -1) for tag in _DROPPED)
    harfbuzz.hb_set_add_sorted_array(dropped, ffi.new("hb_codepoint_t[]", tags), len(tags))
    flags = (
        harfbuzz_subset.HB_SUBSET_FLAGS_DESUBROUTINIZE
        | harfbuzz_subset.HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE
    )
    if not hinting:
        flags |= harfbuzz_subset.HB_SUBSET_FLAGS_NO_HINTING
    if notdef:
        flags |= harfbuzz_subset.HB_SUBSET_FLAGS_NOTDEF_OUTLINE
    harfbuzz_subset.hb_subset_input_set_flags(subset_input, flags)
    face = harfbuzz_subset.hb_subset_or_fail(hb_face, subset_input)
    if face == ffi.NULL:
        return b""
    face = ffi.gc(face, harfbuzz.hb_face_destroy)
    blob = ffi.gc(
        harfbuzz.hb_face_reference_table(face, harfbuzz.hb_tag_from_string(b"CFF ", -1)),
        harfbuzz.hb_blob_destroy,
    )
    length = ffi.new("unsigned int *")
    data = harfbuzz.hb_blob_get_data(blob, length)
    return bytes(ffi.buffer(data, length[0])) if length[0] else b""


def packed_cff(font: Any, to_unicode: dict[int, str], hinting: bool) -> bytes | None:
    """The font's used glyphs as a bare CID-keyed CFF whose CIDs are the page's codes, or None
    where that cannot hold (see the module's docstring)."""
    if (
        "CFF " not in font.tables
        or "fvar" in font.tables
        or font.png
        or font.svg
        or font.colr
        or harfbuzz_subset is None
    ):
        return None
    gids = sorted({0, *(gid for gid in to_unicode if gid < font.glyph_count)})
    try:
        cff = _subset_table(font.hb_face, gids, hinting=hinting, notdef=bool(font.missing))
        if not is_bare_cff(cff) or not keeps_codes(cids(cff), gids):
            return None
    except Exception:  # a CFF that does not parse (cff.CFFError): WeasyPrint's subset is kept
        LOGGER.debug("packed subset of %s refused", font.family, exc_info=True)
        return None
    return cff


def _subset_packed(original: Callable[..., None]) -> Callable[..., None]:
    def subset(font: Any, to_unicode: dict[int, str], hinting: bool) -> None:
        cff = packed_cff(font, to_unicode, hinting) if to_unicode else None
        if cff is None:
            original(font, to_unicode, hinting)
        else:
            font.file_content = cff

    subset._galley_original = original  # type: ignore[attr-defined]
    return subset


def _font_type(font: Any) -> str:
    """WeasyPrint's `Font.type`, with a bare CFF counted as the OpenType (CFF) it came from."""
    content = font.file_content
    return "otf" if content[:4] == b"OTTO" or is_bare_cff(content) else "ttf"


def _with_bare_cff_subtype(build: Callable[..., Any]) -> Callable[..., Any]:
    """`build_fonts_dictionary`, then each embedded bare CFF marked `/CIDFontType0C`.

    WeasyPrint marks every CFF font file `/OpenType`, which a bare CFF is not; the stream
    dictionary is the only thing that changes.
    """

    def build_fonts_dictionary(pdf: Any, *args: Any, **kwargs: Any) -> Any:
        result = build(pdf, *args, **kwargs)
        for item in pdf.objects:
            if (
                isinstance(item, pydyf.Stream)
                and item.extra.get("Subtype") == "/OpenType"
                and len(item.stream) == 1
                and isinstance(item.stream[0], bytes)
                and is_bare_cff(item.stream[0])
            ):
                item.extra["Subtype"] = "/CIDFontType0C"
        return result

    build_fonts_dictionary._galley_original = build  # type: ignore[attr-defined]
    return build_fonts_dictionary


def install() -> None:
    """Patch WeasyPrint's subsetting and font dictionaries (once, even if reloaded)."""
    font = weasyprint_fonts.Font
    if hasattr(font.subset, "_galley_original"):
        return
    font.subset = _subset_packed(font.subset)
    font.type = property(_font_type)
    weasyprint_pdf.build_fonts_dictionary = _with_bare_cff_subtype(
        weasyprint_pdf.build_fonts_dictionary
    )


def installed() -> bool:
    return hasattr(weasyprint_fonts.Font.subset, "_galley_original")
