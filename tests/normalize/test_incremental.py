"""The mojibake repairs of a text made from the kept one by a few edits, and of the lines
around a few positions, are exactly those of the whole text."""

from __future__ import annotations

import random
import re
from itertools import pairwise
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from convert.changes import Edit
from convert.normalize import incremental, normalize
from convert.normalize.context import Context
from convert.normalize.mojibake import SpanIndex, index, phrases, wraps
from convert.normalize.mojibake.spans import mojibake_spans

PHRASES = [
    "坚信在中国共产党的领导下",
    "“全面建成小康社会”",
    "报告指出，要坚持人民至上。",
    "东城区总工会",
    "基础设施建设……",
    "Hello, world.",
]


def _garbled(phrase: str, rng: random.Random) -> str:
    """The phrase as one of the wrong decodings the mojibake pass repairs (or as it is)."""
    history = rng.randrange(6)
    if history == 3:  # lossy: a phrase a hard wrap may cut inside a character (phrases.py)
        return phrase.encode("utf-8").decode("gbk", errors="replace")
    if history == 0:
        return phrase.encode("utf-8").decode("latin-1")
    if history == 1:
        return phrase.encode("utf-8").decode("cp1252", errors="ignore")
    if history == 2:
        return phrase.encode("gbk").decode("latin-1")
    return phrase


def _damaged_text(rng: random.Random) -> str:
    """Lines of Chinese with garbled phrases, hard-wrapped at random widths (so that some line
    breaks fall inside a garbled character), with the line ends and invisible characters the
    earlier passes see."""
    text = "".join(_garbled(rng.choice(PHRASES), rng) for _ in range(rng.randint(1, 12)))
    width = rng.randint(3, 17)
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    ends = ["\n", "\n", "\n\n", "\r\n", "\u00ad\n", "\x85"]
    last = rng.choice([*ends, "", ""])  # a text may end without a line end: repairs at its end
    return "".join(line + rng.choice(ends) for line in lines[:-1]) + lines[-1] + last


def _random_edits(text: str, rng: random.Random) -> list[Edit]:
    """Sorted, non-overlapping edits of the kinds the passes make: deletions (line feeds
    included), insertions and replacements, some of them Latin-1 bytes at line ends."""
    inserts = ["", "", "\n", "中", "Ã", "\u00ad", "\u00a0", "，", "ä¸", "鍏", "瀛"]
    edits: list[Edit] = []
    pos = 0
    while pos < len(text):
        pos += rng.randint(0, 40)
        if pos > len(text):
            break
        end = min(len(text), pos + rng.randint(0, 2))
        after = rng.choice(inserts)
        if text[pos:end] != after:
            edits.append(Edit(pos, end, after, "test"))
        pos = end + 1
    return edits


def _applied(text: str, edits: list[Edit]) -> str:
    pieces, cursor = [], 0
    for edit in edits:
        pieces += [text[cursor : edit.start], edit.after]
        cursor = edit.end
    return "".join(pieces) + text[cursor:]


def _whole(text: str) -> list[object]:
    return list(mojibake_spans(text))


def test_repairs_of_a_derived_text_are_those_of_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (edits kept whatever their number: these texts are short, `derived_limit`)
    monkeypatch.setattr(incremental, "DERIVED_EDIT_CHARACTERS", 1)
    rng = random.Random(3)
    derived_at_least_once = 0
    for _ in range(300):
        first = _damaged_text(rng)
        second = _applied(first, edits := _random_edits(first, rng))
        third = _applied(second, more := _random_edits(second, rng))
        context = Context()
        spans = context.mojibake
        assert spans(first) == _whole(first)
        context.derived(first, second, edits)
        context.derived(second, third, more)
        kept = spans.slot
        derived_at_least_once += kept is not None and len(kept[2]) == 1
        assert kept is None or kept[0] is None  # the first text is not kept alive
        assert kept is None or kept[2][0][0] is third  # (nor the second: the edits composed)
        assert spans(third) == _whole(third)  # two derivations folded at once
        assert spans(second) == _whole(second)  # not kept any more: computed
    assert derived_at_least_once > 250


def test_repairs_near_a_position_are_the_whole_texts_there() -> None:
    rng = random.Random(5)
    for _ in range(200):
        text = _damaged_text(rng)
        whole = _whole(text)
        for pos in sorted(rng.sample(range(len(text)), min(5, len(text)))):
            start, end, records = Context().mojibake.stretch(text, pos)
            assert start <= pos < end
            assert records == [r for r in whole if start <= r.start < end]  # type: ignore[attr-defined]
        index = SpanIndex(text, Context().mojibake)
        inside = {p for r in whole for p in range(r.start, r.end)}  # type: ignore[attr-defined]
        assert [p in index for p in range(-1, len(text) + 1)] == [
            p in inside for p in range(-1, len(text) + 1)
        ]


def test_normalize_gives_the_same_result_without_derived_or_partial_repairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(7)
    sources = [_damaged_text(rng) + "\n\n" + _damaged_text(rng) for _ in range(60)]
    monkeypatch.setattr(incremental, "DERIVED_EDIT_CHARACTERS", 1)  # (short texts derived too)
    fast = [normalize(source) for source in sources]
    # every text computed whole
    monkeypatch.setattr(incremental, "DERIVED_EDIT_CHARACTERS", 1 << 40)
    monkeypatch.setattr(index, "STRETCH_CHARACTERS", 1 << 40)
    monkeypatch.setattr(index, "LINE_CHARACTERS", 1 << 40)
    plain = [normalize(source) for source in sources]
    assert fast == plain


