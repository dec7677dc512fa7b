"""A Project Gutenberg book as published: its header and its licence are no part of the book.

Project Gutenberg wraps every plain-text book in a header (title, author, dates and a notice of
the licence, closed by `*** START OF THIS PROJECT GUTENBERG EBOOK … ***`) and a footer (from
`End of the Project Gutenberg EBook of …` and `*** END OF … ***` through the full licence). Read
as plain text, the header's first line was taken for the book's title and the licence became the
book's last hundred paragraphs. Here the title is the header's `Title:` field, the body is what
lies between the two marker lines, and the header and the footer are kept whole, word for word,
as the document's licence (JATS `permissions/license`): they are the terms the file is published
under, which an archive keeps with the work rather than in it. The production credit after the
START line (`Produced by Susan Skinner and the Online Distributed Proofreading Team`) goes with
the header: it credits the e-text's volunteers, not the book's authors, the footer repeats it,
and JATS has no better place for it in Galley's profile (`contrib` wants names, `ack` is the
authors' own acknowledgements).
"""

from __future__ import annotations

import re
from typing import NamedTuple

START_RE = re.compile(r"\*{3}\s*START OF (?:THIS|THE) PROJECT GUTENBERG E-?BOOK\b[^*]*\*{3}", re.I)
END_RE = re.compile(r"\*{3}\s*END OF (?:THIS|THE) PROJECT GUTENBERG E-?BOOK\b[^*]*\*{3}", re.I)
# the footer's first line, a block or two before the END line
END_NOTE_RE = re.compile(r"End of (?:the|this) Project Gutenberg", re.I)
END_NOTE_BEFORE = 3
# the `Title:` field, up to the next field (the repairs may have run a short header's fields
# into one paragraph: `Title: Emma Author: Jane Austen`)
TITLE_RE = re.compile(
    r"Title:\s*(?P<title>\S.*?)\s*(?=(?:Author|Editor|Translator|Illustrator|Release Date"
    r"|Posting Date|Last Updated|Language|Character set encoding|Produced by)\b[^:\n]{0,20}:|$)",
    re.S,
)
# Project Gutenberg's credit to the volunteers who made the e-text, the first block after the
# START line; the footer repeats it
CREDIT_RE = re.compile(r"(?:This e-?text was )?(?:Produced|Prepared|Transcribed) by\b", re.I)
# the header is a score of short blocks: a START line further down is the book quoting one
MAX_HEADER_BLOCKS = 40


class Gutenberg(NamedTuple):
    title: str  # "" when the header has no `Title:` field
    body: list[str]
    licence: tuple[str, ...]  # the header, then the footer, block by block


def split_gutenberg(texts: list[str]) -> Gutenberg | None:
    """The book inside a Project Gutenberg file's blocks, or None for any other text.

    >>> book = split_gutenberg(["The Project Gutenberg EBook of Emma", "Title: Emma",
    ...     "*** START OF THIS PROJECT GUTENBERG EBOOK EMMA ***", "EMMA", "Chapter I",
    ...     "End of the Project Gutenberg EBook of Emma", "*** END OF THIS PROJECT GUTENBERG EBOOK EMMA ***",
    ...     "THE FULL PROJECT GUTENBERG LICENSE"])
    >>> book.title, book.body, len(book.licence)
    ('Emma', ['EMMA', 'Chapter I'], 6)
    """
    start = next(
        (i for i, text in enumerate(texts[:MAX_HEADER_BLOCKS]) if START_RE.search(text)), None
    )
    if start is None:
        return None
    end = next(
        (i for i in range(len(texts) - 1, start, -1) if END_RE.search(texts[i])), len(texts)
    )
    foot = end
    for index in range(end - 1, max(start, end - END_NOTE_BEFORE - 1), -1):
        if END_NOTE_RE.match(texts[index]):
            foot = index
    title = next((m.group("title") for t in texts[:start] if (m := TITLE_RE.search(t))), "")
    head = start + 1
    if head < foot and CREDIT_RE.match(texts[head]):
        head += 1  # the credit (`Produced by Anonymous Volunteers`) is the header's, not the book's
    return Gutenberg(" ".join(title.split()), texts[head:foot], (*texts[:head], *texts[foot:]))
