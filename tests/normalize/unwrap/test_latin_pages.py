"""Page breaks inside an English paragraph after a full line (`unwrap.latin_pages`)."""

from __future__ import annotations

from convert.blocks import split_blocks
from convert.config import Config
from convert.normalize.unwrap.latin_pages import latin_page_joins, spread_lines
from convert.normalize.unwrap.measure import Widths
from convert.normalize.unwrap.typeface import face_width

MEASURE = 33.0  # ems, Times
INDENT = 1.5
WIDTHS = Widths(0, MEASURE, face="times", indent=INDENT)
BEFORE = "wished to know more of the matter before she could speak of it to her sister"
# a full line that finishes a sentence: the next page's first word would not have fitted
FULL_END = "In anticipating the happiness of Bingley, which of course was to be inferior only."
# the next page's first line: too wide to have been indented (32.9 ems of 33, indent 1.5)
FLUSH = "She remembered that Darcy had yet to learn to be laughed at, and it was rather too"
INDENTED = "She remembered that he had yet to learn to be laughed at, and it was"
AFTER = "early to begin. In the hall they parted, and she went up to her own room."


def _page(last: str, first: str) -> str:
    """A page ending with `last`, then the next page's block opening with `first` (the page's
    furniture between them gone: a blank line)."""
    return f"{BEFORE}\n{last}\n\n{first}\n{AFTER}"


def _joins(text: str, widths: Widths = WIDTHS) -> list[str]:
    return [edit.after for edit in latin_page_joins(split_blocks(text), widths, Config())]


def test_the_lines_are_what_the_tests_say() -> None:
    assert face_width("times", FULL_END) <= MEASURE < face_width("times", FULL_END + " She")
    assert MEASURE - INDENT / 2 < face_width("times", FLUSH) <= MEASURE
    assert face_width("times", INDENTED) <= MEASURE - INDENT


def test_a_page_break_before_a_line_too_wide_to_be_indented_is_joined() -> None:
    text = _page(FULL_END, FLUSH)
    edits = latin_page_joins(split_blocks(text), WIDTHS, Config())
    assert len(edits) == 1
    assert text[: edits[0].start].endswith("only.")
    assert text[edits[0].end :].startswith("She remembered")
    assert edits[0].after == " "


def test_a_first_line_that_could_have_been_indented_opens_a_paragraph() -> None:
    assert _joins(_page(FULL_END, INDENTED)) == []


def test_a_short_last_line_one_mid_sentence_or_a_line_alone_is_left() -> None:
    assert _joins(_page("They parted.", FLUSH)) == []
    assert _joins(_page(FULL_END[:-1] + ",", FLUSH)) == []  # (the layout pass joins it)
    assert _joins(f"{BEFORE}\n{FULL_END}\n\n{FLUSH}") == []  # a line alone: a heading?


def test_nothing_is_joined_without_a_face() -> None:
    text = _page(FULL_END, FLUSH)
    assert _joins(text, Widths(0, MEASURE)) == []
    assert _joins(text, Widths(0, MEASURE, indent=INDENT)) == []
    assert _joins("*****\n\n" + text, Widths(0, MEASURE)) == []


def test_without_an_indent_a_page_break_is_decided_as_inside_a_page() -> None:
    flush = Widths(0, MEASURE, face="times")  # (a flush page: no indent learnt)
    assert _joins(_page(FULL_END, FLUSH), flush) == [" "]  # a full line: a wrap, as in a page
    assert _joins(_page(FULL_END, INDENTED), flush) == []  # (`decide._opens_indented`)
    assert _joins(_page(FULL_END, '"' + FLUSH[:-5]), flush) == []  # a speech: its paragraph
    assert _joins(_page("They parted.", FLUSH), flush) == []  # a short line ends it


def test_a_closed_up_row_of_asterisks_is_spaced_again() -> None:
    text = f"{BEFORE}\n{FULL_END}\n\n*****\n\n{FLUSH}\n{AFTER}"
    edits = latin_page_joins(split_blocks(text), Widths(0, MEASURE, face="times"), Config())
    rows = [e for e in edits if e.after.startswith("*")]
    assert [(text[e.start : e.end], e.after) for e in rows] == [("*****", "* * * * *")]
    assert _joins("***\n\n" + _page(FULL_END, INDENTED)) == []  # (`***`: typed so)


# a justified line of few words, cut by pdftotext into one-word lines (Times, measure 20 ems)
SPREAD = [
    "To the People of the State of New York:",
    "THE",
    "last",
    "paper",
    "having",
    "concluded",
    "the",
    "observations which were meant to introduce a",
    "candid survey of the plan.",
]
NARROW = Widths(0, 20.0, face="times")


def test_a_line_cut_into_words_is_one_printed_line_and_a_wrap() -> None:
    words = " ".join(SPREAD[1:7])
    assert face_width("times", words) <= 20.0 < face_width("times", words + " observations")
    assert spread_lines(SPREAD, NARROW) == {1, 2, 3, 4, 5, 6}


def test_one_word_lines_that_the_next_word_would_have_followed_are_left() -> None:
    # a list of words, one a line: the next line's first word fits after them
    words = ["Names:", "Hamilton", "Madison", "Jay", "and no one else."]
    assert spread_lines(words, NARROW) == set()
    # one word alone is no run, and words that pass the measure were no one line
    assert spread_lines(["a full line", "alone", "observations which were meant"], NARROW) == set()
    long = ["Notwithstanding", "circumstances", "extraordinarily", "unprecedented", "next"]
    assert spread_lines(long, NARROW) == set()
    # without a face the widths are no page's
    assert spread_lines(SPREAD, Widths(0, 20.0)) == set()
