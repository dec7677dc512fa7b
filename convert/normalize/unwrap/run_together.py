"""The last printed line of a line `pdftotext` ran together with the next.

Where a printed line ends in `-`, `pdftotext` (its default mode) takes the hyphen out and runs
the next printed line on (`dehyphenated`): the text shows one line about twice the measure. The
break after it is the second printed line's, and that line may be short: a paragraph's last
line (`…their knowledge-those who know nothing being simply worth nothing.` / `One great reason
…`, printed `knowledge--` / `those who … nothing.`). Judged as one line the whole passes the
measure, reads full, and the paragraph runs into the next.
"""

from __future__ import annotations

import re

from ...chars import WIDE_RUNS_RE
from .measure import Widths

# a line this much wider than the measure is two printed lines run together (`dehyphenated`)
RUN_TOGETHER = 1.02
TOKEN_RE = re.compile(r"\S+")


def last_printed(line: str, widths: Widths) -> str:
    """`line`, or where it is two printed Latin lines run together, its second from the word
    that passes the measure on (the printed line broke in that word or before it, so the part
    is never shorter than the printed line: a break judged on it ends a paragraph only where
    the printed line did stop short).

    Evidence: bench/english_books.py's tuning half, every run-together line before a break
    (`…of all the rest of the society?` / `If this partiality…`, `…simply worth nothing.` /
    `One great reason…`, `…Vive la France!'` / `"She then fell…`): bench/README.md, "English
    books, indented pages: the break after two printed lines run together" (issue 12).
    """
    if not widths.latin or widths.monospace or WIDE_RUNS_RE.search(line):
        return line  # (a line with Han or kana in it: no Latin lines run together)
    if widths.width(line) <= widths.latin * RUN_TOGETHER:
        return line
    width, end = 0.0, 0  # (the line's width to `end`, summed a word at a time: one walk)
    for token in TOKEN_RE.finditer(line):
        width += widths.width(line[end : token.end()])
        if width > widths.latin:
            return line[token.start() :]
        end = token.end()
    return line
