"""Later rounds run a pass that declares its locality on the changed lines alone: the partial
run must give the whole run's edits, and the driver the same text and change log."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from convert.changes import Edit
from convert.config import Config
from convert.normalize import PASSES, Pass, normalize, partial
from convert.normalize.context import Context
from convert.normalize.invisible import remove_invisible, remove_within
from convert.normalize.ocr_space import kana, remove_gaps_within, remove_prose_gaps
from convert.normalize.partial import Locality, changed_limit, merged, moved, no_facts, whole_lines
from convert.normalize.width import japanese, narrow_ascii_letters_digits, narrow_within

from ..support.normalized import applied

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# what the width pass reads: full-width letters and digits, ideographic spaces, Latin, Han, kana
WIDTH_CHARS = st.sampled_from(list("Ａｂ１Ａ　A1 中文あ\n\n"))


@st.composite
def edits_of(draw: st.DrawFn, text: str, chars: st.SearchStrategy[str] = WIDTH_CHARS) -> list[Edit]:
    """Sorted, non-overlapping edits of `text`: insertions, deletions and replacements."""
    places = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits: list[Edit] = []
    last = 0
    for start, length in zip(
        places, draw(st.lists(st.integers(0, 3), min_size=len(places))), strict=False
    ):
        start = max(start, last)
        end = min(start + length, len(text))
        after = "".join(draw(st.lists(chars, max_size=3)))
        edits.append(Edit(start, end, after, "test"))
        last = end + 1
    return [e for e in edits if e.start <= len(text)]


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(st.text(WIDTH_CHARS, max_size=40))
    return text, draw(edits_of(text))


def made(text: str, edits: list[Edit]) -> list[bool]:
    """For each character of `text` with `edits` made, whether an edit made it."""
    flags: list[bool] = []
    cursor = 0
    for edit in edits:
        flags += [False] * (edit.start - cursor) + [True] * len(edit.after)
        cursor = edit.end
    return flags + [False] * (len(text) - cursor)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_edits(), st.data())
def test_moved_holds_every_character_an_edit_made(
    first: tuple[str, list[Edit]], data: st.DataObject
) -> None:
    text, edits = first
    middle = applied(text, edits)
    changed = moved([], edits)
    assert changed is not None
    later = data.draw(edits_of(middle))
    last = applied(middle, later)
    spans = moved(changed, later)
    assert spans is not None and spans == merged(spans)
    # a character made by either step lies in a span
    before = made(text, edits)
    kept = [flag for index, flag in enumerate(before) if not _inside_edit(later, index)]
    shown = made(middle, later)
    assert len(shown) == len(last)
    carried = iter(kept)
    for index, flag in enumerate(shown):
        by_first = False if flag else next(carried)
        if flag or by_first:
            assert any(start <= index < end for start, end in spans), (index, spans)


def _inside_edit(edits: list[Edit], index: int) -> bool:
    return any(e.start <= index < e.end for e in edits)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_edits(), st.data())
def test_lines_outside_are_lines_of_the_text_before(
    first: tuple[str, list[Edit]], data: st.DataObject
) -> None:
    text, edits = first
    new = applied(text, edits)
    changed = moved([], edits)
    assert changed is not None
    lines = whole_lines(new, changed)
    assert lines == merged(lines)
    assert all(start == 0 or new[start - 1] == "\n" for start, _ in lines)
    old_lines = text.split("\n")
    line_start = 0
    for line in new.split("\n"):
        # (a stretch that reaches the text's end holds the empty line after a last line feed)
        covered = any(
            start <= line_start < end or line_start == end == len(new) for start, end in lines
        )
        if not covered:
            assert line in old_lines, (line, text, new, lines)
        line_start += len(line) + 1


# what the invisible pass reads: soft hyphens, no-break spaces, joiners beside emoji and Arabic,
# controls, UTF-8 read as Latin-1 (`ä¸\xad` is 中, its soft hyphen left to the mojibake pass),
# Han and Latin beside them, line feeds
MOJIBAKE = [word.encode().decode("latin-1") for word in ("中文", "于是", "中")]
INVISIBLE_CHARS = st.sampled_from(
    [
        *MOJIBAKE,
        "\u00ad",
        "\u00a0",
        "\u200d",
        "\u200b",
        "\x85",
        "\x0b",
        "😀",
        "ب",
        "中",
        "a",
        "x",
        "\n",
    ]
)


def _width(text: str) -> list[Edit]:
    return narrow_ascii_letters_digits(text, Config(), Context())


def _invisible(text: str) -> list[Edit]:
    return remove_invisible(text, Config(), Context())


def _altering(text: str, edits: list[Edit]) -> list[Edit]:
    return [e for e in edits if e.after != text[e.start : e.end]]


def _partial_is_whole(
    source: str,
    whole: Callable[[str], list[Edit]],
    local: Locality,
    data: st.DataObject,
    chars: st.SearchStrategy[str] | None = None,
) -> None:
    """The pass runs on `source`; other edits follow; asked about the lines its own edits and
    the others made, it finds what it finds in the whole text (if the facts are the same)."""
    own = _altering(source, whole(source))
    text = applied(source, own)
    changed = moved([], own)
    assert changed is not None
    if chars is None:
        chars = INVISIBLE_CHARS if whole is _invisible else WIDTH_CHARS
    later = data.draw(edits_of(text, chars))
    new = applied(text, later)
    changed = moved(changed, later)
    assert changed is not None
    context = Context()
    if local.facts(new, context) != local.facts(source, Context()):
        return  # the driver runs the pass whole
    partial = local.within(new, Config(), context, whole_lines(new, changed))
    assert _altering(new, partial) == _altering(new, whole(new))


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(WIDTH_CHARS, max_size=40), st.data())
def test_width_on_the_changed_lines_is_the_whole_run(source: str, data: st.DataObject) -> None:
    _partial_is_whole(source, _width, Locality(narrow_within, japanese), data)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(INVISIBLE_CHARS, max_size=30).map("".join), st.data())
def test_invisible_on_the_changed_lines_is_the_whole_run(source: str, data: st.DataObject) -> None:
    _partial_is_whole(source, _invisible, Locality(remove_within, no_facts), data)


# what the ocr-space pass reads: spaces between Han in lines of prose length or not, ending a
# sentence or not, words a gap may cut, brackets, names, kana
PROSE = "会议指出我们胜利召开了大会擘画了宏伟蓝图吹响了奋进号角"
GAP_PIECES = st.sampled_from(
    [
        PROSE,
        "举行仪",
        "式欢迎",
        "天",
        "安门",
        "记者",
        " ",
        " ",
        "。",
        "，",
        "《",
        "》",
        "あ",
        "\n",
        "\n\n",
    ]
)


def _ocr_space(text: str) -> list[Edit]:
    return remove_prose_gaps(text, Config(), Context())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(GAP_PIECES, max_size=16).map("".join), st.data())
def test_ocr_space_on_the_changed_lines_is_the_whole_run(source: str, data: st.DataObject) -> None:
    _partial_is_whole(source, _ocr_space, Locality(remove_gaps_within, kana), data, GAP_PIECES)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(GAP_PIECES, max_size=8).map("".join), max_size=5))
@example([PROSE * 2, "\n记者 举行仪。"])  # (read with the line over it, a line of prose)
@example(["会议指出，我们胜利 召开了大会\n", PROSE, "。"])  # (read with the line under it, prose)
@example([PROSE + " 天\n"])  # (one line with its line feed: no prose under it)
@example(["…奋进号角 天\n\n"])  # (a first line a blank line closes)
@example(["甲\n", PROSE + " 天\n"])  # (a line under the first, with its line feed)
def test_ocr_space_judges_each_gap_by_its_line(pieces: list[str]) -> None:
    # what `remove_gaps_within` rests on: without kana, the whole text's edits are each line's
    # own, judged as the text's first line or as one under it (the file as read,
    # `Context.origin`, is whole-text only through the gap's own place)
    text = "".join(pieces)
    if "あ" in text:
        return
    lines = text.split("\n")
    # the text's first line reads what closes it and the block under it (`closed`,
    # `short_tail`: `…奋进号角 天\n` is read otherwise than `…奋进号角 天\n\n`), so its
    # gaps are the whole text's; every line under it is judged alone
    by_line = [e for e in _ocr_space(text) if e.start < len(lines[0])]
    start = len(lines[0]) + 1
    for number, line in enumerate(lines[1:], start=1):
        shift = start - 1  # (a line under another: read after a line feed)
        # a line is asked whole, with its own line feed
        whole = line + ("\n" if number < len(lines) - 1 else "")
        found = _ocr_space("\n" + whole)
        by_line += [e._replace(start=e.start + shift, end=e.end + shift) for e in found]
        start += len(line) + 1
    assert _ocr_space(text) == by_line


def test_ocr_space_asks_a_line_that_became_the_first() -> None:
    # the headline's rule judges the text's first line alone: a later round that takes out the
    # lines over a gap's line makes it the first, and asks it again
    source = "甲乙\n丙丁\n天 会议指出我们胜利召开了大会擘画了宏伟蓝图吹响了奋进号角\n"
    assert _ocr_space(source) == []
    new = source[6:]
    changed = moved([], [Edit(0, 6, "", "furniture", "lines over the headline")])
    assert changed is not None
    partial = remove_gaps_within(new, Config(), Context(), whole_lines(new, changed))
    assert partial == _ocr_space(new) != []


def _whole_passes() -> tuple[Pass, ...]:
    return tuple(replace(p, local=None) for p in PASSES)


def _same(text: str) -> None:
    partial, whole = normalize(text), normalize(text, passes=_whole_passes())
    assert partial.text == whole.text
    assert partial.changes == whole.changes


PIECES = st.sampled_from(
    [
        "中文",
        "报告",
        "Ａ",
        "１２",
        "ｂ",
        "　",
        "Hello",
        "1",
        "\n",
        "\n\n",
        "，",
        ",",
        "あ",
        "\u200b",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=30).map("".join))
def test_the_driver_gives_the_whole_runs_text_and_log(text: str) -> None:
    _same(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(GAP_PIECES, max_size=24).map("".join))
def test_the_driver_gives_the_whole_runs_text_and_log_with_gaps_between_han(text: str) -> None:
    # (the ocr-space pass in a later round, its gaps read against the file as read)
    _same(text)


def test_a_join_in_round_one_is_narrowed_on_its_line_alone() -> None:
    """The layout pass joins `Ａ　` to `B` after the width pass ran: round 2 asks width about
    that line only, and finds what the whole run finds."""
    calls: list[int] = []

    def within(text: str, config: Config, context: Context, lines: object) -> list[Edit]:
        calls.append(len(lines))  # type: ignore[arg-type]
        return narrow_within(text, config, context, lines)  # type: ignore[arg-type]

    passes = tuple(replace(p, local=Locality(within, japanese)) if p.local else p for p in PASSES)
    text = "今天的天气很好，我们去公园玩Ａ　\n\nB计划是什么呢\n\n" + "中文内容。\n\n" * 3
    partial, whole = normalize(text, passes=passes), normalize(text, passes=_whole_passes())
    assert calls and partial.text == whole.text and partial.changes == whole.changes


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_samples_give_the_whole_runs_text_and_log(name: str) -> None:
    _same((SAMPLES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("mojibake", [False, True])
def test_damaged_news_gives_the_whole_runs_text_and_log_with_every_record_kept(
    mojibake: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no limit on the changed stretches kept (`changed_limit`), round 2 asks the declared
    passes about the lines of round 1's thousands of edits (the speed bench's damaged news,
    0.1 MB): still the whole run's text and log (the limit is for speed alone)."""
    from bench.normalize_speed import corpus_text

    monkeypatch.setattr(partial, "MAX_CHANGED", 10**9)
    _same(corpus_text(0.1, mojibake=mojibake))


