"""A dateline wrapped over two lines ends at its credit's bracket
(`unwrap.wrapped_dateline`)."""

from __future__ import annotations

from convert.normalize.unwrap.wrapped_dateline import closes_wrapped_dateline

from ...support.normalized import paragraphs

# blind damage model, narrow page (xwlb-20240301-0141, seed 2, tuning half): the
# `xinhua-dateline` kind, wrapped, over a brief's two-line subhead
PAGE = """国内联播快讯

新华社上海3月1日电（记者冯
强强）
多举措优化支付服务 提升支
付便利性
国务院新闻办今天（3月1日）
举行例行吹风会，中国人民银
行等部门相关负责人表示，为
进一步优化支付服务，提升支
付便利性，要推动重点场所和
重点商户受理境外银行卡。
"""


def test_the_bracket_closes_the_dateline_run_together() -> None:
    assert closes_wrapped_dateline(["新华社上海3月1日电（记者冯"], "强强）")
    assert not closes_wrapped_dateline([], "强强）")
    assert not closes_wrapped_dateline(["新华社上海3月1日电（记者冯"], "强强）发布")
    # (a bracket closed inside a story's sentence is no dateline's)
    assert not closes_wrapped_dateline(["国务院新闻办今天（3月1"], "日）")
    assert not closes_wrapped_dateline(
        ["本报上海7月2日电\u3000庆祝中国共产党成立"], "音乐会（上海）"
    )


def test_dateline_subhead_and_story_stand_apart() -> None:
    found = paragraphs(PAGE)
    assert "新华社上海3月1日电（记者冯强强）" in found
    assert "多举措优化支付服务 提升支付便利性" in found
