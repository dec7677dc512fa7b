"""A sentence's end at a story's own measure is decided as a full line (`unwrap.story_measure`)."""

from __future__ import annotations

import json

from bench.accuracy import XWLB
from bench.damage_blind import damage_article
from convert.normalize.unwrap.story_measure import at_story_measure

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


def test_a_sentence_ending_at_a_narrow_story_s_line_end_goes_on() -> None:
    # the blind model's narrow page, seed 0 (tuning half): a story at 18 cells under a text
    # measure read wider; the sentence ending at a line's end read as a short last line
    text = blind_page("xwlb-20240101-0126", "narrow", 0)
    assert "药品和原料等。\n同时，为促进新材料产业发展" in text
    assert any("药品和原料等。同时，为促进新材料产业发展" in p for p in paragraphs(text))
