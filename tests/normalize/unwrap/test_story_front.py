"""A story's front in a narrow column: a subhead narrower than its story, a dateline over it
(`unwrap.story_front`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.config import Config
from convert.normalize.unwrap.story_front import (
    RUNNING_RE,
    _running,
    dateline_over_subhead,
    narrower_than_story,
    story_measure,
    subhead_last_line,
)

from ...support.normalized import paragraphs

# blind damage model, narrow page (xwlb-20250901-0273, seed 4, tuning half): a wire dateline
# alone on its line over a brief's subhead, the story set at 20 cells, the stories under it at
# 13 (the text's measure read at 14)
DATELINE_PAGE = """国际联播快讯

新华社上海9月1日电（记者朱晶）
阿富汗发生6.1级地震致严重伤亡
8月31日深夜，阿富汗东部发生6.1级地震，震
源深度20公里。震中位于楠格哈尔省首府贾拉
拉巴德附近。据阿富汗临时政府消息，地震在
楠格哈尔省及相邻的库纳尔省造成812人死亡，
至少2800人受伤，大量房屋被毁，死伤人数还
有可能继续上升。救援行动正加紧进行。
委内瑞拉防长称将抗击美军侵
略
委内瑞拉国防部长帕德里诺·
洛佩斯8月31日表示，如果美
军对委内瑞拉发动“任何侵略”，
不论性质或强度如何，委内瑞
拉都将予以抗击。
拉共体轮值主席国哥伦比亚呼
吁9月1日召开拉共体外交部长
会议，就美国在加勒比海地区
部署军舰进行讨论。
"""

# the same model (xwlb-20260701-0324, seed 14, tuning half), the whole page: a subhead of 16.5
# cells over its story set at 24, in a text whose other stories are set at 10 to 17 (the
# measure guessed at 12; a part of the page learns another)
SUBHEAD_PAGE = """2026年7月1日 星期三
经济 12

一线观察
联播快讯
新华社记者  吴涛  胡宇
央视网消息（新闻联播）：
中央档案馆向社会集中开放一
批馆藏档案
为庆祝中国共产党成立105周
年，今天（7月1日），中央档
案馆向社会集中开放一批馆藏
档案，共计4.4万余件。此次
开放的档案时间跨度长，内容
丰富，展现了105年来中国共
产党始终践行初心使命、不懈
拼搏奋斗的光辉历程、宝贵经
验和精神风范。
全国铁路暑运启动 预计发送旅客1
0.1亿人次
为期62天的全国铁路暑期运输今天
（7月1日）启动，至8月31日结束。
暑运期间，全国铁路预计发送旅客10.
1亿人次，日均约1629万人次，全国
铁路日均计划安排开行旅客列车1.2
万列左右。
我国今天全面进入主汛期
记者从水利部了解到，今天
（7月1日），我国全面进入
主汛期。主汛期我国南北方
均有多雨区，北方洪涝偏重，
局地极端暴雨洪水偏多。水
利部门已加强监测预报预警，
强化流域水工程统一联合调
度，确保流域防洪安全。


新闻联播 2026年7月1日 星期三 第13版 经济

北京市郊铁路城市副中心线
西段开通运营
今天（7月1日），北京市郊
铁路城市副中心线西段开通
运营。作为连接北京中心城
区、城市副中心与房山区的
重要轨道交通走廊，该线路
打通了北京西南地区的通勤
瓶颈。为构建首都“1小时
通勤圈”提供了有力支撑。
中企参建的阿联酋首条客运铁路试运营
中国企业参与建设的阿联酋首条客运铁路——阿提哈
德客运铁路6月30日启动试运营，首期开通阿布扎比
至富查伊拉线路。阿提哈德客运铁路连接阿联酋7个
酋长国的11个城市和地区，是中阿高质量共建“一带
一路”的标志性成果。
委内瑞拉一3岁儿童在强震6天后获救
委内瑞拉全国代表大会主席豪尔赫·罗德里格斯6月3
0日表示，该国近日发生的强震已造成1943人死亡，6
400多人获救。当天，一名3岁儿童在强震发生6天后
被救出。目前，拉瓜伊拉州电力供应基本恢复。
联合国报告称极端天气将冲
击交通系统
6月30日，联合国欧洲经济
委员会发布报告指出，未来
几十年，欧洲、中亚和北美
将面临更多极端天气。洪水、
高温、永久冻土减少、海平
面上升等风险将使这些地区
的交通系统受到严重冲击。
联合国欧洲经济委员会举例
说，欧洲目前的高温已导致
一些国家列车因铁轨变形、
信号系统和车载设备过热而
延误或取消。各方应加强应



