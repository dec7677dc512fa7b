"""Spaces next to full-width punctuation in Chinese text: `来自某书。 这是` becomes `来自某书。这是`.

Full-width marks carry their own spacing, so a space beside one is always extra: it comes from
pasting, from a word processor's "two spaces after a full stop" habit, or from a line break a
converter turned into a space. Only spaces with a full-width mark on one side and a wide
character (Han, kana, full-width punctuation) on the other go; a space between two Han
characters is left alone, since it can be deliberate (names in a byline: `张晶 边磊`).

Run for rich inputs (`normalize.runs.RICH_PASSES`), where readers turn such damage into exactly
this single space. Text input does not run it yet: its effect on the text sets of
bench/README.md has not been measured.
"""

from __future__ import annotations

import re

from ..changes import Edit
from ..chars import is_wide
from ..config import Config
from .context import Context

# full-width punctuation: CJK symbols and punctuation, and the full-width forms' marks
FULLWIDTH_MARKS = "。，、；：！？…—·（）《》〈〉「」『』【】〔〕“”‘’"
SPACES_RE = re.compile(r"[ \t\u00a0\u3000]+")


def remove_spaces_by_fullwidth_marks(text: str, config: Config, context: Context) -> list[Edit]:
    """Spaces between a full-width mark and a wide character removed.

    >>> text = "书。 这是 a。 b “桥”  这 “yes.” Then"
    >>> [(e.start, e.end) for e in remove_spaces_by_fullwidth_marks(text, Config(), Context())]
    [(2, 3), (14, 16), (17, 18)]
    """
    edits: list[Edit] = []
    for match in SPACES_RE.finditer(text):
        start, end = match.span()
        if start == 0 or end == len(text):
            continue
        before, after = text[start - 1], text[end]
        # curly quotes count as full width only here, beside a wide character
        if (before in FULLWIDTH_MARKS and (is_wide(after) or after in FULLWIDTH_MARKS)) or (
            after in FULLWIDTH_MARKS and is_wide(before)
        ):
            edits.append(Edit(start, end, "", "cjk-space", "space beside a full-width mark"))
    return edits
