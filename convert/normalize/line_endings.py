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

# CRLF, lone CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (a paragraph separator is a blank line).
LINE_ENDING_RE = re.compile("\r\n|\r|\u0085|\u2028|\u2029")
# a character every match of LINE_ENDING_RE holds
LINE_ENDINGS = "\r\u0085\u2028\u2029"


def fix_line_endings(text: str, config: Config, context: Context) -> list[Edit]:
    """Every later pass sees LF only.

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
    for match in LINE_ENDING_RE.finditer(text):
        start, end = match.span()
        if start in ellipses:
            continue
        # `Edit(start, end, after, kind)`, made by `tuple.__new__`: the named tuple's
        # own `__new__` is a Python function, and a text of CRLF lines has an edit a line
        after = "\n\n" if text[start] == "\u2029" else "\n"
        append(_new_edit(Edit, (start, end, after, kind, "", severity)))
    return edits


_new_edit = tuple.__new__
