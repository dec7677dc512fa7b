"""The break inside a restated subhead of two lines is a wrap (`unwrap.restated.inside_subhead`)."""

from __future__ import annotations

import json

from bench.accuracy import XWLB
from bench.damage_blind import damage_article
from convert.config import Config
from convert.normalize.unwrap.restated import BlockSubheads, inside_subhead

from ...support.normalized import paragraphs

SUBHEAD = [
    "工匠年度人物”。",
    "《高端访谈》今晚播出对泰",
    "国总理赛塔独家专访",
    "今晚（3月1日），总台央视",
    "新闻频道《高端访谈》栏目",
    "将播出对泰国总理赛塔的独",
    "家专访。赛塔表示，泰",
]


def blind_page(article_id: str, shape: str, seed: int) -> str:
    """The blind damage model's page of a corpus article (its tuning half)."""
    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == article_id)
    return damage_article(article, shape, seed).text


def test_the_break_between_a_restated_subhead_s_two_lines() -> None:
    subhead = BlockSubheads(SUBHEAD, Config())
    assert inside_subhead(subhead, 1, 0)
    assert not inside_subhead(subhead, 1, 1)  # (the line does not open its paragraph)
    assert not inside_subhead(subhead, 2, 0)  # (under the subhead: its story)
    assert not inside_subhead(subhead, 3, 0)


def test_no_dateline_is_half_a_subhead() -> None:
    # office's tuning half: a headline over a dateline, its story restating the headline
    lines = [
        "十四届全国人大常委会第五次会议在京闭幕",
        "央视网消息（新闻联播）：",
        "十四届全国人大常委会第五次会",
        "议 1 日上午在北京人民大会堂闭",
        "幕。赵乐际委员长主持闭幕会。",
    ]
    subhead = BlockSubheads(lines, Config())
    assert not inside_subhead(subhead, 0, 0)
    assert not inside_subhead(subhead, 1, 0)


def test_a_subhead_over_two_lines_is_not_run_into_its_story() -> None:
    # the blind model's narrow page, seed 13 (tuning half): the subhead was cut after its first
    # line (`over_dropped_indent`), its last line run into the story, then the three joined
    text = blind_page("xwlb-20240301-0141", "narrow", 13)
    assert "\n《高端访谈》今晚播出对泰\n国总理赛塔独家专访\n今晚（3月1日），总台央视\n" in text
    found = paragraphs(text)
    assert "《高端访谈》今晚播出对泰国总理赛塔独家专访" in found
    assert any(p.startswith("今晚（3月1日），总台央视新闻频道") for p in found)
