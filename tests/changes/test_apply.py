"""Applying a pass: its records are ordinary frozen changes, pointing at the source lines."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError

import pytest

from convert.changes import Change, Edit, SourceMap, apply_pass, replay


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
