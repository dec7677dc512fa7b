"""The ocr-space pass inside a parenthesis: a word of four cut at its centre goes, a byline's
space stays."""

from __future__ import annotations

from convert.normalize import normalize

STORY = "\n\n\u3000\u3000央视网消息：今天，全国各地的工作人员坚守岗位，保障群众平安出行，各项工作有序开展。\n"


def test_a_word_of_four_cut_at_its_centre_goes_inside_a_parenthesis() -> None:
    text = "标题一行" + STORY.replace("央视网消息：", "央视网消息（新闻 联播）：")
    assert "（新闻联播）" in normalize(text).text


def test_a_bylines_space_stays_inside_a_parenthesis() -> None:
    # (no word of four is cut: a role and a name)
    text = "标题一行" + STORY.replace("开展。", "开展。（记者 黄霞）")
    assert "（记者 黄霞）" in normalize(text).text
