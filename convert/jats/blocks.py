"""The block kinds beyond sections and paragraphs, both ways: lists, quotes, tables, figures,
code, rules and notes as JATS (`list`, `disp-quote`, `table-wrap`, `fig`, `preformat`,
`fn-group/fn`), and the same elements read back into the model."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..model import (
    Block,
    CodeBlock,
    Figure,
    Inline,
    ListBlock,
    Note,
    Quote,
    Row,
    Rule,
    Table,
)
from .inlines import XLINK_HREF, add_inlines, read_inlines

BlockWriter = Callable[[etree._Element, Block], None]
BlockReader = Callable[[etree._Element], tuple[Block, ...]]


class Ids:
    """Document-wide element ids in build order: t1, t2 … for tables, f1 … for figures."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def next(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}{self.counts[prefix]}"


def _caption(parent: etree._Element, caption: tuple[Inline, ...]) -> None:
    if caption:
        add_inlines(etree.SubElement(etree.SubElement(parent, "caption"), "p"), caption)


def _rows(parent: etree._Element, rows: tuple[Row, ...], cell_tag: str) -> None:
    for row in rows:
        tr = etree.SubElement(parent, "tr")
        for cell in row:
            add_inlines(etree.SubElement(tr, cell_tag), cell)


def add_block(parent: etree._Element, block: Block, ids: Ids, write: BlockWriter) -> None:
    """A block other than a paragraph or section; `write` adds those (and recurses)."""
    if isinstance(block, ListBlock):
        element = etree.SubElement(parent, "list")
        element.set("list-type", "order" if block.ordered else "bullet")
        for index, item in enumerate(block.items):
            list_item = etree.SubElement(element, "list-item")
            if block.labels:
                etree.SubElement(list_item, "label").text = block.labels[index]
            for child in item:
                write(list_item, child)
    elif isinstance(block, Quote):
        quote = etree.SubElement(parent, "disp-quote")
        for child in block.children:
            write(quote, child)
    elif isinstance(block, Table):
        wrap = etree.SubElement(parent, "table-wrap", id=ids.next("t"))
        _caption(wrap, block.caption)
        table = etree.SubElement(wrap, "table")
        if block.head:
            _rows(etree.SubElement(table, "thead"), block.head, "th")
        _rows(etree.SubElement(table, "tbody"), block.rows, "td")
    elif isinstance(block, Figure):
        fig = etree.SubElement(parent, "fig", id=ids.next("f"))
        _caption(fig, block.caption)
        graphic = etree.SubElement(fig, "graphic")
        graphic.set(XLINK_HREF, block.src)
        etree.SubElement(graphic, "alt-text").text = block.alt
    elif isinstance(block, CodeBlock):
        etree.SubElement(parent, "preformat", {"preformat-type": "code"}).text = block.text
    elif isinstance(block, Rule):
        etree.SubElement(etree.SubElement(parent, "p", {"content-type": "rule"}), "hr")


def add_notes(root: etree._Element, notes: tuple[Note, ...], write: BlockWriter) -> None:
    if not notes:
        return
    group = etree.SubElement(etree.SubElement(root, "back"), "fn-group")
    for note in notes:
        fn = etree.SubElement(group, "fn", id=note.id)
        etree.SubElement(fn, "label").text = note.label
        for child in note.children:
            write(fn, child)


def _read_rows(parent: etree._Element | None, cell_tag: str) -> tuple[Row, ...]:
    if parent is None:
        return ()
    return tuple(tuple(read_inlines(c) for c in tr.iterfind(cell_tag)) for tr in parent.iter("tr"))


def _read_caption(parent: etree._Element) -> tuple[Inline, ...]:
    p = parent.find("caption/p")
    return read_inlines(p) if p is not None else ()


def read_block(element: etree._Element, read: BlockReader) -> Block | None:
    """The block an element other than `p` (plain) or `sec` stands for, or None."""
    tag = element.tag
    if tag == "list":
        list_items = list(element.iterfind("list-item"))
        items = tuple(read(item) for item in list_items)
        labels = tuple(item.findtext("label") or "" for item in list_items)
        return ListBlock(element.get("list-type") == "order", items, labels if any(labels) else ())
    if tag == "disp-quote":
        return Quote(read(element))
    if tag == "table-wrap":
        table = element.find("table")
        if table is None:
            return None
        head = _read_rows(table.find("thead"), "th")
        return Table(head, _read_rows(table.find("tbody"), "td"), _read_caption(element))
    if tag == "fig":
        graphic = element.find("graphic")
        if graphic is None:
            return None
        alt = graphic.find("alt-text")
        alt_text = "".join(str(t) for t in alt.itertext()) if alt is not None else ""
        return Figure(graphic.get(XLINK_HREF, ""), alt_text, _read_caption(element))
    if tag == "preformat":
        return CodeBlock("".join(str(t) for t in element.itertext()))
    if tag == "p" and element.get("content-type") == "rule":
        return Rule()
    return None


def read_notes(root: etree._Element, read: BlockReader) -> tuple[Note, ...]:
    notes: list[Note] = []
    for fn in root.iterfind("back/fn-group/fn"):
        label = fn.find("label")
        text = "".join(str(t) for t in label.itertext()) if label is not None else ""
        notes.append(Note(fn.get("id", ""), text, read(fn)))
    return tuple(notes)
