"""The change log's position mapping and the normalizer's rounds: the shortcuts taken for speed
give exactly what the plain definitions give."""

from __future__ import annotations

import pickle
import random
from bisect import bisect_right
from dataclasses import FrozenInstanceError

import pytest

from convert.changes import Change, Edit, SourceMap, _PassMap, apply_pass, buckets, replay
from convert.config import Config
from convert.normalize import Pass, normalize
from convert.normalize.context import Context


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


def test_mapping_all_positions_at_once_equals_mapping_each() -> None:
    rng = random.Random(3)
    for _ in range(40):
        text = "".join(rng.choice("ab\n中文") for _ in range(rng.randint(1, 60)))
        source_map = SourceMap(text)
        for _ in range(rng.randint(1, 4)):
            text, _changes = apply_pass(text, _random_edits(rng, len(text)), "t", source_map)
        positions = list(range(len(text) + 1))
        for end in (False, True):
            assert source_map.to_source_all(positions, end=end) == [
                source_map.to_source(p, end=end) for p in positions
            ]


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


def test_mapping_spans_equals_mapping_each_end() -> None:
    """Spans of every length, empty ones included, at and around edits of every kind."""
    rng = random.Random(5)
    for _ in range(60):
        text = "".join(rng.choice("ab\n中文") for _ in range(rng.randint(1, 60)))
        source_map = SourceMap(text)
        for _ in range(rng.randint(1, 5)):
            text, _changes = apply_pass(text, _random_edits(rng, len(text)), "t", source_map)
        spans = [(a, b) for a in range(len(text) + 1) for b in range(a, min(len(text), a + 4) + 1)]
        starts, ends = source_map.to_source_spans([a for a, _ in spans], [b for _, b in spans])
        assert starts == [source_map.to_source(a) for a, _ in spans]
        assert ends == [source_map.to_source(b, end=True) for _, b in spans]


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
    return _PassMap(tuple(out_starts), tuple(out_ends), tuple(in_starts), tuple(in_ends), shifts)


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


def test_logged_changes_are_frozen_changes() -> None:
    """`apply_pass` makes its records the fast way; they are `Change`s like any other."""
    source = "甲,乙\n"
    _text, (change,) = apply_pass(source, [Edit(1, 2, "，", "comma")], "p", SourceMap(source))
    expected = Change("p", "comma", 1, ",", "，", 1, 2, 1, 2)
    assert type(change) is Change
    assert change == expected and hash(change) == hash(expected)
    assert pickle.loads(pickle.dumps(change)) == expected
    with pytest.raises(FrozenInstanceError):
        change.after = "x"  # type: ignore[misc]


def test_logged_changes_point_at_the_source_lines() -> None:
    source = "第一行\nab\n第三行"
    source_map = SourceMap(source)
    text, first = apply_pass(source, [Edit(4, 4, "xx", "insert")], "one", source_map)
    assert text == "第一行\nxxab\n第三行"
    _, second = apply_pass(text, [Edit(9, 12, "三", "replace")], "two", source_map, 1)
    assert [(c.line, c.column) for c in first + second] == [(2, 1), (3, 1)]
    assert (second[0].source_start, second[0].source_end) == (7, 10)
    assert replay(source, first + second) == "第一行\nxxab\n三"


def _counting(name: str, calls: list[str], old: str, new: str) -> Pass:
    def run(text: str, config: Config, context: Context) -> list[Edit]:
        calls.append(name)
        at = text.find(old)
        return [] if at < 0 else [Edit(at, at + len(old), new, name)]

    return Pass(name, run)


def test_a_pass_is_not_run_again_on_a_text_it_changed_nothing_in() -> None:
    calls: list[str] = []
    passes = (
        _counting("first", calls, "a", "b"),  # one `a` per run: changes in rounds 1 and 2
        _counting("second", calls, "c", "d"),  # finds nothing in this text
    )
    result = normalize("aa", passes=passes)
    assert result.text == "bb"
    assert replay("aa", result.changes) == "bb"
    # round 1: both; round 2: first changes the text, so second runs again on the new text;
    # round 3: first finds nothing, and second sees the very text it saw in round 2: skipped
    assert calls == ["first", "second", "first", "second", "first"]


def test_skipping_settled_passes_keeps_the_fixed_point() -> None:
    calls: list[str] = []
    passes = (
        _counting("widen", calls, ",", "，"),
        _counting("join", calls, "\n\n", ""),  # joining blocks puts a comma next to Han
    )
    result = normalize("中文,\n\n后文,\n\n再后", passes=passes)
    assert "," not in result.text
    assert normalize(result.text, passes=passes).changes == ()
    assert replay("中文,\n\n后文,\n\n再后", result.changes) == result.text
