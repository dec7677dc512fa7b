"""Whether a break cuts a Chinese word: the segmentation of the characters on either side."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize import words
from convert.normalize.words import SEGMENT_CONTEXT, splits_word, word_boundaries
from convert.normalize.zh_words import WordTable


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("习近平和彭丽媛热情迎接外", "方领导人夫妇，同他们亲切握手"),  # 外方
        ("世界在建最长桥梁——通泰扬特大桥首座斜拉桥合", "龙"),  # 合龙
        ("还有许多国家政党和政治组织领导人发来贺", "电贺函，热烈祝贺"),  # 贺电
        ("中国国际", "象棋协会"),  # 国际象棋
    ],
)
def test_a_break_inside_a_word_is_found_by_segmenting_both_sides(left: str, right: str) -> None:
    assert splits_word(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("全国铁路暑运结束 8.3亿人次出行", "为期两个月的全国铁路暑运日前结束"),  # not 行为
        ("东城区总工会", "以党的二十大精神为指引"),  # not 会以
        ("法国一季度经济增长陷入停滞", "法国国家统计和经济研究所"),
    ],
)
def test_a_break_between_words_cuts_none(left: str, right: str) -> None:
    assert not splits_word(left, right)


def _plain_boundaries(text: str) -> frozenset[int]:
    """`word_boundaries` as first written: every stretch of up to LONGEST_WORD characters that
    ends at each offset looked up, shortest first, the first of equal scores kept."""
    best = [0.0] + [-math.inf] * len(text)
    back = [0] * (len(text) + 1)
    for end in range(1, len(text) + 1):
        for size in range(1, min(words.LONGEST_WORD, end) + 1):
            zipf = words.word_zipf(text[end - size : end])
            if not zipf:
                if size > 1:
                    continue
                zipf = words.UNKNOWN_CHARACTER_ZIPF
            score = best[end - size] + zipf - 9
            if score > best[end]:
                best[end], back[end] = score, end - size
    boundaries = set()
    end = len(text)
    while end:
        boundaries.add(end)
        end = back[end]
    return frozenset(boundaries)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="中国人民和的在是与政府经济发展国际象棋出行为期x，1", max_size=10))
def test_the_boundaries_are_those_of_the_plain_segmentation(text: str) -> None:
    assert words.word_boundaries.__wrapped__(text) == _plain_boundaries(text)


@pytest.fixture()
def tied_list(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A list whose words make segmentations of equal scores (甲乙|丙 and 甲|乙丙)."""
    pack: list[list[str]] = [[] for _ in range(700)]
    pack[300] += ["甲", "丙"]
    pack[500] += ["乙", "甲乙", "乙丙"]
    pack[600] += ["甲乙丙丁"]
    table = WordTable.from_buckets(pack)
    monkeypatch.setattr(words, "zh_table", lambda: table)
    words.word_zipf.cache_clear()
    words._zipf_and_longer.cache_clear()
    yield
    words.word_zipf.cache_clear()
    words._zipf_and_longer.cache_clear()


@pytest.mark.parametrize(
    "text", ["甲乙丙", "甲乙丙丁", "丙甲乙丙", "乙丙甲乙", "甲乙丙甲乙丙丁", "丁甲乙"]
)
def test_tied_segmentations_keep_the_word_that_starts_last(tied_list: None, text: str) -> None:
    assert words.word_boundaries.__wrapped__(text) == _plain_boundaries(text)


# common characters (many pairs of them are words) and a few the list lacks
_HAN = "中国人民大会堂举行仪式外方领导会议经济发展出行为期合龙贺电的了在和是有新年工作龖靐鑫瘳"


@settings(max_examples=1500, deadline=None)
@given(st.text(_HAN, min_size=1, max_size=6), st.text(_HAN, min_size=1, max_size=6))
def test_a_break_no_word_spans_is_told_as_the_whole_segmentation_tells_it(
    left: str, right: str
) -> None:
    """`splits_word` asks the whole segmentation only where a word of the list spans the break
    (`_word_across`): its answer is the segmentation's wherever the break stands."""
    before, after = left[-SEGMENT_CONTEXT:], right[:SEGMENT_CONTEXT]
    whole = len(before) not in word_boundaries(before + after)
    assert splits_word(left, right) == whole
