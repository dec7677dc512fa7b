"""`one_indent`: a story of one paragraph under an indent keeps its full lines' sentence ends."""

from __future__ import annotations

from convert.normalize import normalize
from convert.normalize.unwrap.one_indent import sole_block_indented


def test_a_one_paragraph_story_under_an_indent_is_not_cut_at_a_full_line() -> None:
    # fifth model, indented pages (tuning half): `集会民众表示` read as a paragraph's opening
    text = (
        "          日本民众继续集会反对政府强推福岛核污染水排海\n"
        "\n"
        "    央视网消息（新闻联播）：6月30日傍晚，部分日本民众再次在东京\n"
        "的日本经济产业省总部大楼前集会，抗议日本政府强推福岛核污染水排海。\n"
        "集会民众表示，日本政府急于将核污染水排入大海，是极其不负责任的\n"
        "行为，这将对全世界造成不可挽回的危害。\n"
    )
    fixed = normalize(text).text
    assert "排海。集会民众表示" in fixed


def test_only_a_sole_block_opened_by_an_indent_counts() -> None:
    lines = [["央视网消息（新闻联播）：6月30日傍晚", "的日本经济产业省"]]
    assert sole_block_indented(lines, [True])
    assert not sole_block_indented(lines, [False])
    assert not sole_block_indented(lines * 2, [True, True])
    assert not sole_block_indented([["It was a truth universally", "acknowledged"]], [True])
