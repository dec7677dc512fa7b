"""A sentence end with room to spare, a closed-up row of asterisks (`unwrap.flush_latin`)."""

from __future__ import annotations

from dataclasses import replace

from convert.blocks import split_blocks
from convert.config import Config
from convert.normalize.unwrap.decide import _flush, paragraph_ends_here
from convert.normalize.unwrap.flush_latin import (
    clearly_short,
    indent_tells,
    opens_note,
    spaced_rows,
)
from convert.normalize.unwrap.measure import Widths

# a flush page whose justification's slack was read as an indent (prejudice-023: 0.62 em)
WIDTHS = Widths(0, 24.0, face="dejavu-sans", indent=0.62)
FULL = "“That is very strange. But I suppose you had no"  # 23.9 ems of 24
WRAP = "him, and they were quite delighted with it."  # (the next word: past 0.8)


def test_the_lines_are_what_the_tests_say() -> None:
    assert _flush(FULL, WIDTHS)  # too wide to have been indented
    assert WIDTHS.width(f"{WRAP} “That") > WIDTHS.latin * 0.8


def test_a_sentence_end_with_room_for_the_next_word_is_clearly_short() -> None:
    assert clearly_short("“Not one.”", FULL, WIDTHS)
    assert not clearly_short(WRAP, FULL, WIDTHS)
    assert not clearly_short("“Not one.”", "", WIDTHS)


def test_rows_of_four_asterisks_or_more_are_spaced() -> None:
    text = "One.\n\n*****\n\n  ****\nTwo.\n\n***"
    edits = spaced_rows(split_blocks(text))
    assert [(text[e.start : e.end], e.after) for e in edits] == [
        ("*****", "* * * * *"),
        ("****", "* * * *"),
    ]
    assert spaced_rows(split_blocks("* * * * *\n\nA *****")) == []


def test_an_abbreviation_on_a_clearly_short_typeset_line_ends_its_paragraph() -> None:
    face = Widths(0, 30.0, face="helvetica")
    after = '[Illustration: "WHAT A PITY YOU STOPPED ME'
    assert paragraph_ends_here('Lilias," etc.', after, face, Config())
    assert not paragraph_ends_here('Lilias," etc.', after, Widths(0, 30.0), Config())
    full = "hear a conversation between him and Mr."  # (the next word would not fit)
    assert not paragraph_ends_here(
        full, "Bingley, who came", Widths(0, 20.0, face="times"), Config()
    )


def test_an_indent_too_narrow_to_tell_leaves_a_speech_its_paragraph() -> None:
    line = "of man; but this would be nothing if you really liked him.”"
    speech = "“I do, I do like him,” she replied, with tears in her eyes, “I love"
    slack = Widths(0, 25.2, face="times", indent=0.47)  # a flush page's slack read as an indent
    assert not indent_tells(slack) and indent_tells(replace(slack, indent=1.0))
    assert not clearly_short(line, speech, slack)
    assert paragraph_ends_here(line, speech, slack, Config())
    assert not paragraph_ends_here(line, speech, replace(slack, indent=1.0), Config())


def test_a_footnote_number_after_a_full_sentence_end_opens_a_paragraph() -> None:
    line = "the terms of the constitution, their resolutions do not bind him."
    measure = Widths(0, 1.0, face="times").width(line) + 0.2  # a full line: `2` does not fit
    face = Widths(0, measure, face="times")
    assert not clearly_short(line, "2 De Lolme.", face)
    assert opens_note("2 De Lolme.") and opens_note("13 Vide Blackstone's")
    assert not opens_note("2 or 3 of them") and not opens_note("1788. The")
    assert paragraph_ends_here(line, "2 De Lolme.", face, Config())
    assert not paragraph_ends_here(line, "2 De Lolme.", Widths(0, measure), Config())
