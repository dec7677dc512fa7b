from __future__ import annotations

from convert.config import Config
from convert.normalize.unwrap.decide import paragraph_ends_here
from convert.normalize.unwrap.dialogue import new_speech, quoted_paragraphs, writes_dialogue
from convert.normalize.unwrap.measure import Widths
from convert.normalize.unwrap.paragraphing import Paragraphing, learn_paragraphing
from convert.normalize.unwrap.typeface import face_width

# federalist-023 as bench/english_office_flush.py set it (tuning): a citation after a colon
COLON = "constitutions, Pennsylvania and North Carolina, contain the interdiction in these words:"
CITED = '"As standing armies in time of peace are dangerous to liberty, THEY OUGHT NOT'
MEASURE = face_width("times", COLON) + 0.5
WIDTHS = Widths(0, MEASURE, face="times")
QUOTING = Paragraphing(frozenset(), blank_lines=False, quoting=True)
NOVEL = Paragraphing(frozenset(), blank_lines=False)

SPEECHES = [
    "\u201cI hope Mr. Bingley will like it, Lizzy.\u201d",
    "\u201cWe are not in a way to know what Mr. Bingley likes,\u201d said her mother.",
    "\u201cBut you forget, mamma,\u201d said Elizabeth, \u201cthat we shall meet him.\u201d",
    "\u201cI do not believe Mrs. Long will do any such thing.\u201d",
]


def test_the_colon_s_line_fills_the_measure() -> None:
    assert face_width("times", f'{COLON} "As') > MEASURE
    assert not WIDTHS.is_short(COLON, CITED)


def test_a_novel_sets_one_speech_after_another_an_essay_never() -> None:
    assert writes_dialogue([SPEECHES])
    essay = [COLON, CITED, 'kept up." This is, in truth, rather a CAUTION than a PROHIBITION.']
    assert not writes_dialogue([essay])
    once = ['to the people of America."', '"The same thing," he wrote, "holds of others.']
    assert not writes_dialogue([once, essay])  # (once is chance)


def test_a_long_text_needs_its_speeches_often() -> None:
    exchange = ['as he said."', '"The next speech.']
    filler = ["x" * 60] * 1_000  # 60,000 characters of lines: two exchanges are too few
    assert not writes_dialogue([exchange, exchange, filler])
    assert writes_dialogue([exchange, exchange, exchange, ["x" * 60] * 10])


def test_a_quotation_after_a_full_line_goes_on_in_a_text_that_only_quotes() -> None:
    assert new_speech(COLON, CITED, WIDTHS, quoting=False)
    assert not new_speech(COLON, CITED, WIDTHS, quoting=True)
    assert not paragraph_ends_here(COLON, CITED, WIDTHS, Config(), QUOTING)
    assert paragraph_ends_here(COLON, CITED, WIDTHS, Config(), NOVEL)


def test_a_short_line_before_a_quotation_still_ends_in_a_text_that_only_quotes() -> None:
    short = "contain the interdiction in these words:"
    assert new_speech(short, CITED, WIDTHS, quoting=True)
    assert paragraph_ends_here(short, CITED, WIDTHS, Config(), QUOTING)


def test_a_closed_quotation_then_a_sentence_is_left_as_it_was() -> None:
    line = 'of elections in the House of Representatives is, "that all will be well."'
    assert new_speech(line, "This will be the usual condition.", WIDTHS, quoting=True)


def test_learnt_only_of_a_text_set_in_a_face() -> None:
    essay = [[COLON, CITED, "kept up in peace, as the States have found it. This is the end."]]
    assert learn_paragraphing(essay, WIDTHS, 1).quoting
    assert not learn_paragraphing(essay, Widths(0, MEASURE), 1).quoting
    assert not learn_paragraphing([SPEECHES], WIDTHS, 1).quoting


def test_a_sentence_then_a_quotation_still_ends_in_a_text_that_only_quotes() -> None:
    # (The Federalist's text: 12 paragraph ends to 60 quotations going on, too close to call)
    line = "constitutions of Pennsylvania and North Carolina, contain the interdiction."
    assert new_speech(line, CITED, WIDTHS, quoting=True)


# The Federalist No. 29 as bench/accuracy_english.py sets it: a discourse quoted over paragraphs
DISCOURSE = [
    COLON,
    '"The project of disciplining all the militia of the United States is as futile as',
    "it would be injurious, if it were capable of being carried into execution.",
    "assemble them once or twice in the course of a year.",
    '"But though the scheme of disciplining the whole nation must be abandoned as',
]


def test_a_quotation_set_as_paragraphs_of_its_own_is_found() -> None:
    assert quoted_paragraphs([DISCOURSE]) == {DISCOURSE[1]}
    closed = [COLON, CITED, 'kept up." This is, in truth, rather a CAUTION.', '"Another opens.']
    assert not quoted_paragraphs([closed])  # (its next mark closes it)
    assert not quoted_paragraphs([[COLON, '"One line long," he said.', '"Another opens.']])


def test_the_colon_before_a_quotation_set_as_paragraphs_still_ends_one() -> None:
    quoting = learn_paragraphing([DISCOURSE], WIDTHS, 1)
    assert quoting.quoting and quoting.quoted_paragraphs == {DISCOURSE[1]}
    assert paragraph_ends_here(COLON, DISCOURSE[1], WIDTHS, Config(), quoting)
    assert not paragraph_ends_here(COLON, CITED, WIDTHS, Config(), quoting)
