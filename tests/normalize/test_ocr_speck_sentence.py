"""The sentence test of the ocr-speck pass: a `.` that would end or start a sentence shorter
than any news sets is a speck."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.ocr_speck_sentence import (
    inside_a_term,
    sentence_start,
    too_short_a_sentence,
)


def short(text: str) -> bool:
    at = text.index(".")
    return too_short_a_sentence(text, at, at + 1)


def test_a_sentence_of_three_characters_before_or_after_is_too_short() -> None:
    assert short("好时机。这些.天，李长青和队员们正在加紧养护。")
    assert short("翻天覆地的历史巨.变。")
    assert not short("会议指出，经济运行稳中向好.今年以来，各地区各部门认真贯彻。")


def test_a_blank_line_ends_the_sentence_only_over_a_flush_line() -> None:
    # a headline under a masthead: the blank line sets it apart
    assert short("新闻联播\n2026-07-01 星期三\n\n世界.政党政要热烈祝贺")
    # a double-spaced text: the blank line falls between two wrapped lines
    assert not short("    去尋求別樣的人們\n\n    我.的母親沒有法，辦了八元的川資")


def test_an_utterance_or_a_number_is_not_judged() -> None:
    assert not short("他说：“好.我们走吧。”")
    assert not short("“我对邹七嫂说过了.都完了。”")
    assert not short("一.总则")


def in_term(text: str) -> bool:
    return inside_a_term(text, text.index("."))


def test_a_stop_inside_a_short_quoted_term_or_title_is_a_speck() -> None:
    assert in_term("曲声中，习近平为“七一.勋章”获得者一一颁授勋章。")
    assert in_term("本台播发评论《新.征程》。")
    assert in_term("习近平为“七一.\n勋章”获得者颁授。")  # (a wrap read through)


def test_an_utterance_a_long_title_or_another_paragraph_is_not_judged() -> None:
    assert not in_term("“對啦.沒有錢怎麼買米，沒有米怎麼煮……”")
    assert not in_term("“好.走吧！”")
    assert not in_term("本台播发评论《深刻把握新时代新.征程党的使命任务》。")
    assert not in_term("他说“中国.\n\n勋章”")


# (the first call's speed, bench/README.md "The OCR passes on a first call": each quick way is
# held to the plain definition it replaced)
@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="甲乙。\n ", max_size=40), data=st.data())
def test_a_sentence_starts_after_the_last_stop_or_blank_line(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    assert sentence_start(text, at) == max(text.rfind("。", 0, at), text.rfind("\n\n", 0, at))
