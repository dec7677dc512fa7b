"""A line wider than the wraps under it ends its paragraph (`unwrap.narrower_under`)."""

from __future__ import annotations

from convert.normalize.unwrap.narrower_under import shorter_than_under, wider_than_under
from convert.normalize.unwrap.regions import line_lengths

from ...support.normalized import paragraphs

# blind damage model, narrow page (xwlb-20240701-0171, seed 0, tuning half): a brief's subhead
# set on one line (15.5 cells) over its story set at 10
PAGE = """深中通道24小时车流量超12.5万车次
记者从广东省交通集团深中通道管理中心
了解到，截至今天（7月1日）15时，深中
通道通车24小时车流量超过12.5万车次。
在通车首日的17时，车流量达到最高峰，
一小时通行车辆超过8000车次。
气象风云三号F星正式投入业务运行
今天（7月1日），气象
风云三号F星正式开展
全球地气系统综合探测
业务。F星搭载10台业
务仪器，通过全谱段、
高光谱、定量化观测，
可大幅提高对大气温湿
度、垂直廓线等的观测
精度，对我国防灾减灾
起到重要支撑作用。
"""
SUBHEAD = "气象风云三号F星正式投入业务运行"
STORY = ["今天（7月1日），气象", "风云三号F星正式开展", "全球地气系统综合探测"]
# the last line of the story over it, ending a sentence, wider than the subhead
BEFORE = "在通车首日的十七时车流量达到最高峰。"


def test_a_line_wider_than_two_agreeing_wraps() -> None:
    lines = [BEFORE, SUBHEAD, *STORY]
    assert wider_than_under(line_lengths(lines), lines, 1)
    assert wider_than_under([], lines, 1)  # (one measure: the three lines measured here)
    # the lines under disagree: a short last line over a subhead shows no measure
    short = [BEFORE, SUBHEAD, STORY[0], "全球地气"]
    assert not wider_than_under([], short, 1)
    # the line under ends a sentence (a paragraph's last line)
    ended = [BEFORE, SUBHEAD, "今天（7月1日），气象。", STORY[1]]
    assert not wider_than_under([], ended, 1)


def test_a_hung_mark_or_a_kinsoku_push_is_no_measure_change() -> None:
    # a line of 10 with its closing quote hung over two lines the kinsoku rule pushed a cell down
    lines = [BEFORE, "风云三号星正式开“展”", "地气系统综合探测业", "务星搭载十台业务仪"]
    assert not wider_than_under([], lines, 1)
    assert wider_than_under([], [*lines[:2], "地气系统综合探", "务星搭载十台业"], 1)


def test_not_in_the_text_s_front_nor_at_a_block_s_first_line() -> None:
    lines = [BEFORE, SUBHEAD, *STORY]
    assert wider_than_under([], lines, 1)
    assert wider_than_under([], lines, 1, opens_text=True)
    assert not wider_than_under([], ["新春走基层", SUBHEAD, *STORY], 1, opens_text=True)
    assert not wider_than_under([], lines[1:], 0)


def test_the_subhead_stands_over_its_narrower_story() -> None:
    found = paragraphs(PAGE)
    assert SUBHEAD in found
    assert any(p.startswith("今天（7月1日），气象风云三号F星") for p in found)


def test_a_paragraph_may_go_on_round_a_picture() -> None:
    # a paragraph's first line at the measure of the lines over it
    full = [BEFORE, "在通车首日的十七时车流量达到最高峰", *STORY]
    assert not wider_than_under([], full, 1)
    # the third damage model's narrow pages set a story round a picture: a paragraph's lines
    # go on narrower after a sentence's end, an indented first line or a wrap
    ended = [BEFORE, "信历久弥坚，务实合作富有成果，人民友谊日益加深。", *STORY]
    assert not wider_than_under([], ended, 1)
    indented = [BEFORE, "\u3000\u3000" + SUBHEAD, *STORY]
    assert not wider_than_under([], indented, 1)
    wrapped = ["北部苏梅方向击中俄军两套", SUBHEAD, *STORY]
    assert not wider_than_under([], wrapped, 1)
    dated = [BEFORE, "央视网消息（新闻联播）：国际人士高度", *STORY]
    assert not wider_than_under([], dated, 1)
    running = [BEFORE, "气象风云三号F星，正式投入业务运行", *STORY]  # (a mark of running text)
    assert not wider_than_under([], running, 1)


def test_a_sentence_end_well_short_of_the_line_under() -> None:
    line, under = (
        "两国元首回到检阅台观看仪仗队分列式。",
        "卢卡申科是应习近平的邀请对我国进行国事访问的。",
    )
    assert shorter_than_under(line, under)
    assert not shorter_than_under(line, under[:-5] + "。")  # (two cells: a kinsoku push)
    assert not shorter_than_under(line, "2023" + under)  # (a number too long for the line)
    # ASCII counted a cell each unless the text sets its digits half a cell
    digits = "两国元首回到检阅台观看仪仗队2023年。"
    assert not shorter_than_under(digits, under)
    assert shorter_than_under(digits, under, digits_half=True)
