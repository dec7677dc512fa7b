"""A sentence's last line two cells short of the wrap over it ends its paragraph
(`unwrap.under_wrap`)."""

from __future__ import annotations

from convert.normalize.unwrap.under_wrap import stops_short_under_wrap

from ...support.normalized import paragraphs
from .test_story_measure import blind_page

WRAP = "户次企业发放稳岗资金35.2亿元。稳岗扩岗专项贷款设立以来，已累计"  # 31 cells
ABOVE = "今年以来国家充分释放就业补贴稳岗返还社保降费"  # 22 cells


def test_a_sentence_end_two_cells_short_of_the_wrap_over_it_ends_the_paragraph() -> None:
    line = "发放贷款超6400亿元，帮助稳定和扩大就业岗位530多万个。"  # 26.5 cells, 31 characters
    assert stops_short_under_wrap(line, [WRAP], 29, digits_half=True)
    # where the text's wraps do not show digits set half a cell, characters count
    assert not stops_short_under_wrap(line, [WRAP], 29)
    assert stops_short_under_wrap("等政策红利，企业减少成本四百多亿元。", [ABOVE], 18)  # 18 cells
    assert stops_short_under_wrap("等政策红利，企业减少成本四百五十六亿元。", [ABOVE], 18)  # 20
    # a cell short: an opening mark moved down under the measure, a wrap
    assert not stops_short_under_wrap("等政策红利，企业减少成本四百五十六亿元人。", [ABOVE], 18)
    # a closing mark hung past the measure does not widen the wrap
    hung = ABOVE[:-1] + "，"
    assert not stops_short_under_wrap("等政策红利，企业减少成本四百五十六亿元。", [hung], 18)


def test_what_the_rule_refuses() -> None:
    line = "等政策红利，企业减少成本四百多亿元。"
    assert not stops_short_under_wrap(line, [ABOVE], 19)  # short of the text's measure
    assert not stops_short_under_wrap(line, [ABOVE], 0)  # no measure learnt
    assert not stops_short_under_wrap(line, [], 18)  # a paragraph's first line: no wrap over it
    assert not stops_short_under_wrap(line[:-1], [ABOVE], 17)  # no sentence end
    assert not stops_short_under_wrap(line, [ABOVE[:-1] + "。"], 18)  # over a sentence end
    assert not stops_short_under_wrap("今日は晴れでした。明日は雨が降る。", [ABOVE], 10)  # kana
    figure = "6亿元，增长5.6%，服务进出口7332."
    assert not stops_short_under_wrap(figure, [WRAP], 20, digits_half=True)  # a decimal point
    # ASCII marks count a whole cell (put in after the wrap, they may stand for wide ones)
    line = "发放贷款超6400亿元,帮助稳定和扩大就业岗位,同比增长,多万个."  # 29 cells, ASCII half
    assert not stops_short_under_wrap(line, [WRAP], 29, digits_half=True)


def test_a_flush_page_s_paragraph_set_wider_than_the_text_ends_under_its_wrap() -> None:
    # the blind model's flush page, seed 0 (tuning half): a story at 29 cells in a text whose
    # measure reads 26; its last line, 27 cells, read full and ran into the numbered item
    text = blind_page("xwlb-20251101-0284", "flush", 0)
    assert "准备工作。\n1.23时44分" in text
    assert any(p.endswith("做好发射前的各项准备工作。") for p in paragraphs(text))
