"""A straight quote whose partner is curly (`convert/normalize/mixed_quotes.py`)."""

from __future__ import annotations

from bisect import bisect_right

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.changes import Edit
from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.mixed_quotes import (
    BLANK_LINE_RE,
    QUOTES,
    _mixed_paragraph_edits,
    mixed_quote_edits,
)
from convert.normalize.punctuation import widen_cjk_punctuation


def _widened(text: str) -> str:
    for edit in sorted(widen_cjk_punctuation(text, Config(), Context()), key=lambda e: -e.start):
        text = text[: edit.start] + edit.after + text[edit.end :]
    return text


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        # each straight quote takes its curly partner's side; the two left pair with each other
        (
            '悟"两个确立”的意义, 增强"四个意识”、坚定“四个自信"、做\n到"两个维护"，找准',
            "悟“两个确立”的意义，增强“四个意识”、坚定“四个自信”、做\n到“两个维护”，找准",
        ),
        ("授予“全国五一劳动奖章\".在新征程上", "授予“全国五一劳动奖章”。在新征程上"),
        ("“A”和\"B\"都是", "“A”和“B”都是"),
        # a paragraph's lone curly quote never takes a quote from the next paragraph
        ('“甲"\n\n"乙”', "“甲”\n\n“乙”"),
        ('“甲\n\n"乙"很好', "“甲\n\n“乙”很好"),
        # a pause beside a straight quote tells its side, though a curly pair stands round it
        ('增强“四个意识"、\n坚定"四个自信”、做到', "增强“四个意识”、\n坚定“四个自信”、做到"),
        ('他说:"我们"，"他们"都是', "他说：“我们”，“他们”都是"),
        # with no pause beside them, read in turn where each reads as a quoted term (OCR)
        (
            '把握“十四五"时期我国发展重大成就, 把握"十五五”时期',
            "把握“十四五”时期我国发展重大成就，把握“十五五”时期",
        ),
        ('空间站“T"字基本构型, 组成"天宫”', "空间站“T”字基本构型，组成“天宫”"),
        ('评选“时代楷模""全国道德模范”', "评选“时代楷模”“全国道德模范”"),
        # nor across a line break after a sentence's end (a page with no blank lines)
        (
            '要深刻理解“两个结合"的重大意义.在此基础上\n开辟道路.\n  决不搞"党同伐异”的小圈子',
            "要深刻理解“两个结合”的重大意义。在此基础上\n开辟道路。\n  决不搞“党同伐异”的小圈子",
        ),
    ],
)
def test_a_straight_quote_takes_its_curly_partners_side(damaged: str, repaired: str) -> None:
    assert _widened(damaged) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "“他说\"hello\"”，然后",  # a straight pair of its own inside a curly one
        "“他说\"你好\"”，然后",  # read in turn, the last quoted term would be empty
        "“他说\"hello\"的”，然后",  # read in turn, Latin would stand between two quoted terms
        "“他说\"好\"，你说\"坏\"”，然后",  # pauses that say the pair is quoted inside
        "He said “no\" and left.",  # no Han between them: not Chinese text
        "“好”和“坏”都是",  # nothing straight
        "他说\"好\"",  # nothing curly
    ],
)
def test_quotes_left_alone(text: str) -> None:
    assert mixed_quote_edits(text) == []


def test_the_edits_are_recorded_as_quote_repairs() -> None:
    (edit,) = mixed_quote_edits("坚定“四个自信\"的做")
    assert (edit.start, edit.end, edit.after, edit.kind) == (7, 8, "”", "cjk-quote")
    assert "full-width “" in edit.message
    first, second = mixed_quote_edits("增强“四个意识\"、坚定\"四个自信”、做")
    assert (first.start, first.after, second.start, second.after) == (7, "”", 11, "“")
    assert "pause beside it" in first.message


def _every_paragraph(text: str) -> list[Edit]:
    """`mixed_quote_edits` as it was written first: every quote of the text found, and every
    paragraph asked (the fast path asks only the paragraphs that hold a straight quote)."""
    if '"' not in text or ("“" not in text and "”" not in text):
        return []
    marks = sorted((at, mark) for at, mark in enumerate(text) if mark in QUOTES)
    blank_lines = [match.start() for match in BLANK_LINE_RE.finditer(text)]
    edits: list[Edit] = []
    paragraph: list[tuple[int, str]] = []
    for at, mark in marks:
        if paragraph and bisect_right(blank_lines, paragraph[-1][0]) != bisect_right(
            blank_lines, at
        ):
            edits += _mixed_paragraph_edits(text, paragraph)
            paragraph = []
        paragraph.append((at, mark))
    return edits + _mixed_paragraph_edits(text, paragraph)


# quotes of both kinds, the pauses and colons that set a side, Han, sentence ends, line feeds
# and the spaces of a blank line
_PIECES = st.sampled_from(['"', "“", "”", "、", "，", "：", "甲", "乙", "a", "。", "\n", " ", "\u3000"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_the_paragraphs_with_a_straight_quote_are_all_that_are_asked(text: str) -> None:
    assert mixed_quote_edits(text) == _every_paragraph(text)


def test_paragraphs_with_curly_quotes_alone_are_passed_over() -> None:
    # (the curly pair in the second paragraph is never looked at; the first paragraph's edit
    # and the third's come in order)
    text = '坚定“四个自信"的做\n\n“好”和“坏”\n \n他说"好”'
    assert mixed_quote_edits(text) == _every_paragraph(text)
    assert [edit.start for edit in mixed_quote_edits(text)] == [7, 24]
