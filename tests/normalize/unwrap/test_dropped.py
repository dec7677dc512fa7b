"""Paragraphs whose indent the extraction dropped (`unwrap.dropped`): first lines, subheads set
flush, sentence ends over a first line."""

from __future__ import annotations

from convert.normalize.unwrap.dropped import (
    dropped_indent,
    ends_over_indent,
    first_line_cells,
    flush_break,
    flush_subhead,
    opening_cells,
    over_dropped_indent,
    runs_on_flush,
    sentence_far_short,
)
from convert.normalize.unwrap.measure import Widths
from convert.normalize.unwrap.paragraphing import Paragraphing, learn_paragraphing

from ...support.normalized import paragraphs
from .texts import wrap

# pdftotext of narrow WeasyPrint pages (bench/accuracy_extracted.py, weasy-narrow, tuning half)
LEARNT = Paragraphing(frozenset(), blank_lines=False, indent_dropped=True)


def test_a_first_line_is_measured_in_half_cells() -> None:
    # 13 cells and a digit in a column of 15: an indent short, not full
    assert first_line_cells("另外，2月份非制造业商务活动", 15) == "short"
    assert first_line_cells("中国2022年专利申请量继续居首位", 15) == "full"
    # a Japanese line still counts a lone digit as a cell (`cells` rounds up)
    assert first_line_cells("ビデオサロン2月号の記事です", 15) == "full"


def test_a_full_line_over_a_first_line_is_a_subhead_set_flush() -> None:
    subhead, first = "新版国家医保药品目录落地实施", "今天（3月1日），新版国家医"
    assert opening_cells(subhead, first, 15) == "short"
    assert opening_cells(subhead, "保药品目录落地实施，此次调整新增", 15) == "full"
    # a subhead wrapped over its short last line says nothing
    assert opening_cells("国际人士：向乌输送武器无助于和", "平解决冲突", 15) is None
    assert opening_cells(subhead, "", 15) == "full"


def test_flush_subheads_do_not_hide_a_dropped_indent() -> None:
    lines = [
        "央视网消息（新闻联播）：今天",
        "（3月1日），中国物流与采购联合",
        "会发布数据，制造业继续扩张。",
        "新版国家医保药品目录落地实施",
        "今天（3月1日），新版国家医",
        "保药品目录落地实施，此次调整新",
        "增111个药品，覆盖慢性病等。",
        "中国2022年专利申请量继续居首位",
        "根据世界知识产权组织2月28",
        "日发布的最新报告，中国申请人",
        "提交的专利申请继续排名首位。",
        "电视剧《许你万家灯火》今晚开播",
        "电视剧《许你万家灯火》今晚",
        "（3月1日）起在总台央视综合频道",
        "播出。",
    ]
    assert learn_paragraphing([lines], Widths(15, 0), 1).indent_dropped


def test_a_subhead_a_few_cells_short_over_a_first_line_is_no_dropped_indent() -> None:
    widths = Widths(22, 0)
    subhead = "俄气称已停止通过乌克兰向欧洲供应天然气"
    first = "俄罗斯天然气工业公司今天（1月1日）通报"
    after = "称，由于过境运输协议终止，该公司已不具备相关"
    assert not dropped_indent(subhead, widths, LEARNT, len(subhead), first, after)
    # a line before a number may stop short anywhere
    assert dropped_indent(subhead, widths, LEARNT, len(subhead), first, "2024年12月31日到期")
    # a wrap under the first line fills the measure
    assert dropped_indent(subhead, widths, LEARNT, len(subhead), after, after)


def test_a_sentence_end_over_a_first_line_ends_its_paragraph() -> None:
    widths = Widths(15, 0)
    line, first = "肯尼亚走变革性增长道路的决心。", "白俄罗斯总统卢卡申科表示，"
    after = "习近平总书记提出四大全球倡议有"
    assert ends_over_indent(line, first, after, widths, LEARNT)
    assert flush_break(line, first, widths, LEARNT, after, 70) is True
    # not before a number, nor where blank lines mark the paragraphs
    assert not ends_over_indent(line, first, "2024年，中国对外", widths, LEARNT)
    spaced = Paragraphing(frozenset(), blank_lines=True, indent_dropped=True)
    assert not ends_over_indent(line, first, after, widths, spaced)
    # over a full line, a wrap (`runs_on_flush`); over a line well short, the other rules decide
    assert flush_break(line, after, widths, LEARNT, after, 70) is False
    assert flush_break(line, "各方表示支持", widths, LEARNT, after, 70) is None


