"""The word model's cost table: the dict's answers, from a file that loads fast."""

from __future__ import annotations

import pytest

from convert.normalize.mojibake import lexicon
from convert.normalize.mojibake.lexicon import CostTable, Lexicon

COSTS = {"中国": 3.25, "中": 2.5, "国家": 4.0, "副主": 0.1 + 0.2, "a": 1e-300, "乙": 7.0}


def test_the_table_answers_as_the_dict_bit_for_bit() -> None:
    table = CostTable.loads(CostTable.from_dict(COSTS).dumps())
    assert table.to_dict() == COSTS
    for word, cost in COSTS.items():
        assert table.find(word) == cost  # 0.1 + 0.2 stays 0.30000000000000004
    for absent in ("", "中国人", "国", "乙乙", "\U00020000"):
        assert table.find(absent) is None


def test_the_lexicon_is_a_dict_to_its_callers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "COMPLETE_AFTER", 3)
    words = Lexicon(CostTable.from_dict(COSTS))
    asked = ["中", "国", "中国", "国", "国家", "甲", "乙", "中国", "丙"]  # the whole dict after 3
    for word in asked:
        assert words.get(word) == COSTS.get(word)
        assert words.get(word, 9.0) == COSTS.get(word, 9.0)
    assert words["中国"] == 3.25
    with pytest.raises(KeyError):
        words["国"]


@pytest.mark.parametrize("cut", [0, 5, 30, -1])
def test_a_damaged_file_is_refused(cut: int) -> None:
    data = CostTable.from_dict(COSTS).dumps()
    with pytest.raises(ValueError):
        CostTable.loads(data[:cut])


def test_get_and_longer_says_whether_a_longer_word_may_begin_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lexicon, "COMPLETE_AFTER", 6)
    words = Lexicon(CostTable.from_dict(COSTS))
    asked = ["中", "中国", "中国人", "国", "国家", "副", "乙", "", "甲", "中", "丙", "国"]
    for word in asked:  # the whole dict after 6: then "longer" is always True (unknown)
        cost, longer = words.get_and_longer(word)
        assert cost == COSTS.get(word)
        begins = any(w.startswith(word) and w != word for w in COSTS)
        assert longer or not begins  # never False where a longer word begins
        if word in COSTS and not words._complete:
            assert longer == begins
        assert words.get(word) == COSTS.get(word)
    fresh = Lexicon(CostTable.from_dict(COSTS))
    assert fresh.get_and_longer("中") == (2.5, True)
    assert fresh.get_and_longer("中国") == (3.25, False)
    assert fresh.get_and_longer("副") == (None, True)  # missing: unknown
    assert fresh.get_and_longer("乙") == (7.0, False)
