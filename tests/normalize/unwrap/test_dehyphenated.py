"""Compound hyphens that `pdftotext` took out (`unwrap.dehyphenated`)."""

from __future__ import annotations

from functools import partial

from convert.normalize.unwrap.dehyphenated import (
    _compound_split,
    restored_dashes,
    restored_hyphens,
)
from convert.normalize.unwrap.typeface import face_width

from ...conftest import REPO
from ...support.normalized import fixed

WORD_PDF = REPO / "tests/fixtures/pdftotext/pp-word-ch8.txt"
MEASURE = 36.95
width = partial(face_width, "times")


def test_compounds_closed_up_at_the_measure_get_their_hyphen_back() -> None:
    # chapter 8 of the Word PDF: `half-` / `deserved` and `dining-` / `parlour` ended printed
    # lines; pdftotext closed them up and ran the lines together
    text = WORD_PDF.read_text(encoding="utf-8")
    assert "halfdeserved" in text and "diningparlour" in text
    out = fixed(text)
    assert "will be but half-deserved." in out
    assert "on leaving the dining-parlour, and" in out
    assert "halfdeserved" not in out and "diningparlour" not in out
    # no other hyphen is added
    assert out.count("-") == text.count("-") + 2


def test_a_word_hyphenated_by_the_typesetter_stays_closed_up() -> None:
    # `acknow-` ended the printed line; `acknow` and `ledged` are no words: a hyphenation
    # point, which pdftotext rightly closed up
    line = (
        "It is a truth universally known, that a single man in possession of a good fortune, "
        "acknowledged by all, must be in want of a wife, and that is a truth of the world."
    )
    at = line.index("acknowledged")
    assert width(line[:at]) < MEASURE < width(line[: at + len("acknowledged")])
    assert _compound_split(line, MEASURE, width) == ("acknowledged", None)
    assert restored_hyphens([(0, "a line")] * 50 + [(100, line)], MEASURE, width) == []


def test_a_typesetter_that_hyphenates_often_is_not_second_guessed() -> None:
    # run-together lines at more than 3 % of the lines: the typesetter hyphenates, and a
    # closed-up word that splits as two words (`drawingroom`) may be its break as well
    line = (
        "Gracechurch Street by noon. As they drove to Mr. Gardiner's door, Jane was at a "
        "drawingroom window watching their arrival; when they entered the passage she was there"
    )
    assert _compound_split(line, MEASURE, width) == ("drawingroom", line.index("room"))
    few = [(0, "short line")] * 40 + [(200, line)]
    edits = restored_hyphens(few, MEASURE, width)
    assert [(edit.start, edit.after, edit.message) for edit in edits] == [
        (200 + line.index("room"), "-r", "compound hyphen restored: drawing-room")
    ]
    many = [(0, "short line")] * 20 + [(200, line)]
    assert restored_hyphens(many, MEASURE, width) == []


def test_where_the_closed_up_words_are_words_none_is_second_guessed() -> None:
    # `overrated` splits as two words, but a typesetter whose closed-up words are words
    # (`acknowledged` as well) hyphenates: pdftotext's joins stand
    overrated = (
        "From an unwillingness to confess how much her intimacy with Mr. Darcy had been "
        "overrated, Elizabeth had never yet answered Mrs. Gardiner's long letter; but now"
    )
    acknowledged = (
        "It is a truth universally known, that a single man in possession of a good fortune, "
        "acknowledged by all, must be in want of a wife, and that is a truth of the world."
    )
    assert _compound_split(overrated, MEASURE, width) == ("overrated", overrated.index("rated"))
    lines = [(0, "short line")] * 80 + [(100, overrated), (400, acknowledged)]
    assert restored_hyphens(lines, MEASURE, width) == []
    # with a compound that is no word closed up, the document's breaks are compounds'
    drawing = (
        "Gracechurch Street by noon. As they drove to Mr. Gardiner's door, Jane was at a "
        "drawingroom window watching their arrival; when they entered the passage she was there"
    )
    lines = [(0, "short line")] * 80 + [(100, overrated), (400, drawing)]
    assert [edit.after for edit in restored_hyphens(lines, MEASURE, width)] == ["-r", "-r"]


