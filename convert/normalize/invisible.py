"""Invisible characters that copy-paste and PDF extraction leave behind.

They break searching, line breaking and the later passes' view of who is next to whom, and an
editor cannot see them to delete them by hand.
"""

from __future__ import annotations

import re

from ..changes import Edit
from ..chars import is_wide
from ..config import Config

# Zero-width space, non-joiner, joiner, word joiner, BOM used as ZWNBSP, soft hyphen, controls
# (tab, LF and form feed excepted), C1 controls (NEL is a line ending, handled before).
INVISIBLE_RE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x84\x86-\x9f]|\u00a0+"
)


REMOVED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad") | frozenset(
    chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]
)


def _visible_neighbour(text: str, pos: int, step: int) -> str:
    """The neighbour this pass leaves in place (other invisible characters are going away)."""
    while 0 <= pos < len(text) and text[pos] in REMOVED:
        pos += step
    return text[pos] if 0 <= pos < len(text) else ""


def _is_emoji(ch: str) -> bool:
    code = ord(ch) if ch else 0
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF or code == 0xFE0F


def _edit_for(text: str, match: re.Match[str]) -> Edit | None:
    ch = match.group()
    start, end = match.span()
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if ch == "\u200d" and _is_emoji(before) and _is_emoji(after):
        return None  # a ZWJ inside an emoji sequence (family, flags) is meaningful
    if ch == "\u00ad":
        if after == "\n":  # a soft hyphen at a line end marks a hyphenation point: join the word
            return Edit(start, end + 1, "", "soft-hyphen-break", "hyphenation point joined")
        return Edit(start, end, "", "soft-hyphen")
    if ch == "\x0c":
        return Edit(start, end, "\n\n", "form-feed", "page break became a block break")
    if ch == "\x0b":
        return Edit(start, end, "\n", "vertical-tab")
    if ch.startswith("\u00a0"):
        if is_wide(_visible_neighbour(text, start - 1, -1)) or is_wide(
            _visible_neighbour(text, end, 1)
        ):
            return Edit(start, end, " ", "nbsp", "no-break space between CJK text became a space")
        return None
    if ch == "\ufeff":
        return Edit(start, end, "", "stray-bom", "byte-order mark inside the text")
    if ch in "\u200b\u200c\u200d\u2060":
        return Edit(start, end, "", "zero-width", f"U+{ord(ch):04X} removed")
    return Edit(start, end, "", "control", f"control character U+{ord(ch):04X} removed")


def remove_invisible(text: str, config: Config) -> list[Edit]:
    edits: list[Edit] = []
    last_end = 0
    for match in INVISIBLE_RE.finditer(text):
        if match.start() < last_end:
            continue
        edit = _edit_for(text, match)
        if edit is not None:
            edits.append(edit)
            last_end = edit.end
    return edits
