"""Inter-character justification for Chinese and Japanese lines (clreq §3.8, CSS Text 3).

WeasyPrint justifies a line by widening its spaces (U+0020, U+00A0) only. A Chinese line has
none, so any line that holds a Latin word or digits, or lost a character to the line-start rule
(a closing mark pulled down), ends short of the measure. A justified line holding CJK text is
set here instead: its slack is spread evenly over the gaps next to a CJK character and over its
spaces, while the letters of a Latin word stay together. A Latin line is set the same way, over
its spaces alone: WeasyPrint's own word spacing goes through Pango's letter spacing, which
overshot the measure by up to 4 pt in the English sample.

The slack is added to the advance of the glyph before each gap, in the Pango layout the text box
is drawn from (WeasyPrint draws from the glyphs' advances, and rebuilds the layout just before
drawing, so the widths are applied again then: `SpacedLayout`). The text itself, and so the
PDF's text layer, is unchanged.
"""

from __future__ import annotations

import itertools
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any

from weasyprint.formatting_structure import boxes
from weasyprint.layout import inline
from weasyprint.text.ffi import TO_UNITS, ffi, pango
from weasyprint.text.line_break import Layout

from ...chars import is_wide

# Marks that are full width in Chinese fonts though Unicode calls their width ambiguous.
_WIDE_MARKS = "“”‘’—…·"
# Marks set as one unbroken figure two characters long: ——, ……
_DOUBLED = "—…"
# WeasyPrint trims a space (U+0020) that ends a line, but keeps an IDEOGRAPHIC SPACE there (the
# full-width space JLReq puts after ？ or ！ in mid-line); CSS Text 3 §4.1.3 hangs it, so the
# line's last visible character, not the space, meets the measure.
_HANGING = "\u3000"


def _wide(char: str) -> bool:
    return is_wide(char) or char in _WIDE_MARKS


def _invisible(char: str) -> bool:
    """Word joiners, zero-width spaces and the like: no gap of their own."""
    return unicodedata.category(char) == "Cf" or char == "\u200b"


def gaps(text: str) -> list[int]:
    """Indices of the characters after which a justified CJK line may widen.

    A space widens itself; between two visible characters the gap widens when either is CJK
    (Han, kana, Hangul or a full-width mark), except inside a doubled dash or ellipsis; nothing
    follows the line's last visible character.

    >>> gaps("中文GDP增长 3 percent。")
    [0, 1, 4, 5, 7, 9, 16]
    >>> gaps("——好")
    [1]
    >>> gaps("好吗？\u3000")
    [0, 1]
    """
    visible = [i for i, char in enumerate(text) if not _invisible(char)]
    while visible and text[visible[-1]] in " \u00a0" + _HANGING:
        visible.pop()  # trailing spaces are trimmed or hang, never widened
    found: list[int] = []
    for here, after in itertools.pairwise(visible):
        char, following = text[here], text[after]
        if char in " \u00a0":
            found.append(here)
        elif following in " \u00a0" or (char == following and char in _DOUBLED):
            continue
        elif _wide(char) or _wide(following):
            found.append(here)
    return found


class SpacedLayout(Layout):
    """A text box's Pango layout whose glyphs at `extra` (byte offset of a character -> Pango
    units) are widened, again each time WeasyPrint rebuilds the layout to draw it."""

    extra: dict[int, int]

    def reactivate(self, style: Any) -> None:
        super().reactivate(style)
        # Drawing switches this mode on, which would lay the text out afresh and lose the
        # widths; switched on first, the drawing's call changes nothing.
        pango.pango_layout_set_single_paragraph_mode(self.layout, True)
        widen(self, self.extra)


def widen(layout: Layout, extra: dict[int, int]) -> int:
    """Add `extra` to the advance of the last glyph of each character's cluster; returns the
    Pango units added (less than asked only if a character has no glyph in the first line)."""
    line, _ = layout.get_first_line()
    clusters: list[tuple[int, Any]] = []  # (first byte of the cluster, its last glyph)
    run = line.runs
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        glyphs = glyph_item.glyphs
        offset = glyph_item.item.offset
        for i in range(glyphs.num_glyphs):
            start = offset + glyphs.log_clusters[i]
            if clusters and clusters[-1][0] == start:
                clusters[-1] = (start, glyphs.glyphs[i])
            else:
                clusters.append((start, glyphs.glyphs[i]))
    clusters.sort(key=lambda pair: pair[0])
    added = 0
    starts = [start for start, _ in clusters]
    for byte, units in extra.items():
        index = _last_at_or_before(starts, byte)
        if index is not None:
            clusters[index][1].geometry.width += units
            added += units
    return added


def _last_at_or_before(starts: list[int], byte: int) -> int | None:
    index = bisect_right(starts, byte) - 1
    return index if index >= 0 else None


