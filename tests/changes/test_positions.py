"""Positions through the change log: the shortcuts taken for speed give exactly what the plain
definitions give, and each change is carried forward to what it wrote in the result."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence

import pytest

from convert.changes import Change, Edit, SourceMap, apply_pass, positions
from convert.changes.model import by_step
from convert.changes.positions import _PassMap, _shifts_sooner, buckets, result_spans
from convert.normalize import normalize


def _random_edits(rng: random.Random, length: int) -> list[Edit]:
    """Sorted, non-overlapping insertions, deletions and replacements inside a text, some of
    them adjacent."""
    edits: list[Edit] = []
    pos = 0
    while pos < length:
        start = rng.randint(pos, min(length, pos + 6))
        end = min(length, start + rng.choice((0, 0, 1, 2, 3)))
        after = rng.choice(("", "X", "YZ", "一二三"))
        if start == end and not after:
            after = "I"  # an empty edit at a point would be no edit at all
        edits.append(Edit(start, end, after, "test"))
        pos = end + rng.choice((0, 1, 1))  # some edits meet: a deletion, then an insertion
    return edits


def test_a_bisection_inside_a_bucket_finds_what_a_bisection_of_the_whole_table_finds() -> None:
    """Tables dense and sparse, repeated entries, empty buckets, positions at the table's ends,
    before its first entry and at the text's end."""
    rng = random.Random(7)
    for _ in range(300):
        length = rng.randint(0, 400)
        starts = sorted(rng.choices(range(length + 1), k=rng.randint(1, 60)))  # repeats too
        shift, bounds = buckets(starts, length)
        for x in range(length + 1):
            b = x >> shift
            assert bisect_right(starts, x, bounds[b], bounds[b + 1]) == bisect_right(starts, x)


@pytest.mark.parametrize("shuffled", [False, True])
def test_mapping_spans_equals_mapping_each_end(shuffled: bool) -> None:
    """Spans of every length, empty ones included, at and around edits of every kind: spans in
    order walked along each table (`_walk_back`: tables longer than the spans, skipped over by
    bisection, and shorter), and spans out of order (the plain definition)."""
    rng = random.Random(5)
    for _ in range(60):
        text = "".join(rng.choice("ab\n中文") for _ in range(rng.randint(1, 60)))
        source_map = SourceMap(text)
        for _ in range(rng.randint(1, 5)):
            text, _changes = apply_pass(text, _random_edits(rng, len(text)), "t", source_map)
        spans = [(a, b) for a in range(len(text) + 1) for b in range(a, min(len(text), a + 4) + 1)]
        if shuffled:
            rng.shuffle(spans)
        else:  # some tables longer than the spans, some shorter
            density = rng.choice((0.05, 0.3, 1.0))
            spans = [span for span in spans if rng.random() < density]
        starts, ends = source_map.to_source_spans([a for a, _ in spans], [b for _, b in spans])
        assert starts == [source_map.to_source(a) for a, _ in spans]
        assert ends == [source_map.to_source(b, end=True) for _, b in spans]


def test_a_spans_source_end_is_never_before_its_source_start() -> None:
    """Mapped back, positions keep their order, start and end alike, and a position's end is
    never before its start (at an insertion's edge they meet): so a span's source end is never
    before its source start, which `apply_pass` logs without a test."""
    rng = random.Random(23)
    for _ in range(200):
        text = "".join(rng.choice("ab\n中文") for _ in range(rng.randint(1, 60)))
        source_map = SourceMap(text)
        for _ in range(rng.randint(1, 5)):
            text, changes = apply_pass(text, _random_edits(rng, len(text)), "t", source_map)
            assert all(c.source_start <= c.source_end for c in changes)
        starts = [source_map.to_source(x) for x in range(len(text) + 1)]
        ends = [source_map.to_source(x, end=True) for x in range(len(text) + 1)]
        assert starts == sorted(starts) and ends == sorted(ends)
        assert all(map(int.__le__, starts, ends))


def _few_edits(rng: random.Random, text: str) -> list[Edit]:
    """A pass of a few edits (one in twenty characters or fewer); in some passes every edit
    keeps its length (nothing after it moves), in others some do."""
    share = rng.choice((0.01, 0.03, 0.1))
    edits = [e for e in _random_edits(rng, len(text)) if rng.random() < share]
    keep = rng.choice((0.3, 1.0))
    return [e._replace(after="Z" * (e.end - e.start)) if rng.random() < keep else e for e in edits]