def test_a_word_before_the_hyphen_that_ended_the_line_was_not_closed_up() -> None:
    # `lived--` / `and` ended a printed line; pdftotext took one hyphen out and ran the lines
    # together: `lived` passes the measure, but the line ended after it (`liv-ed` was made)
    line = (
        "She did indeed. I do think Mrs. Long is as good a creature as ever lived-and her "
        "nieces are very pretty behaved girls, and not at all handsome: I think them very."
    )
    measure = width(line[: line.index("-and")] + "--") + 0.1
    assert _compound_split(line, measure, width) == ("", None)


def test_where_the_typesetter_marks_its_own_breaks_every_closed_up_word_is_a_compound() -> None:
    # WeasyPrint hyphenates with U+2010, which pdftotext gives back at the line's end: the
    # lines it ran together broke at a compound's own hyphen, though `cooperation` is a word
    line = (
        "That there should be a cooperation of the two branches in the business of making "
        "treaties is a proposition which the adversaries of the plan have not contested yet."
    )
    measure = width(line[: line.index("cooperation") + 2] + "-") + 0.1
    plain = [(0, "short line")] * 80 + [(100, line)]
    assert restored_hyphens(plain, measure, width) == []
    marked = [(0, "a line hyphen\u2010")] * 2 + plain
    edits = restored_hyphens(marked, measure, width)
    assert [edit.message for edit in edits] == ["compound hyphen restored: co-operation"]


# a printed line ended in a dash written `--`: pdftotext took the second hyphen out
TORTURED = (
    "not, you can scarcely conceive, how they have tortured me;-though it was some time, "
    "I confess, before I was reasonable enough to allow their justice, and so on and on."
)
MANNER = (
    "would be to pass many evenings in this manner-in such society; and indeed I am quite of "
    "your opinion, and have been so for a long time now, as you know well enough by now."
)


def _measure_at(line: str, marker: str) -> float:
    """A measure that the line fills up to `marker` and its dash, not to the word after."""
    at = line.index(marker) + len(marker)
    return (width(line[:at] + "-") + width(line[: at + line[at:].index(" ")] + "-")) / 2


def test_a_dash_that_ended_a_printed_line_gets_its_second_hyphen_back() -> None:
    measure = _measure_at(TORTURED, "me;-")
    lines = [(0, "short line")] * 80 + [(100, TORTURED)]
    edits = restored_hyphens(lines, measure, width)
    at = 100 + TORTURED.index(";-") + 1
    assert [(edit.start, edit.end, edit.after) for edit in edits] == [(at, at + 1, "--")]
    assert edits[0].message == "dash restored: tortured me;--though"


def test_a_hyphen_between_two_words_is_a_dash_only_where_the_text_writes_dashes_so() -> None:
    measure = _measure_at(MANNER, "manner-")
    lines = [(0, "short line")] * 80 + [(100, MANNER)]
    assert restored_hyphens(lines, measure, width) == []
    dashes = [(0, "a line with a dash--so"), (30, "and another--so")]
    edits = restored_hyphens(dashes + lines, measure, width)
    assert [edit.message for edit in edits] == ["dash restored: this manner--in"]


def test_a_hyphen_between_words_where_the_next_word_would_have_fitted_is_left() -> None:
    # the measure passes `in such`: the printed line could have held `in`, so it did not end
    # at that hyphen, which may be a compound's
    wide = width(MANNER[: MANNER.index(" such")] + "-") + 1.0
    lines = [(0, "a--b"), (5, "c--d")] + [(10, "short line")] * 80 + [(100, MANNER)]
    assert restored_hyphens(lines, wide, width) == []
    # `half-an-` / `hour`: the rest of a compound closed up, no word, and no dash
    line = (
        "He did look at it, and into it for half-anhour--was pleased with the situation and "
        "the principal rooms, satisfied with what the owner said in its praise, and took it."
    )
    measure = _measure_at(line, "half-an")
    assert all(edit.after != "--" for edit in restored_hyphens([(0, line)], measure, width))


