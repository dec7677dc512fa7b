"""English typeset pages: what a flush page's lines and `pdftotext`'s closed-up rows say.

Rules for a text set in a known face (`Widths.face`: a typeset page `pdftotext` read), each
measured on bench/english_books.py's tuning half (bench/README.md, "English books typeset and
extracted: the flush and federalist rows"):

* `clearly_short`: a line that finishes a sentence with room to spare for the next word ends
  its paragraph, whatever the next line's width says of an indent (`decide._flush`);
* `indent_tells`: an indent too narrow to tell a first line from a wrap by its width;
* `spaced_rows`: a row of asterisks printed with spaces, which `pdftotext` closes up;
* `opens_note`: a line that opens on a footnote's number after a sentence's end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...blocks import Block
from ...changes import Edit
from .measure import LINE_SPACES, Widths, with_next_word

# a line and the next word that fit in this share of the measure left room a wrap never leaves
CLEAR_ROOM = 0.8


def clearly_short(line: str, next_line: str, widths: Widths) -> bool:
    """A Latin line that, with the next line's first word after it, fills no more than
    `CLEAR_ROOM` of the measure: the writer ended it, even where the next line is too wide to
    have been indented (`decide._flush` would call the break a wrap).

    `_flush` rests on the indent learnt for the text (`typeface.learn_indent`), and on a page
    set flush (no indent, space between paragraphs) justification's slack can pass for one:
    0.62 em on prejudice-023 (WeasyPrint, DejaVu Sans, 93 mm), 0.71 em on federalist-078
    (LibreOffice, 106 mm), where every next line is full and `“Not one.”` / `“That is very
    strange…` ran together. Evidence (bench/english_books.py and the English layouts of
    bench/accuracy_extracted.py, tuning halves: every break after a sentence's end where `_flush`
    fires, against the truth): line and next word fill 0.20, 0.35 and 0.56 of the measure at the
    3 paragraph ends, 0.95 or more at all 239 wraps (a wrap's next word does not fit: the face's
    estimate errs by a few per cent). So too after an abbreviation's full stop, which
    `decide.paragraph_ends_here` reads as a wrap (`said Mrs.` / `Bennet`): the same sets hold
    263 such lines in a face before a capital, a quotation or a bracket: the one clearly short a
    paragraph's end (`…"For Lilias," etc.` / `[Illustration: …`, paper-000), none of the 261
    wraps clearly short.
    """
    words = next_line.split(maxsplit=1)
    if not words or not widths.latin:
        return False
    return widths.width(with_next_word(line, next_line)) <= widths.latin * CLEAR_ROOM


# the least indent (ems) whose width test tells a paragraph's first line from a wrap
MIN_TELLING_INDENT = 0.75


def indent_tells(widths: Widths) -> bool:
    """Whether the indent learnt for the text (`typeface.learn_indent`) is wide enough for a
    line's width to tell a paragraph's indented first line from a wrap (`decide._flush`:
    wider than the measure less half the indent, it opens no paragraph).

    A page set flush has no indent, but justification's slack passes for one: 0.46, 0.47,
    0.62 and 0.71 em learnt on the flush pages of bench/english_books.py and
    bench/english_office_flush.py (tuning files), where the test then joined speeches
    (`…if you really liked him.”` / `“I do, I do like him,” she replied…`). Half such an
    indent is under 0.4 em, inside the face estimate's error. True indents were learnt at
    0.63 to 2.45 em in the same sets and at 1.11 to 1.94 in the English layouts of
    bench/accuracy_extracted.py; under 0.75 only prejudice-038 (1 em read 0.63), whose text
    the test does not change. Off under `MIN_TELLING_INDENT`: english_office_flush 4 breaks
    right (3 speeches), none wrong; english_books, en-word and en-weasy texts unchanged.
    """
    return widths.indent >= MIN_TELLING_INDENT


# a note's number, a space and a capital: `2 De Lolme.`, `1 See CATO, No. V.`
NOTE_RE = re.compile(r"\d{1,3} [A-Z]")


def opens_note(next_line: str) -> bool:
    """After a line that finishes a sentence, a line that opens on a number, a space and a
    capital is a footnote (or a numbered item): it opens a paragraph, even after a full line
    (`…their resolutions do not bind him.` / `2 De Lolme.`, federalist-070).

    A sentence does not open on a bare numeral in these books. Evidence: the English corpus
    (the three Gutenberg books), every source line after one that ends a sentence: 48
    paragraphs open so and no line inside a paragraph does; bench/english_books.py's tuning
    half, every such break: 34 paragraph ends (33 already ended, by the width), no wrap.
    Asked only of a typeset text in a known face (the caller's `Widths.face`).
    """
    return NOTE_RE.match(next_line) is not None


# a row of four asterisks or more, closed up (`***`, typed so in the corpus, is left alone)
CLOSED_ROW_RE = re.compile(r"\*{4,}")
NOTE = "a row of asterisks pdftotext closed up: spaced as printed"


def spaced_rows(blocks: Sequence[Block]) -> list[Edit]:
    """Rows of asterisks alone on their line (`*****`), spaced again (`* * * * *`).

    LibreOffice prints a scene break `* * * * *` as five asterisks a space apart
    (`pdftotext -bbox` of prejudice-036: 2.3 pt between glyphs, a space of Liberation Serif
    9.5 pt being 2.4), and `pdftotext`'s default mode closes the row up: bench/english_books.py's
    tuning half, 4 scene breaks of 3 P&P chapters read `*****`. The corpus (/work/shared/corpus)
    writes 12 rows spaced and none of four or more closed up (`***` four times, typed so, and a
    row that short is not touched). Asked only of a typeset text (the caller's `Widths.face`).
    """
    edits: list[Edit] = []
    for block in blocks:
        if "****" not in block.text:
            continue
        at = block.start
        for line in block.text.split("\n"):
            row = line.strip(LINE_SPACES)
            if CLOSED_ROW_RE.fullmatch(row):
                start = at + line.index(row)
                edits.append(Edit(start, start + len(row), " ".join(row), "unwrap", NOTE))
            at += len(line) + 1
    return edits
