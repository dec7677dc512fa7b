"""Whether an English text writes dialogue, or only quotes: what a quotation at a full line says.

A novel sets each speech as a paragraph of its own, so a speech that closes with its sentence is
followed by a line that opens the next one (`…without help."` / `"Oh! my dear…`); a text that
only quotes (an essay citing a law, a letter, an author) never does, and there a quotation that
opens after a colon runs on inside the paragraph far more often than it opens one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .measure import Widths

OPENING_QUOTES = '"“‘'
SPEECH_CLOSES = ('."', '!"', '?"', ".”", "!”", "?”")
QUOTATION_MARKS = '"“”'  # (a straight mark opens and closes alike)
# a line that closes a speech with its sentence, then (blank lines between or not) a line that
# opens a quotation
SPEECH_AFTER_SPEECH_RE = re.compile(r"[.!?][\"”][^\S\n]*\n\s*[\"“]")
# the speeches set one after another a text needs, and at least one per this many characters
# of it, to write dialogue (a long essay's lines may meet so by chance now and then)
MIN_EXCHANGES = 2
CHARS_PER_EXCHANGE = 25_000


def writes_dialogue(block_lines: Sequence[Sequence[str]]) -> bool:
    """Whether the text sets one speech after another: a line that closes a quotation with its
    sentence, then a line that opens one.

    Evidence (bench/clean_text.py's Gutenberg books as published, every two paragraphs in a
    row): Pride and Prejudice does so 830 times (6.8 per 1,000 words), The Girl's Own Paper 26
    (1.5), The Federalist, which quotes laws and authors but writes no dialogue, never. Read
    through `pdftotext` (bench/english_books.py's tuning files, where a line's end inside a
    paragraph may meet so too): every Federalist essay once at most, 28 of 30 Pride and
    Prejudice chapters three times or more (the other two: a letter, a chapter of few
    speeches), four of five Girl's Own Paper pieces.
    """
    exchanges = chars = 0
    for lines in block_lines:
        block = "\n".join(lines)
        chars += len(block)
        if '"' in block or "”" in block:
            exchanges += len(SPEECH_AFTER_SPEECH_RE.findall(block))
    return exchanges >= MIN_EXCHANGES and exchanges * CHARS_PER_EXCHANGE >= chars


def quoted_paragraphs(block_lines: Sequence[Sequence[str]]) -> frozenset[str]:
    """The lines that open a quotation after a colon and whose next quotation mark opens a line:
    a quotation set as paragraphs of its own (English marks each one's opening, closes only the
    last), so the colon before it ends a paragraph (`…the following discourse:` / `"The project
    of disciplining…` / … `…once or twice in the course of a year.` / `"But though…`).

    Evidence, The Federalist as bench/accuracy_english.py sets it (one flush text, no held-out
    half): of 21 quotations after a colon, the 20 that go on in their paragraph close inside it
    (15 to 1,394 characters on), the one after a paragraph's end runs on past it (1,411
    characters to the next paragraph's opening mark).
    """
    quoted: set[str] = set()
    for lines in block_lines:
        previous, pending = "", ""
        for raw in lines:
            line = raw.strip()
            if pending and line[:1] in OPENING_QUOTES:
                quoted.add(pending)
            if previous.endswith(":") and line[:1] in OPENING_QUOTES:
                # (one line long: a mark later on it closes the quotation)
                pending = "" if any(mark in line[1:] for mark in QUOTATION_MARKS) else line
            elif any(mark in line for mark in QUOTATION_MARKS):
                pending = ""
            previous = line
    return frozenset(quoted)


def new_speech(line: str, next_line: str, widths: Widths, quoting: bool) -> bool:
    """A finished sentence, then a new quotation; or a finished quotation, then a new sentence:
    English dialogue sets each speech, and what follows it, as a paragraph.

    `quoting`: the text writes no dialogue (`writes_dialogue`); there a quotation that opens
    the next line after a full line ending in a colon is a citation going on (the widths
    decide, as at any full line: a wrap). Evidence, The Federalist's own text
    (bench/clean_text.py's truth), every colon before a quotation: 1 paragraph end, 27
    quotations going on in their paragraph; in the PDFs of bench/english_books.py,
    english_weasy_flush.py and english_office_flush.py (tuning files), every full line where
    this said a paragraph ends after a colon: 3 wraps (`…in these words:` / `"As standing
    armies…`, `…extracts from it:` / `"An entire…`, `…says:` / `"Were I to give…`), no end.
    After a sentence's end the same text goes on less clearly (12 : 60), and read as one
    book through bench/accuracy_english.py a wider rule lost more ends than it mended wraps.
    """
    if next_line[:1] in OPENING_QUOTES:
        return not (quoting and line[-1:] == ":") or widths.is_short(line, next_line)
    return line.endswith(SPEECH_CLOSES) and next_line[:1].isupper()
