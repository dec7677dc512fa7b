"""A news item's subhead that its story's first sentence restates (`unwrap.restated`)."""

from __future__ import annotations

from functools import partial

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.config import Config
from convert.normalize.unwrap.restated import (
    BlockSubheads,
    covered,
    first_sentence,
    next_sentences,
    restated_subhead,
    same_opening,
    shared_run,
    shares_run,
    subhead_at_break,
)

from ...support.normalized import paragraphs

# bench/accuracy_blind.py, narrow, tuning half (seed 0): a brief's subhead at the column's
# measure over its story
BRIEF = [
    "国家医保局今天公布药品目录调整结果。",
    "深中通道24小时车流量超12.5万车次",
    "记者从广东省交通集团深中通道管理中心",
    "了解到，截至今天（7月1日）15时，深中",
    "通道通车24小时车流量超过12.5万车次。",
]


def test_a_subhead_restated_by_its_story_ends_its_paragraph() -> None:
    assert restated_subhead(BRIEF, 1, Config())


def test_the_story_s_first_line_is_no_subhead() -> None:
    # it repeats the subhead's words too, but no sentence ends over it
    assert not restated_subhead(BRIEF, 2, Config())


def test_a_first_line_cut_in_its_sentence_is_no_subhead() -> None:
    # weasy-narrow through pdftotext (tuning half): the rest of the sentence repeats
    # `十三届全国政协`, but the line's end (`汪洋在`) is not restated
    lines = [
        "会议听取了有关情况的说明。",
        "会议推举十三届全国政协主席汪洋在",
        "全国政协十四届一次会议上作常委会",
        "工作报告、十三届全国政协副主席邵",
        "鸿作提案工作情况报告。",
    ]
    assert not restated_subhead(lines, 1, Config())


def test_a_name_repeated_is_not_enough() -> None:
    # weasy-narrow (tuning half): `巴勒斯坦` alone is a third of the line
    lines = [
        "以军向等待救援物资的人群开火。",
        "巴勒斯坦总统阿巴斯当天",
        "谴责以军对巴勒斯坦平民实施屠杀。",
    ]
    assert not restated_subhead(lines, 1, Config())


def test_a_line_with_running_text_marks_is_no_subhead() -> None:
    lines = ["前文结束。", "深中通道，24小时车流量超12.5万车次", *BRIEF[2:]]
    assert not restated_subhead(lines, 1, Config())


def test_runs_shared() -> None:
    assert shared_run("深中通道24小时", "记者从深中通道了解到") == 4
    assert covered("今年全国快递业务量", "今年我国快递业务量已达") == 8  # 今年, 国快递业务量
    assert first_sentence(["今天启动。明天", "结束。"]) == "今天启动。"
    assert shares_run("深中通道24小时", "记者从深中通道了解到", 4)
    assert not shares_run("深中通道24小时", "记者从深中通道了解到", 5)


# a few Han characters, digits and marks, so that runs of every length are shared by chance
RUN_CHARS = st.sampled_from(list("深中通道车流量万12，。a𠀀"))


@settings(max_examples=1500, deadline=None)
@given(st.text(RUN_CHARS, max_size=14), st.text(RUN_CHARS, max_size=30), st.integers(1, 6))
def test_a_run_shared_is_found_as_the_longest_run_finds_it(line: str, text: str, size: int) -> None:
    """`shares_run`, stopped at the first run of `size`, answers as the longest run
    (`shared_run`) compared with `size`, which `restated_subhead` asked before (issue 17)."""
    assert shares_run(line, text, size) == (shared_run(line, text) >= size)


# the same column, whole items (bench/accuracy_blind.py, narrow, seed 0, tuning half)
COLUMN = """国家基本医保药品目录调整今天启动
今天（7月1日），2024年国家基本医保药
品目录调整正式启动，国家医保局表示，
包括儿童用药、罕见病用药、适应症或功
能主治发生重大变化的药品等均可进行申
报，谈判工作将于今年11月份完成，并公
布药品目录调整结果。
深中通道24小时车流量超12.5万车次
记者从广东省交通集团深中通道管理中心
了解到，截至今天（7月1日）15时，深中
通道通车24小时车流量超过12.5万车次。
在通车首日的17时，车流量达到最高峰，
一小时通行车辆超过8000车次。
"""


def test_a_brief_s_subhead_stands_apart_in_a_narrow_column() -> None:
    found = paragraphs(COLUMN)
    assert "深中通道24小时车流量超12.5万车次" in found
    assert found[-1].startswith("记者从广东省交通集团深中通道管理中心了解到，")


