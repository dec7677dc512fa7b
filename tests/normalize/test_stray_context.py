"""The part-of-speech bigram model that tells a stray word put in from one put in place of a word."""

from __future__ import annotations

import random
from array import array
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from convert.normalize import stray_context
from convert.normalize.stray_context import _all_below, fit, tagged_words
from convert.normalize.zh_words import WordTable


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GALLEY_CACHE_DIR", str(tmp_path))
    tagged_words.cache_clear()
    yield tmp_path
    tagged_words.cache_clear()


def test_a_function_word_the_context_asks_for_fits_better_than_one_put_in() -> None:
    # 智慧和力量 joins two nouns; 莫迪和致 joins a name to a verb (issue 12)
    substituted = fit("的智慧", "和", "力量")
    inserted = fit("理向莫迪", "和", "致慰问电")
    assert substituted is not None and inserted is not None
    assert substituted > inserted + 1.0
    # 慰和问 splits the word 慰问
    split = fit("表示慰", "和", "问")
    assert split is not None and split < inserted


def test_words_come_with_their_tag_and_a_cost() -> None:
    model = tagged_words()
    assert model is not None
    tag, cost = model.word("和") or ("", 0.0)
    assert tag == "c" and 0 < cost < 5
    assert model.word("不是一个词语吧") is None


def test_the_table_is_built_once_and_then_read_from_the_cache(fresh_cache: Path) -> None:
    built = tagged_words()
    assert built is not None
    (stored,) = fresh_cache.glob("jieba-*.table")
    tagged_words.cache_clear()
    read = tagged_words()
    assert read is not None and read is not built
    assert read.tags == built.tags
    assert read.word("慰问") == built.word("慰问")
    assert fit("的智慧", "和", "力量") == pytest.approx(built and _fit_with(built))
    assert stored.stat().st_size > 1_000_000


def _fit_with(model: stray_context.TaggedWords) -> float:
    own = model.word("和")
    assert own is not None
    return (
        stray_context._cost(model, "的智慧力量")
        - stray_context._cost(model, "的智慧和力量")
        + own[1]
    )


def test_a_damaged_cache_file_is_rebuilt(fresh_cache: Path) -> None:
    assert tagged_words() is not None
    (stored,) = fresh_cache.glob("jieba-*.table")
    table = stored.read_bytes().partition(b"\n")[2]
    for damaged in (b"c,n\ngarbage", b"c,n\n" + table):  # a foreign file; tags cut short
        stored.write_bytes(damaged)
        tagged_words.cache_clear()
        model = tagged_words()
        assert model is not None
        found = model.word("和")
        assert found is not None and found[0] == "c"
        assert stored.read_bytes() != damaged  # written anew


def test_without_jieba_there_is_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> Path:
        raise OSError("jieba is not installed")

    monkeypatch.setattr(stray_context, "_jieba_folder", missing)
    tagged_words.cache_clear()
    try:
        assert tagged_words() is None
        assert fit("的智慧", "和", "力量") is None
    finally:
        tagged_words.cache_clear()


def test_remembered_look_ups_answer_as_the_table_does_past_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = tagged_words()
    assert model is not None
    monkeypatch.setattr(stray_context, "_LOOKED_UP_LIMIT", 3)
    stretches = ["中国", "人民", "致", "慰问电", "莫迪致", "中国", "和", "人民", "qq"]
    for stretch in stretches * 2:
        bucket = model.table.bucket(stretch)
        expected = (
            None
            if bucket is None
            else (
                model.tags[bucket // stray_context._COST_STEP],
                bucket % stray_context._COST_STEP / 10,
            )
        )
        assert model.word(stretch) == expected
        assert len(model._looked_up) <= 3


def test_all_below_is_every_value_below() -> None:
    """The byte-wise check of the table's tags gives what a loop gives: limits and values on
    either side of a byte boundary, empty arrays."""
    rng = random.Random(2)
    for _ in range(3000):
        limit = rng.choice(
            [0, 1, 255, 256, 257, 1000, 55000, 65535, 65536, 70000, rng.randrange(70000)]
        )
        values = array(
            "H", (rng.randrange(min(65536, limit + 300)) for _ in range(rng.randint(0, 6)))
        )
        assert _all_below(values, limit) == all(v < limit for v in values), (values, limit)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("、王小洪", "陈希出席", (("nr", True), ("nr", True))),
        ("中国电信", "中国联通也", (("nt", False), ("nt", False))),
        ("巴勒斯坦", "以色列民众", (("ns", False), ("ns", False))),
        ("总理向莫迪", "致慰问电", (("nr", True), ("v", True))),
    ],
)
def test_neighbour_tags_are_the_states_of_the_words_beside_the_gap(
    left: str, right: str, expected: tuple[tuple[str, bool], tuple[str, bool]]
) -> None:
    assert stray_context.neighbour_tags(left, right) == expected


def test_neighbour_tags_of_nothing_are_empty() -> None:
    assert stray_context.neighbour_tags("", "") == (("", False), ("", False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全球治理中继续", [("全球", "n"), ("治理", "v"), ("中", "f"), ("继续", "v")]),
        ("新墨西哥州坠毁", [("新墨西哥州", "ns"), ("坠毁", "v")]),
        ("", []),
    ],
)
def test_tags_are_the_words_of_the_best_reading(text: str, expected: list[tuple[str, str]]) -> None:
    assert stray_context.tags(text) == expected


# characters the dictionary knows alone, in words, or not at all (x: an unknown character,
# whose ties between readings the least-cost steps must break as `min` does)
_STRETCH_CHARS = "中国人民和的在是与政府经济发展我们x，1"


