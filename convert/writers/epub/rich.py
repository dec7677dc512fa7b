"""What pandoc's JATS reader and EPUB writer do to rich content that Galley puts right.

- Note calls: pandoc numbers notes afresh in every chapter file (the second note of the article
  is "1" in the second chapter); each call gets the article's own label back, so a note is
  called by the same number in the EPUB as in the PDF and the DOCX.
- Line breaks: the JATS carries a hard break as U+2028 (`jats.inlines`), which pandoc passes on
  as a character that readers show as a space; it becomes `<br/>`.
"""

from __future__ import annotations

from lxml import etree

from ...model import (
    LINE_SEPARATOR,
    Block,
    Document,
    Figure,
    ListBlock,
    NoteRef,
    Paragraph,
    Section,
    Table,
    note_refs,
    walk_blocks,
)
from ..html_blocks import label_items
from .tree import OPS, XHTML


def _labels(blocks: tuple[Block, ...]) -> list[str]:
    """The labels of the note calls in reading order (headings, paragraphs, captions, cells)."""
    found: list[NoteRef] = []
    for block in walk_blocks(blocks):
        if isinstance(block, Section):
            found.extend(note_refs(block.heading))
        elif isinstance(block, Paragraph):
            found.extend(note_refs(block.inlines))
        elif isinstance(block, Table):
            found.extend(note_refs(block.caption))
            for row in (*block.head, *block.rows):
                for cell in row:
                    found.extend(note_refs(cell))
        elif isinstance(block, Figure):
            found.extend(note_refs(block.caption))
    return [ref.label for ref in found]


def fix_note_calls(chapters: list[etree._Element], doc: Document) -> None:
    calls = [
        a
        for body in chapters
        for a in body.iter(f"{{{XHTML}}}a")
        if a.get(f"{{{OPS}}}type") == "noteref"
    ]
    labels = _labels(doc.body)
    if len(calls) != len(labels):
        return  # pandoc made something else of them: leave its numbers
    for call, label in zip(calls, labels, strict=True):
        for child in list(call):
            call.remove(child)
        call.text = label


def fix_list_labels(chapters: list[etree._Element], doc: Document) -> None:
    """A plain-text list's own markers: pandoc's JATS reader drops each item's `label` and
    numbers the list 1, 2, 3; the lists are matched to the model's in reading order."""
    lists = [b for b in walk_blocks(doc.body) if isinstance(b, ListBlock)]
    found = [
        element
        for body in chapters
        for element in body.iter(f"{{{XHTML}}}ol", f"{{{XHTML}}}ul")
        if not any(a.get("class", "").startswith("footnotes") for a in element.iterancestors())
    ]
    if len(found) != len(lists):
        return  # pandoc made something else of them: leave its numbers
    for element, block in zip(found, lists, strict=True):
        if block.labels:
            label_items(element, block.labels, styled=True)


def fix_line_breaks(chapters: list[etree._Element]) -> None:
    """U+2028 in text and tails becomes `<br/>`."""
    for body in chapters:
        for element in list(body.iter()):
            if element.text and LINE_SEPARATOR in element.text:
                first, *rest = element.text.split(LINE_SEPARATOR)
                element.text = first
                for index, piece in enumerate(rest):
                    br = etree.Element(f"{{{XHTML}}}br")
                    br.tail = piece
                    element.insert(index, br)
            if element.tail and LINE_SEPARATOR in element.tail:
                first, *rest = element.tail.split(LINE_SEPARATOR)
                element.tail = first
                anchor = element
                for piece in rest:
                    br = etree.Element(f"{{{XHTML}}}br")
                    br.tail = piece
                    anchor.addnext(br)
                    anchor = br
