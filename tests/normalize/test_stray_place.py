"""Places where a lone spaced English word can only have stood for its Han word (issue 12
point 5: replaced there, kept and flagged elsewhere)."""

from __future__ import annotations

import re

import pytest

from convert.config import Config
from convert.normalize import stray_place, stray_words
from convert.normalize.context import Context
from convert.normalize.stray import mark_stray_tokens


def reason(text: str, han: str) -> str:
    (match,) = stray_words.find(text)
    return stray_place.near_certain(text, *match.span(), han)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李克强1日 in 京会见外宾", True),
        ("展览4月30日 in 瑞士日内瓦闭幕", True),
        ("李克强１日 in 京会见外宾", True),  # full-width digits
        ("习近平1日下午 in 人民大会堂会见外宾", True),  # the day's time of day
        ("今日 in 京会见外宾", False),  # no number: 今日 is no day of the month
        ("二是提高1日 and 投资便利", False),  # not the preposition of place
        ("当地时间11月1日 in 下午，总统表示", False),  # a time word: the date's own
        ("洛佩斯8月31日 in 表示，如果", False),  # a verb: the date's own predicate
    ],
)
def test_after_a_date(text: str, expected: bool) -> None:
    (match,) = stray_words.find(text)
    han = "在" if match.group(2) == "in" else "和"
    assert stray_place.after_a_date(text, *match.span(), han) is expected


@pytest.mark.parametrize(
    ("text", "han", "expected"),
    [
        ("李克强1日 in 京会见外宾", "在", "follows the day of the month"),
        ("支持基金组织 in 全球治理中发挥作用", "在", "opens a phrase of place"),
        ("推进国家治理体系 and 治理能力现代化", "和", "joins parallel phrases"),
        ("歌手发行新专辑 in 我心中，广受好评。", "在", ""),  # an album title (issue 12)
        ("总理向莫迪 and 致慰问电。", "和", ""),  # an insertion (issue 12)
        ("发扬智慧 and 力量", "和", ""),  # two nouns alone are not near-certain
        ("李克强1日在 in 京会见外宾", "在", ""),  # 在 stands beside it: put in after it
    ],
)
def test_near_certain(text: str, han: str, expected: str) -> None:
    assert reason(text, han).endswith(expected)
    assert bool(reason(text, han)) is bool(expected)


def test_a_lone_word_in_such_a_place_is_replaced_and_flagged() -> None:
    text = "国务院总理李克强1日 in 京会见越共中央总书记。"
    (edit,) = mark_stray_tokens(text, Config(), Context())
    assert (text[edit.start : edit.end], edit.after) == (" in ", "在")
    assert edit.severity == "warning"
    assert "follows the day of the month" in edit.message


def test_a_word_talked_about_in_such_a_place_is_kept() -> None:
    text = "英文介词的用法：李克强1日 in 京会见外宾。"
    assert [e.after for e in mark_stray_tokens(text, Config(), Context())] == ["in"]


def test_a_word_glued_in_such_a_place_is_judged_as_before() -> None:
    text = "国务院总理李克强1日in京会见越共中央总书记。"
    (edit,) = mark_stray_tokens(text, Config(), Context())
    assert edit.after == "在"
    assert "day of the month" not in edit.message


def test_a_word_in_such_a_place_shows_the_text_damaged() -> None:
    # alone, `智慧 and 力量` is kept and flagged; beside a word that can only stand for 和 the
    # text is one damaged by substitution, and its other kept words are judged again
    parallel = "推进国家治理体系 and 治理能力现代化。"
    nouns = "发扬智慧 and 力量。"
    assert [e.after for e in mark_stray_tokens(nouns, Config(), Context())] == ["and"]
    edits = mark_stray_tokens(parallel + "\n\n" + nouns, Config(), Context())
    assert [e.after for e in edits] == ["和", "和"]
    assert "the document has several different stray words" not in edits[0].message


def test_the_issues_sentences_beside_each_other_in_no_such_place_stay_as_they_were() -> None:
    text = "歌手发行新专辑 in 我心中，广受好评。\n\n歌手发行新专辑 in 我心中，广受好评。"
    assert [e.after for e in mark_stray_tokens(text, Config(), Context())] == ["in", "in"]


def test_a_text_shown_damaged_by_such_a_word_alone_takes_no_word_out() -> None:
    # several different stray words would have the issue's insertion taken out (no counterpart
    # fits); one word in a near-certain place shows substitution, so it is kept and flagged
    text = "推进国家治理体系 and 治理能力现代化。\n\n总理向莫迪 and 致慰问电。"
    assert [e.after for e in mark_stray_tokens(text, Config(), Context())] == ["和", "and"]


def spaced_words(text: str) -> list[re.Match[str]]:
    return [m for m in stray_words.find(text) if m.group(1) and m.group(3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发扬智慧 and 力量。", ""),  # one word: the writer's English may be
        ("发扬智慧 and 力量，加强政策 and 接续措施。", stray_place.REPEATED_EVIDENCE),
        ("新专辑 in 我心中好评。歌曲 in 我心中", ""),  # one title named twice
    ],
)
def test_shown_damaged_by_words_spaced_as_english(text: str, expected: str) -> None:
    assert stray_place.shown_damaged(text, False, spaced_words(text)) == expected
    assert stray_place.shown_damaged(text, True, []) == stray_place.PLACED_EVIDENCE


def test_two_words_spaced_as_english_are_replaced_where_they_fit_never_taken_out() -> None:
    # alone, each is kept and flagged; two at different places show the text damaged: the
    # one its counterpart fits is replaced, the issue's insertion kept (never taken out)
    nouns, condolence = "发扬智慧 and 力量。", "总理向莫迪 and 致慰问电。"
    assert [e.after for e in mark_stray_tokens(condolence, Config(), Context())] == ["and"]
    edits = mark_stray_tokens(nouns + "\n\n" + condolence, Config(), Context())
    assert [e.after for e in edits] == ["和", "and"]
    assert stray_place.REPEATED_EVIDENCE in edits[0].message
