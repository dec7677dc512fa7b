"""A sentence's end at a story's own measure is decided as a full line (`unwrap.story_measure`)."""

from __future__ import annotations

import json

from bench.accuracy import XWLB
from bench.damage_blind import damage_article
from convert.normalize.unwrap.measure import Widths
from convert.normalize.unwrap.paragraphing import learn_paragraphing
from convert.normalize.unwrap.story_measure import (
    at_story_measure,
    counts_in_cells,
    openings_elsewhere,
)

from ...support.normalized import paragraphs


def blind_page(article_id: str, shape: str, seed: int) -> str:
    """The blind damage model's page of a corpus article (its tuning half)."""
    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == article_id)
    return damage_article(article, shape, seed).text


def test_a_line_as_wide_as_the_lines_about_it_is_at_the_story_s_measure() -> None:
    above = "施低于最惠国税率的进口暂定税率，涉及"  # 18 cells each
    line = "部分抗癌药、罕见病药的药品和原料等。"
    assert at_story_measure(line, "同时，为促进新材料产业发展，降低高纯", [above], wide=22)
    # the line under at another width: the story's measure changed, a paragraph opened
    assert not at_story_measure(line, "同时，为促进新材料产业发展，", [above], wide=22)
    # the paragraph's first line: the two lines under it show the measure
    assert at_story_measure(
        line, "同时，为促进新材料产业发展，降低高纯", [], "铝出口关税。今天起，我国对一些商品实", 22
    )
    assert not at_story_measure(
        line, "同时，为促进新材料产业发展，降低高纯", [], "铝出口关税。", 22
    )
    # the lines about it at the text's own measure: the line a cell short of it ended
    assert not at_story_measure(line, "同时，为促进新材料产业发展，降低高纯", [above], wide=18)
    # a sentence setting its scene under it opens a paragraph; digits make the width a guess
    assert not at_story_measure(line, "同日，国务院总理李克强同安提瓜和巴布达", [above], wide=22)
    assert not at_story_measure(line, "同时，为促进新材料产业发展，降低1010", [above], wide=22)
    assert not at_story_measure(
        "ニュースによると、今日の", "東京では雨が降りました", ["今日は晴れでした、明日の"]
    )


def test_digits_and_ascii_marks_count_in_cells_latin_letters_do_not() -> None:
    assert counts_in_cells("上行动中因遭美军袭击死亡或失踪。")
    assert counts_in_cells("天称，该组织10名成员当天在一次海")
    assert counts_in_cells("增长12.5%，同比(+3.1%),表示:")
    assert counts_in_cells("出[1]。")  # a note's call: brackets set half a cell, as digits
    assert not counts_in_cells("发生 of 强震已造成1943人死亡")
    assert not counts_in_cells("今天（7 月 1 日）继续发布")


def test_a_sentence_ending_at_a_narrow_story_s_line_end_goes_on() -> None:
    # the blind model's narrow page, seed 0 (tuning half): a story at 18 cells under a text
    # measure read wider; the sentence ending at a line's end read as a short last line
    text = blind_page("xwlb-20240101-0126", "narrow", 0)
    assert "药品和原料等。\n同时，为促进新材料产业发展" in text
    assert any("药品和原料等。同时，为促进新材料产业发展" in p for p in paragraphs(text))


def test_openings_learnt_at_two_breaks_or_more_are_kept_apart() -> None:
    # a story at 10 cells under a text measure of 20: each sentence end at a line's end reads
    # short, so the opening under it is learnt from that very break; one seen twice is kept
    lines = [
        "全国政协常委会今天闭幕。",
        "会议指出，要坚持稳中求进工作总基调。",
        "会议强调，要扎实推进高质量发展工作。",
        "会议指出，要坚定不移深化改革开放。",
        "云南弥勒市的小镇里跳起民族舞蹈。",
    ]
    learnt = learn_paragraphing([lines], Widths(20, 0), 1)
    assert {"会议强", "会议指", "云南弥"} <= learnt.openings
    assert learnt.repeated_openings == frozenset({"会议指"})
    # a paragraph's first line: only the openings seen twice
    first = openings_elsewhere(learnt, [], lead=False)
    assert first.openings == frozenset({"会议指"})
    assert first.blank_lines == learnt.blank_lines
    # a later line of the paragraph, or the lead (a paragraph opened by a dateline): all stand
    assert openings_elsewhere(learnt, ["央视网消息（新闻联播）：今天"], lead=False) == learnt
    assert openings_elsewhere(learnt, [], lead=True) == learnt


def test_a_narrow_story_s_first_line_ends_no_paragraph_by_the_opening_it_taught() -> None:
    # the blind model's narrow pages (tuning half): a story at 11 cells under a text measure
    # read wider; `云南弥勒市`, `一季度，工` were learnt as openings from these breaks alone,
    # each under a paragraph's first line that ends a sentence
    text = blind_page("xwlb-20240501-0154", "narrow", 1)
    assert "吸引八方游客。\n云南弥勒市" in text
    assert any("吸引八方游客。云南弥勒市" in p.replace("\n", "") for p in paragraphs(text))
    text = blind_page("xwlb-20250501-0231", "narrow", 0)
    assert any("需求快速上升。一季度，工业" in p.replace("\n", "") for p in paragraphs(text))
    text = blind_page("xwlb-20241101-0189", "narrow", 10)
    assert any("深化政治互信。保持高层交往" in p.replace("\n", "") for p in paragraphs(text))


def test_a_lead_s_last_sentence_at_the_story_s_measure_still_ends_it() -> None:
    # the lead's sentence ends close it more often than not: its learnt opening stands
    # (blind narrow page, seed 3, tuning half)
    text = blind_page("xwlb-20240301-0138", "narrow", 3)
    assert "驶入快车道。\n走进北京北部" in text
    assert any(p.replace("\n", "").endswith("驶入快车道。") for p in paragraphs(text))
