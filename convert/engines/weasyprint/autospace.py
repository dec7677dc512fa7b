"""Han–Latin spacing (clreq §3.2.2, CSS `text-autospace`) for WeasyPrint, as a style option.

A style asks for it with the custom property `--galley-han-latin-spacing` (clreq: `0.25em`);
browsers and reading systems get CSS `text-autospace` from the same sheet. Between a Han or kana
character and a Latin letter or digit, in either order, the text is set that much apart; never
next to punctuation or a space, and never at a line's start or end (the gap belongs to the
character after it, and a line's first character has none before it).

The spacing is a Pango letter-spacing attribute on the character after each boundary, so line
breaking counts it; Pango puts half of it on each side of that character, and the glyph is moved
back to have it all before (`set_gap_before`). No character is added to the text. A boundary
between two inline elements (`中<em>GDP</em>`) is not spaced, and where the Latin character is the
last of its text box Pango keeps only the half before it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from weasyprint.text.ffi import TO_UNITS, ffi, pango
from weasyprint.text.line_break import Layout

from ...chars import is_han

PROPERTY = "__galley_han_latin_spacing"  # how WeasyPrint names --galley-han-latin-spacing


def _ideographic(char: str) -> bool:
    return is_han(char) or "\u3040" <= char <= "\u30ff"


def _latin(char: str) -> bool:
    """A letter or digit of a Latin (or Greek, Cyrillic) script, not a full-width one."""
    return char < "\u2000" and unicodedata.category(char)[0] in "LN"


def boundaries(text: str) -> list[int]:
    """Indices of the characters that begin a Han–Latin or Latin–Han boundary.

    >>> boundaries("增长了5.2%，GDP达到")
    [3, 11]
    >>> boundaries("“GDP”的")  # next to punctuation: none
    []
    """
    return [
        j
        for j in range(1, len(text))
        if (_ideographic(text[j - 1]) and _latin(text[j]))
        or (_latin(text[j - 1]) and _ideographic(text[j]))
    ]


def spacing(style: Any) -> float:
    """The style's Han–Latin spacing in WeasyPrint's units (px), 0 if it asks for none."""
    tokens = style[PROPERTY]
    if not tokens:
        return 0.0
    token = tokens[0]
    if token.type == "dimension" and token.lower_unit == "em":
        return float(token.value) * float(style["font_size"])
    return 0.0


def _gaps(layout: Layout) -> dict[int, int]:
    """Byte offset of each boundary's second character -> the gap in Pango units."""
    gap = spacing(layout.style)
    text = layout.text
    if not gap or not text:
        return {}
    found: dict[int, int] = {}
    starts = [0]
    for char in text:
        starts.append(starts[-1] + len(char.encode("utf-8")))
    for j in boundaries(text):
        found[starts[j]] = round(gap * TO_UNITS)
    return found


def _add_letter_spacing(layout: Layout, gaps: dict[int, int]) -> None:
    attributes = pango.pango_layout_get_attributes(layout.layout)
    if attributes == ffi.NULL:
        attributes = ffi.gc(pango.pango_attr_list_new(), pango.pango_attr_list_unref)
    for start, units in gaps.items():
        length = len(layout.text.encode("utf-8")[start:].decode("utf-8")[:1].encode("utf-8"))
        attribute = pango.pango_attr_letter_spacing_new(units)
        attribute.start_index, attribute.end_index = start, start + length
        pango.pango_attr_list_change(attributes, attribute)
    pango.pango_layout_set_attributes(layout.layout, attributes)


def set_gap_before(layout: Layout, gaps: dict[int, int]) -> None:
    """Move each spaced glyph so the whole gap is before it (Pango centres it on the glyph).

    Each spaced character is a Pango run of its own. The line's last glyph is left where it is:
    Pango gave it no room after, so moving it would push it past the line's end.
    """
    line, _ = layout.get_first_line()
    run = line.runs
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        glyphs = glyph_item.glyphs
        start = glyph_item.item.offset + glyphs.log_clusters[0]
        last = run == ffi.NULL and glyphs.num_glyphs == 1
        if glyphs.num_glyphs and start in gaps and not last:
            geometry = glyphs.glyphs[0].geometry
            geometry.x_offset = min(gaps[start], 2 * geometry.x_offset)


def _set_text(original: Callable[..., None]) -> Callable[..., None]:
    def set_text(self: Layout, text: str, justify: bool = False) -> None:
        original(self, text, justify)
        gaps = _gaps(self)
        self._galley_gaps = gaps
        if gaps:
            _add_letter_spacing(self, gaps)

    set_text._galley_original = original  # type: ignore[attr-defined]
    return set_text


def _reactivate(original: Callable[..., None]) -> Callable[..., None]:
    def reactivate(self: Layout, style: Any) -> None:
        original(self, style)
        gaps = getattr(self, "_galley_gaps", None)
        if gaps:
            # Drawing switches this mode on, which would lay the text out again and undo the
            # move; switched on first, the drawing's own call changes nothing.
            pango.pango_layout_set_single_paragraph_mode(self.layout, True)
            set_gap_before(self, gaps)

    reactivate._galley_original = original  # type: ignore[attr-defined]
    return reactivate


def install() -> None:
    """Patch `Layout.set_text` and `Layout.reactivate` (once, even if reloaded)."""
    if not installed():
        Layout.set_text = _set_text(Layout.set_text)
        Layout.reactivate = _reactivate(Layout.reactivate)


def installed() -> bool:
    return hasattr(Layout.set_text, "_galley_original")
