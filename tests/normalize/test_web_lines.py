"""The web-lines pass: a news site's dateline, bars, editor's line and related list go."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.config import Config
from convert.normalize import normalize
from convert.normalize.context import Context
from convert.normalize.web_lines import _gate, remove_web_lines

from ..support.normalized import applied

STORY = "央视网消息（新闻联播）：国务院总理李克强1日在京会见白俄罗斯总统卢卡申科。\n"


def removed(text: str) -> str:
    return applied(text, remove_web_lines(text, Config(), Context()))


def test_the_sites_lines_around_a_story_go() -> None:
    page = (
        "李克强会见白俄罗斯总统\n"
        "发布时间：2023-03-01 21:54:00  来源：央视网\n"
        "分享到：微信 微博 QQ空间\n\n"
        f"{STORY}\n"
        "【纠错】 【责任编辑：刘洋】\n\n"
        "相关新闻：\n"
        "• 长江中下游降雨持续 各地全力防汛救灾\n"
        "• 香港举行升旗仪式庆祝回归祖国\n"
    )
    assert removed(page).split() == ["李克强会见白俄罗斯总统", STORY.strip()]


def test_a_dateline_under_the_headline_does_not_join_it() -> None:
    page = f"李克强会见白俄罗斯总统\n2023年03月01日 21:54\u3000来源：央视新闻客户端\n\n{STORY}\n（责任编辑：张伟）\n"
    assert normalize(page).text.split() == ["李克强会见白俄罗斯总统", STORY.strip()]


def test_lines_of_the_story_stay() -> None:
    text = (
        "李克强会见白俄罗斯总统\n\n"
        "责任编辑：张伟表示，报道已经核实。\n"  # an editor quoted in a sentence
        "2023-03-01 21:54 会议开始，双方举行会谈并发表声明。\n"
        f"{STORY}"
        "相关新闻：\n"  # a heading followed by no bulleted list
        "双方还签署了合作文件。\n"
    )
    assert removed(text) == text


def test_a_long_storys_ends_are_read() -> None:
    body = STORY * 200  # longer than the stretch read at each end
    page = f"李克强会见白俄罗斯总统\n2023-03-01 21:54  央视网\n\n{body}\n（责任编辑：张伟）\n"
    assert removed(page) == f"李克强会见白俄罗斯总统\n\n{body}\n"


OLD_GATE_RE = re.compile(r"\d:\d\d|编辑|分享|】|相关|延伸")


@settings(max_examples=600)
@given(st.text(alphabet="0123:٣编辑分享】相关延伸甲 \n", max_size=24), st.integers(0, 24))
def test_the_gate_opens_where_the_one_pattern_found_something(text: str, start: int) -> None:
    """The gate's two searches (issue 17) against its one pattern."""
    assert _gate(text, start) == (OLD_GATE_RE.search(text, start) is not None)