# a subhead of two lines at the story's own measure (bench/accuracy_blind.py, narrow, seed 0, tuning half)
TWO_LINES = """\
址栏中可统一使用“河北雄安新区”
字样。相关部门将有序开展户籍证件
办理工作，做好各项服务保障，原有
证件在有效期内的可不更换。
甘肃省三北工程攻坚战
首批重点项目全面启动
甘肃省三北工程攻坚战
首批13个重点项目昨天
（10月31日）全面启动，
项目涉及6个市13个县
区，总投资73.88亿元，
围绕河西走廊—塔克拉
玛干沙漠边缘阻击战和
黄河“几字弯”攻坚战，
规划造林、种草、压沙
和退化林修复等建设任
务1025万亩。
"""


def test_a_subhead_of_two_lines_its_story_restates_stands_apart() -> None:
    found = paragraphs(TWO_LINES)
    assert found[1] == "甘肃省三北工程攻坚战首批重点项目全面启动"
    assert found[2].startswith("甘肃省三北工程攻坚战首批13个重点项目昨天")
    # its last line shorter (a wrap's last): weasy-narrow through pdftotext, tuning half
    lines = [
        "纸质处方。",
        "《中华人民共和国能源法》今起施",
        "行",
        "《中华人民共和国能源法》今天",
        "（1月1日）起正式施行。",
    ]
    assert restated_subhead(lines, 1, Config(), 2)
    assert not restated_subhead(lines, 1, Config())  # (one line of it is none)


def test_a_headline_s_first_two_lines_and_a_paragraph_s_are_no_subhead_of_two() -> None:
    # three lines of a headline: the third, shorter, is no story's first line (weasy-narrow)
    lines = [
        "前文结束。",
        "习近平就南非约翰内斯",
        "堡火灾向南非总统致慰",
        "问电",
        "央视网消息（新闻联播）：9月1日，国家主席习近平就南非约翰内斯堡火灾向南非总统致慰问电。",
    ]
    assert not restated_subhead(lines, 1, Config(), 2)
    # a paragraph's two full lines, restated in part only (blind model, narrow, tuning half)
    lines = [
        "团第一次会议审议。",
        "会议推举十三届全国政",
        "协主席汪洋在全国政协",
        "十四届一次会议上作常",
        "委会工作报告、十三届",
        "全国政协副主席邵鸿作",
        "提案工作情况报告。",
    ]
    assert not restated_subhead(lines, 1, Config(), 2)


def test_a_list_item_s_first_line_is_no_subhead() -> None:
    # bench/accuracy_print.py, narrow, tuning half: the item's sentence restates its words
    lines = [
        "（二）知识密集型服务进出口增长5.6%。",
        "（三）其中知识密集型服务出口增长较快",
        "的领域有知识产权使用费；知识密集型服务出口增长较快。",
    ]
    assert not restated_subhead(lines, 1, Config())
    assert restated_subhead([lines[0], lines[1][3:], lines[2]], 1, Config())


def test_a_subhead_under_a_roundup_s_dateline_alone_on_its_line() -> None:
    # bench/accuracy_blind.py, narrow, seed 0, tuning half (国内联播快讯)
    story = [
        "2024年全国铁路暑期运输今天启动",
        "2024年全国铁路暑期运输今天（7月1",
        "日）启动。7月1日—8月31日，全国",
    ]
    assert restated_subhead(["央视网消息（新闻联播）：", *story], 1, Config())
    assert not restated_subhead(["他指出：", *story], 1, Config())  # (a clause's colon)


# bench/accuracy_blind.py, narrow, seed 1, tuning half (xwlb-20231101-0115): a wire dateline
# alone on its line, the subhead, its story
WIRE = [
    "新华社广州11月1日电（记者韩秀）",
    "苏丹快速支援部队称控制西部重要城市",
    "苏丹快速支援部队10月31日宣布控制苏丹西部的中达",
    "尔富尔州首府扎林盖市。此前，苏丹快速支援部队还",
]


def test_a_story_that_opens_with_its_subhead_s_words_restates_it() -> None:
    # the story does not repeat `城市` (it names `扎林盖市`), but opens again with the line's
    # first eight characters: a wrap would have gone on with the sentence instead
    assert restated_subhead(WIRE, 1, Config())
    assert same_opening(WIRE[1], WIRE[2])
    assert not same_opening("苏丹局势", "苏丹快速支援部队")  # (three characters are a name)


