"""The punctuation pass: ASCII marks next to Han become full width; Latin text keeps its own."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.changes import Edit
from convert.config import Config
from convert.normalize import punctuation
from convert.normalize.context import Context
from convert.normalize.mixed_quotes import mixed_quote_edits
from convert.normalize.punctuation import (
    FIRST_CHARACTER_TRIES,
    MARK_STARTS,
    PAIR_RE,
    PAIR_STARTS,
    PROTECTED_STARTS,
    widen_cjk_punctuation,
)

from ..support.normalized import applied, fixed


def edits(text: str) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.after, e.kind) for e in widen_cjk_punctuation(text, Config(), Context())]


def widened(text: str) -> str:
    return applied(text, widen_cjk_punctuation(text, Config(), Context()))


def test_each_mark_next_to_han_becomes_full_width() -> None:
    assert edits("中文,英文;还有:问题?是的!") == [
        (2, 3, "，", "cjk-comma"),
        (5, 6, "；", "cjk-semicolon"),
        (8, 9, "：", "cjk-colon"),
        (11, 12, "？", "cjk-question"),
        (14, 15, "！", "cjk-exclamation"),
    ]


def test_the_spaces_around_a_mark_go_with_it() -> None:
    # a full-width mark carries its own spacing
    assert edits("中文 , 英文") == [(2, 5, "，", "cjk-comma")]


def test_brackets_change_as_a_pair() -> None:
    assert edits("他说(大概)不行") == [
        (2, 3, "（", "cjk-parenthesis"),
        (5, 6, "）", "cjk-parenthesis"),
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("（10月31日)", "（10月31日）"),  # the partner is full width already
        ("(11月1日）", "（11月1日）"),
    ],
)
def test_a_bracket_takes_its_full_width_partner_s_width(source: str, expected: str) -> None:
    assert widened(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('他说"我们走"', "他说“我们走”"),
        ("他说'我们走'", "他说‘我们走’"),
        ('空间站"T"字', "空间站“T”字"),  # one Latin term between Han characters
    ],
)
def test_quotes_around_chinese_or_a_quoted_term_become_curly(source: str, expected: str) -> None:
    assert widened(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("等等...然后", "等等……然后"),
        ("等等。。。然后", "等等……然后"),
        ("好吧…走了", "好吧……走了"),  # a lone `…` is half a Chinese ellipsis
        ("他说--我们走", "他说——我们走"),
        ("分隔----线", "分隔——线"),
    ],
)
def test_ellipses_and_dashes_in_chinese_text(source: str, expected: str) -> None:
    assert widened(source) == expected


def test_the_ellipsis_edit_is_logged_with_what_it_replaced() -> None:
    (edit,) = widen_cjk_punctuation("等等...然后", Config(), Context())
    assert (edit.start, edit.end, edit.after, edit.kind) == (2, 5, "……", "cjk-ellipsis")
    assert edit.message == "'...' in Chinese text"


@pytest.mark.parametrize(
    "text",
    [
        "Hello, world; it is 10:30 now? Yes!",  # English text
        "数字 3.14 和 1,000",  # numbers keep their points and separators
        "访问 http://example.com/a,b 或 www.foo.cn:8080 获取",  # URLs
        "代码`a,b`中",  # code
        "It's 中文",  # an apostrophe is no quotation mark
        '"GDP"的增长',  # a quotation that opens the text: an English one as far as can be told
        "分隔------线",  # a rule, not a dash
        "中文……英文",  # already a Chinese ellipsis
    ],
)
def test_latin_text_numbers_urls_and_code_are_untouched(text: str) -> None:
    assert edits(text) == []


def test_an_e_mail_address_keeps_its_marks_but_not_the_comma_after_it() -> None:
    assert edits("联系 a.b@example.com,谢谢") == [(18, 19, "，", "cjk-comma")]


def test_mixed_text_changes_only_the_chinese_clause() -> None:
    assert widened("报告(上),共 1,000 人. Yes; fine") == "报告（上），共 1,000 人. Yes; fine"


def test_a_mark_at_a_line_end_is_judged_by_the_line_after_it() -> None:
    # the unwrap pass joins the two lines later: the mark must already suit the joined text
    assert edits("Python 3,\n后文") == [(8, 9, "，", "cjk-comma")]
    assert edits("Python 3, and more") == []
    assert fixed("Python 3,\n后文") == "Python 3，后文"


def test_japanese_text_keeps_its_punctuation() -> None:
    # issue 12: `…`, ASCII brackets and `!` are Japanese text's own conventions, not damage
    text = "会社員の瑤子さん(仮名・36歳)は、こう話す…。すごい!"
    assert widen_cjk_punctuation(text, Config(), Context()) == []


def test_an_ascii_full_stop_ending_a_chinese_sentence_becomes_wide() -> None:
    def stops(text: str) -> list[tuple[str, str]]:
        edits = widen_cjk_punctuation(text, Config(), Context())
        return [(text[e.start : e.end], e.after) for e in edits]

    assert stops("不变量.如果你") == [(".", "。")]
    assert stops("挑战. 增进福祉.\n下一段") == [(". ", "。"), (".", "。")]
    assert stops("“同志加兄弟”.此后") == [(".", "。")]
    assert stops("同比增长7%.其中") == [(".", "。")]
    assert stops("占用户的 30.3%.\n如今") == [(".", "。")]
    assert stops("“十大合作计划”. 2018年") == [(". ", "。")]
    # an English sentence on a percentage or before a year keeps its stop
    assert stops("它说 it grew 7%. The rest") == []
    assert stops("增长7%. The rest") == []
    assert stops("in 2017. 2018年") == []
    assert stops("增长7.5%") == []
    # numbers, file names, English and ellipses keep their dots
    assert stops("增长3.5个百分点") == []
    assert stops("见檔案.txt或1.中共") == []
    assert stops("他说...好") == [("...", "……")]
    # a note's mark belongs to the sentence it closes
    assert stops("战胜困难[1].\n下一段") == [(".", "。")]
    assert stops("增长7%[2].其中") == [(".", "。")]
    assert stops("“同志加兄弟”[12]. 此后") == [(". ", "。")]
    assert stops("the end[1].\n下一段") == []
    assert stops("困难[1234].\n下一段") == []  # no note's mark: a number in brackets


def test_pairs_are_matched_as_the_branch_at_every_character_matched_them() -> None:
    """`PAIR_RE` reads what lies inside a pair as runs between single line breaks; the spelling
    it replaced took a branch at every character. Random texts of brackets, quotes, letters,
    Han, line breaks and blank lines (with spaces and U+3000): the same match, or none, with the
    same groups, at every place."""
    line = r"(?:\n(?![ \t\u3000]*\n))"
    branching = re.compile(
        rf"\(((?:[^()\n]|{line})*)\)|\"((?:[^\"\n]|{line})*)\""
        rf"|'(?<![A-Za-z]')((?:[^'\n]|{line})*)'(?![A-Za-z])"
    )
    rng = random.Random(17)
    pieces = ["(", ")", '"', "'", "a", "字", " ", "\n", "\n\n", "\n \n", "\n\u3000\n", "\t"]
    matched = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
        for pos in range(len(text)):
            found, expected = PAIR_RE.match(text, pos), branching.match(text, pos)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            ), (text, pos)
            matched += expected is not None
    assert matched > 1000  # the texts hold pairs of each kind, across line breaks or not


# text of the literals' characters and Han around them, and the literals the pass looks for
_LITERAL_TEXT = st.lists(
    st.sampled_from([".", "-", "h", "t", "p", "w", "f", ":", "/", "`", "中", "。", "ht", "tp"]),
    max_size=30,
).map("".join)
_LITERALS = st.sampled_from(
    [*MARK_STARTS, *PROTECTED_STARTS, *PAIR_STARTS, "tt", "hth", "。。", "中。"]
)


@settings(max_examples=2000, deadline=None)
@given(
    text=_LITERAL_TEXT,
    literal=_LITERALS,
    tries=st.sampled_from([0, 1, 2, 3, FIRST_CHARACTER_TRIES]),
)
def test_a_literal_found_from_its_first_character_is_found_everywhere(
    text: str, literal: str, tries: int
) -> None:
    # every place, overlapping ones too, whether the tries of the first character run out
    # before the text's end (then the literal itself is searched for) or not
    found = list(punctuation._occurrences(text, literal, tries))
    assert found == [at for at in range(len(text)) if text.startswith(literal, at)]


def _set_in_turn(text: str, quotes: list[Edit]) -> str:
    """The straight quotes taken by a curly partner, set one edit at a time (the definition)."""
    for edit in quotes:
        text = text[: edit.start] + edit.after + text[edit.end :]
    return text


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet='甲乙"“”，、\n ', min_size=1, max_size=60),
    data=st.data(),
)
def test_quotes_set_by_one_join_are_those_set_in_turn(text: str, data: st.DataObject) -> None:
    # one character for one, in any order, one character edited twice (the later edit wins)
    places = st.integers(min_value=0, max_value=len(text) - 1)
    quotes = [
        Edit(at, at + 1, side, "cjk-quote")
        for at, side in data.draw(st.lists(st.tuples(places, st.sampled_from("“”")), max_size=12))
    ]
    assert punctuation._with_quotes_set(text, quotes) == _set_in_turn(text, quotes)
    # and the edits the pass makes, on a text of many mixed quotes
    found = mixed_quote_edits(text)
    assert punctuation._with_quotes_set(text, found) == _set_in_turn(text, found)


def test_a_text_of_many_mixed_quotes_is_set_as_in_turn() -> None:
    text = '他说“四个自信"，又说"两个确立”。\n\n' * 300
    found = mixed_quote_edits(text)
    assert len(found) == 600
    assert punctuation._with_quotes_set(text, found) == _set_in_turn(text, found)