class Mark(NamedTuple):
    start: int
    end: int


def _marks(text: str) -> list[Mark]:
    """A line-local function whose records include insertions: each run of `x`, and the end of
    each line that ends in `!` (at its line feed, or at the end of the text)."""
    return [
        Mark(m.start(), m.end()) if m.group() != "!" else Mark(m.end(), m.end())
        for m in re.finditer(r"x+|!(?=\n|\Z)", text)
    ]


def test_an_insertion_at_the_end_of_the_text_is_computed_again() -> None:
    """The record of an insertion at the end of the text belongs to the last stretch: kept
    besides the stretch's new records, the pass made it again in every round (ftfy's repair of
    `ÄãºÃÃ©ÄãºÃé` ends in one; the text came out with its second half twice)."""
    marks = incremental.LineLocal(_marks, incremental.Cut(lambda text, pos: True))
    assert marks("ab!") == [Mark(3, 3)]
    marks.derived("ab!", new := "abc", [Edit(2, 3, "c", "test")])
    assert marks(new) == []
    spans = Context().mojibake
    source = "ÄãºÃÃ©ÄãºÃé"
    first = spans(source)
    assert first[-1].start == first[-1].end == len(source)  # ftfy's alignment ends in one
    edits = [Edit(r.start, r.end, r.after, r.kind) for r in first]
    spans.derived(source, repaired := _applied(source, edits), edits)
    assert spans(repaired) == _whole(repaired)


@given(st.text("ax!\n", max_size=24), st.data())
def test_derived_records_with_insertions_are_those_of_the_whole_text(
    text: str, data: st.DataObject
) -> None:
    edits: list[Edit] = []
    pos = 0
    while pos <= len(text) and data.draw(st.booleans()):
        start = data.draw(st.integers(pos, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 3)))
        after = data.draw(st.text("ax!\n", max_size=3))
        if after != text[start:end]:
            edits.append(Edit(start, end, after, "test"))
        pos = end + 1
    marks = incremental.LineLocal(_marks, incremental.Cut(lambda text, pos: True))
    marks(text)
    marks.derived(text, new := _applied(text, edits), edits)
    assert marks(new) == _marks(new)


def test_a_break_inside_a_misread_phrase_follows_a_phrase_start_closely() -> None:
    """`_breaks_inside_characters` asks `_inside_misread_phrase` only at the line feeds
    `_line_feeds_after` finds: every line end where it holds is among them."""
    rng = random.Random(17)
    held = 0
    for _ in range(1500):
        text = _damaged_text(rng).replace("\r\n", "\n").replace("\x85", "\n")
        starts = [m.start() for m in phrases.PHRASE_START_RE.finditer(text)]
        near = wraps._line_feeds_after(text, starts, wraps.CUT_CONTEXT)
        line_start = 0
        for end in [m.start() for m in re.finditer("\n", text)] + [len(text)]:
            if wraps._inside_misread_phrase(text, line_start, end):
                held += 1
                assert end in near, (text, end)
            line_start = end + 1
    assert held > 20  # the generator cuts misread phrases inside characters


@given(st.text("ab\n", max_size=20), st.data())
def test_composed_edits_make_the_new_text_from_the_first(text: str, data: st.DataObject) -> None:
    """`composed(first, second, new)` applied to the first text gives `new`, its edits sorted
    and apart, and each character of `new` an edit of `first` or `second` made lies in one of
    their outputs (so the lines around them are those a `LineLocal` computes again)."""
    first = _drawn_edits(text, data)
    middle = _applied(text, first)
    second = _drawn_edits(middle, data)
    new = _applied(middle, second)
    edits = incremental.composed(first, second, new)
    assert _applied(text, edits) == new  # type: ignore[arg-type]
    assert all(a.end < b.start for a, b in pairwise(edits))
    by_first = _carried(_made(middle, first), second)
    made = [m1 or m2 for m1, m2 in zip(by_first, _made(new, second), strict=True)]
    assert all(covered for covered, was in zip(_made(new, edits), made, strict=True) if was)


def _drawn_edits(text: str, data: st.DataObject) -> list[Edit]:
    edits: list[Edit] = []
    pos = 0
    while pos <= len(text) and data.draw(st.booleans()):
        start = data.draw(st.integers(pos, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 3)))
        after = data.draw(st.text("abc\n", max_size=3))
        if after != text[start:end]:
            edits.append(Edit(start, end, after, "test"))
        pos = end + data.draw(st.integers(0, 1))  # (edits that touch, and edits apart)
        if edits and pos <= edits[-1].start:
            pos = edits[-1].start + 1
    return edits


def _made(text: str, edits: object) -> list[bool]:
    """For each character of `text` (the edits' output), whether an edit made it."""
    flags: list[bool] = []
    cursor = 0
    for edit in edits:  # type: ignore[attr-defined]
        flags += [False] * (edit.start - cursor) + [True] * len(edit.after)
        cursor = edit.end
    return flags + [False] * (len(text) - len(flags))


def _carried(flags: list[bool], edits: list[Edit]) -> list[bool]:
    """`flags` of a text's characters, through `edits` (an edit's output: False)."""
    out: list[bool] = []
    cursor = 0
    for edit in edits:
        out += flags[cursor : edit.start] + [False] * len(edit.after)
        cursor = edit.end
    return out + flags[cursor:]
