"""The last printed line of two that `pdftotext` ran together (`unwrap.run_together`)."""

from __future__ import annotations

from convert.config import Config
from convert.normalize import normalize
from convert.normalize.unwrap.decide import paragraph_ends_here
from convert.normalize.unwrap.measure import Widths
from convert.normalize.unwrap.run_together import last_printed

# bench/english_books.py's paper-001 (LibreOffice, Liberation Serif 10.5 pt, 1 em indents):
# `knowledge--` ended a printed line, and `pdftotext` took a hyphen out and ran the next on
WIDTHS = Widths(0, 31.83, face="times", indent=1.06)
RUN = (
    "about business. People as a rule are valuable in proportion to their knowledge-those "
    "who know nothing being simply worth nothing."
)
NEXT = "One great reason for the work of girls and women being poorly paid, is that"


def test_a_line_run_together_is_judged_by_its_last_printed_line() -> None:
    tail = last_printed(RUN, WIDTHS)
    assert tail == "knowledge-those who know nothing being simply worth nothing."
    assert not paragraph_ends_here(RUN, NEXT, WIDTHS, Config(), before=["The second is…"])
    assert paragraph_ends_here(tail, NEXT, WIDTHS, Config(), before=["The second is…"])


def test_a_run_together_line_whose_last_printed_line_is_full_goes_on() -> None:
    full = RUN.removesuffix(".") + " as the rest of them are in the business of the world."
    tail = last_printed(full, WIDTHS)
    assert tail.startswith("knowledge-those") and WIDTHS.width(tail) > WIDTHS.latin * 0.9
    assert not paragraph_ends_here(tail, NEXT, WIDTHS, Config(), before=["The second is…"])


def test_a_line_within_the_measure_and_lines_without_one_are_left_whole() -> None:
    line = "about business. People as a rule are valuable in proportion to their"
    assert last_printed(line, WIDTHS) == line
    assert last_printed(RUN, Widths(0, 0.0)) == RUN  # no Latin measure learnt
    assert last_printed(RUN, Widths(0, 60, monospace=True)) == RUN  # typewritten: none run
    han = "中国电信与中国联通也已联合建成全球最大的5G共建共享网络" * 3
    assert last_printed(han, Widths(20, 10.0)) == han


# the page as `pdftotext` gave it (paper-001, a page break and its number inside)
PAGE = """\
useful life of this class as been marred.
The second is made up of girls who have to earn their own living and make
their own way in the world. These have a special need to know something
about business. People as a rule are valuable in proportion to their knowledge-those who know nothing being simply worth nothing.
One great reason for the work of girls and women being poorly paid, is that
few know anything about either the principles or the practice of the most
ordinary business affairs. We shall try in these articles to put girls in future on
a better footing, and to make them in business equal, at any rate, to any average
men. In this way there is a good chance of doubling their usefulness and value,
and of more than doubling their independence.
Nothing is done all at once, and in business, as in everything else, if you
mean to build high you must begin low. A girl who wishes to be a business
woman must start with accumulating the same sort of knowledge as an officeboy. We shall therefore try to deal with the subject simply and from the very
beginning. You may sometimes be tempted to say, "Oh, we knew that before,"
but another girl may not have been so fortunate, and her ignorance must be
taken as our reason for pointing out what appears to be familiar facts.
4

We begin with the subject of business letters, and the first thing we shall say
about them is--Be very particular about their appearance. There is a proverb, to
be sure, warning us that appearances are deceitful, but that proverb is only true
occasionally; in general we may safely draw an inference as to the writer from
the look of her letter. An ill-folded, clumsy, up-and-down-hill, blotted, greasylooking letter almost certainly comes from an untidy house and a stupid girl,
whereas a neat, carefully-written epistle suggests just as surely the opposite.
In friendly letters our correspondents know something about us beforehand,
but in business we may be writing to perfect strangers, who can only judge of
us by the figure we cut on a sheet of note-paper. To secure prompt attention
and a polite reply, no plan works so well as putting good taste into the
appearance of letters. They are really a part of ourselves, and a girl should as
soon think of sending them marked with carelessness to either a friend or a
stranger as of going to make a call in a patched frock, a faded hat, and gloves
with holes.
An indispensable point in a business letter is to have the meaning quite clear.
It must say exactly what the writer intends, leaving nothing to be guessed at."""


def test_the_paragraph_after_a_run_together_line_that_stops_short_is_its_own() -> None:
    text = normalize(PAGE).text
    assert "simply worth nothing.\n\nOne great reason" in text
    assert "and of more than doubling their independence.\n\nNothing is done" in text
