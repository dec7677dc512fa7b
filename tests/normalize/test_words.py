"""Whether a break cuts a Chinese word: the segmentation of the characters on either side."""

from __future__ import annotations

import pytest

from convert.normalize.words import splits_word


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("习近平和彭丽媛热情迎接外", "方领导人夫妇，同他们亲切握手"),  # 外方
        ("世界在建最长桥梁——通泰扬特大桥首座斜拉桥合", "龙"),  # 合龙
        ("还有许多国家政党和政治组织领导人发来贺", "电贺函，热烈祝贺"),  # 贺电
        ("中国国际", "象棋协会"),  # 国际象棋
    ],
)
def test_a_break_inside_a_word_is_found_by_segmenting_both_sides(left: str, right: str) -> None:
    assert splits_word(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("全国铁路暑运结束 8.3亿人次出行", "为期两个月的全国铁路暑运日前结束"),  # not 行为
        ("东城区总工会", "以党的二十大精神为指引"),  # not 会以
        ("法国一季度经济增长陷入停滞", "法国国家统计和经济研究所"),
    ],
)
def test_a_break_between_words_cuts_none(left: str, right: str) -> None:
    assert not splits_word(left, right)
