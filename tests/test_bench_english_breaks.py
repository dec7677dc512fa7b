"""bench/english_breaks.py: a diff hunk's class, a book's sentences."""

from __future__ import annotations

from bench.english_breaks import _kind, _sentences


def test_hunks_are_classed_by_what_the_blocks_lost_or_gained() -> None:
    assert _kind(["One end.", "Two."], ["One end. Two."]) == ("join", 1)
    assert _kind(["A. B. C."], ["A.", "B.", "C."]) == ("split", 2)
    assert _kind(["self-made"], ["selfmade"]) == ("text", 1)
    assert _kind(["A.", "B. C."], ["A. B.", "C."]) == ("other", 1)


def test_sentences_do_not_end_at_an_abbreviation() -> None:
    assert _sentences("Mr. Darcy came. He sat.") == ["Mr. Darcy came.", "He sat."]
