"""A heading's look inside running text is a wrap (`unwrap.heading_look`)."""

from __future__ import annotations

import json

from bench.accuracy import XWLB
from bench.damage_blind import damage_article
from convert.normalize.unwrap.heading_look import column_goes_on, column_under, goes_on_over
from convert.normalize.unwrap.paragraphing import NO_PARAGRAPHING

from ...support.normalized import paragraphs

OVER = ["10月31日20时48分，神舟"]  # 11 cells, a clause going on
LINE = "二十一号载人飞行任务航"  # 11 cells, a heading's look
UNDER = "天员乘组出征仪式在酒泉"
NONE = NO_PARAGRAPHING


def test_a_line_going_on_from_running_text_over_it() -> None:
    assert goes_on_over(OVER, LINE, UNDER, NONE)
    # two lines over it, the mark in the farther
    assert goes_on_over([*OVER, LINE], UNDER, "卫星发射中心圆梦园广场", NONE)
    assert not goes_on_over([], LINE, UNDER, NONE)  # (the line opens its paragraph)
    # the line over ends a sentence, a dateline, or holds no mark of running text
    assert not goes_on_over(["“河北雄安新区”字样。"], "相关部门将有序开展户籍", UNDER, NONE)
    assert not goes_on_over(["央视网消息（新闻联播）："], "全国人大常委会委员长", UNDER, NONE)
    assert not goes_on_over(["政协第十四届全国委员会"], "常务委员会第十四次会议", UNDER, NONE)


def test_not_a_line_narrower_than_the_line_over_it() -> None:
    # a paragraph's last line stops short of the line over it; a wrap fills its measure
    assert not goes_on_over(["议大会时，韩正表示，习"], "近平主席提出构建人类", UNDER, NONE)
    assert not goes_on_over(OVER, "二十一号载人飞行任", UNDER, NONE)


def test_not_over_a_headline_s_pause() -> None:
    assert not goes_on_over(OVER, LINE, "李强主持　赵乐际王沪宁丁薛祥", NONE)


def test_not_where_blank_lines_or_dropped_indents_show_the_paragraphs() -> None:
    # (pdftotext's pages of columns: the line over may be another column's)
    assert not goes_on_over(OVER, LINE, UNDER, NONE._replace(indent_dropped=True))
    assert not goes_on_over(OVER, LINE, UNDER, NONE._replace(blank_lines=True))


def test_a_column_going_on_under_the_line() -> None:
    assert column_goes_on(OVER, LINE, UNDER, NONE)
    assert not column_goes_on(OVER, LINE, "神舟二十一号", NONE)  # (a subtitle's own width)


def test_a_story_narrower_than_the_text_is_not_cut_at_each_wrap() -> None:
    # the blind model's narrow page, seed 14 (tuning half): a story at 11 cells under a text
    # measure of 13; each wrap without a mark read as a short heading
    text = _blind_page("xwlb-20251101-0284", "narrow", 14)
    assert "二十一号载人飞行任务航\n天员乘组出征仪式在酒泉\n" in text
    assert any(
        "神舟二十一号载人飞行任务航天员乘组出征仪式在酒泉卫星发射中心" in p
        for p in paragraphs(text)
    )


FIRST = "相关部门将有序开展户籍"  # 11 cells, a paragraph's first line with a heading's look
SECOND = "证件办理工作，做好各项"
THIRD = "服务保障，原有证件在有"


def test_a_line_over_two_lines_of_its_width_opens_a_column() -> None:
    assert column_under([], FIRST, SECOND, THIRD, 13, NONE)
    assert column_under([], FIRST, "堡垒作用，带领党员群众", "海拔高寒的环境中，保护", 13, NONE)
    # a line with a figure, half a cell a digit; a mark hung past the measure
    assert column_under([], FIRST, "1日下午在京闭幕。中共中", THIRD, 13, NONE)
    assert column_under([], FIRST, SECOND, "服务保障，原有证件更换。", 13, NONE)
    # at the text's own measure, the line stops short of it: a heading's look decides
    assert not column_under([], FIRST, SECOND, THIRD, 11, NONE)
    # the line under ends a sentence: a paragraph of two lines, maybe (the other rules decide)
    assert not column_under([], FIRST, "证件办理工作做好服务。", THIRD, 13, NONE)
    # a paragraph's later line: the other rules decide
    assert not column_under(["“河北雄安新区”字样，"], FIRST, SECOND, THIRD, 13, NONE)
    # a line under of another width: a heading over its paragraph's short last line
    assert not column_under([], FIRST, SECOND, "效期内的。", 13, NONE)
    assert not column_under([], "全国铁路暑运启动", SECOND, THIRD, 13, NONE)


def test_not_over_latin_words_a_headline_s_pause_or_blank_lines() -> None:
    assert not column_under([], FIRST, "证件办理工作 and 做好", THIRD, 13, NONE)
    assert not column_under([], "相关部门将有序　开展户", SECOND, THIRD, 13, NONE)
    assert not column_under([], FIRST, SECOND, THIRD, 13, NONE._replace(blank_lines=True))
    # a text whose paragraphs lost their indents: still a column
    assert column_under([], FIRST, SECOND, THIRD, 13, NONE._replace(indent_dropped=True))


def test_a_narrow_story_s_first_line_with_a_heading_s_look_is_a_wrap() -> None:
    # the blind model's narrow page, seed 2 (tuning half): a story at 11 cells under a text
    # measure of 13; the paragraph's first line holds no mark and read as a short heading
    text = _blind_page("xwlb-20231101-0110", "narrow", 2)
    assert "字样。\n相关部门将有序开展户籍\n证件办理工作，做好各项\n" in text
    assert any(
        "相关部门将有序开展户籍证件办理工作，做好各项服务保障" in p for p in paragraphs(text)
    )


def _blind_page(article_id: str, shape: str, seed: int) -> str:
    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == article_id)
    return damage_article(article, shape, seed).text
