"""The heading tests' quick refusals (issue 17) answer as the tests they go before: held to the
pattern and the ratio on random lines of the characters they read."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.chars import han_ratio
from convert.heading_sieves import (
    DATELINE_REACH,
    half_common_han,
    holds_no_pair_mark,
    may_be_dateline,
)
from convert.headings import DATELINE_RE, DIGITS_RE, is_dateline, quotes_balanced

# a dateline's pieces (sources, dispatch words, brackets, a colon, dates, spaces) and others
DATELINE_PIECES = st.sampled_from(
    [
        "新华社",
        "本报",
        "中新社",
        "央视网",
        "消息",
        "讯",
        "电",
        "通讯",
        "（",
        "）",
        "(",
        ")",
        "：",
        ":",
        "北京",
        "10月",
        "31日",
        "1",
        " ",
        "\u3000",
        "记者",
        "王磊",
        "，",
        "BEIJING",
        ", Oct. ",
        "17",
        " —",
        "a",
        "\n",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(DATELINE_PIECES, max_size=12).map("".join))
def test_a_dateline_is_refused_only_where_the_pattern_refuses_it(text: str) -> None:
    assert is_dateline(text) == (DATELINE_RE.match(text) is not None)
    if DATELINE_RE.match(text):
        assert may_be_dateline(text)


def test_the_longest_reach_of_the_pattern_is_within_the_sieve_s() -> None:
    # a source of three, twelve characters of place and date, then the dispatch
    text = "新华社" + "北京市朝阳区10月31日" + "电"
    assert text.index("电") == DATELINE_REACH - 1
    assert DATELINE_RE.match(text) and is_dateline(text)
    assert not may_be_dateline("x" * DATELINE_REACH + "电")
    assert is_dateline("BEIJING, Oct. 17 —") and not may_be_dateline("beijing")


LINE_CHARACTERS = st.sampled_from(
    [*"中国经济一丁龥鿿㐀豈，。《》“” 0123456789０ａabcABCあア한・ー", "\U00020000", "\U0003134f"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(LINE_CHARACTERS, max_size=30).map("".join))
def test_half_common_han_answers_only_where_the_ratio_is_half(text: str) -> None:
    if half_common_han(text):
        assert han_ratio(DIGITS_RE.sub("", text)) >= 0.5


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet='“”「」（）《》()"中a「', max_size=12))
def test_a_line_without_pair_marks_balances(text: str) -> None:
    if holds_no_pair_mark(text):
        assert quotes_balanced(text)
    assert holds_no_pair_mark(text) == all(mark not in text for mark in '“”「」（）《》()"')


@given(st.text(alphabet="中国\u4e00\u9fff\u3400a1 ，\u4dff", max_size=30))
def test_half_common_han_by_runs_answers_as_by_each_character(text: str) -> None:
    """The Han deleted a run at a time (issue 17), against the class of one character it had."""
    each = re.compile("[\u4e00-\u9fff]")
    assert half_common_han(text) == (2 * (len(text) - len(each.sub("", text))) >= len(text) > 0)
