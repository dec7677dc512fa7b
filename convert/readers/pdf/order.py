"""Reading order by geometry: a page's segments cut into bands and columns, read top to bottom,
left to right; never the content stream's order.

A region is cut into columns where a vertical strip of white runs through all of it (a gutter).
Where none does, something spans the gutters (a title, a byline, a running head): the region is
cut across at its widest full-width white gap, and each piece is tried again. The widest gap
first, because the lines of side-by-side columns often share a baseline grid, so the narrow gaps
between lines run across all the columns: cutting there would read the page row by row. A title
or a story's end is set off by more white than the leading between lines.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import median

from .lines import Segment, merge

MIN_GUTTER = 0.8  # of the median box height: the narrowest white strip that separates columns
WIDEST = 0.9  # gaps this close to the widest are cut together
INDENT = 0.8  # of the box height: the least first-line indent
MAX_INDENT = 3.0  # of the box height: the most
FLUSH_LINES = 2  # lines starting at one x position: a column's edge (or an indent)
HEADING_SIZE = 1.2  # relative to the region's usual size: a headline
BODY_SIZE = 0.12  # relative: lines this close to the region's usual size are its body text


@dataclass(frozen=True)
class Column:
    """Lines read one after another: a column, or a band that spans columns."""

    lines: tuple[Segment, ...]
    number: int  # 1-based, counted left to right among the columns side by side; 1 for a band
    left: float | None = None  # its text's left edge (`_with_edges`): a headline's may stand out
    right: float | None = None  # its text's right edge

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.lines) if self.left is None else self.left

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.lines) if self.right is None else self.right


def _gaps(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The white gaps between the union of `intervals`, in order."""
    gaps: list[tuple[float, float]] = []
    ordered = sorted(intervals)
    if not ordered:
        return gaps
    reach = ordered[0][1]
    for start, end in ordered[1:]:
        if start > reach:
            gaps.append((reach, start))
        reach = max(reach, end)
    return gaps


def _split(region: list[Segment], cuts: list[float], vertical: bool) -> list[list[Segment]]:
    pieces: list[list[Segment]] = [[] for _ in range(len(cuts) + 1)]
    for seg in region:
        centre = (seg.x0 + seg.x1) / 2 if vertical else seg.cy
        index = sum(centre > cut for cut in cuts)
        pieces[index].append(seg)
    return [p for p in pieces if p]


def _columns(region: list[Segment], size: float) -> list[list[Segment]] | None:
    """The region cut at its gutters; None for a single row (a justified line with a wide
    space, a running head's two halves: read left to right, they are one line)."""
    if max(s.y0 for s in region) < min(s.y1 for s in region):  # one row
        return None
    gaps = _gaps([(s.x0, s.x1) for s in region])
    cuts = [(a + b) / 2 for a, b in gaps if b - a >= MIN_GUTTER * size]
    return _split(region, cuts, vertical=True) if cuts else None


def _bands(region: list[Segment]) -> list[list[Segment]] | None:
    gaps = _gaps([(s.y0, s.y1) for s in region])
    if not gaps:
        return None
    widest = max(b - a for a, b in gaps)
    cuts = [(a + b) / 2 for a, b in gaps if b - a >= WIDEST * widest]
    return _split(region, cuts, vertical=False)


def _spanned(region: list[Segment], size: float) -> list[list[Segment]] | None:
    """The region cut across right above and below each line that spans a gutter of its body
    text (a title, centred over some columns, that leaves a gutter open beside it) or a headline
    alone on its row, so that it is read before the columns under it; None when there is none."""
    typical = median(s.points for s in region)
    body = [s for s in region if abs(s.points - typical) <= BODY_SIZE * typical]
    gutters = [(a, b) for a, b in _gaps([(s.x0, s.x1) for s in body]) if b - a >= MIN_GUTTER * size]
    spanners = [
        s
        for s in region
        if any(s.x0 < a and s.x1 > b for a, b in gutters)
        or (s.points > HEADING_SIZE * typical and _alone(s, region))
    ]
    if not spanners:
        return None
    white = _gaps([(s.y0, s.y1) for s in region])
    cuts: set[float] = set()
    for seg in spanners:
        above = [g for g in white if g[1] <= seg.y0 + 0.01]
        below = [g for g in white if g[0] >= seg.y1 - 0.01]
        if above:
            top, bottom = max(above, key=lambda g: g[1])
            cuts.add((top + bottom) / 2)
        if below:
            top, bottom = min(below, key=lambda g: g[0])
            cuts.add((top + bottom) / 2)
    pieces = _split(region, sorted(cuts), vertical=False) if cuts else []
    return pieces if len(pieces) > 1 else None


