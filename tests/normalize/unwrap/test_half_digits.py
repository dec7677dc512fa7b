"""Digits a page set half a cell wide: a sentence end short only in cells (`unwrap.half_digits`)."""

from __future__ import annotations

from convert.changes.positions import SourceMap
from convert.normalize.context import Context
from convert.normalize.unwrap.half_digits import numbers_only, set_half, short_in_cells
from convert.normalize.unwrap.measure import Widths

from ...support.normalized import fixed

# blind damage model, flush page (xwlb-20260501-0311, seed 3, tuning half): a story set at 31
# cells, digits half a cell; its first paragraph's last line (29.5 cells, 31 characters) stops
# short of the measure in cells only
PAGE = """三亚亚沙会昨晚闭幕 中国体育代表团位列金牌奖牌榜双第一

新华社上海5月1日电（记者曹刚超）第六届亚洲沙滩运动会昨晚（4月3
0日）在海南三亚闭幕。本届亚沙会，中国体育代表团派出171名运动员
参赛，刷新多项纪录。在攀岩速度男子、速度接力男子、速度接力女子
项目上打破世界纪录；在女子铅球、公开水域游泳男子5公里、游跑两
项混合接力等多个小项创造赛会最好成绩。以24金18银13铜的成绩，位
列金牌榜、奖牌榜第一位，创参加亚沙会以来的历史最好成绩[1]。
昨晚的闭幕式以“青春、友谊、向前”为主题，来自亚奥理事会45个成
员国家和地区的运动员欢聚亚沙公园，在歌声和海风中，重温亚沙记忆。
下一届亚沙会将于2028年在菲律宾宿务市举行。
"""
LAST = "列金牌榜、奖牌榜第一位，创参加亚沙会以来的历史最好成绩[1]。"
ABOVE = "项混合接力等多个小项创造赛会最好成绩。以24金18银13铜的成绩，位"


def test_numbers_and_note_calls_are_the_only_ascii_a_page_surely_set() -> None:
    assert numbers_only(LAST)
    assert numbers_only("同比增长 40% 以上[1]。")  # (a gap beside a number)
    assert not numbers_only("着力保市场主体稳就业稳物价.")  # (a Han mark turned ASCII)
    assert not numbers_only("长征二号F运载火箭")  # (a Latin letter: its own width)
    assert not numbers_only("历史最好成绩。")  # (no ASCII at all)


def _blocks() -> list[list[str]]:
    return [[line for line in PAGE.split("\n\n")[1].split("\n") if line]]


def test_lines_past_the_measure_in_characters_show_digits_set_half() -> None:
    assert set_half(_blocks(), 31, Context())
    # a text cut at a count of characters: its wraps with digits fill the measure in characters
    cut = [["以24金18银13铜的成绩位列金牌榜奖牌榜第一位创参加", "亚沙会以来的历史最好成绩。"] * 3]
    assert not set_half(cut, 27, Context())


def test_not_where_the_file_held_full_width_digits() -> None:
    context = Context()
    source = PAGE.replace("171", "１７１")
    context.origin = (source, SourceMap(source))
    assert not set_half(_blocks(), 31, context)


def test_a_sentence_end_short_in_cells_under_a_full_wrap() -> None:
    widths = Widths(31, 0.0)
    assert short_in_cells(LAST, "昨晚的闭幕式以“青春、友谊、向前”为主", widths, [ABOVE])
    assert not short_in_cells(LAST, "2028年，下一届", widths, [ABOVE])  # (a number next)
    assert not short_in_cells(LAST, "昨晚的闭幕式", widths, [])  # (no wrap over it)
    assert not short_in_cells(LAST, "昨晚的闭幕式", widths, ["在女子铅球、公开水域游泳。"])
    # short of a Han character, not of a mark set with the character after it
    assert not short_in_cells(LAST, "“青春、友谊、向前”", Widths(31, 0.0), [ABOVE])
    # measured against the paragraph's own wrap (30 cells) where the text's measure is wider
    narrower = "项混合接力等多个小项创造赛会最好成绩。以24金18银13铜的成绩位"
    assert short_in_cells(LAST, "昨晚", Widths(31, 0.0), [ABOVE])
    assert not short_in_cells(LAST, "昨晚", Widths(31, 0.0), [narrower])
    assert not short_in_cells(LAST, "昨晚", Widths(32, 0.0), [narrower])  # (30 is no wrap at 32)


def test_the_page_s_paragraph_ends_at_its_line_short_in_cells() -> None:
    assert "历史最好成绩[1]。\n\n昨晚的闭幕式" in fixed(PAGE)


# blind damage model, flush page (xwlb-20260501-0308, seed 0, tuning half), its first lines: one
# line with figures at the measure (37 cells, 40 characters, in a column of 38), which ends its
# paragraph: it passes the measure in characters, as no line cut at a count of characters does
ONE_LINE = """“五一”假期第一天 交通出行迎来客流高峰

央视网消息（新闻联播）：今天（5月1日）是“五一”假期第一天，全国交通出行迎来高
峰。交通运输部预计，今天全社会跨区域人员流动量超3.4亿人次，同比增长3.4%。
铁路客流量及高速公路车流量均将创出新高。全国铁路预计
发送旅客2480万人次，计划加开旅客列车2070列，武汉、南
昌、上海等地夜间高铁陆续开行。
"""


def test_one_line_shows_digits_set_half_where_no_wrap_says_otherwise() -> None:
    lines = [line for line in ONE_LINE.split("\n\n")[1].split("\n") if line]
    assert set_half([lines], 38, Context())
    # a wrap cut at a count of characters outvotes it (or ties: counted whole)
    cut = "以24金18银13铜的成绩，位列金牌榜、奖牌榜第一位，创参加亚沙会以来的历史"  # (38)
    assert not set_half([[*lines, cut, "最好成绩。"]], 38, Context())
    assert "同比增长3.4%。\n\n铁路客流量" in fixed(ONE_LINE)