def test_a_first_line_that_ends_a_sentence_at_the_indented_measure_runs_on() -> None:
    widths = Widths(19, 0)
    line = "今天的中国，是梦想接连实现的中国。"  # 17 cells: the first line of its paragraph
    full = "在距离地球约400公里的中国空间站，神舟"
    assert runs_on_flush(line, full, widths, LEARNT, "", len(line))
    assert not runs_on_flush(line, full, widths, LEARNT, "", len(line) + 30)  # not its first
    # a full line over a paragraph an indent short is a subhead: no wrap before it
    subhead = "中国2022年专利申请量继续居首位加"
    assert not runs_on_flush(line, subhead, widths, LEARNT, "根据世界知识产权组织2月28日发", len(line))


def test_no_subhead_over_a_line_that_stops_short_before_a_number() -> None:
    widths = Widths(15, 0)
    line, short = "统计局今天（3月1日）发布：2月份", "中国制造业采购经理指数为"
    assert not over_dropped_indent(line, short, "52.6%，较上月上升2.5个百分点，", widths, LEARNT)


def test_a_heading_an_indent_short_over_a_first_line_ends_there() -> None:
    widths = Widths(19, 0)
    subhead, first = "2024年暑期档全国电影票房116.43亿元", "根据国家电影局统计，2024年暑期档全"
    after = "国电影票房为116.43亿元，观影人次为2.85"
    assert over_dropped_indent(subhead, first, after, widths, LEARNT)
    # a first line over its wrap opens no paragraph under it
    assert not over_dropped_indent(first, after, "亿，国产影片票房为84.81亿元，占比为", widths, LEARNT)


NO_MEASURE = Widths(wide=0, latin=0)
ITEM = "今天（1月1日），江苏宁扬长江大桥正式通车运营。大桥长"
ITEM_ON = "4963米，为双向六车道，设计时速100公里。通车后，从南"


def test_a_short_line_over_running_text_is_a_flush_subhead_where_no_measure_shows() -> None:
    line = "江苏宁扬长江大桥正式通车"
    assert flush_subhead(line, ITEM, NO_MEASURE, len(line), ITEM_ON)
    # not where it goes on with a paragraph, nor where a measure was learnt
    assert not flush_subhead(line, ITEM, NO_MEASURE, len(line) + 20, ITEM_ON)
    assert not flush_subhead(line, ITEM, Widths(wide=27, latin=0), len(line), ITEM_ON)
    # nor over the sentence's last line: a text's first line cut short
    assert not flush_subhead("我们在北京开", "会讨论了明年的计划。", NO_MEASURE, 6)


def test_a_headline_in_two_lines_is_no_flush_subhead() -> None:
    line = "世界超高海拔地区"
    assert not flush_subhead(line, "规模最大风电项目在西藏投产", NO_MEASURE, len(line), ITEM_ON)
    # nor a line two thirds of the next or longer
    line = "大桥今天正式通车运营了大家"
    next_line = "今天，大桥通车运营。大桥长约四千米共计"
    assert not flush_subhead(line, next_line, NO_MEASURE, len(line), ITEM_ON)


def test_a_sentence_far_short_of_the_measure_ends_its_paragraph_under_indents() -> None:
    widths = Widths(20, 0)
    assert sentence_far_short("的管辖规定。", widths, opening=False)
    assert not sentence_far_short("一二三四五六七八九十一二三四五六七。", widths, opening=False)
    assert not sentence_far_short("的管辖规定，", widths, opening=False)  # (no sentence end)
    assert not sentence_far_short("のお知らせです。", widths, opening=False)  # (Japanese)
    assert not sentence_far_short("的管辖规定。", Widths(0, 0), opening=False)


def test_a_flush_subhead_under_a_finished_paragraph_stands_alone() -> None:
    """A news-in-brief column: indented items, each under a subhead set flush."""
    items = [
        "《互联网广告管理办法》今起施行，包括对弹出广告、开屏广告、利用智能设备发布广告等行为"
        "作出规范；细化“软文广告”、竞价排名广告等重点领域的广告监管规则；新增广告代言人的管辖规定。",
        "今天，农业农村部、中国海警局、公安部等部门启动海洋伏季休渔专项执法行动。"
        "今年休渔期从5月1日12时起，休渔时间为三到四个半月。",
    ]
    lines = [*wrap("　　" + items[0], 20), "2023年伏季休渔今天正式开始", *wrap("　　" + items[1], 20)]
    assert [p.strip() for p in paragraphs("\n".join(lines))] == [
        items[0],
        "2023年伏季休渔今天正式开始",
        items[1],
    ]
