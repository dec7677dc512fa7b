"""Does a repair read better than what stands there: common Chinese, clearly more common than the
run it replaces, and never the other way round."""

from __future__ import annotations

from convert.normalize.mojibake.plausible import confirmed_cjk, han_score, reads_better


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
