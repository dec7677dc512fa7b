from __future__ import annotations

from convert.normalize.unwrap.lowercase_opening import goes_on_in_lowercase

from ...support.normalized import paragraphs


def test_a_colon_then_a_lowercase_word_is_one_sentence() -> None:
    assert goes_on_in_lowercase("may be divided into two general classes:", "the one depending")
    assert goes_on_in_lowercase("two general classes:  ", "the one depending")


def test_a_capital_a_chinese_colon_or_a_heading_s_colon_opens_a_paragraph() -> None:
    assert not goes_on_in_lowercase("may be divided into two general classes:", "The one")
    assert not goes_on_in_lowercase("提出五点建议：", "一是坚持…")
    assert not goes_on_in_lowercase("CONTENTS:", "the first part")
    assert not goes_on_in_lowercase("two general classes", "the one depending")
    assert not goes_on_in_lowercase("the main PG search facility:", "http://www.gutenberg.org")
    assert not goes_on_in_lowercase("的领导下ßé）'é□and:", "the world人民日报）本报记者")


# federalist-062 as bench/english_weasy_flush.py set it (tuning): a page break after the colon
CUT_AFTER_COLON = (
    "FEDERALIST No. 63\n\n"
    "The Senate Continued\n\n"
    "Responsibility, in order to be reasonable, must be limited to objects within the power of\n"
    "the responsible party. The objects of government may be divided into two general classes:\n"
    "\n"
    "the one depending on measures which have singly an immediate and sensible operation; the\n"
    "other depending on a succession of well-chosen and well-connected measures.\n"
)


def test_the_layout_pass_joins_a_sentence_a_page_cut_after_its_colon() -> None:
    got = paragraphs(CUT_AFTER_COLON)
    assert got[2].endswith(
        "two general classes: the one depending on measures which have "
        "singly an immediate and sensible operation; the other depending on "
        "a succession of well-chosen and well-connected measures.\n"
    )
