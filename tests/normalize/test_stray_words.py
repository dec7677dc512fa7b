"""Finding stray words and what they may stand for."""

from __future__ import annotations

import pytest

from convert.config import Config
from convert.normalize import stray_words


def only(text: str) -> str:
    (match,) = stray_words.find(text)
    return match.group(0)


@pytest.mark.parametrize(
    ("text", "one_sided"),
    [
        ("进行are 了", True),
        ("央视网 people消息", True),
        ("新专辑 in 我心中", False),
        ("智慧and力量", False),
    ],
)
def test_spaced_on_one_side(text: str, one_sided: bool) -> None:
    (match,) = stray_words.find(text)
    assert stray_words.spaced_on_one_side(match) is one_sided


def test_a_word_at_a_line_end_or_beside_latin_is_no_stray_word() -> None:
    assert list(stray_words.find("进行are\n了")) == []
    assert list(stray_words.find("点击 sign in 按钮")) == []
    assert only("点击 in 按钮") == " in "


def test_counterparts_put_the_dictionary_first() -> None:
    config = Config()
    assert stray_words.counterparts("and", config)[0] == "和"
    assert stray_words.counterparts("is", config) == ("是",)
    assert stray_words.counterparts("the", config) == ()
    assert stray_words.counterparts("people", config) == ()
    assert stray_words.is_function_word("the", config)
    assert not stray_words.is_function_word("people", config)


@pytest.mark.parametrize(
    ("text", "han", "expected"),
    [
        ("李强1日 in 京会见外宾", "在", True),  # a place name
        ("基金组织 in 全球治理中继续发挥作用", "在", True),  # a localizer closes the phrase
        ("习近平 in 主持学习时强调", "在", True),  # 时, which jieba tags as a noun
        ("工人阶级 in 推进革命、建设", "在", False),  # no place, no localizer before the mark
        ("基金组织 and 全球治理中继续", "和", False),  # not the preposition of place
    ],
)
def test_locative_place(text: str, han: str, expected: bool) -> None:
    (match,) = stray_words.find(text)
    assert stray_words.locative_place(text, match.end(), han) is expected


@pytest.mark.parametrize(
    ("text", "han", "expected"),
    [
        ("推进国家治理体系 and 治理能力现代化", "和", True),
        ("突出问题导向 and 需求导向", "和", True),
        ("推进国家治理体系 in 治理能力现代化", "在", False),  # 在 joins no phrases
        ("帮助稳定 and 扩大就业", "和", False),  # nothing repeated
    ],
)
def test_parallel_phrases(text: str, han: str, expected: bool) -> None:
    (match,) = stray_words.find(text)
    assert stray_words.parallel_phrases(text, *match.span(), han) is expected


def test_a_place_held_by_the_han_word_beside_it_is_none() -> None:
    text = "把专项治理和 and 系统治理结合"
    (match,) = stray_words.find(text)
    assert stray_words.parallel_phrases(text, *match.span(), "和")
    assert not stray_words.held_place(text, *match.span(), "和")