def test_after_a_mark_a_hyphen_is_a_dash_and_a_paragraph_end_where_the_line_stopped_short() -> None:
    # `…Thus:--` / `Enclosed: …` (a one-line paragraph: the line run together is no wider
    # than the measure), `Enclosed:` fitting after the dash
    line = "All enclosures should be mentioned in a note. Thus:-Enclosed: a Postal Order."
    at = line.index(":-") + 1
    roomy = width(line[:at] + "-- Enclosed:") + 0.3
    edits = restored_hyphens([(0, "short line")] * 80 + [(100, line)], roomy, width)
    assert [(e.start, e.end, e.after, e.kind) for e in edits] == [
        (100 + at, 100 + at + 2, "--\n\nE", "unwrap")
    ]
    # where `Enclosed:` would not have fitted, the dash ended a wrap
    tight = width(line[:at] + "--") + 0.3
    edits = restored_hyphens([(0, "short line")] * 80 + [(100, line)], tight, width)
    assert [(e.after, e.message) for e in edits] == [("--", "dash restored: note. Thus:--Enclosed")]


def test_the_word_closed_up_is_the_last_of_a_hyphenated_token() -> None:
    line = (
        "He did look at it, and into it for half-anhour--was pleased with the situation and "
        "the principal rooms, satisfied with what the owner said in its praise, and took it."
    )
    measure = width(line[: line.index("anhour") + 2] + "-") + 0.1
    assert _compound_split(line, measure, width) == ("anhour", line.index("hour"))


def test_the_article_a_is_a_compound_s_part() -> None:
    # `a-` / `shooting` and `half-` / `a-crown` ended printed lines; `as-hooting` and
    # `hal-fa-crown` were the splits where a part had two letters at least
    line = (
        "here? I had no notion but he would go ashooting, or something or other, and not "
        "disturb us with his company. What shall we do with him, now he is come again here?"
    )
    measure = width(line[: line.index("ashooting") + 2] + "-") + 0.1
    assert _compound_split(line, measure, width) == ("ashooting", line.index("shooting"))
    line = (
        "sure of its travelling safely. The fee for a registered letter was at one time "
        "halfa-crown, and not so long ago was a shilling. In 1878 it was reduced from 4d. to"
    )
    measure = width(line[: line.index("halfa") + 4] + "-") + 0.1
    assert _compound_split(line, measure, width) == ("halfa", line.index("a-crown"))


def test_a_dash_before_a_speech_ends_the_paragraph_room_or_not() -> None:
    # `…he said to Elizabeth--` / `“Do not make yourself uneasy…`: the printed line ended in
    # the dash with room for `“Do`, and pdftotext ran the speech on after one hyphen
    line = (
        "When the ladies were separating for the toilette, he said to Elizabeth-“Do not make "
        "yourself uneasy, my dear cousin, about your apparel. Lady Catherine is far from it."
    )
    at = line.index("-“")
    measure = width(line[:at] + "-- “Do") + 0.2
    edits = restored_hyphens([(0, "short line")] * 80 + [(100, line)], measure, width)
    assert [(e.start, e.end, e.after, e.kind) for e in edits] == [
        (100 + at, 100 + at + 2, "--\n\n“", "unwrap")
    ]
    # with no room for the speech's first word the dash opens it too: the corpus's books end
    # 14 paragraphs on a dash before a quotation and run 2 on (`He says--` / `"Such…`)
    narrow = width(line[:at] + "--") + 0.2
    edits = restored_hyphens([(0, "short line")] * 80 + [(100, line)], narrow, width)
    assert [(e.after, e.kind) for e in edits] == [("--\n\n“", "unwrap")]
    # a salutation's dash, `"MY DEAR FRIEND,--`, is always its own line's end
    letter = (
        "“MY DEAR FRIEND,-“If you are not so compassionate as to dine to-day with Louisa and me"
    )
    edits = restored_hyphens([(0, "short line")] * 80 + [(100, letter)], narrow, width)
    assert [e.after for e in edits] == ["--\n\n“"]


