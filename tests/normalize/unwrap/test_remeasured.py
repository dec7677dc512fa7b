"""A full last line over a paragraph set wider (`unwrap.remeasured`)."""

from __future__ import annotations

from convert.normalize.unwrap.measure import Widths
from convert.normalize.unwrap.remeasured import (
    narrower_than_its_paragraph,
    narrows_under,
    short_of_its_wrap,
    widens_under,
)

from ...support.normalized import paragraphs
from .texts import wrap

# zh-news-xwlb, xwlb-20251101-0275: a flush page whose story changes its measure at a paragraph
SAID = (
    "习近平强调，亚太经合组织是亚太地区最重要的经济合作机制，为促进亚太地区增长和繁荣作出了重要"
    "贡献。构建亚太共同体是实现亚太地区长远发展繁荣的必由之路，也是各方的共同愿景。中方愿以此为契"
    "机，同各方携手构建亚太共同体，促进亚太地区增长和繁荣，着力推进亚太自由贸易区、互联互通、数字"
    "经济、人工智能等务实合作，为亚太发展注入更大活力和动力，更多造福亚太人民。"
)
FULL = (
    "习近平指出，深圳地处太平洋沿岸，几十年间从一个落后的小渔村发展成为现代化国际大都市，是中国人"
    "民创造的世界发展史上的一个奇迹，也是中国坚定不移奉行互利共赢开放战略的重要窗口。期待各方明年"
    "共赴深圳之约，共商亚太发展大计，共创亚太美好明天。"
)
WIDER = (
    "与会经济体领导人积极支持中国接任亚太经合组织明年东道主，赞同中方办会理念，期待亚太经合组织"
    "“中国年”取得圆满成功，为推动区域合作、促进共同发展繁荣作出贡献。"
)


def _hung(paragraph: str, width: int) -> list[str]:
    """`wrap`, a last line of the closing mark alone hung on the line before."""
    lines = wrap(paragraph, width)
    if len(lines[-1]) == 1:
        lines[-2:] = [lines[-2] + lines[-1]]
    return lines


def test_a_full_last_line_over_a_wider_paragraph_ends_it() -> None:
    lines = [*_hung(SAID, 29), *_hung(FULL, 29), *wrap(WIDER, 35)]
    assert len(lines[len(_hung(SAID, 29)) + len(_hung(FULL, 29)) - 1]) == 30  # (full, mark hung)
    assert paragraphs("\n".join(lines)) == [SAID, FULL, WIDER]


def test_two_wider_lines_open_a_measure() -> None:
    widths = Widths(29, 0)
    line = FULL[-29:]
    assert widens_under(line, WIDER[:35], WIDER[35:70], widths, 100)
    # the new paragraph's last line, short, ends a sentence
    assert widens_under(line, WIDER[:35], "作出贡献。", widths, 100)


def test_a_line_at_the_measure_or_alone_wider_opens_none() -> None:
    widths = Widths(29, 0)
    line = FULL[-29:]
    assert not widens_under(line, WIDER[:31], WIDER[31:62], widths, 100)  # (within a mark)
    assert not widens_under(line, WIDER[:35], "与会经济体领导人积极支持", widths, 100)
    assert not widens_under(line, WIDER[:35], WIDER[35:70], widths, len(line))  # (a first line)
    assert not widens_under(line[:-1] + "，", WIDER[:35], WIDER[35:70], widths, 100)
    assert not widens_under(line, WIDER[:35], WIDER[35:70], Widths(29, 0, guessed=True), 100)


def test_two_narrower_lines_open_a_measure() -> None:
    widths = Widths(24, 0)
    line = "与五彩斑斓的花灯交相辉映，营造出浓浓的节日气氛。"
    assert narrows_under(line, "喜迎新年，尽享欢乐。今天", "各地举办了丰富多彩的活动", widths, 100)
    # the new paragraph's two lines, the second its last
    assert narrows_under(line, "喜迎新年，尽享欢乐。今天", "人们走出家门。", widths, 100)


def test_a_line_that_stops_short_before_a_number_or_ends_opens_none() -> None:
    widths = Widths(24, 0)
    line = "与五彩斑斓的花灯交相辉映，营造出浓浓的节日气氛。"
    assert not narrows_under(line, "喜迎新年，尽享欢乐。今天", "2024年的第一天", widths, 100)
    assert not narrows_under(line, "喜迎新年，尽享欢乐。", "各地举办了丰富多彩的活动", widths, 100)
    assert not narrows_under(
        line, "喜迎新年，尽享欢乐。今天", "各地", widths, 100
    )  # (lengths differ)
    assert not narrows_under(
        line[:12] + "。", "喜迎新年，尽享欢乐。今天", "各地举办了丰富多彩的活动", widths, 100
    )
    assert not narrows_under(
        line, "喜迎新年，尽享欢乐。今天", "各地举办了丰富多彩的活动", widths, len(line)
    )


def test_a_full_last_line_over_a_narrower_paragraph_ends_it() -> None:
    full = (
        "今天是元旦，各地举办丰富多彩的活动迎接新年，街头巷尾张灯结彩。在南方多个城市，夜色中的灯光秀"
        "与五彩斑斓的花灯交相辉映，营造出浓浓的节日喜庆气氛。"
    )
    narrower = (
        "喜迎新年，尽享欢乐。今天各地群众纷纷走出家门，参加各种文体活动，在欢声笑语中迎接新年。"
    )
    assert len(full) == 3 * 24
    assert paragraphs("\n".join([*wrap(full, 24), *wrap(narrower, 12)])) == [full, narrower]


