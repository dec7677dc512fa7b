"""The mojibake pass: repair each run of mojibake; flag every character already lost.

Every U+FFFD left in the text (the reader turns invalid UTF-8 bytes into it; an earlier lossy
decoding left it) is flagged as an error: a character is missing and only the original has it.
"""

from __future__ import annotations

import re
from itertools import repeat

from ...changes import Edit
from ...config import Config
from ..context import Context
from .common import REPLACEMENT, overlaps
from .utf8_as_gbk import GARBLED_FFFD


def repair_mojibake(text: str, config: Config, context: Context) -> list[Edit]:
    """Repair each run of mojibake; flag every character already lost.

    >>> [(e.after, e.kind) for e in repair_mojibake("ä¸­æ–‡ 浣犲ソ ÄãºÃ", Config(), Context())]
    [('中文', 'utf8-as-latin1'), ('你好', 'utf8-as-gbk'), ('你好', 'gbk-as-latin1')]
    """
    repairs = context.mojibake(text)
    # a `Repair` holds an `Edit`'s fields in its order: made into one by `tuple.__new__`
    edits: list[Edit] = list(map(_new_edit, repeat(Edit), repairs))
    for pattern, message in (
        (
            f"{REPLACEMENT}{REPLACEMENT}*",  # not `+`: a pattern that starts with a character is
            # searched for quickly, one that starts with a repeat is tried at every position
            "replacement character: lost before Galley saw the text (or bytes "
            "that were invalid in the file's encoding): restore it from the original",
        ),
        (GARBLED_FFFD, "锟斤拷: characters lost (U+FFFD written as UTF-8, then read as GBK)"),
    ):
        if pattern[0] not in text:
            continue  # most texts: one search in C instead of a regex scan
        for match in re.finditer(pattern, text):
            if not overlaps(repairs, *match.span()):
                edits.append(Edit(*match.span(), match.group(), "lost-character", message, "error"))
    return sorted(edits, key=lambda e: e.start)


_new_edit = tuple.__new__