def test_a_paragraphs_first_line_is_measured_less_the_indent() -> None:
    # `…his account of Mr. Wickham--` / `when she read…` opened its paragraph: `when` would
    # have fitted the full measure, not the measure less the indent
    line = (
        "But when this subject was succeeded by his account of Mr. Wickham-when she read with "
        "somewhat clearer attention a relation of events which, if true, must overthrow it."
    )
    at = line.index("-when")
    measure = width(line[:at] + "--when") + 0.5
    lines = [(0, "x--y"), (10, "z--w")] + [(20, "short line")] * 80 + [(200, line)]
    assert restored_hyphens(lines, measure, width) == []
    edits = restored_hyphens(lines, measure, width, indent=1.5)
    assert [e.message for e in edits] == ["dash restored: Mr. Wickham--when"]


def test_a_compound_closed_up_on_a_paragraphs_first_line_is_found_less_the_indent() -> None:
    # `…notions; middle-` / `aged people…` was a paragraph's first line under a 2 em indent:
    # at the full measure the line runs on to `people`, which splits into no two words
    line = (
        "“Merle, I may be a little old-fashioned in my notions; middleaged people never adjust "
        "their ideas quite in harmony with you young folk, but in my day we never paused."
    )
    at = line.index("aged")
    measure = width(line[:at] + "-") + 2.0 + 0.1  # the printed line: the measure less 2 em
    assert width(line[: line.index(" people")]) < measure < width(line[: line.index(" never")])
    lines = [(0, "short line")] * 80 + [(200, line)]
    assert _compound_split(line, measure, width) == ("people", None)
    assert restored_hyphens(lines, measure, width) == []
    edits = restored_hyphens(lines, measure, width, indent=2.0)
    assert [e.message for e in edits] == ["compound hyphen restored: middle-aged"]
    # a word less the indent (`another`) is no compound closed up: left whole
    word = line.replace("middleaged", "another")
    assert restored_hyphens([(0, "short line")] * 80 + [(200, word)], measure, width, 2.0) == []


def test_a_compound_of_capitalised_words_is_found_whole() -> None:
    # `States-` / `General`: the word closed up is `StatesGeneral`, not its last part
    line = (
        "The sovereignty of the Union is represented by the StatesGeneral, consisting usually "
        "of about fifty deputies appointed by the provinces. They hold their seats for life."
    )
    at = line.index("General")
    measure = width(line[:at] + "-") + 0.1
    assert _compound_split(line, measure, width) == ("StatesGeneral", at)
    edits = restored_hyphens([(0, "short line")] * 80 + [(200, line)], measure, width)
    assert [e.message for e in edits] == ["compound hyphen restored: States-General"]


def test_a_dash_before_a_quotation_inside_a_quotation_is_certain() -> None:
    # `…shrieked out--` / `"'You are all poisoned!`: pdftotext left `out-"'You`
    line = "“Then the ‘Woman of Stenay’ rose, and with her dying breath shrieked out-\"'You are all"
    lines = [(0, "x--y"), (10, "z--w")] + [(20, "short line")] * 80 + [(200, line)]
    edits = restored_dashes(lines, [], width(line) + 5.0, width, certain_only=True)
    assert [e.after for e in edits] == ['--\n\n"']


