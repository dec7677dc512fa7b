"""Characters into line segments: the characters of one baseline, cut where a gap is wider than a
word space could be (a column gutter, the two halves of a running head).

Spaces come from the PDF's own space characters or from gaps between glyphs, never between two
CJK characters, and not between a CJK character and a digit (`2025 年 6 月`: LibreOffice and
some typesetters open a gap there that is spacing, not a space). The drawing order of the
characters plays no part: the content stream of a real newspaper page is in no useful order.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from ...chars import is_wide
from .chars import SOFT_HYPHEN, Char

SAME_ROW = 0.25  # of the smaller box height: centres closer than this are on one baseline
SPLIT_GAP = 0.8  # of the box height: a wider gap between glyphs ends a segment
SPACE_GAP = 0.15  # of the box height: a wider gap between Latin glyphs is a word space
DIGIT_RE = re.compile(r"[0-9]")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float  # median box height of its characters: the unit of its geometry
    bold: bool
    font: str
    hyphen: bool = False  # ends with a soft hyphen (dropped from `text`)
    points: float = (
        0.0  # median font size: its style (box heights vary with the glyphs in some PDFs)
    )
    spaced: bool = False  # ends with the PDF's own space: a headline wrapped at `A B`

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def rows(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped by baseline, each row sorted left to right: sorted by baseline, a row
    ends where the next baseline is further down than SAME_ROW of a box height. Baselines, not
    box centres: a CJK comma from a fallback font has a box of another height on the same
    baseline, and must stay in its row."""
    found: list[list[Char]] = []
    last = None
    for char in sorted(chars, key=lambda c: (c.base, c.x0)):
        if last is not None and char.base - last.base < SAME_ROW * min(char.size, last.size):
            found[-1].append(char)
        else:
            found.append([char])
        last = char
    return [sorted(members, key=lambda c: (c.x0 + c.x1, c.y0)) for members in found]


def segments(chars: list[Char]) -> list[Segment]:
    """Every line segment of a page: its rows cut at gaps wider than `SPLIT_GAP`."""
    out: list[Segment] = []
    for row in rows(chars):
        size = median(c.size for c in row)
        start = 0
        for i in range(1, len(row)):
            if row[i].x0 - row[i - 1].x1 > SPLIT_GAP * size:
                out.extend(_segment(row[start:i]))
                start = i
        out.extend(_segment(row[start:]))
    return out


def _needs_space(left: str, right: str) -> bool:
    """A space from a gap: not next to a CJK character."""
    return not (is_wide(left) or is_wide(right))


def _keeps_space(left: str, right: str) -> bool:
    """The PDF's own space, kept unless it sits between a CJK character and a digit (typed
    there, or put there by the engine: `2025 年 6 月` is `2025年6月`). Between two CJK characters
    it is kept: the text has it (`目标 乌称` in a headline)."""
    if is_wide(left) or is_wide(right):
        return not (DIGIT_RE.match(left) or DIGIT_RE.match(right))
    return True


def _wide_gap(chars: list[Char]) -> float:
    """How wide a gap between two CJK characters of this segment must be to read as a space:
    one that stands out from the segment's usual spacing (justified CJK spreads white evenly
    between all its characters; a title's `A B` has one gap, and none elsewhere)."""
    gaps = sorted(
        b.x0 - a.x1 for a, b in itertools.pairwise(chars) if is_wide(a.text) and is_wide(b.text)
    )
    usual = max(0.0, gaps[len(gaps) // 2]) if gaps else 0.0
    size = median(c.size for c in chars)
    return max(SPACE_GAP * size, 3 * usual + SPACE_GAP * size)


def join_chars(chars: list[Char]) -> tuple[str, bool]:
    """The text of one segment (characters left to right) and whether it ends in a soft hyphen."""
    wide_gap = _wide_gap(chars)
    pieces: list[str] = []
    pending_space = False
    last: Char | None = None
    for char in chars:
        if char.text.isspace():
            pending_space = last is not None
            continue
        if char.text == SOFT_HYPHEN and char is not chars[-1]:
            continue  # a soft hyphen inside a line is invisible
        if last is not None:
            gap = char.x0 - last.x1
            size = min(char.size, last.size)
            if pending_space:
                if _keeps_space(last.text, char.text):
                    pieces.append(" ")
            elif gap > SPACE_GAP * size and _needs_space(last.text, char.text):
                pieces.append(" ")
            elif gap > wide_gap and is_wide(last.text) and is_wide(char.text):
                pieces.append(" ")  # white that stands out, even between CJK characters
        pieces.append(char.text)
        pending_space = False
        last = char
    text = "".join(pieces)
    if text.endswith(SOFT_HYPHEN):
        return text[:-1], True
    return text, False


def _segment(chars: list[Char]) -> list[Segment]:
    text, hyphen = join_chars(chars)
    if not text.strip():
        return []
    visible = [c for c in chars if not c.text.isspace()]
    fonts = Counter(c.font for c in visible)
    bold = sum(c.bold for c in visible) * 2 > len(visible)
    return [
        Segment(
            text.strip(),
            min(c.x0 for c in visible),
            min(c.y0 for c in visible),
            max(c.x1 for c in visible),
            max(c.y1 for c in visible),
            median(c.size for c in visible),
            bold,
            fonts.most_common(1)[0][0],
            hyphen,
            median(c.points for c in visible),
            chars[-1].text == " ",
        )
    ]


def merge(parts: list[Segment]) -> Segment:
    """Segments of one row inside one column (a justified line with one very wide space) as one;
    they were cut apart at white wider than SPLIT_GAP, which a reader sees as a space."""
    parts = sorted(parts, key=lambda s: s.x0)
    if len(parts) == 1:
        return parts[0]
    text = " ".join(p.text for p in parts)  # cut apart at a gap wider than any space
    main = max(parts, key=lambda s: len(s.text))
    return Segment(
        text,
        parts[0].x0,
        min(p.y0 for p in parts),
        parts[-1].x1,
        max(p.y1 for p in parts),
        main.size,
        main.bold,
        main.font,
        parts[-1].hyphen,
        main.points,
        parts[-1].spaced,
    )
