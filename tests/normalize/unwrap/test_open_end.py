from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.accuracy import XWLB
from bench.damage_blind import damage_article
from convert.chars import KANA_RE
from convert.normalize.stray_context import tagged_words, tags
from convert.normalize.unwrap.measure import LINE_SPACES
from convert.normalize.unwrap.open_end import (
    GOES_ON,
    NAME_DOTS,
    NEEDS_FOLLOWER,
    TAIL,
    _may_need_follower,
    ends_open,
)
from convert.normalize.unwrap.paragraphing import han

from ...support.normalized import paragraphs


def test_a_line_ending_on_a_word_that_needs_the_next_ends_open() -> None:
    assert ends_open("韩正转达对", "习近平主席的良好祝愿。")  # a preposition
    assert ends_open("民族复兴的", "中国梦")  # a structural particle
    assert ends_open("俄国防部还", "“多次”")  # an adverb
    assert ends_open("三是倡导以 ", "2025年")  # the line's spaces aside
    assert ends_open("委内瑞拉国防部长帕德里诺·", "洛佩斯8月31日表示，")  # a name's middle dot


def test_a_headline_s_last_word_does_not_end_open() -> None:
    assert not ends_open("习近平出席会议并讲话", "新华社北京")
    assert not ends_open("中国经济稳中向好", "今年以来")
    assert not ends_open("全国铁路暑运启动", "7月1日")
    assert not ends_open("", "中国")
    assert not ends_open("Chapter 1", "The")


def test_not_over_a_line_no_phrase_goes_on_in_nor_in_japanese() -> None:
    assert not ends_open("管理者／連絡先", "-----------------本コーパスに関する")
    assert not ends_open("民族复兴的", "")
    assert not ends_open("民族复兴的", "——")
    assert not ends_open("お問い合わせの", "連絡先")


def test_a_narrow_line_ending_on_a_name_s_dot_is_a_wrap() -> None:
    # the blind model's narrow pages (tuning half): a name's first part over its second, the
    # line short of the measure with a heading's look; each was a paragraph end before
    text = _blind_page("xwlb-20250901-0273", "narrow", 4)
    assert "委内瑞拉国防部长帕德里诺·\n洛佩斯8月31日表示" in text
    assert any(p.startswith("委内瑞拉国防部长帕德里诺·洛佩斯8月31日表示") for p in paragraphs(text))
    text = _blind_page("xwlb-20260701-0324", "narrow", 3)
    assert "主席豪尔赫·\n罗德里格斯" in text
    assert any("主席豪尔赫·罗德里格斯6月30日表示" in p for p in paragraphs(text))


def test_a_narrow_line_ending_on_a_preposition_is_a_wrap() -> None:
    text = _blind_page("xwlb-20251101-0282", "narrow", 0)
    assert "穆罕默德请韩正转达对\n习近平主席的良好祝愿" in text
    assert any("穆罕默德请韩正转达对习近平主席的良好祝愿。" in p for p in paragraphs(text))


def _blind_page(article_id: str, shape: str, seed: int) -> str:
    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == article_id)
    return damage_article(article, shape, seed).text


def _ends_open_tagged(line: str, next_line: str) -> bool:
    """`ends_open` as it stood before its quick test (issue 17, p26a): the tail always tagged."""
    text = line.rstrip(LINE_SPACES)
    first = next_line.lstrip(LINE_SPACES)[:1]
    if not (first and (han(first) or first in GOES_ON)) or KANA_RE.search(line + next_line):
        return False
    if text[-1:] and text[-1:] in NAME_DOTS:
        return True
    if not (text and han(text[-1])):
        return False
    start = len(text)
    while start > max(len(text) - TAIL, 0) and han(text[start - 1]):
        start -= 1
    words = tags(text[start:])
    if not words:
        return False
    word, tag = words[-1]
    return len(word) == 1 and tag in NEEDS_FOLLOWER


# function words of one character (each tag of `NEEDS_FOLLOWER`), nouns and verbs, characters
# the dictionary lacks alone (read as unknown words), words they end, marks and kana
_CHARACTERS = "对和还的了着过地得被把将与及并在从也都就又很最而或但因所以之其此不没已曾"
_OTHERS = "国家经济会议主席发展合作中美俄乌新华社记者表示强调出席讲话龘靐齉爩鱻麤丨乂亍"


@settings(max_examples=600, deadline=None)
@given(
    st.text(alphabet=_CHARACTERS + _OTHERS + "·，。 　《》0123ab", max_size=14),
    st.text(alphabet=_CHARACTERS + _OTHERS + "“《2-—の", max_size=4),
)
def test_the_quick_test_answers_as_the_tagger(line: str, next_line: str) -> None:
    """`_may_need_follower` refuses only lines the tagger would refuse: the same answer as the
    tail always tagged, on random lines of function words, nouns, unknown characters, marks."""
    assert ends_open(line, next_line) == _ends_open_tagged(line, next_line)


def test_the_quick_test_refuses_where_the_last_character_is_no_such_word() -> None:
    model = tagged_words()
    assert model is not None
    assert _may_need_follower(model, "对") and _may_need_follower(model, "的")
    assert not _may_need_follower(model, "议")  # (`会议`'s last character, a noun alone)
    assert not _may_need_follower(model, "靐")  # (an unknown character: `x`)
    assert _may_need_follower(None, "议")  # (no model: `tags` answers, None)
