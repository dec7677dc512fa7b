"""Decisions on the structure: this block is the title, a heading, a paragraph, or furniture.

They are honoured on the document the structure stage built, before the JATS is made from it, so
the JATS, every writer and the review page see the editor's structure. A block is named by its
whole text. The body is edited as a flat sequence of headings and paragraphs and nested again
by heading level, so turning a heading into a paragraph leaves its paragraphs in the section
before it, and a paragraph made a heading opens a section at the level of the heading before it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Block as BodyBlock
from ..model import Document, Inline, ListBlock, Note, NoteRef, Paragraph, Section, Table, Text
from ..structure.lines import source_lines
from .model import StructureDecision


@dataclass(frozen=True)
class Block:
    """One block of a document, as the review page lists it."""

    role: str  # title, kicker, subtitle, heading, paragraph, list, table, note
    text: str  # a list's or table's: its lines, one per line
    level: int = 0  # of a heading


@dataclass(frozen=True)
class Item:
    """A body entry while the body is flat: a heading (level > 0) or a paragraph."""

    text: str
    level: int
    lang: str | None
    kind: str = ""
    other: BodyBlock | None = None  # a list, table, quote…: carried through as it is
    inlines: tuple[Inline, ...] = ()  # a paragraph's markup (a note's call)


def outline(document: Document) -> tuple[Block, ...]:
    """The blocks of a document in reading order, with the role the structure gave each."""
    front = [
        Block(r, t)
        for r, t in (
            ("kicker", document.kicker),
            ("title", document.title),
            ("subtitle", document.subtitle),
        )
        if t
    ]
    body = [
        Block("heading" if i.level else "paragraph", i.text, i.level)
        if i.other is None
        else Block(_kind(i.other), "\n".join(source_lines(i.other)))
        for i in flatten(document.body)
        if i.other is None or _kind(i.other)
    ]
    notes = [Block("note", note_line(note)) for note in document.notes]
    return (*front, *body, *notes)


def _kind(block: BodyBlock) -> str:
    """`list` or `table` for the blocks a decision can give back as lines, else ""."""
    if isinstance(block, ListBlock) and block.labels:
        return "list"
    return "table" if isinstance(block, Table) and source_lines(block) else ""


def note_line(note: Note) -> str:
    """A note as the line it was read from: its label, then its text."""
    text = " ".join(p.text for p in note.children if isinstance(p, Paragraph))
    return f"{note.label} {text}"


def flatten(body: Sequence[BodyBlock]) -> list[Item]:
    items: list[Item] = []
    for node in body:
        if isinstance(node, Section):
            items.append(Item(node.title, node.level, node.lang))
            items.extend(flatten(node.children))
        elif isinstance(node, Paragraph):
            items.append(Item(node.text, 0, node.lang, node.kind, inlines=node.inlines))
        else:
            items.append(Item("", 0, None, other=node))
    return items


def nest(items: Sequence[Item]) -> tuple[BodyBlock, ...]:
    """The flat body nested again: a heading closes every open section at its level or deeper;
    each section's level is its depth, as the structure stage numbers them."""
    root: list[BodyBlock] = []
    stack: list[tuple[Item, list[BodyBlock]]] = []

    def close() -> None:
        item, children = stack.pop()
        section = Section(item.text, len(stack) + 1, tuple(children), item.lang)
        (stack[-1][1] if stack else root).append(section)

    for item in items:
        if item.level:
            while stack and stack[-1][0].level >= item.level:
                close()
            stack.append((item, []))
        elif item.other is not None:
            (stack[-1][1] if stack else root).append(item.other)
        else:
            paragraph = Paragraph(item.text, item.lang, item.kind, item.inlines)
            (stack[-1][1] if stack else root).append(paragraph)
    while stack:
        close()
    return tuple(root)


def apply_structure(
    document: Document, decisions: Sequence[StructureDecision], fallback_title: str = ""
) -> tuple[Document, tuple[int, ...]]:
    """The document with every decision honoured, and the decisions that named no block."""
    stale: list[int] = []
    for index, decision in enumerate(decisions):
        changed = _apply(document, decision, fallback_title)
        if changed is None:
            stale.append(index)
        else:
            document = changed
    return document, tuple(stale)


