"""Applying a pass: its records are ordinary immutable changes, pointing at the source lines."""

from __future__ import annotations

import pickle
import random

import pytest

from convert.changes import Change, Edit, SourceMap, apply_pass, replay
from convert.changes import apply as apply_module


def test_logged_changes_are_frozen_changes() -> None:
    """`apply_pass` makes its records the fast way (`tuple.__new__`, every field given); they are
    `Change`s like any other, `where` and all."""
    source = "甲,乙\n"
    _text, (change,) = apply_pass(source, [Edit(1, 2, "，", "comma")], "p", SourceMap(source))
    expected = Change("p", "comma", 1, ",", "，", 1, 2, 1, 2)
    assert type(change) is Change
    assert change == expected and hash(change) == hash(expected)
    assert tuple(change) == tuple(expected) and change.where == ""
    assert pickle.loads(pickle.dumps(change)) == expected
    with pytest.raises(AttributeError):
        change.after = "x"  # type: ignore[misc]
    assert change._replace(after="x") == Change("p", "comma", 1, ",", "x", 1, 2, 1, 2)


def test_logged_changes_point_at_the_source_lines() -> None:
    source = "第一行\nab\n第三行"
    source_map = SourceMap(source)
    text, first = apply_pass(source, [Edit(4, 4, "xx", "insert")], "one", source_map)
    assert text == "第一行\nxxab\n第三行"
    _, second = apply_pass(text, [Edit(9, 12, "三", "replace")], "two", source_map, 1)
    assert [(c.line, c.column) for c in first + second] == [(2, 1), (3, 1)]
    assert (second[0].source_start, second[0].source_end) == (7, 10)
    assert replay(source, first + second) == "第一行\nxxab\n三"


def test_each_changes_line_and_column_are_those_of_its_source_start() -> None:
    """Changes on one line, on the next, further on, and on the last line, empty lines and a
    final line feed included: the line and column `apply_pass` keeps from the change before
    are those counted from the source."""
    rng = random.Random(3)
    for _ in range(200):
        source = "".join(rng.choice("ab\n\n中") for _ in range(rng.randint(0, 80)))
        source_map = SourceMap(source)
        text = source
        for step in range(rng.randint(1, 4)):
            edits, pos = [], 0
            while pos < len(text) and len(edits) < 40:
                start = rng.randint(pos, min(len(text), pos + rng.choice((0, 1, 3, 12))))
                end = min(len(text), start + rng.choice((0, 1, 2)))
                edits.append(Edit(start, end, rng.choice(("", "x", "\n", "，")), "k"))
                pos = end + 1
            text, changes = apply_pass(text, edits, "p", source_map, step)
            for change in changes:
                line = source.count("\n", 0, change.source_start) + 1
                column = change.source_start - (source.rfind("\n", 0, change.source_start) + 1)
                assert (change.line, change.column) == (line, column + 1)


@pytest.mark.parametrize("join_characters", [1, 3, 40, 1 << 16])
def test_the_new_text_is_the_edits_spliced_in_whatever_the_joins(
    monkeypatch: pytest.MonkeyPatch, join_characters: int
) -> None:
    """The new text is joined in stretches of `JOIN_CHARACTERS` (the peak memory): the same
    text as one join of every piece, on random edits (flags among them) of random texts."""
    monkeypatch.setattr(apply_module, "JOIN_CHARACTERS", join_characters)
    rng = random.Random(join_characters)
    for _ in range(200):
        source = "".join(rng.choice("甲乙,\n ab") for _ in range(rng.randrange(0, 120)))
        edits, cursor = [], 0
        while cursor < len(source) and rng.random() < 0.9:
            start = rng.randrange(cursor, len(source) + 1)
            end = rng.randrange(start, min(len(source), start + 3) + 1)
            after = rng.choice(["", "x", "丙丁", source[start:end]])  # the last: a flag
            edits.append(Edit(start, end, after, "k"))
            cursor = end + 1
        expected, cursor = [], 0
        for edit in edits:
            expected += [source[cursor : edit.start], edit.after]
            cursor = edit.end
        text, changes = apply_pass(source, edits, "p", SourceMap(source))
        assert text == "".join(expected) + source[cursor:]
        assert replay(source, changes) == text


