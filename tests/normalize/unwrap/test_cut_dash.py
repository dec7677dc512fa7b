"""A Chinese dash cut in two by the wrap: one mark across the break, not a paragraph's end."""

from __future__ import annotations

import pytest

from convert.normalize import normalize
from convert.normalize.unwrap.cut_dash import dash_cut


@pytest.mark.parametrize(
    ("line", "next_line"),
    [
        ("世界超高海拔地区规模最大的风电项目—", "—西藏那曲欧玛亭嘎风电场投产，这是西"),
        ("时代新征程党的使命任务—", "—热烈庆祝中国共产党成立"),
        ("“十四五”规划重大项目—", "—宝鸡至中卫铁路平凉至中"),
        ("客机的一个黑匣子—", "—驾驶舱语音记录仪"),
    ],
)
def test_a_dash_cut_between_its_halves(line: str, next_line: str) -> None:
    assert dash_cut(line, next_line)


@pytest.mark.parametrize(
    ("line", "next_line"),
    [
        ("他说——", "——您好，请问"),  # a whole dash each side: an interview's turns
        ("风电项目——", "—西藏那曲"),  # the whole dash over the line
        ("风电项目—", "——西藏那曲"),  # the whole dash under it
        ("风电项目。", "—西藏那曲"),  # the line ends otherwise
        ("and then—", "—well, no"),  # no Han beside the dash: English decides otherwise
    ],
)
def test_other_breaks_are_not_a_cut_dash(line: str, next_line: str) -> None:
    assert not dash_cut(line, next_line)


def test_a_narrow_lead_cut_inside_its_dash_stays_one_paragraph() -> None:
    """The blind model's narrow page of a tuning article (seed 14, xwlb-20240101-0125): the
    lead's lines at a column of 18 under a text measure of 21; the line over the cut dash had a
    heading's look and ended the paragraph, and the next line was cut from its wrap too."""
    text = (
        "世界超高海拔地区规模最大风\n"
        "电项目在西藏投产\n"
        "\n"
        "央视网消息（新闻联播）：今天（1月1日），\n"
        "世界超高海拔地区规模最大的风电项目—\n"
        "—西藏那曲欧玛亭嘎风电场投产，这是西\n"
        "藏自治区第一个100兆瓦级风电项目。\n"
        "\n"
        "该风电场位于那曲市色尼区，平均海拔4650米以上，共安装25台\n"
        "单机容量4兆瓦的风电机组，年均发电量可达2亿千瓦时，每年可节约\n"
        "标准煤约6万吨，减少二氧化碳排放约17万吨。\n"
    )
    result = normalize(text).text
    assert "风电项目——西藏那曲欧玛亭嘎风电场投产，这是西藏自治区第一个" in result