def test_a_compound_after_a_full_stop_or_an_emoticon_is_no_dash() -> None:
    line = "The U.S.-based firm said so :-D and went on with the business of the day."
    measure = width(line) + 1.0
    lines = [(0, "short line")] * 80 + [(100, line)]
    assert restored_hyphens(lines, measure, width) == []


def test_without_a_face_only_a_certain_dash_is_restored() -> None:
    # the widths are estimates: a hyphen after a mark or before a quotation, in a text that
    # writes its dashes `--`, is a dash's (`"MY DEAR FRIEND,-"If you…`); none between words
    dashes = [(0, "a line with a dash--so"), (30, "and another--so")]
    measure = _measure_at(TORTURED, "me;-")
    lines = [*dashes, (100, TORTURED)]
    edits = restored_dashes(lines, [], measure, width, certain_only=True)
    assert [edit.message for edit in edits] == ["dash restored: tortured me;--though"]
    assert restored_dashes(lines[2:], [], measure, width, certain_only=True) == []  # no `--`
    measure = _measure_at(MANNER, "manner-")
    run_together = [(100, MANNER)]
    assert restored_dashes(dashes + run_together, run_together, measure, width) != []
    assert (
        restored_dashes(dashes + run_together, run_together, measure, width, certain_only=True)
        == []
    )
    # a speech after a salutation's comma: a dash and a paragraph after it
    salutation = 'Dear Sir,-"If you are not so compassionate as to dine with us to-day."'
    edits = restored_dashes([*dashes, (100, salutation)], [], 60.0, width, certain_only=True)
    assert [edit.after for edit in edits] == ['--\n\n"']
    # a hyphen that opens a line is no dash of these
    assert (
        restored_dashes([*dashes, (100, '-"Quoted" here')], [], 60.0, width, certain_only=True)
        == []
    )


def test_a_self_compound_closed_up_gets_its_hyphen_back_though_its_part_is_rare() -> None:
    # `self-` / `gratulation` ended a printed line: wordfreq knows no `gratulation`, but English
    # writes its `self-` compounds with the hyphen
    line = (
        "the family. With many compliments to them, and much selfgratulation on the prospect "
        "of a connection between the houses, he unfolded the matter to an audience not merely."
    )
    measure = width(line[: line.index("selfgratulation") + 4] + "-") + 0.1
    assert _compound_split(line, measure, width) == (
        "selfgratulation",
        line.index("gratulation"),
    )
    edits = restored_hyphens([(0, "short line")] * 80 + [(100, line)], measure, width)
    assert [e.message for e in edits] == ["compound hyphen restored: self-gratulation"]
    # a word of `self` closed up (`selfish`) is left
    selfish = line.replace("selfgratulation", "selfishness")
    assert _compound_split(selfish, measure, width) == ("selfishness", None)


def test_a_hyphen_between_a_lowercase_word_and_a_capital_is_a_dash() -> None:
    # `…You must sign--` / `Yours truly,`: a letter's last line, pdftotext left `sign-Yours`
    # on a line no wider than the measure; no compound stands so in the corpus's books
    dashes = [(0, "a line with a dash--so"), (30, "and another--so")]
    line = "is not even to be dreamt about. You must sign-Yours truly,"
    measure = width(line) + 5.0
    edits = restored_hyphens([*dashes, (100, line)], measure, width)
    assert [(e.after, e.message) for e in edits] == [
        ("--\n\nY", "dash restored, a paragraph after it: must sign--")
    ]
    assert [e.after for e in restored_dashes([*dashes, (100, line)], [], measure, width, True)] == [
        "--\n\nY"
    ]
    # not where the text writes no dashes so, nor after a prefix or a compound's part
    assert restored_hyphens([(100, line)], measure, width) == []
    for other in (
        "A policy that was held to be non-English by all of them.",
        "They reached Stratford-on-Avon by the evening coach.",
    ):
        assert restored_hyphens([*dashes, (100, other)], width(other) + 5.0, width) == []
