"""A justified line's halves and a space a break hid (`unwrap.gaps`, `unwrap.restated_space`)."""

from __future__ import annotations

from convert.blocks import split_blocks
from convert.changes import Edit
from convert.normalize.unwrap.gaps import justified_halves
from convert.normalize.unwrap.restated_space import respaced, spaced_break, spaced_pairs

from ...support.normalized import fixed

# a column of 16 cells (bench/accuracy_extracted.py, weasy-narrow): the line `了“沪上‘拼’单 美好
# 生活”直播` is justified by its one space, and `pdftotext` reads its halves as two blocks
BODY = [
    "购物节推出超百场重点活动，涵盖文",
    "商旅体展联动、首发经济、大宗消费",
    "等五大板块，多家重点企业发布促消",
    "费举措。中央广播电视总台同步举办",
    "了“沪上‘拼’单",
    "",
    "美好生活”直播",
    "",
    "活动。各地商场客流明显增加，餐饮",
    "和零售销售额同比增长，消费市场活",
    "力持续释放，节日氛围浓厚。",
]
PAGE = "消费季在上海启动\n\n" + "\n".join(BODY) + "\n"


def test_a_justified_line_cut_at_its_space_is_joined_with_it() -> None:
    assert "“沪上‘拼’单 美好生活”直播活动。" in fixed(PAGE)


def test_halves_that_do_not_fill_the_measure_are_left_to_the_layout_pass() -> None:
    blocks = split_blocks(PAGE)
    assert [e.after for e in justified_halves(PAGE, blocks, 16)] == [" "]
    assert justified_halves(PAGE, blocks, 18) == []  # three cells short: two lines' ends
    assert justified_halves(PAGE, blocks, 0) == []  # no measure
    # a left half that is a line of its own (no wrap's line above it: interleaved columns)
    alone = PAGE.replace("促消\n费举措。中央广播电视总台同步举办\n", "促消\n\n")
    assert justified_halves(alone, split_blocks(alone), 16) == []
    # a right half that ends a sentence is a paragraph's last line, which nothing justifies
    ended = PAGE.replace("美好生活”直播\n", "美好生活”直播。\n")
    assert justified_halves(ended, split_blocks(ended), 16) == []
    # a LibreOffice page (numbers between spaces) spreads a justified line over every character
    office = PAGE.replace("多家重点", "约 10 家")
    assert justified_halves(office, split_blocks(office), 16) == []


HEADLINE = "\n".join(
    [
        "各地劳动者热议总书记讲话",
        "",
        "用创造拥抱新时代",
        "以奋斗铸就新辉煌",
        "图为用创造拥抱新时代 以奋斗现场画面。",
        "",
        "央视网消息（新闻联播）：总书记",
        "的重要讲话在各地劳动者中引发热烈",
        "反响。大家表示，要立足岗位建功立",
        "业，为强国建设贡献更大力量。",
    ]
)


def test_a_headline_s_break_takes_the_space_its_caption_restates() -> None:
    text = fixed(HEADLINE + "\n")
    assert "\n\n用创造拥抱新时代 以奋斗铸就新辉煌\n\n图为" in text  # (its caption kept apart)


def test_spaced_pairs_are_those_no_line_holds_without_the_space() -> None:
    pairs = spaced_pairs("图为用创造拥抱新时代 以奋斗现场画面。")
    assert pairs == {"新时代以奋"}
    assert spaced_pairs("新时代 以奋斗\n要用新时代以奋斗精神") == frozenset()
    assert spaced_pairs("在 2023 年 以来") == frozenset()  # a gap at digits: no Han pair
    assert spaced_pairs("新时代\n\n以奋斗", ["新时代以奋"]) == {"新时代以奋"}
    assert spaced_break(pairs, "拥抱新时代", "以奋斗")
    assert not spaced_break(pairs, "时代", "以奋斗")  # (too few characters to tell)
    assert not spaced_break(pairs, "拥抱新时代", "而以奋")


def test_respaced_changes_only_joins_of_han_at_a_spaced_pair() -> None:
    text = "用创造拥抱新时代\n以奋斗铸就新辉煌\n图为用创造拥抱新时代 以奋斗现场画面。"
    edits = [Edit(8, 9, "", "unwrap"), Edit(17, 18, "\n\n", "paragraph-end")]
    headlines = {"用创造拥抱新时代以奋斗铸就新辉煌"}
    out = respaced(text, edits, text, headlines)
    assert [e.after for e in out] == [" ", "\n\n"]
    assert "用创造拥抱新时代 以奋斗铸就新辉煌" in headlines
