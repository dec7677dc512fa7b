"""Page furniture found by position and form: running heads and feet, page numbers, edition lines
at the top or bottom edge of the page, set off from the text by white; jump lines (`下转第2版`)
wherever they stand.

A line at the edge is furniture only when its form says so too: a page number's shape, an
edition or date line, or text repeated at the same edge of other pages (digits aside). A first
line of text that merely sits high on the page (a title, the top of a column) has none of these,
nor has a photo caption at the foot of a page, however small its type.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .lines import Segment

PAGE_NUMBER_RE = re.compile(
    r"^[\s\-—–·~]*(?:第\s*)?(?:\d{1,4}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})\s*(?:版|页|頁)?[\s\-—–·~]*$"
    r"|^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
EDITION_RE = re.compile(
    r"第\s*\d{1,3}\s*版|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]"
)
JUMP_RE = re.compile(
    r"^[（(〔【]?\s*(?:[上下]?转(?:第|至)?|[上下]接(?:第)?|接第|转第)\s*[0-9一二三四五六七八九十]+\s*[版页]"
    r"\s*[)）〕】]?$|^\(?(?:continued|see) (?:on|from) page \d+\)?$",
    re.IGNORECASE,
)
EDGE_GAP = 1.2  # of the line's height: the white that sets a running head or foot off
EDGE_ROWS = 2  # rows looked at, at each edge of a page
# a running head is at the edge of a good share of the pages; `Chapter 7` at the foot of a few
# pages of a novel (a heading that fell there) is not
REPEATED = 0.25
SMALLER = 0.9  # of the text's box height: a running head's type is smaller than this


@dataclass(frozen=True)
class Found:
    kind: str  # "running-head", "page-number", "jump-line"
    line: Segment


def _shape(text: str) -> str:
    return re.sub(r"\d+|[ivxlcdm]+\b", "#", text.strip().lower())


def _rows(lines: list[Segment]) -> list[list[Segment]]:
    rows: list[list[Segment]] = []
    for line in sorted(lines, key=lambda s: s.cy):
        if rows and abs(line.cy - rows[-1][0].cy) < 0.35 * min(line.size, rows[-1][0].size):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _edge_rows(lines: list[Segment], body_size: float) -> list[list[Segment]]:
    """Up to EDGE_ROWS rows at the top and at the bottom, each set off from the next row inward
    by at least EDGE_GAP of its height; or rows in smaller type than the text, tight together
    and set off as a group (`_wrapped`)."""
    rows = _rows(lines)
    found: list[list[Segment]] = []
    for ordered in (rows, rows[::-1]):
        pending: list[list[Segment]] = []
        for i in range(min(EDGE_ROWS, len(ordered) - 1)):
            row, inner = ordered[i], ordered[i + 1]
            height = max(s.y1 - s.y0 for s in row)
            gap = (
                min(s.y0 for s in inner) - max(s.y1 for s in row)
                if ordered is rows
                else min(s.y0 for s in row) - max(s.y1 for s in inner)
            )
            pending.append(row)
            if gap >= EDGE_GAP * height:
                found.extend(pending)
                pending = []
            elif not _wrapped(row, inner, body_size):
                break
    return found


def _wrapped(row: list[Segment], inner: list[Segment], body_size: float) -> bool:
    """Two rows of one running head that a narrow page wrapped (`新闻联播文字版 2023年9月1日 星期`
    / `五`, beside `第9` / `版`): both in type smaller than the text's. Text at a page's edge is
    in the text's own size, so its lines never pass as one. Evidence: bench/pdf_layouts.py's
    `weasy-narrow` pages (45-95 mm), tuning half, through `bench/accuracy_extracted.py
    --reader galley`."""
    return all(s.size < SMALLER * body_size for s in (*row, *inner))


def find_furniture(pages: list[list[Segment]], body_size: float) -> list[set[int]]:
    """Per page, the ids (`id()`) of its furniture lines: edge lines of a furniture form
    (`furniture_kind`; repeated: the same shape at an edge of another page) and jump lines."""
    edges = [_edge_rows(lines, body_size) for lines in pages]
    counts: Counter[str] = Counter()
    for rows in edges:
        counts.update({_shape(s.text) for row in rows for s in row})
    result: list[set[int]] = []
    for lines, rows in zip(pages, edges, strict=True):
        ids: set[int] = set()
        for row in rows:
            for seg in row:
                repeated = counts[_shape(seg.text)] >= max(2, REPEATED * len(pages))
                if furniture_kind(seg, body_size, repeated):
                    ids.add(id(seg))
        ids.update(id(seg) for seg in lines if JUMP_RE.match(seg.text.strip()))
        result.append(ids)
    return result


def furniture_kind(seg: Segment, body_size: float, repeated: bool) -> str | None:
    """What an edge line is, or None when its form says it is text."""
    text = seg.text.strip()
    if PAGE_NUMBER_RE.match(text):
        return "page-number"
    if JUMP_RE.match(text):
        return "jump-line"
    if repeated or EDITION_RE.search(text):
        return "running-head"
    return None


def kind_of(seg: Segment, body_size: float) -> str:
    """The kind recorded for a line `find_furniture` chose."""
    return furniture_kind(seg, body_size, True) or "running-head"
