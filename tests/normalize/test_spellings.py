"""The index of a text's joined spellings answers as a search of the whole text does, whether
the asked pair is among the indexed ones or not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.spellings import Spellings, pairs_at

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
