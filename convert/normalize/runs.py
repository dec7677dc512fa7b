"""The repair passes on a rich document's text runs, with its markup held out.

Each paragraph-like unit (a paragraph, a heading, a list item's paragraph, a table cell, a
caption, a note's paragraph) is normalized as one text, in which every piece of markup that is
not text (code, a note call, a line break that is not a repair candidate) stands as one U+FFFC
OBJECT REPLACEMENT CHARACTER. The passes see the words on both sides of an emphasis or a link,
so a comma after `**加粗**` is judged in its sentence; what they change is then cut back into
the runs it came from. An edit that would reach into markup, or across a boundary between runs
other than to remove a space or a break, is not made: the unit keeps its text and the log gets
one flag (`markup/repair-withheld`) where it would have been. A unit whose repairs would split
it into paragraphs is withheld the same way (joining and splitting paragraphs is left to text
input, see docs/rich.md).

The units' logs are merged into one log over the document's *text view*, the units' texts
joined by blank lines: `replay(view, log)` gives the repaired view, as for a text input, and
each change's line and column are those of the rich file itself (`RichSource.locate`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..changes import Change
from ..changes.model import by_step
from ..changes.replay import replay
from ..chars import is_wide
from ..config import Config
from ..model import (
    Block,
    Figure,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Note,
    Paragraph,
    Quote,
    Span,
    Styled,
    Table,
    Text,
)
from ..readers.rich import DraftBlock, Heading, RichSource, SourcedText
from . import PASSES, Normalized, Pass, normalize
from .cjk_space import remove_spaces_by_fullwidth_marks
from .runs_join import group_paragraphs, join_changes, joined_content

OBJECT = "\ufffc"
# the text passes, and after punctuation (which makes the full-width marks it looks beside) the
# spaces rich readers leave there; named after the family its kind is listed under
_AFTER = next(i for i, p in enumerate(PASSES) if p.name == "punctuation") + 1
RICH_PASSES = (
    *PASSES[:_AFTER],
    Pass("punctuation", remove_spaces_by_fullwidth_marks),
    *PASSES[_AFTER:],
)
SEPARATOR = "\n\n"


@dataclass
class _Unit:
    text: list[str] = field(default_factory=list)  # what the passes see, one char each
    offsets: list[int] = field(default_factory=list)  # source offset of each char
    slots: list[int] = field(default_factory=list)  # the leaf each char belongs to
    leaves: list[Inline] = field(default_factory=list)
    fixed: set[int] = field(default_factory=set)  # leaves no edit may touch (code, note calls)
    end: int = -1  # the source offset where the last text run ended


def _flatten(inlines: tuple[Inline, ...], unit: _Unit) -> None:
    for index, inline in enumerate(inlines):
        slot = len(unit.leaves)
        if isinstance(inline, Styled | Link | Span):
            unit.leaves.append(inline)
            _flatten(inline.children, unit)
            continue
        unit.leaves.append(inline)
        if isinstance(inline, Text):
            offsets = getattr(inline, "offsets", ()) or (-1,) * (len(inline.text) + 1)
            unit.text.extend(inline.text)
            unit.offsets.extend(offsets[:-1])
            unit.slots.extend([slot] * len(inline.text))
            unit.end = offsets[-1]
            continue
        # a line break between wide characters is a candidate repair (a manual break inside a
        # Chinese sentence); any other break, and all other markup, is held out
        wide = isinstance(inline, LineBreak) and _wide_around(inlines, index)
        unit.text.append("\n" if wide else OBJECT)
        unit.offsets.append(unit.end)  # markup stands where the text before it ended
        unit.slots.append(slot)
        if not wide:
            unit.fixed.add(slot)


def _wide_around(inlines: tuple[Inline, ...], index: int) -> bool:
    before = inlines[index - 1] if index else None
    after = inlines[index + 1] if index + 1 < len(inlines) else None
    return (
        isinstance(before, Text)
        and isinstance(after, Text)
        and bool(before.text and after.text)
        and (is_wide(before.text[-1]) or is_wide(after.text[0]))
    )


class _Withheld(Exception):
    pass


def _provenance(unit: _Unit, changes: tuple[Change, ...]) -> list[int]:
    """The leaf of each character of the repaired text, replaying the unit's log."""
    chars, tags = list(unit.text), list(unit.slots)
    for step in by_step(changes):
        new_chars: list[str] = []
        new_tags: list[int] = []
        cursor = built = 0
        for change in step:
            if change.is_flag:
                continue
            old = change.offset - (built - cursor)
            new_chars += chars[cursor:old]
            new_tags += tags[cursor:old]
            end = old + len(change.before)
            touched = tags[old:end]
            if any(t in unit.fixed for t in touched) or "\n\n" in change.after:
                raise _Withheld
            owner = touched[0] if touched else (tags[old - 1] if old else (tags[0] if tags else 0))
            crossing = [c for c, t in zip(chars[old:end], touched, strict=True) if t != owner]
            if any(c.strip() for c in crossing):
                raise _Withheld
            new_chars += change.after
            new_tags += [owner] * len(change.after)
            built += (old - cursor) + len(change.after)
            cursor = end
        chars, tags = new_chars + chars[cursor:], new_tags + tags[cursor:]
    return tags