def _apply(document: Document, decision: StructureDecision, fallback: str) -> Document | None:
    """One decision applied, or None when no block has its text."""
    text = same_text(decision.text)
    lines = undo_lines(document, decision)
    if lines is not None or decision.role in ("list", "table", "note"):
        return lines  # (a list, table or note role names only such a block)
    items = flatten(document.body)
    in_body = [
        i for i, item in enumerate(items) if item.other is None and same_text(item.text) == text
    ]
    front = [f for f in ("kicker", "title", "subtitle") if same_text(getattr(document, f)) == text]
    if not in_body and not front:
        return None
    moved: list[Item] = []  # front blocks that become body blocks go first in the body
    changes: dict[str, str] = {}
    for name in front:
        if decision.role == name:
            continue
        changes[name] = fallback if name == "title" else ""
        if decision.role in ("paragraph", "heading"):
            level = 1 if decision.role == "heading" else 0
            moved.append(Item(getattr(document, name), level, None))
    for i in in_body:
        items[i] = _recast(items, i, decision.role)
    kept = [item for item in items if item.level >= 0]
    if decision.role == "title" and "title" not in front:
        if document.title and document.title != fallback:
            moved.append(Item(document.title, 0, None))
        # the block's own text: the decision's may differ in width or spaces (`same_text`)
        changes["title"] = items[in_body[0]].text if in_body else getattr(document, front[0])
    return replace(
        document,
        body=nest([*moved, *kept]),
        title=changes.get("title", document.title),
        kicker=changes.get("kicker", document.kicker),
        subtitle=changes.get("subtitle", document.subtitle),
    )


def same_text(text: str) -> str:
    """What two block texts must share to be the same block: equal after NFKC (full-width
    punctuation and letters folded) without white space, so that a decision made on a block
    still finds it when a change inside it is rejected (`她说，再见` and `她说,再见`)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _recast(items: list[Item], i: int, role: str) -> Item:
    """Block i given `role` (a level of -1 removes it from the body)."""
    item = items[i]
    if role == "paragraph":
        return replace(item, level=0)
    if role == "heading":
        if item.level:
            return item
        before = [x.level for x in items[:i] if x.level > 0]
        return replace(item, level=before[-1] if before else 1, kind="")
    return replace(item, level=-1)  # the title (moved to the front) or furniture (dropped)


def undo_lines(document: Document, decision: StructureDecision) -> Document | None:
    """A decision on a list, a table or a note (None: it names none). `paragraph` gives its
    lines back as paragraphs (a note's at the end of the body, its call as the label it
    showed), `furniture` drops it, any other role leaves it as it is."""
    text = same_text(decision.text)
    items = flatten(document.body)
    found = [
        i
        for i, item in enumerate(items)
        if item.other is not None
        and _kind(item.other)
        and same_text("\n".join(source_lines(item.other))) == text
    ]
    notes = [note for note in document.notes if same_text(note_line(note)) == text]
    if not found and not notes:
        return None
    if decision.role not in ("paragraph", "furniture"):
        return document
    keep = decision.role == "paragraph"
    for i in reversed(found):
        other = items[i].other
        assert other is not None
        lines = source_lines(other) if keep else []
        items[i : i + 1] = [Item(line, 0, None) for line in lines]
    ids = {note.id: note for note in notes}
    body = list(nest(items))
    if ids:
        body = [_uncalled(block, ids) for block in body]
        if keep:
            body.extend(Paragraph(note_line(note)) for note in notes)
    remaining = tuple(note for note in document.notes if note.id not in ids)
    return replace(document, body=tuple(body), notes=remaining)


def _uncalled(block: BodyBlock, notes: dict[str, Note]) -> BodyBlock:
    """`block` with its calls of `notes` made text again (the label they showed)."""
    if isinstance(block, Section):
        return replace(block, children=tuple(_uncalled(b, notes) for b in block.children))
    if not isinstance(block, Paragraph) or not block.inlines:
        return block
    inlines: list[Inline] = []
    for inline in block.inlines:
        if isinstance(inline, NoteRef) and inline.note in notes:
            inline = Text(inline.label)
        last = inlines[-1] if inlines else None
        if isinstance(last, Text) and isinstance(inline, Text):
            inlines[-1] = Text(last.text + inline.text)
        else:
            inlines.append(inline)
    if len(inlines) == 1 and isinstance(inlines[0], Text):
        return Paragraph(inlines[0].text, block.lang, block.kind)
    return Paragraph.of(tuple(inlines), block.lang, block.kind)