# the blind damage model's flush page (xwlb-20240701-0168, seed 1): a paragraph set at 36 cells
# over one set at 28, in a text whose measure reads 36 elsewhere and 28 in the paragraphs under
WIDER_OVER_NARROWER = (
    "三江源国家公园黄河源园区内分布着雪豹、藏狐、岩羊等珍稀野生动物，黄河乡机\n"
    "关党支部的党员加羊多杰和同事们正在沿着野生动物穿行路径，寻找架设红外相机\n"
    "的最佳位置，以便记录、研究它们的习性和分布情况，进行有效保护。像这样整日\n"
    "在人迹罕至的野外奔波，早已成为加羊多杰的日常。\n"
    "三江源国家公园黄河源园区面积1.91万平方公里，平均海拔4500米。这里最低气温\n"
    "达到零下40多摄氏度，自然条件严酷，生态脆弱，旱灾、雪灾频发，生态保护修复\n"
    "治理的任务非常艰巨。2016年黄河源园区刚刚设立时，加羊多杰为了尽快摸清楚白\n"
    "玛纳村11万公顷的草原、山地等自然资源情况，整整4天奔波在山野湿地之间。\n"
    "8年间，加羊多杰行程9万多公里，他与同事们巡护草场湖泊，救\n"
    "助野生动物，给鸟类搭巢筑窝，给沙地打围种草，以共产党员的\n"
    "高度责任感守护着这片宁静幽美的高原，描绘着人与自然和谐共\n"
    "生的画卷。"
)


def test_a_sentence_end_over_lines_narrower_than_its_paragraph_ends_it() -> None:
    found = paragraphs(WIDER_OVER_NARROWER)
    assert found[-2].endswith("整整4天奔波在山野湿地之间。")
    assert found[-1].startswith("8年间，加羊多杰行程9万多公里")


def test_the_paragraph_measure_is_its_own_lines_above() -> None:
    above = [
        "三江源国家公园黄河源园区面积一点九万平方公里，平均海拔四千五",
        "达到零下四十多摄氏度，自然条件严酷，生态脆弱，旱灾、雪灾频",
    ]
    line, narrow, under = (
        "玛纳村的草原、山地等自然资源情况，整整四天奔波在山野。",
        "八年间，加羊多杰行程九万多公里，他与同事",
        "助野生动物，给鸟类搭巢筑窝，给沙地打围种",
    )
    assert narrower_than_its_paragraph(line, narrow, under, above)
    assert not narrower_than_its_paragraph(line, narrow, under, above[:1])  # (one line: no measure)
    assert not narrower_than_its_paragraph(line, narrow + "。", under, above)  # (ends: a paragraph)
    assert not narrower_than_its_paragraph(line, narrow, "2024" + under, above)  # (a number)
    assert not narrower_than_its_paragraph(line, above[0], above[1], above)  # (as wide: a wrap)


# the blind damage model's flush page (xwlb-20230301-0036, seed 1): a short text whose measure
# reads 27, its lead set at 34 (digits as the page had them, full width)
LEAD_WIDER = (
    "央视网消息（新闻联播）：国家主席习近平１日下午在人民大会堂北大厅举行\n"
    "仪式，欢迎白俄罗斯总统亚历山大·卢卡申科对我国进行国事访问。\n"
    "天安门广场上鸣礼炮２１响。\n"
    "中共中央政治局委员、国务委员王毅，中共中央政治局委员、\n"
    "全国政协副主席何立峰等出席欢迎仪式。\n"
    "陪同卢卡申科访华的有中央银行行长、第一副总理、外交部部长等。\n"
    "军乐团奏白中两国国歌。\n"
    "卢卡申科在习近平陪同下检阅中国人民解放军仪仗队。\n"
    "两国元首回到检阅台观看仪仗队分列式。\n"
    "卢卡申科是应习近平的邀请对我国进行国事访问的。"
)


def test_a_sentence_end_short_of_the_wrap_over_it_ends_its_paragraph() -> None:
    found = paragraphs(LEAD_WIDER)
    assert found[0].endswith("对我国进行国事访问。")
    assert found[1] == "天安门广场上鸣礼炮21响。"


def test_a_line_short_of_its_wrap_only_where_it_reaches_the_measure() -> None:
    above = ["央视网消息（新闻联播）：国家主席习近平一日下午在人民大会堂北大厅举行"]  # (34)
    line = "仪式，欢迎白俄罗斯总统亚历山大·卢卡申科对我国进行国事访问。"  # (30)
    assert short_of_its_wrap(line, above, 27)
    assert not short_of_its_wrap(line, above, 31)  # (short of the measure: other rules')
    assert not short_of_its_wrap(line, [], 27)  # (a paragraph's first line)
    assert not short_of_its_wrap(line, [above[0][:-2] + "。"], 27)  # (over a sentence end)
    assert not short_of_its_wrap(line, [above[0][:-3]], 27)  # (within a hanging mark or two)
    assert not short_of_its_wrap(line[:-1] + "，", above, 27)  # (no sentence end)