2026年7月1日 星期三 第14版 经济
对气候变化的行动。
"""

STORY = ["8月31日深夜，阿富汗东部发生6.1级地震，震", "源深度20公里。震中位于楠格哈尔省首府贾拉"]


def test_two_wraps_that_agree_show_the_story_s_measure() -> None:
    assert story_measure(STORY, 0) == 20
    # (a paragraph's last line ends a sentence: it shows no measure)
    assert story_measure(["有可能继续上升。救援行动正加紧进行。", STORY[0]], 0) is None
    # (two lines three cells apart disagree)
    assert story_measure(["委内瑞拉国防部长帕德里诺·", STORY[0]], 0) is None


def test_a_subhead_well_narrower_than_its_story_ends_its_paragraph() -> None:
    config = Config()
    lines = ["有可能继续上升。", "阿富汗发生6.1级地震致严重伤亡", *STORY]
    assert narrower_than_story(lines, 1, config)
    # (after no sentence's end it is a wrap's line, and with a mark of running text no subhead)
    assert not narrower_than_story(["据阿富汗临时政府消息", *lines[1:]], 1, config)
    assert not narrower_than_story(["。", "阿富汗发生地震，致严重伤亡", *STORY], 1, config)
    # (three cells short is an indent lost and a kinsoku push: no evidence)
    assert narrower_than_story(["。", "阿富汗东部发生6.1级地震致严重伤", *STORY], 1, config)
    assert not narrower_than_story(["。", "阿富汗东部发生6.1级地震致严重伤亡", *STORY], 1, config)
    # (indented, it opens a paragraph that goes on)
    assert not narrower_than_story(["。", "\u3000\u3000阿富汗发生6.1级地震", *STORY], 1, config)


def test_a_dateline_alone_over_a_subhead_narrower_than_the_story_ends() -> None:
    config = Config()
    lines = [
        "新华社上海9月1日电（记者朱晶）",
        "阿富汗发生6.1级地震致严重伤亡",
        *STORY,
        "有可能继续上升。",
    ]
    assert dateline_over_subhead(lines, 0, config)
    assert dateline_over_subhead(["央视网消息（新闻联播）：", *lines[1:]], 0, config)
    # (a dateline that opens the story's first paragraph: the line under goes on with it)
    assert not dateline_over_subhead(
        ["新华社上海9月1日电（记者朱晶）", "8月31日深夜，阿富汗东部发生", *lines[2:]], 0, config
    )
    # (a dateline at the story's measure is a wrap's line of it)
    assert not dateline_over_subhead(
        ["新华社上海9月1日电（记者朱晶）", lines[1], *lines[1:]], 1, config
    )


def test_dateline_subhead_and_story_stand_apart() -> None:
    found = paragraphs(DATELINE_PAGE)
    assert "新华社上海9月1日电（记者朱晶）" in found
    assert "阿富汗发生6.1级地震致严重伤亡" in found


def test_a_subhead_over_a_wider_story_stands_apart() -> None:
    found = paragraphs(SUBHEAD_PAGE)
    assert "委内瑞拉一3岁儿童在强震6天后获救" in found


# the same model (xwlb-20251101-0288, seed 10, tuning half): a subhead wrapped at the story's
# measure of 17, its last line a figure
LAST_LINE = [
    "罗斯布良斯克州一座变电站",
    "等目标。",
    "报告称上半年全球外国直接投资下降",
    "3%",
    "10月31日，联合国贸发会议发布《全",
    "球投资趋势监测报告》。报告指出，",
    "贸易紧张局势、高利率和地缘政治不",
]


def test_a_subhead_s_short_last_line_over_its_story_ends_it() -> None:
    config = Config()
    assert subhead_last_line(LAST_LINE, 3, config)
    assert not subhead_last_line(LAST_LINE, 2, config)  # (the subhead's first line)
    # (a paragraph's short last line ends a sentence; a wrap's first line holds running text)
    assert not subhead_last_line(
        ["等目标。", "报告称，上半年全球外国直接投资", *LAST_LINE[3:]], 2, config
    )
    assert not subhead_last_line(["等目标", *LAST_LINE[2:]], 2, config)


def test_the_subhead_s_two_lines_stand_apart_from_the_story() -> None:
    page = "国际联播快讯\n\n" + "\n".join(["俄罗斯国防部10月31日称，俄军打击了乌军", *LAST_LINE])
    found = paragraphs(page + "\n")
    assert "报告称上半年全球外国直接投资下降3%" in found


@settings(max_examples=1000)
@given(st.text(st.sampled_from(list("，、；。,.;：中文 ")), max_size=12))
def test_a_line_of_running_text_is_told_as_the_class_tells_it(line: str) -> None:
    assert _running(line) == (RUNNING_RE.search(line) is not None)
