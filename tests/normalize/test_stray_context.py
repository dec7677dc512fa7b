"""The part-of-speech bigram model that tells a stray word put in from one put in place of a word."""

from __future__ import annotations

import random
from array import array
from pathlib import Path

import pytest

from convert.normalize import stray_context
from convert.normalize.stray_context import _all_below, fit, tagged_words


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