def _plain_words_from(
    model: stray_context.TaggedWords, text: str, start: int
) -> list[tuple[int, stray_context.State, float]]:
    """Every stretch of up to MAX_WORD characters looked up, as before the prefix walk."""
    words = []
    for end in range(start + 1, min(len(text), start + stray_context.MAX_WORD) + 1):
        found = model.word(text[start:end])
        if found is None and end > start + 1:
            continue
        tag, cost = found if found is not None else ("x", stray_context.UNKNOWN_CHAR_COST)
        words.append((end, (tag, end == start + 1), cost))
    return words


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_STRETCH_CHARS, max_size=12))
def test_the_prefix_walk_finds_the_words_every_look_up_finds(text: str) -> None:
    model = tagged_words()
    assert model is not None
    for start in range(len(text)):
        assert stray_context._words_from(model, text, start) == _plain_words_from(
            model, text, start
        )


def _plain_edges(model: stray_context.TaggedWords, text: str) -> tuple[stray_context.State, ...]:
    """`_edges` as written with `min` of (cost, first state) pairs."""
    best: list[dict[stray_context.State, tuple[float, stray_context.State]]] = [
        {} for _ in range(len(text) + 1)
    ]
    for start in range(len(text)):
        if start and not best[start]:
            continue
        for end, state, cost in _plain_words_from(model, text, start):
            if start == 0:
                total, first = cost, state
            else:
                total, first = min(
                    (held + model.transition(before, state), held_first)
                    for before, (held, held_first) in best[start].items()
                )
                total += cost
            if total < best[end].get(state, (float("inf"), state))[0]:
                best[end][state] = (total, first)
    if not text:
        return ("", False), ("", False)
    last, (_, first) = min(best[len(text)].items(), key=lambda item: item[1][0])
    return first, last


def _plain_tags(model: stray_context.TaggedWords, text: str) -> list[tuple[str, str]]:
    """`tags` as written with `min` of (cost, state before) pairs."""
    best: list[dict[stray_context.State, tuple[float, int, stray_context.State]]] = [
        {} for _ in range(len(text) + 1)
    ]
    best[0][("", False)] = (0.0, 0, ("", False))
    for start in range(len(text)):
        for end, state, cost in _plain_words_from(model, text, start) if best[start] else ():
            total, before = min(
                (held + (model.transition(state_before, state) if start else 0.0), state_before)
                for state_before, (held, _, _) in best[start].items()
            )
            if total + cost < best[end].get(state, (float("inf"), 0, state))[0]:
                best[end][state] = (total + cost, start, before)
    words: list[tuple[str, str]] = []
    end = len(text)
    state = min(best[end].items(), key=lambda item: item[1][0])[0] if text else ("", False)
    while end > 0:
        _, start, before = best[end][state]
        words.append((text[start:end], state[0]))
        end, state = start, before
    return words[::-1]


def _plain_cost(model: stray_context.TaggedWords, text: str) -> float:
    """`_cost` as written with `min` over the states before."""
    best: list[dict[stray_context.State, float]] = [{} for _ in range(len(text) + 1)]
    best[0][("", False)] = 0.0
    for start in range(len(text)):
        for end, state, cost in _plain_words_from(model, text, start):
            total = cost
            if start:
                total = cost + min(
                    held + model.transition(before, state) for before, held in best[start].items()
                )
            if total < best[end].get(state, float("inf")):
                best[end][state] = total
    return min(best[len(text)].values())


def _tied_model() -> stray_context.TaggedWords:
    """A small model whose words cost alike and whose transitions are alike or unseen: readings
    tie, and the ties are broken as `min` breaks them."""
    tags = ["a", "b", "c"]
    words = {
        "甲": ("a", 10),
        "乙": ("b", 10),
        "丙": ("a", 10),
        "甲乙": ("c", 20),
        "乙丙": ("b", 20),
    }
    words |= {"甲乙丙": ("a", 30), "丙甲": ("c", 20)}
    pack: list[list[str]] = [[] for _ in range(3 * stray_context._COST_STEP)]
    for word, (tag, tenths) in words.items():
        pack[tags.index(tag) * stray_context._COST_STEP + tenths].append(word)
    one, more = ("a", True), ("c", False)
    # 甲乙 costs as 甲 then 乙: two readings of the same cost, with different first words
    transitions = {
        (one, more): 2.0,
        (more, one): 2.0,
        (("b", True), one): 2.0,
        (one, ("b", True)): 0.0,
    }
    return stray_context.TaggedWords(WordTable.from_buckets(pack), tags, transitions)


def _check_readings(model: stray_context.TaggedWords, text: str) -> None:
    assert stray_context._edges(model, text) == _plain_edges(model, text)
    if text:
        assert stray_context._cost(model, text) == _plain_cost(model, text)
    real = stray_context.tagged_words
    stray_context.tagged_words = lambda: model  # type: ignore[assignment]
    try:
        assert stray_context.tags(text) == _plain_tags(model, text)
    finally:
        stray_context.tagged_words = real


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_STRETCH_CHARS, max_size=12))
def test_the_readings_are_the_plain_least_cost_readings(text: str) -> None:
    """`_cost`, `_edges` and `tags` give what their plain forms (every stretch looked up, `min`
    of the pairs) give, to the bit."""
    model = tagged_words()
    assert model is not None
    _check_readings(model, text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="甲乙丙丁", max_size=10))
@example("甲乙丙")
def test_tied_readings_are_broken_as_min_breaks_them(text: str) -> None:
    _check_readings(_tied_model(), text)
    model = _tied_model()
    for start in range(len(text)):
        assert stray_context._words_from(model, text, start) == _plain_words_from(
            model, text, start
        )