def test_a_pass_of_many_spans_behind_few_edits_is_shifted_as_each_end_maps() -> None:
    """`_shift_back`: the spans a pass gives (in order, not overlapping, empty ones too, some
    meeting an edit or two) behind tables of a few edits, against each end mapped plainly."""
    rng = random.Random(19)
    taken = moved = 0  # texts with a table `_shift_back` takes, and with one whose text moved
    for _ in range(150):
        text = "".join(rng.choice("ab\n中文") for _ in range(rng.randint(1, 600)))
        source_map = SourceMap(text)
        for _ in range(rng.randint(1, 4)):
            text, _changes = apply_pass(text, _few_edits(rng, text), "t", source_map)
        spans = [(e.start, e.end) for e in _random_edits(rng, len(text))]
        shifted = [m.shifts for m in source_map._passes if _shifts_sooner(len(spans), m.shifts)]
        taken += bool(shifted)
        moved += any(len(shifts) > shifts.count(0) for shifts in shifted)
        starts, ends = source_map.to_source_spans([a for a, _ in spans], [b for _, b in spans])
        assert starts == [source_map.to_source(a) for a, _ in spans]
        assert ends == [source_map.to_source(b, end=True) for _, b in spans]
    assert taken > 80 and moved > 30


def _full_map(edits: list[Edit]) -> _PassMap:
    """The pass map of every altering edit, the one-for-one ones included (what `push` made
    before it left those out)."""
    out_starts, out_ends, in_starts, in_ends = [], [], [], []
    delta = 0
    for edit in edits:
        out_starts.append(edit.start + delta)
        delta += len(edit.after) - (edit.end - edit.start)
        out_ends.append(out_starts[-1] + len(edit.after))
        in_starts.append(edit.start)
        in_ends.append(edit.end)
    shifts = tuple(a - b for a, b in zip(in_ends, out_ends, strict=True))
    pass_map = _PassMap(tuple(out_starts), tuple(out_ends), shifts)
    assert pass_map.in_starts == tuple(in_starts) and pass_map.in_ends == tuple(in_ends)
    return pass_map


def _back_by_inputs(pass_map: _PassMap, pos: int, end: bool) -> int:
    """`_PassMap.back` as defined on the inputs' starts and ends, before the map derived them."""
    in_starts, in_ends = pass_map.in_starts, pass_map.in_ends
    i = bisect_right(pass_map.out_starts, pos) - 1
    if end and i >= 0 and pass_map.out_starts[i] == pos and pass_map.out_ends[i] > pos:
        i -= 1
    if i < 0:
        return pos
    if pos < pass_map.out_ends[i]:
        return in_ends[i] if end else in_starts[i]
    return pos - pass_map.out_ends[i] + in_ends[i]


def test_a_map_s_inputs_derived_from_its_outputs_and_shifts_map_back_as_stored_ones() -> None:
    """The map keeps each edit's output span and shift; where the input started and ended is
    derived. Mapped back by the stored inputs (as the map did), every position of the output,
    as a start and as an end, comes back the same."""
    rng = random.Random(29)
    for _ in range(200):
        text = "".join(rng.choice("ab\n中文") for _ in range(rng.randint(1, 50)))
        edits = _random_edits(rng, len(text))
        altering = [e for e in edits if e.after != text[e.start : e.end]]
        pass_map = _full_map(altering)
        length = len(text) + sum(len(e.after) - (e.end - e.start) for e in altering)
        for pos in range(length + 1):
            for end in (False, True):
                assert pass_map.back(pos, end=end) == _back_by_inputs(pass_map, pos, end)


def test_one_for_one_edits_left_out_of_the_map_change_no_position() -> None:
    """`push` leaves out edits of one character into one; mapped back through every edit, each
    position and span end comes back the same."""
    rng = random.Random(11)
    for _ in range(60):
        text = "".join(rng.choice("ab\n中文") for _ in range(rng.randint(1, 50)))
        source_map = SourceMap(text)
        full: list[_PassMap] = []
        for _ in range(rng.randint(1, 5)):
            edits = _random_edits(rng, len(text))
            if rng.random() < 0.5:  # a widening pass: mostly one-for-one edits
                edits = [e._replace(end=min(e.start + 1, len(text)), after="，") for e in edits]
                edits = [e for e in edits if e.end > e.start]
                edits = [e for i, e in enumerate(edits) if i == 0 or e.start >= edits[i - 1].end]
            altering = [e for e in edits if e.after != text[e.start : e.end]]
            text, _changes = apply_pass(text, edits, "t", source_map)
            full.append(_full_map(altering))
        spans = [(a, b) for a in range(len(text) + 1) for b in range(a, min(len(text), a + 3) + 1)]
        starts, ends = source_map.to_source_spans([a for a, _ in spans], [b for _, b in spans])
        for (a, b), start, end in zip(spans, starts, ends, strict=True):
            for pass_map in reversed(full):
                a, b = pass_map.back(a), pass_map.back(b, end=True)
            assert (start, end) == (a, b)


