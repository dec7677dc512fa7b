"""Records of a text that depend on stretches of whole lines, computed again only around edits.

The mojibake repairs are asked of each text the line-endings, invisible and mojibake passes see,
in every round, and between two of those texts often only a few lines changed. `LineLocal` keeps
the records of one text; told how the next text was made from it (`derived`), it computes only
the lines around the edits again, and a caller that needs the records near a few places only (a
NEL, a soft hyphen) gets those of the lines around them. A `LineLocal` belongs to one
`Context`, so nothing it keeps outlives the normalize() call that made it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, NamedTuple, Protocol, TypeVar


class Spanned(Protocol):
    """A record of a `LineLocal` function: a named tuple with the span it covers."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Replacement(Protocol):
    """What `derived` needs of an edit: text[start:end] became `after`."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def after(self) -> str: ...


S = TypeVar("S", bound=Spanned)
CutTest = Callable[[str, int], bool]
Derivations = tuple[tuple[str, tuple[Replacement, ...]], ...]


class Cut(NamedTuple):
    """Where a `LineLocal` function's text may be cut: after a line feed where `test(text,
    position of the line feed)` holds. `test` may read `behind` characters before the line feed
    and `ahead` after it, no more: the stretches computed again keep those characters out of
    every edit, so the test answers the same in the text before and after the edits."""

    test: CutTest
    behind: int = 1
    ahead: int = 0


# Stretches closer than this (characters) are computed as one: each computation has a fixed cost
# about that of this many characters more.
MERGE_GAP = 400
# Beyond one edit per this many characters since the kept text, finding the lines around each
# costs about as much as the whole text (1,000 edits in a 1 MB text's ~340,000 characters): the
# next call computes the whole text instead (nothing is kept meanwhile). The whole text's cost
# grows with its length, the lines around an edit's do not (`derived_limit`).
DERIVED_EDIT_CHARACTERS = 340


def derived_limit(length: int) -> int:
    """The most edits kept since the kept text, for a text of `length` characters."""
    return length // DERIVED_EDIT_CHARACTERS


class Made(NamedTuple):
    """An edit of `composed`: text[start:end] became `after`."""

    start: int
    end: int
    after: str


def composed(
    first: Sequence[Replacement], second: Sequence[Replacement], new: str
) -> tuple[Made, ...]:
    """One set of edits (sorted, apart) of the text `first` was made in, that makes `new`, which
    `second` made from `first`'s output. Where an edit of `second` meets or touches the output
    of one of `first` (or another's), they are one edit: its `after` is what `new` holds there.

    The stretches of the middle text that edits made or replace are merged in its coordinates;
    between two merged stretches the middle text holds characters neither set touched, the
    first text's, and the new text holds them too: each end moves by the growth of the edits
    before it (in the first text, of `first`'s; in the new, of `second`'s)."""
    spans: list[tuple[int, int, int, int]] = []  # (start, end, growth by first, by second)
    growth = 0
    for edit in first:
        start = edit.start + growth
        grown = len(edit.after) - (edit.end - edit.start)
        spans.append((start, start + len(edit.after), grown, 0))
        growth += grown
    spans += [(e.start, e.end, 0, len(e.after) - (e.end - e.start)) for e in second]
    spans.sort()
    out: list[Made] = []
    before_first = before_second = 0  # growth of the edits of the stretches merged so far
    index, count = 0, len(spans)
    while index < count:
        start, end, by_first, by_second = spans[index]
        index += 1
        while index < count and spans[index][0] <= end:
            end = max(end, spans[index][1])
            by_first += spans[index][2]
            by_second += spans[index][3]
            index += 1
        old_start, new_start = start - before_first, start + before_second
        before_first += by_first
        before_second += by_second
        out.append(Made(old_start, end - before_first, new[new_start : end + before_second]))
    return tuple(out)


class LineLocal(Generic[S]):
    """A function of a text whose records (sorted, not overlapping) depend on stretches of whole
    lines, its last result kept: between two line feeds where `cut_after(text, position of the
    line feed)` holds, no record crosses, and the records are those of the stretch alone.

    The result is kept for the identical string (identity, not equality: comparing two
    megabytes of text would cost more than some of the work it saves, and a string the driver
    passes on unchanged is the same object). A text `derived` from the kept one gets the kept
    records outside the stretches around the edits, shifted, and the function's records of
    those stretches: what the whole text gets. A result is shared between callers, so they must
    not change it.
    """

    def __init__(self, func: Callable[[str], list[S]], cut_after: Cut) -> None:
        self.func = func
        self.cut_after = cut_after
        # (text, its records, the latest text made from it since, with the edits that made it
        # from the text, `composed`); the text is None once one is made from it: no caller asks
        # of it again, and the records are computed from the latest text alone
        # (`_records_after`), so no earlier text is kept alive through the passes that follow
        # (the normalizer's peak, bench/README.md)
        self.slot: tuple[str | None, list[S], Derivations] | None = None

    def kept(self, text: str) -> list[S] | None:
        """The records of `text` if they are kept, or can be made from kept ones, else None."""
        kept = self.slot
        if kept is None:
            return None
        if kept[0] is text:
            return kept[1]
        folded = self._fold(kept, text)
        if folded is None:
            return None
        self.slot = folded
        return folded[1]

    def __call__(self, text: str) -> list[S]:
        records = self.kept(text)
        if records is None:
            records = self.func(text)
            self.slot = (text, records, ())
        return records

    def stretch(self, text: str, pos: int) -> tuple[int, int, list[S]]:
        """(start, end, records) of the stretch of whole lines around `pos` that the text may be
        cut to, its records in text coordinates (the whole text and all its records if they are
        kept). Nothing is kept: the records of a stretch are not the text's."""
        records = self.kept(text)
        if records is not None:
            return 0, len(text), records
        start = _stretch_start(text, pos, self.cut_after)
        end = _stretch_end(text, pos, self.cut_after)
        return start, end, [_shifted(r, start) for r in self.func(text[start:end])]

    def around(self, text: str, positions: Iterable[int]) -> list[S]:
        """The records of the stretches around `positions` (sorted): every record of the text
        that holds one of them, and others."""
        records: list[S] = []
        covered = -1
        for pos in positions:
            if pos < covered:
                continue
            _, covered, found = self.stretch(text, pos)
            records += found
        return records

    def derived(self, old: str, new: str, edits: Sequence[Replacement]) -> None:
        """`new` is `old` with `edits` (sorted, in `old`'s coordinates) applied: if the records
        of `old`, or of a text `old` was derived from, are kept, they are the start for `new`."""
        kept = self.slot
        if kept is None:
            return
        text, records, derivations = kept
        if (derivations[-1][0] if derivations else text) is not old:
            return
        earlier = derivations[-1][1] if derivations else ()
        if len(earlier) + len(edits) > derived_limit(len(new)):
            self.slot = None  # too many lines changed: the whole text is computed next time
        elif earlier:
            self.slot = (None, records, ((new, composed(earlier, edits, new)),))
        else:
            self.slot = (None, records, ((new, tuple(edits)),))

    def _fold(
        self, kept: tuple[str | None, list[S], Derivations], text: str
    ) -> tuple[str | None, list[S], Derivations] | None:
        """The slot for `text`, if it is one of the kept derivations: each derivation's edits
        applied to the records in turn, up to `text`."""
        _, records, derivations = kept
        index = next((i for i, (new, _) in enumerate(derivations) if new is text), None)
        if index is None:
            return None
        for new, edits in derivations[: index + 1]:
            records = self._records_after(new, records, edits)
        return (text, records, derivations[index + 1 :])

    def _records_after(self, new: str, records: list[S], edits: Sequence[Replacement]) -> list[S]:
        """The records of `new`, from `records` of the text that `edits` turned into `new`."""
        out: list[S] = []
        index, count, shift = 0, len(records), 0
        for start, end, old_start, old_end in _stretches(new, edits, self.cut_after):
            while index < count and records[index].start < old_start:
                out.append(_shifted(records[index], shift))
                index += 1
            # a stretch holds the records that start inside it; one that starts at its end is
            # the next line's, unless the stretch ends the text: then it is an insertion at the
            # text's end, computed again too (kept, it would be made twice: `ab` + `c` + `c`)
            last = old_end + (end == len(new))
            while index < count and records[index].start < last:
                index += 1  # computed again below
            out.extend(_shifted(record, start) for record in self.func(new[start:end]))
            shift = end - old_end
        out.extend(_shifted(record, shift) for record in records[index:])
        return out


def cut_stretches(
    text: str, spans: Sequence[tuple[int, int]], cut_after: Cut, lines_beside: int = 0
) -> list[tuple[int, int]]:
    """The stretches of `text` between line feeds where `cut_after` holds around `spans` (sorted:
    each the output of edits made since an earlier text, or more), widened as `LineLocal`
    widens the stretches it computes again, then by `lines_beside` whole lines on each side;
    merged where they meet. Outside them, a `LineLocal` function's records are those of the
    earlier text (`_stretches`)."""
    out: list[tuple[int, int]] = []
    for span_start, span_end in spans:
        start = _stretch_start(text, max(0, span_start - cut_after.ahead), cut_after)
        end = _stretch_end(text, span_end + cut_after.behind, cut_after)
        for _ in range(lines_beside):
            start = text.rfind("\n", 0, max(0, start - 1)) + 1
            end = text.find("\n", end) + 1 or len(text)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _stretch_end(text: str, pos: int, cut_after: Cut) -> int:
    """After the first line feed at or after `pos` where the text may be cut (or its end)."""
    end = text.find("\n", pos)
    while end >= 0 and not cut_after.test(text, end):
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end + 1


def _stretch_start(text: str, pos: int, cut_after: Cut) -> int:
    """After the last line feed before `pos` where the text may be cut (or 0)."""
    start = text.rfind("\n", 0, pos)
    while start >= 0 and not cut_after.test(text, start):
        start = text.rfind("\n", 0, start)
    return start + 1


def _stretches(new: str, edits: Sequence[Replacement], cut_after: Cut) -> list[list[int]]:
    """[start, end, old start, old end] of each stretch of `new` to compute again.

    Each edit's output lies inside a stretch, and the characters `cut_after` reads around each
    stretch's ends lie outside every edit's output, so they stand unchanged at the old ends:
    `cut_after` says the same there in the old text, and the text outside the stretches is the
    same in both. (Stretches closer than MERGE_GAP, far more than a `Cut` reads, are merged.)"""
    stretches: list[list[int]] = []
    delta = 0  # new position - old position, after the edits so far
    for edit in edits:
        out_start = edit.start + delta
        delta += len(edit.after) - (edit.end - edit.start)
        out_end = out_start + len(edit.after)
        if stretches and out_end + cut_after.behind + 1 <= stretches[-1][1]:
            stretches[-1][3] = stretches[-1][1] - delta  # inside the last stretch
            continue
        start = _stretch_start(new, max(0, out_start - cut_after.ahead), cut_after)
        end = _stretch_end(new, out_end + cut_after.behind, cut_after)
        if stretches and start <= stretches[-1][1] + MERGE_GAP:
            stretches[-1][1] = max(end, stretches[-1][1])
            stretches[-1][3] = stretches[-1][1] - delta
        else:
            old_start = start - (delta - len(edit.after) + (edit.end - edit.start))
            stretches.append([start, end, old_start, end - delta])
    return stretches


def _shifted(record: S, shift: int) -> S:
    if not shift:
        return record
    return record._replace(start=record.start + shift, end=record.end + shift)  # type: ignore[attr-defined]