# the page as the blind model set it (its masthead, the roundup's column in 24, the next story
# in 12): the dateline and the subhead stopped at 17 and read as the front's lines
WIRE_PAGE = [
    "新华每日电讯",
    "",
    "2023年11月1日 星期三",
    "第1版 国内",
    "",
    "",
    "国际联播快讯",
    "",
    "",
    "新华社广州11月1日电（记者韩秀）",
    "苏丹快速支援部队称控制西部重要城市",
    "苏丹快速支援部队10月31日宣布控制苏丹西部的中达",
    "尔富尔州首府扎林盖市。此前，苏丹快速支援部队还",
    "宣布，控制了南达尔富尔州首府尼亚拉市。对此，苏",
    "丹武装部队尚未做出回应。苏丹武装冲突已持续半年",
    "多，冲突双方代表团近日在沙特吉达开始新一轮谈判。",
    "欧元区第三季度经济环比下降0.1%",
    "欧盟统计局10月31日公布的",
    "初步数据显示，经季节调整",
    "后，今年第三季度欧元区国",
    "内生产总值环比萎缩0.1%。",
    "荷兰国际集团欧元区高级经",
    "济学家科莱恩表示，今年下",
    "半年欧元区经济有可能出现",
    "技术性衰退。",
    "美国加州南部林火蔓延 数千居民疏散",
    "10月31日，美国加利福尼亚州南部日前燃起的林火仍在",
    "",
]


def test_a_subhead_under_a_wire_dateline_alone_on_its_line() -> None:
    got = paragraphs("\n".join(WIRE_PAGE))
    assert got[1].strip() == WIRE[0]
    assert got[2:4] == [WIRE[1], WIRE_PAGE[11] + WIRE_PAGE[12] + "".join(WIRE_PAGE[13:16])]


def test_a_block_s_subheads_answer_as_each_line_asked_alone() -> None:
    # `BlockSubheads` turns most lines away by two tests taken once per line (`may_open`); it
    # answers as `restated_subhead` does at every line and size, and `subhead_at_break` as the
    # same questions asked one by one
    lines = [*COLUMN.splitlines(), *TWO_LINES.splitlines()]
    subhead = BlockSubheads(lines, Config())
    for index in range(-1, len(lines)):
        for size in (1, 2):
            assert subhead(index, size) == restated_subhead(lines, index, Config(), size)
    found = [
        subhead_at_break(subhead, index, opened)
        for index in range(len(lines) - 1)
        for opened in (0, 1, 2)
    ]
    assert found == [
        _at_break(lines, index, opened) for index in range(len(lines) - 1) for opened in (0, 1, 2)
    ]
    assert any(found)  # (the column's subheads are found)


def _at_break(lines: list[str], index: int, opened: int) -> bool:
    """`subhead_at_break`, each question asked of `restated_subhead` itself."""
    asked = partial(restated_subhead, lines, config=Config())
    if opened == 0 and asked(index, size=2):
        return False
    return (
        (opened == 0 and asked(index))
        or (opened == 1 and asked(index - 1, size=2))
        or asked(index + 1)
        or asked(index + 1, size=2)
    )


# bench/accuracy_blind.py, narrow, tuning half (xwlb-20260701-0324, seed 0): a subhead at the
# column's measure of 17 whose story opens with its first words and restates the rest of its
# news in its second sentence, past the first sentence's four lines
SECOND_SENTENCE = [
    "个城市和地区，是中阿高质量共建“一",
    "带一路”的标志性成果。",
    "委内瑞拉一3岁儿童在强震6天后获救",
    "委内瑞拉全国代表大会主席豪尔赫·罗",
    "德里格斯6月30日表示，该国近日发生",
    "的强震已造成1943人死亡，6400多人获",
    "救。当天，一名3岁儿童在强震发生6天",
    "后被救出。目前，拉瓜伊拉州电力供应",
    "基本恢复。",
]


def test_a_story_opening_with_the_subhead_s_words_may_restate_it_in_its_second_sentence() -> None:
    assert restated_subhead(SECOND_SENTENCE, 2, Config())
    assert next_sentences(SECOND_SENTENCE, 3).endswith("在强震发生6天后被救出。")
    # (a story that does not open with the line's words is read in its first sentence only)
    other = [*SECOND_SENTENCE[:3], "全国代表大会主席豪尔赫·罗德里格斯", *SECOND_SENTENCE[4:]]
    assert not restated_subhead(other, 2, Config())
