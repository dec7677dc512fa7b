"""The English closed classes and their Chinese counterparts."""

from __future__ import annotations

from convert.chars import HAN_RE
from convert.normalize.english_closed import CLOSED_CLASSES, closed_class
from convert.normalize.stray_words import LOWERCASE_WORD_RE


def test_every_member_is_a_word_the_stray_pass_can_find() -> None:
    for members in CLOSED_CLASSES.values():
        for word in members:
            assert LOWERCASE_WORD_RE.fullmatch(word), word


def test_every_counterpart_is_han_text() -> None:
    for members in CLOSED_CLASSES.values():
        for counterparts in members.values():
            for han in counterparts:
                assert all(HAN_RE.match(ch) for ch in han), han


def test_words_chinese_marks_with_no_word_of_its_own_have_no_counterpart() -> None:
    assert closed_class("the") == ("article", ())
    assert closed_class("a") == ("article", ())
    assert closed_class("did") == ("auxiliary", ())
    assert closed_class("that") == ("conjunction", ())


def test_a_copula_stands_for_shi() -> None:
    for word in ("is", "are", "was", "were", "be"):
        assert closed_class(word) == ("auxiliary", ("是",))


def test_content_words_and_capitalised_words_are_not_in_the_classes() -> None:
    assert closed_class("government") is None
    assert closed_class("The") is None
