"""The index of a text's joined spellings answers as a search of the whole text does, whether
the asked pair is among the indexed ones or not."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.spellings import FIND_FIRSTS, Spellings, pairs_at

HAN = "甲乙丙丁"


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=HAN + " ·\n", max_size=60),
    indexed=st.sets(st.text(alphabet=HAN, min_size=2, max_size=2), max_size=6),
    left=st.text(alphabet=HAN, min_size=1, max_size=3),
    right=st.text(alphabet=HAN, min_size=1, max_size=3),
)
def test_written_is_the_plain_search(text: str, indexed: set[str], left: str, right: str) -> None:
    assert Spellings(text, lambda: indexed).written(left, right) == (left + right in text)


def test_pairs_are_found_where_they_stand_overlapping_too() -> None:
    assert pairs_at("甲甲甲 乙甲", {"甲甲", "乙甲", "丙丁"}) == {
        "甲甲": [0, 1],
        "乙甲": [4],
        "丙丁": [],
    }


def test_the_index_is_built_once_when_first_asked() -> None:
    asked = []

    def pairs() -> set[str]:
        asked.append(1)
        return {"甲乙"}

    spellings = Spellings("甲乙丙", pairs)
    assert asked == []
    assert spellings.written("甲", "乙丙") and not spellings.written("甲", "乙丁")
    assert asked == [1]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=HAN + " ·\n", max_size=80),
    indexed=st.sets(st.text(alphabet=HAN, min_size=2, max_size=2), max_size=8),
    questions=st.lists(
        st.tuples(
            st.text(alphabet=HAN, min_size=1, max_size=3),
            st.text(alphabet=HAN, min_size=1, max_size=3),
        ),
        max_size=12,
    ),
)
def test_questions_asked_again_and_in_other_shapes_are_answered_as_the_plain_search(
    text: str, indexed: set[str], questions: list[tuple[str, str]]
) -> None:
    # one index asked many questions, of one shape and of others, the same ones again: the sets
    # of strings around each pair are kept across them
    spellings = Spellings(text, lambda: indexed)
    for left, right in questions + questions[::-1]:
        assert spellings.written(left, right) == (left + right in text)


def test_the_strings_around_a_pair_are_kept_for_each_shape_of_question() -> None:
    # `甲甲` asked first after no character, then after one: each shape reads its own strings
    spellings = Spellings("乙甲甲", lambda: {"甲甲"})
    assert not spellings.written("甲", "甲乙")
    assert spellings.written("乙甲", "甲")
    assert spellings.written("甲", "甲") and not spellings.written("乙甲", "甲甲")
    # and one of two characters, then of three
    spellings = Spellings("甲甲乙", lambda: {"甲甲"})
    assert spellings.written("甲", "甲") and spellings.written("甲", "甲乙")


def _pairs_by_one_scan(text: str, pairs: set[str]) -> dict[str, list[int]]:
    """`pairs_at` as it was: one pattern's scan for a first before a second, whatever the firsts."""
    found: dict[str, list[int]] = {pair: [] for pair in pairs if len(pair) == 2}
    if not found:
        return found
    firsts = re.escape("".join(sorted({pair[0] for pair in found})))
    seconds = re.escape("".join(sorted({pair[1] for pair in found})))
    for hit in re.finditer(f"[{firsts}](?=[{seconds}])", text):
        at = hit.start()
        positions = found.get(text[at : at + 2])
        if positions is not None:
            positions.append(at)
    return found


MANY = "甲乙丙丁戊己庚辛壬癸子丑"  # more different firsts than FIND_FIRSTS: both ways tried


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=MANY + " \n-]^", max_size=80),
    pairs=st.sets(st.text(alphabet=MANY + "-]^", min_size=1, max_size=3), max_size=20),
)
def test_pairs_found_by_finds_or_one_scan_are_those_the_scan_found(
    text: str, pairs: set[str]
) -> None:
    """Few firsts found by a find of each (issue 17), many by the scan: the same places, in
    the same order, under the same keys."""
    assert len(MANY) > FIND_FIRSTS
    found, expected = pairs_at(text, pairs), _pairs_by_one_scan(text, pairs)
    assert found == expected and list(found) == list(expected)
