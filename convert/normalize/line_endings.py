"""Line endings: every later pass sees LF only.

CRLF, a lone CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR all become LF; a paragraph separator
stands for a blank line. A NEL that is a cp1252 `…` read as Latin-1 is left for the mojibake pass.
"""

from __future__ import annotations

import re

from ..changes import Edit
from ..config import Config
from .context import Context
from .mojibake import mojibake_nels

# CRLF, lone CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (a paragraph separator is a blank line):
# the definition `fix_line_endings` finds by `str.find` (tests/normalize/test_line_endings.py)
LINE_ENDING_RE = re.compile("\r\n|\r|\u0085|\u2028|\u2029")
# a character every match of LINE_ENDING_RE holds: the first, and no other in any match
LINE_ENDINGS = "\r\u0085\u2028\u2029"


# the line ends a pass reading the file as read (`Context.origin`) takes for LF, one character
# each: a lone CR, LINE SEPARATOR, PARAGRAPH SEPARATOR (CR LF is read as it stands; a NEL may be
# the mojibake pass's `…`): the definition, which `lines_as_read` replaces in three steps
LONE_ENDING_RE = re.compile("\r(?!\n)|[\u2028\u2029]")
# a lone CR (a pattern that starts with a character is searched for as quickly as `str.find`,
# LONE_ENDING_RE's alternation is tried at every character)
LONE_CR_RE = re.compile("\r(?!\n)")


def lines_as_read(source: str) -> str:
    """`source` with each lone line end of `LONE_ENDING_RE` an LF, every offset kept: the file
    as read, as the passes that read it (`Context.origin`) look for its lines. They split at LF;
    a file of lone CRs was one line to them on a first run and many on a second (whose input is
    the first's output, LF only), so they decided otherwise and `normalize` was no fixed point
    (Hypothesis: `。\r本报记者 的`)."""
    if "\r" in source:  # first: a CR before a separator is a lone one
        source = LONE_CR_RE.sub("\n", source)
    return source.replace("\u2028", "\n").replace("\u2029", "\n")


def fix_line_endings(text: str, config: Config, context: Context) -> list[Edit]:
    """Every later pass sees LF only.

    The matches of LINE_ENDING_RE, found a character of LINE_ENDINGS at a time by `str.find`
    (a CR takes the LF after it) and sorted: the regex engine tests its class at every character
    of the text, `str.find` skips to the next one: 15.8 against 13.3 ms for the pass on the 2 MB
    bench text's 12,896 line endings (bench/README.md, "Normalizer speed: searches and the
    source map").

    >>> [e.after for e in fix_line_endings("a\\r\\nb\\u2029c", Config(), Context())]
    ['\\n', '\\n\\n']
    """
    if not any(ending in text for ending in LINE_ENDINGS):
        return []  # (every text after the first round: a search for each is far quicker)
    edits: list[Edit] = []
    append = edits.append
    # cp1252 "…" read as Latin-1: the mojibake pass repairs it
    ellipses = mojibake_nels(text, context.mojibake)
    kind, severity = "line-ending", "info"
    find = text.find
    for ending in LINE_ENDINGS:
        after = "\n\n" if ending == "\u2029" else "\n"
        start = find(ending)
        while start != -1:
            end = start + 2 if ending == "\r" and text.startswith("\n", start + 1) else start + 1
            if start not in ellipses:
                # `Edit(start, end, after, kind)`, made by `tuple.__new__`: the named tuple's
                # own `__new__` is a Python function, and a text of CRLF lines has an edit a line
                append(_new_edit(Edit, (start, end, after, kind, "", severity)))
            start = find(ending, end)
    edits.sort()  # (by start: no two start at one place)
    return edits


_new_edit = tuple.__new__
