"""A line under a clause left open goes on (`unwrap.open_clause`)."""

from __future__ import annotations

from convert.normalize.unwrap.open_clause import clause_left_open

from ...support.normalized import paragraphs

# the blind damage model's narrow page (xwlb-20250501-0231, seed 0): a story set in 14 under a
# lead in 16, the measure the text learnt
STORY_IN_14 = (
    "央视网消息（新闻联播）：记者从人\n力资源社会保障部了解到，今年1至3\n月，全国城镇新增就业308万人，同\n"
    "比增加5万人，就业形势保持总体稳\n定。\n今年以来，国家充分释放就业补贴、\n稳岗返还、社保降费等政策红利。一\n"
    "季度，阶段性降低失业保险费率为企\n业减少成本456亿元，向58.8万户次\n企业发放稳岗资金35.2亿元。稳岗扩\n"
    "岗专项贷款设立以来，已累计发放贷\n款超6400亿元，帮助稳定和扩大就业\n岗位530多万个。\n"
    "今年的“春风行动”“春暖农民\n工”等活动发布岗位3700万个，\n重点面向高校毕业生等群体的城\n"
    "市联合招聘春季专场已累计举办\n一万多场招聘活动。随着制造业\n高端化、智能化、绿色化持续推\n"
    "进，大规模设备更新政策效应显\n现，技术技能岗位需求快速上升。"
)


def test_a_story_narrower_than_the_measure_is_not_cut_under_a_comma() -> None:
    found = paragraphs(STORY_IN_14)
    assert found[-1].startswith("今年的“春风行动”“春暖农民工”等活动发布岗位3700万个，重点面向")
    assert found[-1].endswith("技术技能岗位需求快速上升。")


def test_a_line_under_a_comma_goes_on() -> None:
    before = ["今年的“春风行动”“春暖农民", "工”等活动发布岗位3700万个，"]
    line = "重点面向高校毕业生等群体的城"
    assert clause_left_open(line, before)
    assert not clause_left_open(line, before[1:])  # (a title's first line over its second)
    assert clause_left_open(line, ["今天是元旦。新年，"])  # (a sentence ended before it)
    assert not clause_left_open(line + "。", before)  # (a sentence end: other rules')
    assert not clause_left_open(line + "：", before)
    assert not clause_left_open(line, [before[0], before[1][:-1]])  # (no clause left open)
    assert not clause_left_open("インタビューに答えた", before)  # (Japanese: not asked)
    assert not clause_left_open(line, [])


def test_a_line_over_a_headline_of_spaced_halves_may_end() -> None:
    before = ["习近平发表重要讲话强调，我们要坚定信心、接续奋斗，", "确保党永远不变质不变色不变味，"]
    line = "始终具有强大创造力凝聚力战斗力"
    assert clause_left_open(line, before, "李强主持的会议")
    assert not clause_left_open(line, before, "李强主持　赵乐际王沪宁丁薛祥李希韩正出席")
    assert not clause_left_open(line, before, "李强主持 赵乐际出席")
    assert clause_left_open(line, before, "《李强 主持》")  # (a space inside a title)
