"""The word model's costs: kept in the cache folder, read back equal to what is built."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.mojibake import lexicon as lexicon_module
from convert.normalize.mojibake import word_model
from convert.normalize.mojibake.lexicon import CostTable, Lexicon


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GALLEY_CACHE_DIR", str(tmp_path))
    word_model.word_costs.cache_clear()
    yield tmp_path
    word_model.word_costs.cache_clear()


def test_the_costs_are_stored_once_and_read_back_identical(fresh: Path) -> None:
    built = word_model.word_costs().to_dict()
    stored = list(fresh.glob("*.table"))
    assert len(stored) == 1 and not list(fresh.glob("*.tmp"))
    word_model.word_costs.cache_clear()
    assert word_model.word_costs().to_dict() == built == word_model._built_costs()
    assert built["中华人民共和国"] < built["副主"]  # a listed word beats an inner pair


def test_a_damaged_cache_file_is_rebuilt_not_trusted(fresh: Path) -> None:
    word_model.word_costs()
    (path,) = fresh.glob("*.table")
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    word_model.word_costs.cache_clear()
    assert word_model.word_costs().to_dict() == word_model._built_costs()


def test_no_cache_folder_builds_in_memory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GALLEY_CACHE_DIR", "")
    word_model.word_costs.cache_clear()
    try:
        assert word_model.word_costs()["中华人民共和国"] > 0
    finally:
        word_model.word_costs.cache_clear()
    assert not list(tmp_path.iterdir())


# --- text_cost's forward walk, held to the backward search it replaced ---------------------------


def _backward_cost(text: str, lexicon: Lexicon) -> float:
    """text_cost as it was: each end's stretches of 2 to MAX_WORD characters looked up."""
    folded = text.translate(word_model.DIGITS_TO_ZERO)
    best = [0.0] * (len(text) + 1)
    for end in range(1, len(text) + 1):
        char = folded[end - 1]
        cost = lexicon.get(char)
        if cost is None:
            cost = word_model._char_cost(char) + word_model.SEGMENT_COST
        if end > 1 and folded[end - 2] == "0" and char in word_model.DIGIT_UNITS:
            cost -= word_model.DIGIT_UNIT_BONUS
        if end < len(text) and folded[end] == "0" and char in word_model.DIGIT_LEADS:
            cost -= word_model.DIGIT_UNIT_BONUS
        cost += best[end - 1]
        for start in range(max(0, end - word_model.MAX_WORD), end - 1):
            word = lexicon.get(folded[start:end])
            if word is not None and best[start] + word < cost:
                cost = best[start] + word
        best[end] = cost
    return best[-1]


def _forward_cost(text: str, lexicon: Lexicon) -> float:
    with patch.object(word_model, "word_costs", lambda: lexicon):
        return word_model.text_cost.__wrapped__(text)


def test_every_longer_word_has_its_first_pair_listed() -> None:
    """What lets text_cost's walk stop at a pair the list lacks."""
    costs = word_model.word_costs().to_dict()
    assert all(word[:2] in costs for word in costs if len(word) > 2)


REAL_PIECES = [
    *"中华人民共和国副主席剪国家的了和在是有我他这个们中来上大为",
    *"年月日时第达约共计自个元万0123456789，。、“”：（）《》；！？…·",
    *"あいカナ abc\u3000\ufffd\u200b〈〉「」é",
    "中华人民共和国",
    "副主席",
    "5月1日",
    "第22个",
    "达10.7%",
    "国家主席",
    "人民日报",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(REAL_PIECES), max_size=12).map("".join))
def test_the_forward_walk_costs_as_the_backward_search_on_the_real_table(text: str) -> None:
    lexicon = word_model.word_costs()
    assert _forward_cost(text, lexicon).hex() == _backward_cost(text, lexicon).hex()


# costs built to tie: 甲乙 = 甲 + 乙, 甲乙丙 = 甲乙 + 丙, and sums whose rounding is order-bound;
# as in the real list, each word of three or more characters has its first pair listed
TIED = {
    "甲": 1.0,
    "乙": 1.0,
    "丙": 0.5,
    "甲乙": 2.0,
    "乙丙": 1.5,
    "甲乙丙": 2.5,
    "甲乙丙丁": 3.5,
    "丁": 1.0,
    "戊": 0.1,
    "己": 0.2,
    "戊己": 0.30000000000000004,
    "己戊": 0.3,
    "戊己戊": 0.4,
    "乙丙丁戊": 2.6,
    "乙丙丁": 2.5,
    "0年": 1.0,
    "第0": 1.0,
}


@settings(max_examples=600, deadline=None)
@given(
    st.text(alphabet="甲乙丙丁戊己年第5。a", max_size=14),
    st.sampled_from([3, 20_000]),
)
def test_the_forward_walk_keeps_the_least_on_a_table_built_to_tie(text: str, complete: int) -> None:
    table = CostTable.from_dict(TIED)
    with patch.object(lexicon_module, "COMPLETE_AFTER", complete):
        forward = _forward_cost(text, Lexicon(table))
    assert forward.hex() == _backward_cost(text, Lexicon(table)).hex()
