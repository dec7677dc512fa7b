"""Does a repair read better than what stands there: common Chinese, clearly more common than the
run it replaces, and never the other way round."""

from __future__ import annotations

import math

import pytest
from wordfreq import get_frequency_dict

from convert.normalize.mojibake import plausible
from convert.normalize.mojibake.plausible import confirmed_cjk, han_score, han_zipf, reads_better
from convert.normalize.zh_words import WordTable


def test_a_repair_reads_better_than_its_mojibake_and_not_the_reverse() -> None:
    damaged = "你好世界".encode().decode("gb18030")  # 浣犲ソ涓栫晫
    assert reads_better("你好世界", damaged)
    assert not reads_better(damaged, "你好世界")
    assert not reads_better("好", "")  # one character is too little to judge


def test_scores_and_confirmed_runs() -> None:
    assert han_score("abc") == (0.0, 1.0)  # no Han character: nothing to judge
    score, rare = han_score("的的")
    assert score > 7 and rare == 0.0
    assert confirmed_cjk("、") and not confirmed_cjk("é")


def test_character_frequencies_are_wordfreqs_summed_over_its_words() -> None:
    # read from the stray pass's word table, not from wordfreq's dict (whose caches held ~50 MB
    # of a process's memory): the same sums, up to the order a float sum is taken in
    totals: dict[str, float] = {}
    for word, freq in get_frequency_dict("zh").items():
        for ch in word:
            totals[ch] = totals.get(ch, 0.0) + freq
    zipf = han_zipf()
    assert zipf.keys() == {ch for ch, total in totals.items() if total > 0}
    assert all(math.isclose(zipf[ch], math.log10(totals[ch]) + 9, abs_tol=1e-9) for ch in zipf)


def test_character_frequencies_come_from_the_word_table(monkeypatch: pytest.MonkeyPatch) -> None:
    table = WordTable.from_buckets([["中国"], [], [], [], [], [], [], [], [], [], ["中"]])
    monkeypatch.setattr(plausible, "zh_table", lambda: table)
    zipf = han_zipf.__wrapped__()  # (uncached)
    assert zipf.keys() == {"中", "国"}
    assert math.isclose(zipf["国"], 9.0) and math.isclose(zipf["中"], math.log10(1 + 10**-0.1) + 9)
