"""English titles and subtitles set as lines of their own, above a capital.

An essay's or a chapter's front (The Federalist: `The Utility of the Union in Respect to
Commercial Relations and a Navy`, `(Concerning Dangers From Foreign Force and Influence)`, then
`For the Independent Journal.`) has lines in title case that end no sentence; the unwrap and
layout passes read such a line as a paragraph cut short and ran the next line (the dateline,
the salutation) into it. A line of prose is in title case only when it is a few words long
(`Mr. Darcy`, a name), so three words or more are asked for, and the last must not be one of the
small words a title never ends with (`…Structure of the New Government and the` is a title's
first line: its second continues it). Evidence: bench/english_books.py, tuning half: 18 of 51
Federalist essays ran their title or subtitle into the dateline; bench/README.md, "English books:
front matter and WeasyPrint rows (issue 12)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..headings import TITLE_SMALL_WORDS, is_title_case_line

# a title's fewest words (two capitalised words are as often a name ending a line of prose)
MIN_TITLE_WORDS = 3


def is_latin_title(text: str) -> bool:
    """A line in title case, of three words or more, not ending on a small word; in brackets or
    not.

    >>> is_latin_title("The Utility of the Union in Respect to Commercial Relations and a Navy")
    True
    >>> is_latin_title("(Concerning Dangers From Foreign Force and Influence)")
    True
    >>> is_latin_title("The Particular Structure of the New Government and the")
    False
    >>> is_latin_title("said Miss Bingley")
    False
    >>> is_latin_title("The Same Subject Continued (The House of Representatives)")
    True
    """
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1]
    text = _subtitle_unbracketed(text)
    if text[-1:] == ",":
        return False
    if text[:1] not in TITLE_FIRSTS:
        return False  # cheap: most lines open otherwise
    if text.upper() == text:
        return False  # in capitals: `in_capitals`'s, not this rule's (`THE DIRECTION OF THE`)
    words = text.split()
    if len(words) < MIN_TITLE_WORDS or words[-1].casefold() in TITLE_SMALL_WORDS:
        return False
    # (a comma inside a title: `The Same Subject Continued, and the Incoherence of…`)
    return is_title_case_line(text.replace(",", "") if "," in text else text)


TITLE_FIRSTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def title_ends(before: Sequence[str], line: str, next_line: str, short: bool) -> bool:
    """The paragraph so far (`before`, then `line`) is a title that ends at `line`: the next
    line opens with a capital, and the line stops short of the measure (`short`) or closes the
    bracket the title opened (`(Concerning Dangers from Dissensions Between the States)` fills
    a narrow measure). A title's first line that fills the measure and ends on a capitalised word
    (`…the Distribution of the Judicial` / `Authority`) is neither, and is joined. A title runs
    to `MAX_TITLE_LINES` lines at most.

    A salutation in title case, a line of its own ending on a colon (`To the People of the
    State of New York:`), ends there whatever its length: no wrapped line of prose is in title
    case and stops at a colon (3 of the 51 tuning Federalist essays ran it into the first
    paragraph, `ALTHOUGH I am of opinion…`). A line in title case that stops short ends there
    too where the paragraph so far is no title because a heading was run into it
    (`FEDERALIST No. 50` / `Periodical Appeals to the People Considered`: one tuning essay,
    whose blank-line paragraphs make every break inside a block a wrap). A line opening a
    paragraph ends it, short or not, where it is a series' label and number above a title
    (`numbered_heading`), or a title above a line opening a bracket with a capital, its subtitle
    (`The Same Subject Continued` / `(Concerning the Power of Congress`: federalist-060, tuning,
    WeasyPrint at 77 mm, where the subtitle's first word could not fit beside the title, so the
    title filled the measure; no line of prose that opens its paragraph is in title case).

    >>> title_ends([], "(Concerning the General Power of Taxation)", "From the Daily…", False)
    True
    >>> title_ends([], "The Judiciary Continued, and the Distribution of the Judicial",
    ...     "Authority", False)
    False
    >>> title_ends([], "To the People of the State of New York:", "ALTHOUGH I am…", False)
    True
    >>> title_ends(["(Concerning Dangers From Foreign Force and Influ\u2010"], "ence)",
    ...     "For the Independent Journal.", True)
    True
    >>> title_ends(["(The Insufficiency of the Present Confederation to Preserve the"], "Union)",
    ...     "For the Independent Journal.", True)
    True
    """
    if next_line[:1] == "(" and next_line[1:2].isupper():
        # a title above its subtitle in brackets: `The Same Subject Continued` /
        # `(Concerning the Power of Congress`, which a narrow measure could not take beside it
        return not before and is_latin_title(line)
    if not next_line[:1].isupper() or len(before) >= MAX_TITLE_LINES:
        return False
    if not before and short and numbered_heading(line, next_line):
        return True  # `FEDERALIST No. 50` / `Periodical Appeals to the People Considered`
    if not before and line[-1:] == ":":
        return is_latin_title(line[:-1])  # a salutation, `To the People of the State of…:`
    title = _joined([*before, line]) if before else line
    if not is_latin_title(title):
        # (a title under a heading it was run into: `FEDERALIST No. 50` / `Periodical Appeals…`)
        return short and bool(before) and is_latin_title(line)
    closed = title[-1:] == ")" and (title[:1] == "(" or " (" in title)  # (its subtitle's too)
    return short or closed


def numbered_heading(line: str, next_line: str) -> bool:
    """A series' label and number on a line of their own (`FEDERALIST No. 41`, `Letter IV`)
    above a title's line in title case, three words or more (its last may be a small word the
    title's second line goes on from: `General View of the Powers Conferred by The`).

    Where blank lines mark the paragraphs, every break inside a block is read as a wrap, and
    the label ran into the title under it: 2 of bench/english_books.py's 18 flush tuning files
    (WeasyPrint, `FEDERALIST No. 50 Periodical Appeals…`). A line of prose that opens its
    paragraph is long, never a label and a number; the caller asks that the line stop short.

    >>> numbered_heading("FEDERALIST No. 50", "Periodical Appeals to the People Considered")
    True
    >>> numbered_heading("FEDERALIST No. 50", "In the last paper, the writer…")
    False
    >>> numbered_heading("It cost them 50", "Periodical Appeals to the People Considered")
    False
    """
    if NUMBERED_HEADING_RE.fullmatch(line) is None:
        return False
    words = _subtitle_unbracketed(next_line).split()
    while words and words[-1].casefold() in TITLE_SMALL_WORDS:
        words.pop()  # (the title goes on in its next line)
    return len(words) >= MIN_TITLE_WORDS and is_title_case_line(" ".join(words))


# a label of one or two capitalised words, `No.` or not, and an Arabic or Roman number
NUMBERED_HEADING_RE = re.compile(
    r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? (?:No\. ?)?(?:[0-9]{1,4}|[IVXLC]{1,7})\.?"
)


def _joined(lines: Sequence[str]) -> str:
    """The lines as one, a word hyphenated at a line end closed up (`…and Influ‐` / `ence)`)."""
    out = ""
    for text in lines:
        text = text.strip()
        if out[-1:] in HYPHENS and out[-2:-1].isalpha():
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return out


HYPHENS = "-\u2010"
# a title set over more lines than this is prose
MAX_TITLE_LINES = 3


# a title's subtitle in brackets after it, closed or going on in the next line: `The Same Subject
# Continued (The House of Representatives)`, `The Same Subject Continued (The Powers Conferred
# by the`
BRACKETED_TAIL_RE = re.compile(r" \(([A-Z][^()]*)\)?$")


def _subtitle_unbracketed(text: str) -> str:
    """The title with its bracketed subtitle's brackets taken off, for the title-case test.

    The Federalist titles three of its essays so (the corpus's Gutenberg text: `The Same
    Subject Continued (The House of Representatives)` on one line, two over two lines), and a
    typeset page sets such a title on one line where the measure allows: bench/english_weasy_flush.py
    and bench/english_office_flush.py (tuning) ran it into its label above and its dateline
    under it (`FEDERALIST No. 53 The Same Subject Continued (The House of Representatives) From
    the New York Packet.…`).

    >>> _subtitle_unbracketed("The Same Subject Continued (The House of Representatives)")
    'The Same Subject Continued The House of Representatives'
    >>> _subtitle_unbracketed("it was (as I said) late")
    'it was (as I said) late'
    """
    return BRACKETED_TAIL_RE.sub(r" \1", text) if "(" in text else text
