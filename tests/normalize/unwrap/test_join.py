"""What replaces a wrap (`unwrap.join`): nothing inside CJK text or a number, a space between
Latin words, an end-of-line hyphen only where the joined word is a word."""

from __future__ import annotations

import pytest

from ...support.normalized import fixed, normalized


def test_lines_that_begin_with_punctuation_join_with_nothing() -> None:
    text = "我们在北京开会\n，讨论了明年的计划\n。会议很成功。"
    assert fixed(text) == "我们在北京开会，讨论了明年的计划。会议很成功。"


def test_numbers_cut_by_a_chinese_wrap_join_without_a_space() -> None:
    assert fixed("同比增长1\n2.21%，创下新高。") == "同比增长12.21%，创下新高。"


def test_a_number_cut_in_a_column_of_mostly_digits_joins_tight() -> None:
    # bench/damage.py seed 0, article 235: a column of 15 in which two lines are more digits
    # than Han (`收入1921.9万元,同比20`), so neither is "mostly wide"; the wrap cut `2024`
    column = "门票收入1921.9万元,同比20\n24年分别增长18.5%和15\n.2%。"
    assert fixed(column) == "门票收入1921.9万元，同比2024年分别增长18.5%和15.2%。"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("it was universally acknow-\nledged by all.", "it was universally acknowledged by all."),
        ("a well-\nknown fact.", "a well-known fact."),
        ("she was good-\nhumoured.", "she was good-humoured."),
        ("the neigh-\nbourhood was quiet.", "the neighbourhood was quiet."),
    ],
)
def test_end_of_line_hyphens_go_only_where_the_joined_word_is_a_word(
    source: str, expected: str
) -> None:
    result = normalized(source)
    assert result.text == expected
    removed = [c for c in result.changes if c.kind == "hyphenation"]
    assert len(removed) == (expected.count("-") < source.count("-"))


def test_a_typesetters_hyphen_at_a_line_end_always_goes() -> None:
    # WeasyPrint hyphenates with U+2010 and pdftotext gives it back (bench/accuracy_extracted.py,
    # Pride and Prejudice): `hand‐` / `some` is one word, and so is the rare `Nether‐` / `field`
    source = "as hand\u2010\nsome as any, and Nether\u2010\nfield was let; grown-\nup girls."
    result = normalized(source)
    assert result.text == "as handsome as any, and Netherfield was let; grown-up girls."
    assert sum(c.kind == "hyphenation" for c in result.changes) == 2


def test_a_typesetters_hyphen_in_a_word_in_capitals_goes() -> None:
    # The Federalist set by WeasyPrint: a word in capitals hyphenated goes on in capitals
    source = (
        "laws made IN PUR\u2010\nSUANCE THEREOF, and it\nis EX\u2010\nPRESSLY so; The\u2010\nOld"
    )
    assert fixed(source) == "laws made IN PURSUANCE THEREOF, and it is EXPRESSLY so; The\u2010Old"


def test_a_typesetters_hyphen_inside_a_line_stays() -> None:
    assert fixed("a good\u2010humoured man,\nthey said.") == "a good\u2010humoured man, they said."
