"""A story's first line at its wraps' measure is a wrap (`unwrap.wraps_measure`)."""

from __future__ import annotations

import json

from bench.accuracy import XWLB
from bench.damage_blind import damage_article
from convert.normalize.unwrap.wraps_measure import at_wraps_measure

from ...support.normalized import fixed, paragraphs

# a brief's story at 10 cells in a text whose measure reads 11 (the blind damage model's narrow
# page, xwlb-20250101-0211, seed 4, tuning half, its story set under another at 11): the story's
# first line, no mark in it, read as a heading
BRIEFS = """俄军称打击乌军用机场
俄罗斯国防部今天称，俄军
对乌克兰一个军用机场和一
家为乌军生产火药的军工企
业实施了集群打击，俄黑海
舰队还击落了多架乌军无人
机和多艘无人艇，这些目标
主要用于供应乌军前线部队。
俄气称已停止通过乌克兰
向欧洲供应天然气
俄罗斯天然气工业公司
今天（1月1日）通报称，
由于过境运输协议终止，
该公司已不具备相关技
术和法律条件，当天停
止了通过乌克兰向欧洲
供应天然气。
"""
FIRST = "俄罗斯天然气工业公司"
UNDER = ["今天（1月1日）通报称，", "由于过境运输协议终止，"]


def test_a_first_line_at_its_wraps_measure() -> None:
    lines = ["前文。", FIRST, *UNDER]
    assert at_wraps_measure(FIRST, UNDER[0], lines, 1, 1, True)
    assert not at_wraps_measure(FIRST, UNDER[0], lines, 1, 1, False)  # (not asked)
    assert not at_wraps_measure(FIRST, UNDER[0], lines[1:], 0, 0, True)  # (the text's front)
    # narrower than the wraps: a subhead stopping short at its own length
    assert not at_wraps_measure("俄罗斯天然气公司", UNDER[0], lines, 1, 1, True)
    # a subhead the story restates, four characters in a row
    restated = ["前文。", FIRST, "俄罗斯天然气工业公司今", UNDER[1]]
    assert not at_wraps_measure(FIRST, restated[2], restated, 1, 1, True)
    # a headline's pause; a dateline under it
    paused = "俄罗斯天然 气工业公司"
    assert not at_wraps_measure(paused, UNDER[0], ["前文。", paused, *UNDER], 1, 1, True)
    dated = ["前文。", FIRST, "新华社北京1月1日电", UNDER[1]]
    assert not at_wraps_measure(FIRST, dated[2], dated, 1, 1, True)


def test_not_under_running_text_going_on() -> None:
    # pdftotext of two LibreOffice columns (office layout, xwlb-20240301-0141, tuning half):
    # one story's headline between another's lines, three lines of one width in a row
    lines = [
        "骗保刑事案件指导意见",
        "最高人民法院、最高人民检",
        "察院、公安部今天（3 月 1 日）发",
        "“两高一部”发布办理医保",
        "南水北调东线北延应急供水",
        "国务院新闻办今天（3 月 1",
    ]
    assert not at_wraps_measure(lines[3], lines[4], lines, 3, 1, True)
    assert at_wraps_measure(lines[3], lines[4], [*lines[:2], "前文。", *lines[3:]], 3, 1, True)
    # WeasyPrint's columns (weasy layout, xwlb-20240901-0187, tuning half): a sentence ended
    # inside the line over, which goes on
    over = ["失踪。宫崎县宫崎市750栋住宅遭强", "风破坏受损；在神奈川县相模原"]
    story = ["美国新泽西州一高中发生枪击", "据美国媒体8月31日报道，美国"]
    assert not at_wraps_measure(over[1], story[0], [*over, *story], 1, 1, True)


def test_the_story_s_first_line_runs_on_under_a_wider_measure() -> None:
    found = fixed(BRIEFS).split("\n\n")
    assert "俄气称已停止通过乌克兰向欧洲供应天然气" in found
    assert any(p.startswith("俄罗斯天然气工业公司今天（1月1日）") for p in found)


def test_a_dateline_alone_on_its_line_ends_the_front() -> None:
    lines = ["央视网消息（新闻联播）：", FIRST, *UNDER]
    assert at_wraps_measure(FIRST, UNDER[0], lines, 1, 0, True)
    assert not at_wraps_measure(FIRST, UNDER[0], ["新春走基层", FIRST, *UNDER], 1, 0, True)


def test_a_story_s_first_line_restating_the_subhead_over_it() -> None:
    # the blind model's flush page, seed 10 (tuning half): the story repeats `达尔富尔` under
    # its first line, which repeats `苏丹快速支援部队` of the subhead over it
    lines = [
        "已持续半年多。",
        "苏丹快速支援部队称控制西部重要城市",
        "苏丹快速支援部队10月31日宣布控制苏丹西部的中达尔富尔州首府",
        "扎林盖市。此前，苏丹快速支援部队还宣布，控制了南达尔富尔州",
        "首府尼亚拉市。对此，苏丹武装部队尚未做出回应。苏丹武装冲突",
    ]
    assert at_wraps_measure(lines[2], lines[3], lines, 2, 1, True)
    # the subhead itself, restated by the lines under it, still stands
    assert not at_wraps_measure(lines[1], lines[2], lines[1:], 0, 1, True)
    text = _blind_page("xwlb-20231101-0115", "flush", 10)
    found = paragraphs(text)
    assert "苏丹快速支援部队称控制西部重要城市" in found
    assert any("中达尔富尔州首府扎林盖市。" in p for p in found)


def test_a_first_line_a_cell_short_over_an_opening_mark() -> None:
    # the blind model's narrow page, seed 2 (tuning half): `（` could not end the story's first
    # line, which stops at 11 cells over wraps of 12
    lines = ["击。", "巴勒斯坦伊斯兰抵抗运动", "（哈马斯）方面称，今天", "（1月1日）向以色列方向发"]
    assert at_wraps_measure(lines[1], lines[2], lines, 1, 1, True)
    assert not at_wraps_measure(lines[1], "哈马斯方面称，今天（1", lines, 1, 1, True)
    text = _blind_page("xwlb-20240901-0179", "narrow", 3)
    assert "在北京市朝阳区实验小学以\n“扬奥运精神”为主题的开学\n" in text
    assert any("实验小学以“扬奥运精神”为主题" in p for p in paragraphs(text))


def _blind_page(article_id: str, shape: str, seed: int) -> str:
    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == article_id)
    return damage_article(article, shape, seed).text
