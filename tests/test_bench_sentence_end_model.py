"""bench/full_line_trace.py and bench/sentence_end_model.py: the breaks left to the default, their
labels, the cues weighed at a sentence end, and the counts at a cut-off."""

from __future__ import annotations

from bench.full_line_trace import by_default, label
from bench.sentence_end_model import NaiveBayes, features, sweep
from convert.normalize.unwrap.paragraphing import NO_PARAGRAPHING, Paragraphing
from convert.normalize.unwrap.sentence_ends import full_line_ends

TRUTH = [
    "标题",
    "国家统计局今天发布数据显示，一季度经济运行良好。消费市场持续回暖，服务业增长较快。",
    "专家表示，下阶段经济将保持稳定增长态势，就业总体稳定。",
]


def test_a_break_is_labelled_by_the_han_either_side_of_it_in_the_truth() -> None:
    assert label(TRUTH, "数据显示，一季度经济运行良好。", "消费市场持续回暖，") == "wrap"
    assert label(TRUTH, "消费市场持续回暖，服务业增长较快。", "专家表示，下阶段经济") == "end"
    assert label(TRUTH, "消费市场持续回暖，服务业增长很快。", "专家表示，下阶段经济") == ""
    assert label(TRUTH, "较快。", "专家表示，下阶段经济") == ""  # (too few to place it)


def test_the_default_is_recorded_only_where_no_rule_decides() -> None:
    cases = [
        ("一季度经济运行良好。", "消费市场持续回暖，服务业增长较快。", NO_PARAGRAPHING, 40, False),
        ("一季度经济运行良好。", "这表明经济持续恢复。", NO_PARAGRAPHING, 40, False),  # goes on
        ("一季度经济运行良好。", "会议指出，要巩固向好态势。", NO_PARAGRAPHING, 40, False),  # ends
        ("一季度经济运行良好。", "专家表示，下阶段经济将保持稳定。", NO_PARAGRAPHING, 90, False),
        ("央视网消息（新闻联播）：", "消费市场持续回暖，", NO_PARAGRAPHING, 12, True),  # a colon
        (
            "一季度经济运行良好。",
            "消费市场持续回暖，",
            Paragraphing(frozenset({"消费市"}), False),
            40,
            False,
        ),
    ]
    recorded = [by_default(*case, "") for case in cases]
    assert recorded == [True, False, False, False, False, False]
    for case, default in zip(cases, recorded, strict=True):
        if default:
            assert full_line_ends(*case, "") is False


def test_the_cues_at_a_sentence_end() -> None:
    cues = features(
        "消费市场持续回暖。他说：“服务业增长较快。”", "今天（5月1日）是劳动节。", lead=True
    )
    assert cues["mark"] == "。+close"
    assert cues["count"] == "2"
    assert cues["closing"] == "0"  # the closing sentence, 13 characters
    assert cues["says"] == "True"
    assert cues["form"] == "今天（"
    assert cues["next"] == "short"
    assert cues["lead"] == "True"
    assert features("一季度经济运行良好。", "“我们有信心。”他说。", lead=False)["form"] == "quote"


def test_naive_bayes_weighs_a_value_by_its_odds_against_the_prior() -> None:
    rows = [({"f": "a"}, True)] * 6 + [({"f": "a"}, False)] * 2 + [({"f": "b"}, False)] * 8
    model = NaiveBayes(rows)
    assert model.weight("f", "a") > 0 > model.weight("f", "b")
    assert model.score({"f": "a"}) > model.score({"f": "b"})


def test_a_sentence_end_set_again_counts_once(capsys: object) -> None:
    place = ("x", "一二三四五六", "七八九十百千")
    sweep("t", [(2.0, True, place), (2.0, True, place), (1.0, False, ("y", "", ""))])
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "best at 2:1 or better: score >= 2.00, distinct 1 : 0" in out
