"""Plain-text lists and tables: runs of kept lines (`normalize.unwrap.kept`) as `ListBlock` and
`Table` (issue 12, item 6).

The repairs keep each item, row and note line a block of its own; here a run of them becomes the
block it is. Evidence for every rule: no clean zh-news-xwlb paragraph opens with an item marker
or holds a tab, so none of them is touched (their enumerations, `一是……二是……`, run inside a
sentence and have no marker at a line's start); bench/damage_print.py sets a paragraph's
sentences as `1.`/`1. `/`（一）`/`•` items and statistical tables as tab-separated rows, and
clean ja-livedoor sets runs of `■`/`●` lines (figures in bench/README.md).
"""

from __future__ import annotations

import re

from ..headings import is_table_row
from ..markers import Marker, follows, marker, rank
from ..model import Block, ListBlock, Paragraph, Table, Text
from .language import lang_attr

CELL_SPLIT_RE = re.compile(r"\t+")
DIGIT_RE = re.compile(r"\d")


def in_item_runs(texts: list[str]) -> list[bool]:
    """Which blocks are items of a list: a block with a marker next to (or among a run of
    marked blocks with) another of its list, the same kind numbered one apart. Such a block is
    no heading, however short (`一、调整开放时间` between `（二）…` and `二、…`)."""
    markers = [marker(t) for t in texts]
    flags = [False] * len(texts)
    start = 0
    while start < len(texts):
        end = start
        while end < len(texts) and markers[end] is not None:
            end += 1
        run = [m for m in markers[start:end] if m is not None]
        for offset, item in enumerate(run):
            flags[start + offset] = any(
                follows(item, other) or follows(other, item) for other in run if other is not item
            )
        start = end + 1
    return flags


class _Lists:
    """Items parsed into nested lists: `read` gives one list's items from `start`."""

    def __init__(self, markers: list[Marker], lang: str) -> None:
        self.markers = markers
        self.lang = lang

    def paragraph(self, text: str) -> Paragraph:
        return Paragraph(text, lang_attr(text, self.lang))

    def read(self, start: int) -> tuple[ListBlock, int]:
        """The list that opens at `start` and where it ends. A run of a deeper kind right after
        an item nests in it only with evidence: the outer numbering resumes after the run, or
        the item announces it (`…如下：`); without it, the run is a list of its own."""
        markers = self.markers
        items: list[tuple[Block, ...]] = []
        labels: list[str] = []
        at = start
        previous: Marker | None = None
        while at < len(markers) and (previous is None or follows(markers[at], previous)):
            item = markers[at]
            at += 1
            children: list[Block] = [self.paragraph(item.rest)]
            deeper = at < len(markers) and rank(markers[at].kind) > rank(item.kind) >= 0
            if deeper and markers[at].number == 1:
                inner, end = self.read(at)
                resumes = end < len(markers) and follows(markers[end], item)
                if len(inner.items) > 1 and (resumes or item.rest.endswith(("：", ":"))):
                    children.append(inner)
                    at = end
            items.append(tuple(children))
            labels.append(item.label + item.gap)
            previous = item
        ordered = markers[start].kind != "bullet"
        return ListBlock(ordered, tuple(items), tuple(labels)), at


def list_blocks(texts: list[str], lang: str) -> list[Block]:
    """A run of item blocks as lists: each list has two items at least (a lone `1.` line is a
    paragraph, as a lone numbered sentence usually is); what no list takes stays a paragraph."""
    markers = [marker(t) for t in texts]
    found = [m for m in markers if m is not None]
    if len(found) < len(texts) or len(found) < 2:
        return [Paragraph(t, lang_attr(t, lang)) for t in texts]
    lists = _Lists(found, lang)
    blocks: list[Block] = []
    at = 0
    while at < len(found):
        block, end = lists.read(at)
        if len(block.items) > 1:
            blocks.append(block)
            at = end
        else:
            blocks.append(lists.paragraph(texts[at]))
            at += 1
    return blocks


def cells(text: str) -> list[str]:
    return CELL_SPLIT_RE.split(text.strip())


def table_block(rows: list[str]) -> Table | None:
    """Rows of tab-separated cells as a table: two rows at least, each with the same number of
    cells (a lone tabbed line is a page head, `人民日报\\t2024年…\\t星期五`). The first row is the
    header only when it looks it: no digit in it, while every other row holds one (a
    statistical table's `项目\\t去年\\t今年`); otherwise every row is a body row."""
    split = [cells(r) for r in rows]
    if len(split) < 2 or len({len(r) for r in split}) != 1 or len(split[0]) < 2:
        return None
    made = [tuple((Text(c),) for c in row) for row in split]
    header = not DIGIT_RE.search(rows[0]) and all(DIGIT_RE.search(r) for r in rows[1:])
    if header:
        return Table((made[0],), tuple(made[1:]))
    return Table((), tuple(made))


def is_item(text: str) -> bool:
    return marker(text) is not None


def line_blocks(texts: list[str], lang: str) -> list[Block]:
    """Body blocks that are not headings, with runs of items and of table rows made lists and
    tables; everything else a paragraph, as before."""
    blocks: list[Block] = []
    at = 0
    while at < len(texts):
        end = at + 1
        if is_table_row(texts[at]):
            while end < len(texts) and is_table_row(texts[end]):
                end += 1
            table = table_block(texts[at:end])
            if table is not None:
                blocks.append(table)
                at = end
                continue
        elif is_item(texts[at]):
            while end < len(texts) and is_item(texts[end]):
                end += 1
            blocks.extend(list_blocks(texts[at:end], lang))
            at = end
            continue
        blocks.extend(Paragraph(t, lang_attr(t, lang)) for t in texts[at:end])
        at = end
    return blocks


def source_lines(block: Block) -> list[str]:
    """The lines a list or a table was read from (an item's label and text, a row's cells apart
    by a tab): what a decision that it is paragraphs gives back (`decisions.structure`)."""
    if isinstance(block, ListBlock):
        lines: list[str] = []
        for index, item in enumerate(block.items):
            label = block.labels[index] if block.labels else ""
            for child in item:
                if isinstance(child, Paragraph):
                    lines.append(label + child.text)
                    label = ""
                else:
                    lines.extend(source_lines(child))
        return lines
    if isinstance(block, Table):
        rows = (*block.head, *block.rows)
        return [
            "\t".join("".join(t.text for t in c if isinstance(t, Text)) for c in r) for r in rows
        ]
    return []
