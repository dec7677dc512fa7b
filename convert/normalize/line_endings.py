"""Line endings: every later pass sees LF only.

CRLF, a lone CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR all become LF; a paragraph separator
stands for a blank line. A NEL that is a cp1252 `…` read as Latin-1 is left for the mojibake pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, not_, sub

from ..changes import Edit
from ..config import Config
from .context import Context
from .mojibake import mojibake_nels

# CRLF, lone CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (a paragraph separator is a blank line).
LINE_ENDING_RE = re.compile("\r\n|\r|\u0085|\u2028|\u2029")
# a character every match of LINE_ENDING_RE holds, and what a line ending it starts becomes
LINE_ENDINGS = "\r\u0085\u2028\u2029"
REPLACEMENTS = {"\r": "\n", "\u0085": "\n", "\u2028": "\n", "\u2029": "\n\n"}


def fix_line_endings(text: str, config: Config, context: Context) -> list[Edit]:
    """Every later pass sees LF only: an edit for each match of LINE_ENDING_RE.

    >>> [e.after for e in fix_line_endings("a\\r\\nb\\u2029c", Config(), Context())]
    ['\\n', '\\n\\n']
    """
    spans: list[tuple[int, int, str]] = []
    for ending in LINE_ENDINGS:
        if ending in text:
            spans += _spans_of(text, ending)
    if not spans:
        return []  # (every text after the first round)
    if len(spans) > 1:
        spans.sort()  # (each character's spans are sorted: a merge of a few runs)
    fields: Iterable[tuple[int, int, str, str, str, str]]
    fields = map(add, spans, repeat(("line-ending", "", "info")))  # (tuples joined)
    # cp1252 "…" read as Latin-1: the mojibake pass repairs it
    ellipses = mojibake_nels(text, context.mojibake)
    if ellipses:
        starts = map(itemgetter(0), spans)
        fields = compress(fields, map(not_, map(ellipses.__contains__, starts)))
    # `Edit(start, end, after, kind)`, made by `tuple.__new__`: the named tuple's own `__new__`
    # is a Python function, and a text of CRLF lines has an edit a line
    return list(map(_new_edit, repeat(Edit), fields))


def _spans_of(text: str, ending: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement) of the line endings that start with the character `ending`,
    found without a Python step for each (the regex engine tries an alternation or a class at
    every character of the text, several times slower than `str.split` cuts it): the lengths of
    the pieces between them, summed, give their places; a CR before a LF ends the line with it."""
    pieces = text.split(ending)
    # the i-th ending is at the sum of (length + 1) of the pieces up to the i-th, less one
    starts = list(map(sub, accumulate(map(add, map(len, pieces[:-1]), repeat(1))), repeat(1)))
    if ending == "\r":
        # a CR followed by a LF (the piece after it starts with one): CRLF, one character more
        ends = map(add, map(add, starts, repeat(1)), map(str.startswith, pieces[1:], repeat("\n")))
    else:
        ends = map(add, starts, repeat(1))
    return zip(starts, ends, repeat(REPLACEMENTS[ending]))


_new_edit = tuple.__new__