def test_the_tables_made_while_applying_are_those_push_makes() -> None:
    """`apply_pass` makes the pass's tables as it applies the edits (`SourceMap.push_tables`):
    the same tables `push` makes of the edits that altered the text, flags and one-for-one
    edits among them; a table's start is the logged change's offset (one int object), and a
    deletion's end is its start."""
    rng = random.Random(23)
    for _ in range(80):
        # (positions past 256: smaller ints are one object each in CPython anyway)
        text = "".join(rng.choice("ab\n中文") for _ in range(rng.randint(300, 400)))
        applied, pushed = SourceMap(text), SourceMap(text)
        for _ in range(rng.randint(1, 5)):
            edits = _random_edits(rng, len(text))
            if rng.random() < 0.3:  # flags among them, and one-for-one edits
                edits = [
                    e._replace(after=text[e.start : e.end] or e.after) if rng.random() < 0.5 else e
                    for e in edits
                ]
            altering = [e for e in edits if e.after != text[e.start : e.end]]
            text, changes = apply_pass(text, edits, "t", applied)
            pushed.push(altering)
            assert applied._passes == pushed._passes
            if any(len(e.after) != 1 or e.end - e.start != 1 for e in altering):
                table = applied._passes[-1]
                offsets = {id(c.offset) for c in changes}
                assert all(id(start) in offsets for start in table.out_starts)
                pairs = zip(table.out_starts, table.out_ends, strict=True)
                assert all(end is start for start, end in pairs if end == start)


def test_result_spans_land_on_each_changes_after_text() -> None:
    source = (
        "标题\r\n\r\n第一段,有  ｗｏｒｄ\u200b和 and 字;\r\n接着(上)。\r\n\r\n第二段\x0c继续\r\n"
    )
    normalized = normalize(source)
    spans = result_spans(normalized.changes)
    surviving = [
        (c, normalized.text[a:b]) for c, (a, b) in zip(normalized.changes, spans, strict=True)
    ]
    # a change later overwritten (a CRLF that a hard wrap then joined) collapses to a point;
    # every other change's span in the result holds exactly what it wrote
    assert all(text in (change.after, "") for change, text in surviving)
    assert sum(text == change.after for change, text in surviving) >= len(surviving) - 1


def _plain_result_spans(changes: Sequence[Change]) -> list[tuple[int, int]]:
    """`result_spans` by its definition: each change's ends carried through every later step
    one position at a time (`_PassMap.forward`)."""
    steps = [_PassMap.of_step(group) for group in by_step(changes)]
    spans: list[tuple[int, int]] = []
    for number, step in enumerate(steps):
        for start, end in zip(step.out_starts, step.out_ends, strict=True):
            for later in steps[number + 1 :]:
                start = later.forward(start, end=False)
                end = max(start, later.forward(end, end=True))
            spans.append((start, end))
    return spans


@pytest.mark.parametrize("runs_from", [1, 8, 10**9])  # always by runs, as measured, never
def test_positions_carried_forward_in_order_as_each_alone(
    runs_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`forward_sorted` (walked, or a run of positions at a time) against `forward` of each
    position: tables of insertions, deletions, replacements and same-length edits, some
    meeting; positions in order, repeated, at and inside every edit's ends."""
    monkeypatch.setattr(positions, "FORWARD_RUNS_PER_EDIT", runs_from)
    rng = random.Random(23)
    for _ in range(300):
        length = rng.randint(0, 80)
        table = _full_map(_random_edits(rng, length))
        points = sorted(rng.randint(0, length) for _ in range(rng.choice((1, 5, 40, 200))))
        for end in (False, True):
            assert table.forward_sorted(points, end=end) == [
                table.forward(p, end=end) for p in points
            ]


def test_result_spans_as_defined() -> None:
    """Logs of several steps (changes and flags, as `apply_pass` logs them), and a step whose
    changes are out of order (no pass logs one: the plain path)."""
    rng = random.Random(29)
    for _ in range(150):
        text = "".join(rng.choice("ab\n中文") for _ in range(rng.randint(1, 300)))
        source_map = SourceMap(text)
        log: list[Change] = []
        for step in range(rng.randint(1, 6)):
            edits = _random_edits(rng, len(text)) if rng.random() < 0.7 else _few_edits(rng, text)
            text, changes = apply_pass(text, edits, "t", source_map, step)
            log += changes
        assert result_spans(log) == _plain_result_spans(log)
    backwards = [
        Change("t", "k", 5, "ab", "X", 1, 6, 5, 7, step=0),
        Change("t", "k", 1, "", "YZ", 1, 2, 1, 1, step=0),
        Change("u", "k", 0, "Y", "", 1, 1, 0, 0, step=1),
    ]
    assert result_spans(backwards) == _plain_result_spans(backwards)