def test_a_pass_that_only_flags_hands_back_the_very_text() -> None:
    """The driver's caches know a text by identity (`Context`): flags alone leave it."""
    source = "甲 abc 乙"
    text, changes = apply_pass(source, [Edit(2, 5, "abc", "stray")], "p", SourceMap(source))
    assert text is source and [c.is_flag for c in changes] == [True]


@pytest.mark.parametrize(
    "edits",
    [
        [Edit(3, 2, "", "k")],
        [Edit(0, 2, "", "k"), Edit(1, 3, "", "k")],
        [Edit(2, 3, "", "k"), Edit(0, 1, "", "k")],
        [Edit(-1, 1, "", "k")],
        [Edit(4, 9, "", "k")],
    ],
)
def test_edits_out_of_order_or_range_are_refused_before_anything_changes(
    edits: list[Edit],
) -> None:
    source = "甲乙丙丁"
    source_map = SourceMap(source)
    with pytest.raises(ValueError, match="out of order or range"):
        apply_pass(source, edits, "p", source_map)
    assert source_map.to_source(3) == 3


def test_edits_are_refused_exactly_where_one_is_out_of_order_or_range() -> None:
    """The edits are checked before the loop, by C walks over their starts and ends: refused
    exactly when some edit starts before the one before it ends (or before the text), ends
    before it starts or past the text, and the error names the first such edit. Random lists of
    edits near the text's ends and each other's, most of them wrong somewhere."""
    rng = random.Random(17)
    refused = 0
    for _ in range(3000):
        source = "甲乙,丙\n丁"[: rng.randrange(0, 7)]
        edits = [
            Edit(rng.randrange(-1, len(source) + 2), rng.randrange(-1, len(source) + 2), "x", "k")
            for _ in range(rng.randrange(0, 4))
        ]
        last_end, first_wrong = 0, None
        for edit in edits:
            if not last_end <= edit.start <= edit.end <= len(source):
                first_wrong = edit
                break
            last_end = edit.end
        source_map = SourceMap(source)
        if first_wrong is None:
            text, changes = apply_pass(source, edits, "p", source_map)
            assert replay(source, changes) == text
        else:
            refused += 1
            with pytest.raises(ValueError) as raised:
                apply_pass(source, edits, "p", source_map)
            assert str(raised.value).endswith(f": {first_wrong}")
            assert source_map.to_source(len(source)) == len(source)  # no map pushed
    assert 1000 < refused < 2900


def test_the_altering_edits_are_handed_back_in_order_flags_left_out() -> None:
    """`altered` gets the edits that changed the text, in order: every edit where none only
    flags (the list as given), those whose `after` differs from what they cover otherwise."""
    rng = random.Random(29)
    for _ in range(300):
        source = "".join(rng.choice("甲乙,\n ab") for _ in range(rng.randrange(1, 60)))
        edits, cursor = [], 0
        while cursor < len(source) and rng.random() < 0.8:
            start = rng.randrange(cursor, len(source) + 1)
            end = rng.randrange(start, min(len(source), start + 3) + 1)
            after = rng.choice(["", "x", "丙丁", source[start:end], source[start:end]])
            edits.append(Edit(start, end, after, "k"))
            cursor = end + 1
        altered: list[Edit] = [Edit(0, 0, "kept", "k")]  # (the driver's list, extended)
        text, changes = apply_pass(source, edits, "p", SourceMap(source), 0, altered)
        expected = [e for e in edits if e.after != source[e.start : e.end]]
        assert altered[1:] == expected
        assert [c.is_flag for c in changes] == [e not in expected for e in edits]
        assert replay(source, changes) == text