def test_the_limit_on_changed_stretches_grows_with_the_text() -> None:
    """A short text keeps `MAX_CHANGED` changed stretches, a long one one a `STRETCH_CHARACTERS`
    characters; past the limit a pass's record goes (None: run whole)."""
    assert changed_limit(0) == changed_limit(340_000) == partial.MAX_CHANGED
    assert changed_limit(3_400_000) == 10_000
    edits = [Edit(i * 10, i * 10 + 1, "x", "test") for i in range(1_500)]
    assert moved([], edits) is None
    assert moved([], edits, changed_limit(3_400_000)) == [
        (i * 10, i * 10 + 1) for i in range(1_500)
    ]


def _first_pair_edits(text: str, start: int, end: int) -> list[Edit]:
    """In each line of text[start:end], the first `ab` becomes `b`: a line-local pass that
    needs a round per `a` (`aab` -> `ab` -> `b`), so its own edits' lines are asked again."""
    edits = []
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        at = text.find("ab", line_start, line_end)
        if at >= 0:
            edits.append(Edit(at, at + 1, "", "pair"))
        line_start = line_end + 1
    return edits


def _first_pair(text: str, config: Config, context: Context) -> list[Edit]:
    return _first_pair_edits(text, 0, len(text))


def _first_pair_within(
    text: str, config: Config, context: Context, lines: list[tuple[int, int]]
) -> list[Edit]:
    return [edit for start, end in lines for edit in _first_pair_edits(text, start, end)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(["a", "b", "ab", "acb", "c", "\n", "\n\n"]), max_size=20).map("".join)
)
def test_a_pass_that_needs_rounds_is_asked_about_its_own_lines(text: str) -> None:
    local = Locality(_first_pair_within, lambda text, context: None)  # type: ignore[arg-type]
    # another pass, after it, that makes new pairs: the first `c` goes (`acb` -> `ab`)
    joins = Pass("drop", _first_c)
    partial = normalize(text, passes=(Pass("pair", _first_pair, local), joins))
    whole = normalize(text, passes=(Pass("pair", _first_pair), joins))
    assert partial.text == whole.text
    assert partial.changes == whole.changes


