"""The ocr-space pass on a column narrowed beside a picture: a line that runs on from a clause
above, or holds an enumeration comma after its gap, is prose, however short."""

from __future__ import annotations

from convert.normalize import normalize
from convert.normalize.ocr_space_continued import after_a_unit

# a narrow page's furniture, headline and first paragraph, set at its measure
HEAD = (
    "每日新闻摘编\n2025年11月1日　星期六\n\n神舟二十一号载人飞船发射取得圆满成功\n\n"
    "    央视网消息（新闻联播）：10月31日23时44分，\n搭载神舟二十一号载人飞船的长征二号F遥二十一\n"
    "运载火箭在酒泉卫星发射中心点火发射，张陆、武\n飞、张洪章三名航天员顺利进入中国空间站，两\n"
    "个航天员乘组完成中国航天史上第7次“太空会师”。\n"
    "    10月31日20时48分，神舟二十一号载人飞行任\n务航天员乘组出征仪式在酒泉卫星发射中心圆梦园\n"
    "广场举行。21时30分许，航天员张洪章、武飞、张\n陆先后进入飞船，做好发射前的各项准备工作。\n"
)


def test_a_narrowed_lines_gap_after_a_comma_above_goes() -> None:
    text = HEAD + (
        "    今天（11月1日）3时22分，\n飞船成功对接于空间站 天和\n核心舱前向端口，整个对接过\n"
        "程历时约3.5小时，创造了神\n舟飞船与空间站交会对接的最\n快纪录。\n"
    )
    assert "对接于空间站天和核心舱" in normalize(text).text


def test_a_narrowed_lines_gap_after_a_sentence_run_on_goes() -> None:
    # (the line above ends a sentence and opens the next one: the gap's line runs on)
    text = HEAD + (
        "    今天（11月1日）3时22分，飞船成功对\n接于空间站。中科宇航自主研制的\n液体运载 火箭也将在\n"
        "2025年发射低成本货运飞船。\n"
    )
    assert "液体运载火箭也将在" in normalize(text).text


def test_a_gap_before_an_enumeration_comma_goes() -> None:
    text = HEAD + (
        "  三江源国家公园黄河\n源园区 内分布着雪豹、\n藏狐、岩羊等珍稀野生\n动物，黄河乡机关党支部\n"
        "的党员正在沿着野生动物\n穿行路径巡护。\n"
    )
    assert "黄河源园区内分布着雪豹" in normalize(text).text


def test_a_gap_before_an_ocr_comma_goes() -> None:
    text = HEAD + (
        "    全会提出健全促进实体经济和数字经济深度 融合制度,\n建立保持制造业合理比重投入机制。金壮龙表示，将围\n绕推进新型工业化。\n"
    )
    assert "数字经济深度融合制度" in normalize(text).text


def test_a_subheads_pause_after_a_paragraphs_end_stays() -> None:
    # (a subhead set flush under a paragraph's last line, then its story)
    text = HEAD + (
        "各地推出特色活动 假日生活丰富多彩\n    今天是五一假期第一天，各地推出各具特色的文化活动，"
        "丰富群众假日生活，游客纷纷走出家门，感受节日氛围。\n"
    )
    assert "各地推出特色活动 假日生活丰富多彩" in normalize(text).text


def test_a_gap_after_a_comma_on_a_short_sentences_line_goes() -> None:
    text = HEAD + "    当晚，习近平在人民 大会堂金色大厅为塔隆举行欢迎宴会。\n"
    assert "人民大会堂金色大厅" in normalize(text).text


def test_a_quoted_titles_pause_after_a_comma_stays() -> None:
    text = HEAD + "    当晚，他观看了《奋进新时代 筑梦新征程》演出。\n"
    assert "《奋进新时代 筑梦新征程》" in normalize(text).text


def test_a_dates_weekday_after_a_comma_stays() -> None:
    text = HEAD + "    本报讯，2022年11月1日 星期二。\n"
    assert "11月1日 星期二" in normalize(text).text


def test_a_number_units_gap_is_not_read_as_running_on() -> None:
    # (a date set apart from its weekday: a running head a page break leaves in a paragraph)
    block = "2022年11月1日 星期二"
    assert after_a_unit(block, block.index(" "))
    assert not after_a_unit("对接于空间站 天和", 6)