def _alone(seg: Segment, region: list[Segment]) -> bool:
    """Nothing else in the region shares the segment's height on the page: a headline set
    above the columns, even a short one that fits over one of them."""
    return not any(o is not seg and o.y0 < seg.y1 and o.y1 > seg.y0 for o in region)


def _cut(region: list[Segment], size: float) -> list[tuple[list[Segment], bool]]:
    """The region's leaves in reading order, each with whether it stands beside others (a
    column) rather than alone across the region (a band). A leaf holds no vertical gutter."""
    bands = _spanned(region, size)
    if bands:
        return _stack(bands, size)
    columns = _columns(region, size)
    if columns:
        out: list[tuple[list[Segment], bool]] = []
        for column in columns:
            out.extend((leaf, True) for leaf, _ in _cut(column, size))
        return out
    bands = _bands(region)
    if not bands or len(bands) == 1:
        return [(region, False)]
    return _stack(bands, size)


def _stack(bands: list[list[Segment]], size: float) -> list[tuple[list[Segment], bool]]:
    """The leaves of bands read one after the other; a single column going on across them
    stays one leaf."""
    result: list[tuple[list[Segment], bool]] = []
    for band in bands:
        leaves = _cut(band, size)
        if result and len(leaves) == 1 and not leaves[0][1] and not result[-1][1]:
            previous = result[-1][0]
            result[-1] = (previous + leaves[0][0], False)  # the same single column goes on
        else:
            result.extend(leaves)
    return result


def reading_order(segments: list[Segment]) -> list[Column]:
    """The page's columns and bands in reading order, each's lines top to bottom."""
    if not segments:
        return []
    size = median(s.size for s in segments)
    columns: list[Column] = []
    number = 0
    previous_side = False
    for leaf, side_by_side in _cut(segments, size):
        number = number + 1 if side_by_side and previous_side else 1
        previous_side = side_by_side
        columns.append(Column(tuple(_lines(leaf)), number))
    return _with_edges(columns, size)


def _flush_lefts(lines: list[Segment], size: float) -> list[float]:
    """Where lines of the page start flush left: x positions shared by several lines that are
    not a first-line indent from another such position."""
    counts = Counter(round(s.x0 * 2) / 2 for s in lines)
    common = sorted(x for x, n in counts.items() if n >= FLUSH_LINES)
    return [
        x for x in common if not any(INDENT * size <= x - o <= MAX_INDENT * size for o in common)
    ]


def _with_edges(columns: list[Column], size: float) -> list[Column]:
    """Each column with its left edge: the page's nearest flush-left position at or left of its
    lines (`_flush_lefts`). A column of a few lines, all of them indented or a headline's, does
    not show its edge itself, and would read as flush left."""
    lefts = _flush_lefts([s for c in columns for s in c.lines], size)
    out = []
    for column in columns:
        points = median(s.points for s in column.lines)
        body = [s for s in column.lines if abs(s.points - points) <= BODY_SIZE * points] or list(
            column.lines
        )
        own = min(s.x0 for s in body)
        near = [x for x in lefts if own - MAX_INDENT * size <= x <= own + 1]
        left = max(near) if near else own
        out.append(Column(column.lines, column.number, left, max(s.x1 for s in body)))
    return out


def _lines(leaf: list[Segment]) -> list[Segment]:
    """A leaf's segments as lines: those of one row merged, top to bottom."""
    ordered = sorted(leaf, key=lambda s: (s.cy, s.x0))
    lines: list[list[Segment]] = []
    for seg in ordered:
        if lines and abs(seg.cy - lines[-1][0].cy) < 0.35 * min(seg.size, lines[-1][0].size):
            lines[-1].append(seg)
        else:
            lines.append([seg])
    return [merge(parts) for parts in lines]