def _rebuild(
    inlines: tuple[Inline, ...], texts: dict[int, str], fixed: set[int], counter: list[int]
) -> list[Inline]:
    out: list[Inline] = []
    for inline in inlines:
        slot = counter[0]
        counter[0] += 1
        if isinstance(inline, Styled | Link | Span):
            children = tuple(_rebuild(inline.children, texts, fixed, counter))
            if children:
                out.append(replace(inline, children=children))
        elif isinstance(inline, Text):
            text = texts.get(slot, "").replace("\n", " ")
            if text:
                out.append(Text(text))
        elif isinstance(inline, LineBreak) and slot not in fixed:  # a candidate: kept or not
            text = texts.get(slot, "")
            if text == "\n":
                out.append(inline)
            elif text:
                out.append(Text(text))
        else:
            out.append(inline)
    merged: list[Inline] = []  # a join leaves two runs side by side: one run
    for inline in out:
        if merged and type(inline) is Text and type(merged[-1]) is Text:
            merged[-1] = Text(merged[-1].text + inline.text)
        else:
            merged.append(inline)
    return merged


@dataclass
class _Log:
    """The units' logs merged over the text view."""

    source: RichSource
    config: Config
    views: list[str] = field(default_factory=list)  # each unit's source text
    results: list[str] = field(default_factory=list)
    logs: list[tuple[Change, ...]] = field(default_factory=list)
    offsets: list[list[int]] = field(default_factory=list)

    def repair(self, inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
        repaired = self.attempt(inlines)
        return _plain(inlines) if repaired is None else repaired

    def joined(self, group: list[Paragraph], joins: list[Change]) -> tuple[Inline, ...] | None:
        """The paragraphs repaired as one, or None (nothing logged) if they stay apart."""
        return self.attempt(joined_content(group), joins)

    def attempt(
        self, inlines: tuple[Inline, ...], joins: list[Change] | None = None
    ) -> tuple[Inline, ...] | None:
        unit = _Unit()
        _flatten(inlines, unit)
        text = "".join(unit.text)
        if not text.strip(OBJECT + " \n"):
            return None if joins else _plain(inlines)
        normalized = normalize(text, self.config, RICH_PASSES)
        if joins:  # the group's blank lines, joined as the passes decided on the whole run
            step = 1 + max((c.step for c in normalized.changes), default=len(RICH_PASSES))
            made = join_changes(normalized.text, text, joins, step)
            if made is None:
                return None
            joined = replay(normalized.text, made)
            normalized = Normalized(text, joined, (*normalized.changes, *made))
        changes = normalized.changes
        try:
            tags = _provenance(unit, changes)
        except _Withheld:
            changes = (self._withheld(unit, text, normalized),)
            self._add(unit, text, text, changes)
            return _plain(inlines)
        texts: dict[int, str] = {}
        for char, tag in zip(normalized.text, tags, strict=True):
            if tag not in unit.fixed:
                texts[tag] = texts.get(tag, "") + char
        self._add(unit, text, normalized.text, changes)
        return tuple(_rebuild(inlines, texts, unit.fixed, [0]))

    def _withheld(self, unit: _Unit, text: str, normalized: Normalized) -> Change:
        first = next(c for c in normalized.changes if not c.is_flag)
        kinds = sorted({c.kind for c in normalized.changes if not c.is_flag})
        start = first.source_start
        return Change(
            "markup", "repair-withheld", start, "", "", 0, 0, start, start, "warning",
            f"repairs ({', '.join(kinds)}) would reach into markup or split the block; "
            "left as written, check by hand",
        )  # fmt: skip

    def _add(self, unit: _Unit, text: str, result: str, changes: tuple[Change, ...]) -> None:
        self.views.append(text)
        self.results.append(result)
        self.logs.append(changes)
        self.offsets.append(unit.offsets)

    def normalized(self) -> Normalized:
        """One log over the view: changes of one step, unit after unit, shifted into place."""
        steps = sorted({c.step for log in self.logs for c in log})
        lengths = [len(v) for v in self.views]
        merged: list[Change] = []
        view_starts = _starts(lengths)
        for step in steps:
            for index, log in enumerate(self.logs):
                for change in (c for c in log if c.step == step):
                    lengths_now = _starts(lengths)[index]
                    merged.append(self._moved(change, index, lengths_now, view_starts[index]))
                lengths[index] = len(_after_step(self.views[index], log, step))
        view = SEPARATOR.join(self.views)
        return Normalized(view, SEPARATOR.join(self.results), tuple(merged))

    def _moved(self, change: Change, unit: int, at: int, view_start: int) -> Change:
        offsets = self.offsets[unit]
        source = offsets[change.source_start] if change.source_start < len(offsets) else -1
        if source < 0:
            source = next((o for o in offsets if o >= 0), -1)
        line, column = self.source.locate(source) if self.source.locate and source >= 0 else (0, 0)
        message = change.message
        if self.source.describe is not None and source >= 0:
            message = f"{message} ({self.source.describe(source)})" if message else (
                self.source.describe(source)
            )  # fmt: skip
        return change._replace(
            message=message,
            offset=change.offset + at,
            line=line,
            column=column,
            source_start=change.source_start + view_start,
            source_end=change.source_end + view_start,
        )


def _plain(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """The inlines with their runs as plain `Text` (the offsets are the reader's business)."""
    out: list[Inline] = []
    for inline in inlines:
        if isinstance(inline, SourcedText):
            out.append(Text(inline.text))
        elif isinstance(inline, Styled | Link | Span):
            out.append(replace(inline, children=_plain(inline.children)))
        else:
            out.append(inline)
    return tuple(out)


def _starts(lengths: list[int]) -> list[int]:
    starts, at = [], 0
    for length in lengths:
        starts.append(at)
        at += length + len(SEPARATOR)
    return starts


def _after_step(text: str, log: tuple[Change, ...], step: int) -> str:
    return replay(text, [c for c in log if c.step <= step])


def _blocks(blocks: tuple[DraftBlock, ...], log: _Log) -> tuple[DraftBlock, ...]:
    out: list[DraftBlock] = []
    repair = log.repair
    for block in _with_joins(blocks, log):
        if isinstance(block, Heading):
            out.append(Heading(block.level, repair(block.content)))
        elif isinstance(block, _Joined):
            out.append(Paragraph.of(block.inlines))
        elif isinstance(block, Paragraph):
            out.append(Paragraph.of(repair(block.content), block.lang, block.kind))
        elif isinstance(block, ListBlock):  # an item's paragraphs are never joined
            items = tuple(_inner(item, log, join=False) for item in block.items)
            out.append(ListBlock(block.ordered, items))
        elif isinstance(block, Quote):
            out.append(Quote(_inner(block.children, log)))
        elif isinstance(block, Table):
            rows = [tuple(tuple(repair(cell) for cell in row) for row in rows)
                    for rows in (block.head, block.rows)]  # fmt: skip
            out.append(Table(rows[0], rows[1], repair(block.caption) if block.caption else ()))
        elif isinstance(block, Figure):
            out.append(replace(block, caption=repair(block.caption) if block.caption else ()))
        else:
            out.append(block)
    return tuple(out)


def _inner(blocks: tuple[Block, ...], log: _Log, join: bool = True) -> tuple[Block, ...]:
    if not join:
        return tuple(
            b for b in (_blocks((b,), log)[0] for b in blocks) if not isinstance(b, Heading)
        )
    return tuple(b for b in _blocks(blocks, log) if not isinstance(b, Heading))


@dataclass(frozen=True)
class _Joined:
    inlines: tuple[Inline, ...]  # already repaired


def _with_joins(blocks: tuple[DraftBlock, ...], log: _Log) -> list[DraftBlock | _Joined]:
    """Runs of plain paragraphs in groups the passes would join (`runs_join`), each repaired as
    one paragraph; the rest as they were."""
    out: list[DraftBlock | _Joined] = []
    run: list[Paragraph] = []

    def flush() -> None:
        for group, joins in group_paragraphs(run, log.config, RICH_PASSES):
            joined = log.joined(group, joins) if len(group) > 1 else None
            out.extend([_Joined(joined)] if joined is not None else group)
        run.clear()

    for block in blocks:
        if isinstance(block, Paragraph) and not block.kind:
            run.append(block)
            continue
        flush()
        out.append(block)
    flush()
    return out


@dataclass(frozen=True)
class RepairedRich:
    blocks: tuple[DraftBlock, ...]
    notes: tuple[Note, ...]
    normalized: Normalized


def repair_runs(source: RichSource, config: Config | None = None) -> RepairedRich:
    """Every unit of the document repaired in reading order, then the notes'."""
    log = _Log(source, config or Config())
    blocks = _blocks(source.blocks, log)
    notes = tuple(replace(n, children=_inner(n.children, log)) for n in source.notes)
    return RepairedRich(blocks, notes, log.normalized())


def with_notices(normalized: Normalized, source: RichSource) -> Normalized:
    """The reader's notices (what it dropped) as flags at the head of the log, located in the
    file; they change no text, so the log still replays."""
    flags = []
    for notice in source.notices:
        line, column = (0, 0)
        if source.locate is not None and notice.offset >= 0:
            line, column = source.locate(notice.offset)
        message = f"{notice.message}: {notice.quote}" if notice.quote else notice.message
        flags.append(
            Change("reader", notice.kind, 0, "", "", line, column, 0, 0, "warning", message, -1)
        )
    return replace(normalized, changes=(*flags, *normalized.changes)) if flags else normalized
