"""Two lines of one width over a short heading's look are wraps (`unwrap.level_lines`)."""

from __future__ import annotations

import json

from bench.accuracy import XWLB
from bench.damage_blind import damage_article
from convert.normalize.unwrap.level_lines import level_with_next

from ...support.normalized import paragraphs


def blind_page(article_id: str, shape: str, seed: int) -> str:
    """The blind damage model's page of a corpus article (its tuning half)."""
    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == article_id)
    return damage_article(article, shape, seed).text


def test_lines_within_a_cell_are_level() -> None:
    assert level_with_next("1日下午在京闭幕。中共", "中央政治局常委、全国政")  # 10.5 and 11 cells
    # a subhead's last line within a cell of the story's first by chance holds no mark inside
    assert not level_with_next("物”发布仪式今晚播出", "由中华全国总工会和中央")
    assert level_with_next("央视网消息（新闻联播）：1日出版的", "第1期《求是》杂志发表中共中央总书")
    # a title's last line over a heading stops at its own length
    assert not level_with_next(
        "发扬光大，确保党永远不变质不变色不变味，始终具有强大创造力凝聚力战斗力",
        "李强主持\u3000赵乐际王沪宁丁薛祥李希韩正出席\u3000蔡奇宣读决定",
    )
    assert not level_with_next("The Utility of the Union", "For the Independent Journal")
    assert not level_with_next("ニュースによると、今日の", "東京では雨が降りました")  # (kana)


def test_a_story_narrower_than_the_text_is_not_cut_before_a_short_heading_s_look() -> None:
    # the blind model's narrow page, seed 2 (tuning half): a story at 11 cells under a text
    # measure read wider; `中央政治局常委、全国政` looked like a short heading
    text = blind_page("xwlb-20251101-0280", "narrow", 2)
    assert "1日下午在京闭幕。中共\n中央政治局常委、全国政\n" in text
    assert any("1日下午在京闭幕。中共中央政治局常委" in p for p in paragraphs(text))