def _first_c(text: str, config: Config, context: Context) -> list[Edit]:
    at = text.find("c")
    return [] if at < 0 else [Edit(at, at + 1, "", "drop")]


def test_invisible_on_lines_a_mojibake_repair_joins() -> None:
    """Random texts of UTF-8 read as Latin-1 beside invisible characters, one edit each (a fixed
    seed; Hypothesis' few hundred examples rarely make the case): an edit that ends a line in a
    Latin-1 character joins the next line to its repair, so the soft hyphen or no-break space
    there is judged again. Asked about the changed lines alone, without the stretches between
    the mojibake cuts and the lines beside them, the pass misses it."""
    rng = random.Random(17)
    pieces = [*MOJIBAKE, "“好”".encode().decode("cp1252", errors="replace")]
    pieces += ["\u00ad", "\u00a0", "中", "a", "\n", "x", "\u200b"]
    for _ in range(4000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(2, 14)))
        own = _altering(source, _invisible(source))
        text = applied(source, own)
        start = rng.randint(0, len(text))
        later = [Edit(start, min(len(text), start + rng.randint(0, 2)), rng.choice(pieces), "t")]
        new = applied(text, later)
        changed = moved(moved([], own) or [], later)
        assert changed is not None
        partial = remove_within(new, Config(), Context(), whole_lines(new, changed))
        assert _altering(new, partial) == _altering(new, _invisible(new)), (source, later)
