"""A line whose halves a space between Han sets apart is a headline (`unwrap.spaced_heads`)."""

from __future__ import annotations

from convert.config import Config
from convert.normalize.unwrap.measure import Widths
from convert.normalize.unwrap.paragraphing import Paragraphing
from convert.normalize.unwrap.spaced_heads import (
    han_pause,
    headline_space,
    spaced_alone,
    spaced_headline,
)

from ...support.normalized import fixed

LEARNT = Paragraphing(frozenset(), blank_lines=False)
# a roundup's subhead with the gaps `pdftotext` gives its digits, over its paragraph, in a column
# of 46 (bench/accuracy_extracted.py, office-1col)
SUBHEAD = "美军称击沉 3 艘胡塞武装船只 胡塞武装称 10 名成员死亡或失踪"
BODY = "美军中央司令部 2023 年 12 月 31 日发表声明称，美军在红海海域击沉了 3 艘也门胡"


def test_a_space_between_han_outside_quotes_is_a_pause() -> None:
    assert han_pause(SUBHEAD)
    assert han_pause("2026 电影票房已超 130 亿元 “五一”档首日票房超 1.6 亿元")  # (`元 档`)
    assert not han_pause(BODY)  # gaps beside digits only
    assert not han_pause("他说：“迈上新征程 创造新伟业”，要努力。")  # inside quotes
    assert not han_pause("播发《迈上新征程 创造新伟业》")


def test_a_long_spaced_line_short_of_the_measure_ends_its_paragraph() -> None:
    widths = Widths(46, 0.0)
    assert spaced_headline(SUBHEAD, BODY, widths, Config(), LEARNT, len(SUBHEAD))
    # not where it goes on a paragraph, nor where it fills the measure (a wrap's line)
    assert not spaced_headline(SUBHEAD, BODY, widths, Config(), LEARNT, len(SUBHEAD) + 5)
    assert not spaced_headline(SUBHEAD, BODY, Widths(33, 0.0), Config(), LEARNT, len(SUBHEAD))
    # nor a line without a pause between Han
    line = "美军称击沉 3 艘胡塞武装船只，胡塞武装称 10 名成员死亡或失踪"
    assert not spaced_headline(line, BODY, widths, Config(), LEARNT, len(line))


def test_a_long_spaced_paragraph_of_one_line_is_kept_from_the_layout_pass() -> None:
    lines = ["对于新的一年，实现和平是他们的新年愿望。", SUBHEAD, BODY]
    assert spaced_alone(lines, 1, 1) == [SUBHEAD, SUBHEAD.replace(" 3 ", "3").replace(" 10 ", "10")]
    assert spaced_alone(lines, 0, 1) == []  # (inside a paragraph)
    assert spaced_alone(["以军攻击加沙地带 巴武装人员"], 0, 0) == []  # short: a heading anyway


def test_a_roundup_s_subhead_stands_over_its_paragraph() -> None:
    text = "\n".join(
        [
            "对于新的一年，巴勒斯坦和以色列民众表示，实现和平是他们的新年愿望。",
            SUBHEAD,
            BODY,
            "塞武装当天称，该组织 10 名成员当天在一次海上行动中因遭美军袭击死亡或失踪。胡塞武装还称，将继续采",
            "取行动支持巴勒斯坦加沙地带。",
        ]
    )
    assert "失踪\n\n美军中央司令部" in fixed(text + "\n")


def test_a_number_set_apart_on_both_sides_is_no_headline_s_pause() -> None:
    # an autospaced date in a narrow column's line (bench/accuracy_blind.py, narrow, seed 0,
    # xwlb-20240901-0187, tuning half): every such line read as a headline of its own
    assert not headline_space("据美国媒体 8 月 31 日")
    assert not headline_space("市一所高中 8 月 30 日")
    assert not spaced_headline(
        "据美国媒体 8 月 31 日", "报道，美国新泽西州韦恩", Widths(11, 0.0), Config(), LEARNT, 13
    )
    # a pause beside a number that keeps to its words on the other side is a pause
    assert headline_space("人口同比减少6% 巴勒斯坦中央统计局发布")
    assert headline_space("票房已超 130 亿元 档首日")  # (`元 档`: between Han)


def test_a_wrap_with_gaps_at_digits_that_fills_the_measure_is_no_headline() -> None:
    # blind damage model, flush page (xwlb-20250101-0209, seed 3, tuning half): a paragraph's
    # first line, 28 cells with the gaps at `2023`, in a column of 28
    line = "国家统计局最新发布的数据显示，2023 年，我国数字经济核心"
    follow = "产业增加值达到 127555 亿元，占 GDP 比重为 10% 左右。"
    assert not spaced_headline(line, follow, Widths(28, 0.0), Config(), LEARNT, len(line))
    # short of the measure, a line with a gap at digits still stands as a heading would (a
    # number with a gap on both sides is an autospace gap, no pause: `number_set_apart`)
    head = "人口同比减少6% 巴勒斯坦统计"
    assert spaced_headline(head, follow, Widths(28, 0.0), Config(), LEARNT, len(head))
