"""A full line that finishes a sentence, before a roundup's headline or after a colon
(`unwrap.sentence_ends`)."""

from __future__ import annotations

from convert.normalize.unwrap.paragraphing import NO_PARAGRAPHING, Paragraphing
from convert.normalize.unwrap.sentence_ends import full_line_ends, wrapped_headline

from ...support.normalized import paragraphs

# blind damage model, narrow page with digits set apart (xwlb-20240701-0171, seed 4, tuning
# half): a story's last line fills the column and ends a sentence; a headline wrapped over two
# lines follows (`气象风云三号 F 星正式投入` / `业务运行`)
ROUNDUP = (
    "全国新闻联播快讯\n"
    "量超 5 亿件。\n"
    "国家基本医保药品目录调整今\n"
    "天启动\n"
    "今天（7 月 1 日），2024 年\n"
    "国家基本医保药品目录调整正\n"
    "式启动，国家医保局表示，包\n"
    "括儿童用药、罕见病用药、适\n"
    "应症或功能主治发生重大变化\n"
    "的药品等均可进行申报，谈判\n"
    "工作将于今年 11 月份完成，\n"
    "并公布药品目录调整结果。\n"
    "深中通道 24 小时车流量超 1\n"
    "2.5 万车次\n"
    "记者从广东省交通集团深中通\n"
    "道管理中心了解到，截至今天\n"
    "（7 月 1 日）15 时，深中通\n"
    "道通车 24 小时车流量超过 1\n"
    "2.5 万车次。在通车首日的 1\n"
    "7 时，车流量达到最高峰，一\n"
    "小时通行车辆超过 8000 车次。\n"
    "气象风云三号 F 星正式投入\n"
    "业务运行\n"
    "今天（7 月 1 日），气象风云三号 F 星正式开展全\n"
    "球地气系统综合探测业务。F 星搭载 10 台业务仪器，\n"
    "通过全谱段、高光谱、定量化观测，可大幅提高对大\n"
    "气温湿度、垂直廓线等的观测精度，对我国防灾减灾\n"
    "起到重要支撑作用。\n"
)
# blind damage model, flush page (xwlb-20240101-0128, seed 0, tuning half, its stray word
# repaired): a paragraph's full last line, then a roundup's spaced headline at the measure
SPACED = (
    "以军继续在加沙地带发动军事行动 哈马斯向以色列多地发射火箭弹\n"
    "◎本报记者 许伟\n"
    "\n"
    "央视网消息（新闻联播）：以色列国防军2023年12月31日对加沙\n"
    "地带北部加沙城、中部迈加齐难民营、南部汗尤尼斯以及约旦河\n"
    "西岸图勒凯尔姆等地发动攻击。\n"
    "巴勒斯坦伊斯兰抵抗运动（哈马斯）方面称，今天（1月1日）向\n"
    "以色列方向发射了多枚火箭弹，特拉维夫等地响起防空警报。\n"
    "巴以民众希望新年尽快实现和平\n"
    "对于新的一年，巴勒斯坦和以色列民众表示，实现和平是他们的新年愿望。\n"
    "美军称击沉3艘胡塞武装船只 胡塞武装称10名成员死亡或失踪\n"
    "美军中央司令部2023年12月31日发表声明称，美军在红海海域击沉了3艘也\n"
    "门胡塞武装船只。也门胡塞武装当天称，该组织10名成员当天在一次海上行动\n"
    "中因遭美军袭击死亡或失踪。胡塞武装还称，将继续采取行动支持巴勒斯坦加\n"
    "沙地带。\n"
)


def test_a_headline_wrapped_in_a_narrow_column_ends_the_story_above() -> None:
    blocks = paragraphs(ROUNDUP)
    assert "气象风云三号F星正式投入业务运行" in blocks
    assert blocks[blocks.index("气象风云三号F星正式投入业务运行") - 1].endswith("超过8000车次。")


def test_a_spaced_headline_at_the_measure_ends_the_paragraph_above() -> None:
    blocks = paragraphs(SPACED)
    assert blocks[-3].endswith("实现和平是他们的新年愿望。")
    assert blocks[-2].startswith("美军称击沉3艘胡塞武装船只 胡塞武装称10名")


def test_the_forms_that_decide_before_the_opening() -> None:
    speaker = "国际人士表示，习近平主席"
    assert full_line_ends(
        "全国铁路客流量同比增长3.4%。",
        "美国第一共和银行被监管机",
        NO_PARAGRAPHING,
        90,
        after_next="构接管",
    )
    assert full_line_ends(
        "全国铁路客流量同比增长3.4%。", "美军称击沉3艘船只 胡塞武装称", NO_PARAGRAPHING, 90
    )
    # a colon or a whole dateline goes on, where a speaker after the lead would end it
    assert full_line_ends("更好担负起新的文化使命。", speaker, NO_PARAGRAPHING, 120, lead=True)
    assert not full_line_ends("央视网消息（新闻联播）：", speaker, NO_PARAGRAPHING, 12, lead=True)
    assert not full_line_ends(
        "新华社成都9月1日电（记者韩军）", speaker, NO_PARAGRAPHING, 16, lead=True
    )
    # where blank lines mark the paragraphs a headline has a block of its own
    blank = Paragraphing(frozenset(), blank_lines=True)
    assert not full_line_ends("增长3.4%。", "美军称击沉3艘船只 胡塞武装称", blank, 90)


def test_a_wrapped_headline_holds_no_mark_and_stops_well_short() -> None:
    assert wrapped_headline("委内瑞拉一3岁儿童在强", "震6天后获救")
    assert not wrapped_headline("委内瑞拉一3岁儿童在强", "")
    assert not wrapped_headline("委内瑞拉一3岁儿童在强", "震6天后获救。")
    assert not wrapped_headline("委内瑞拉一3岁儿童在强", "震6天后，获救")
    assert not wrapped_headline("2023年1月1日出版的第", "1期《求是》杂志发表")  # (as long)