def _text_boxes(box: Any) -> Iterator[Any]:
    if isinstance(box, boxes.TextBox):
        yield box
    elif isinstance(box, boxes.LineBox | boxes.InlineBox):
        children = box.children[::-1] if box.style["direction"] == "rtl" else box.children
        for child in children:
            if child.is_in_normal_flow():
                yield from _text_boxes(child)


def share(total: int, parts: int) -> list[int]:
    """`total` units in `parts` whole shares as even as can be, summing to `total` exactly.

    >>> share(10, 4)
    [3, 3, 2, 2]
    """
    base, left = divmod(total, parts)
    return [base + (1 if i < left else 0) for i in range(parts)]


def justify_gaps(context: Any, line: Any, extra_width: float) -> bool:
    """Spread `extra_width` over the line's CJK gaps and spaces; False if it has neither."""
    text_boxes = list(_text_boxes(line))
    text = "".join(box.text for box in text_boxes)
    found = gaps(text)
    if not found:
        return False
    extra_width += hanging_width(text_boxes)
    shares = share(round(extra_width * TO_UNITS), len(found))
    wanted: dict[int, int] = dict(zip(found, shares, strict=True))
    per_box: dict[int, dict[int, int]] = {}
    start = 0
    for box in text_boxes:
        extra, byte = {}, 0
        for i, char in enumerate(box.text):
            if start + i in wanted:
                extra[byte] = wanted[start + i]
            byte += len(char.encode("utf-8"))
        per_box[id(box)] = extra
        start += len(box.text)
    _shift(context, line, per_box, 0.0)
    return True


def hanging_width(text_boxes: list[Any]) -> float:
    """The room the ideographic spaces that end a line take (an em each, at their box's size),
    which they give up by hanging past the measure."""
    width = 0.0
    for box in reversed(text_boxes):
        for char in reversed(box.text):
            if char == _HANGING:
                width += box.style["font_size"]
            elif not _invisible(char):
                return width
    return width


def _shift(context: Any, box: Any, per_box: dict[int, dict[int, int]], x_advance: float) -> float:
    """Widen each text box by its extra and move what follows it (as `add_word_spacing` does)."""
    if isinstance(box, boxes.TextBox):
        box.position_x += x_advance
        extra = per_box.get(id(box))
        if extra:
            layout = SpacedLayout(box.style, 0)
            layout.extra = extra
            layout.set_text(box.text, justify=True)
            pango.pango_layout_set_single_paragraph_mode(layout.layout, True)
            width = widen(layout, extra) / TO_UNITS
            layout.deactivate()
            box.pango_layout = layout
            box.width += width
            x_advance += width
    elif isinstance(box, boxes.LineBox | boxes.InlineBox):
        box.position_x += x_advance
        before = x_advance
        children = box.children[::-1] if box.style["direction"] == "rtl" else box.children
        for child in children:
            if child.is_in_normal_flow():
                x_advance = _shift(context, child, per_box, x_advance)
        box.width += x_advance - before
    else:
        box.translate(x_advance, 0)
    return x_advance


def _justify_line(original: Callable[..., None]) -> Callable[..., None]:
    def justify_line(context: Any, line: Any, extra_width: float) -> None:
        if not justify_gaps(context, line, extra_width):
            original(context, line, extra_width)

    justify_line._galley_original = original  # type: ignore[attr-defined]
    return justify_line


def _text_align(original: Callable[..., float]) -> Callable[..., float]:
    """WeasyPrint aligns nothing on a line as wide as the measure, and a line's ideographic
    space that ends it lets the line overflow: such a line, justified and not a paragraph's
    last, is justified here with its space hanging (`justify_gaps` gives the space's room)."""

    def text_align(context: Any, line: Any, available_width: float, last: bool) -> float:
        if (
            not last
            and line.width >= available_width
            and line.style["text_align_all"] == "justify"
            and line.style["white_space"] in ("normal", "nowrap", "pre-line")
            and line.width - hanging_width(list(_text_boxes(line))) < available_width
        ):
            inline.justify_line(context, line, available_width - line.width)
            return 0
        return original(context, line, available_width, last)

    text_align._galley_original = original  # type: ignore[attr-defined]
    return text_align


def install() -> None:
    """Patch `weasyprint.layout.inline.justify_line` and `text_align` (once, even if this
    module is reloaded)."""
    if not installed():
        inline.justify_line = _justify_line(inline.justify_line)
    if not hasattr(inline.text_align, "_galley_original"):
        inline.text_align = _text_align(inline.text_align)


def installed() -> bool:
    return hasattr(inline.justify_line, "_galley_original") and hasattr(
        inline.text_align, "_galley_original"
    )
