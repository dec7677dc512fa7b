"""Invisible characters that copy-paste and PDF extraction leave behind.

They break searching, line breaking and the later passes' view of who is next to whom, and an
editor cannot see them to delete them by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import chain

from ..changes import Edit
from ..changes.model import Severity
from ..chars import is_wide
from ..config import Config
from .context import Context
from .incremental import cut_stretches
from .mojibake import SpanIndex
from .mojibake.spans import SPANS_CUT
from .mojibake.utf8_as_latin1 import MAX_CONTINUATION, cut_head

# Zero-width space, non-joiner, joiner, word joiner, BOM used as ZWNBSP, soft hyphen, controls
# (tab, LF and form feed excepted), C1 controls (NEL is a line ending, handled before).
INVISIBLE_RE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\ufffe\uffff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x84\x86-\x9f]|\u00a0+"
)
# where a match of INVISIBLE_RE starts: one character class, which the regex engine scans for
# faster than the alternation
INVISIBLE_START_RE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\ufffe\uffff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x84\x86-\x9f\u00a0]"
)


# the same matches found by one search: a character of the start class, then, if that was a
# no-break space (looking back at it), the no-break spaces after it (`_invisible_matches`)
INVISIBLE_FIND_RE = re.compile(INVISIBLE_START_RE.pattern + "(?:(?<=\u00a0)\u00a0*)?")


def _invisible_matches(text: str) -> Iterator[re.Match[str]]:
    """`INVISIBLE_RE.finditer(text)`: the alternation is tried at every character, a pattern
    that starts with one character class is searched for quickly."""
    return INVISIBLE_FIND_RE.finditer(text)


REMOVED = frozenset("\u200b\u200c\u200d\u2060\ufeff\ufffe\uffff\u00ad") | frozenset(
    chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]
)


def _visible_neighbour(text: str, pos: int, step: int) -> str:
    """The neighbour this pass leaves in place (other invisible characters are going away)."""
    while 0 <= pos < len(text) and text[pos] in REMOVED:
        pos += step
    return text[pos] if 0 <= pos < len(text) else ""


# Scripts whose spelling uses ZWNJ/ZWJ between letters: Arabic (and Persian, Urdu), Syriac, the
# Indic scripts, Sinhala, Myanmar.
JOINING_SCRIPT_RE = re.compile(
    "[\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u0900-\u0dff\u1000-\u109f\ufb50-\ufdff\ufe70-\ufeff]"
)


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
    if ch in "\u200c\u200d" and JOINING_SCRIPT_RE.match(before) and JOINING_SCRIPT_RE.match(after):
        return None  # Persian می‌خواهم, Hindi क्‍ष: the (non-)joiner is spelling, not an artifact
    if ch == "\u00ad":
        # a soft hyphen at a line end marks a hyphenation point: join the word; beside a CJK
        # character (before it, or opening the next line) it marks nothing (CJK lines break
        # anywhere), and the line break stays for the unwrap pass, which decides it with the
        # measure of the other lines
        if (
            after == "\n"
            and not is_wide(_visible_neighbour(text, start - 1, -1))
            and not is_wide(_visible_neighbour(text, end + 1, 1))  # `计划",` / `为中非…`
        ):
            return Edit(start, end + 1, "", "soft-hyphen-break", "hyphenation point joined")
        return Edit(start, end, "", "soft-hyphen")
    if ch == "\x0c":
        return None  # a page break: the page-furniture pass removes it with what surrounds it
    if ch == "\x0b":
        return Edit(start, end, "\n", "vertical-tab")
    if ch.startswith("\u00a0"):
        if (start == 0 or text[start - 1] == "\n") and after not in ("\n", ""):
            # no-break spaces indenting a line (a web page's `&nbsp;&nbsp;`): an indentation
            # the unwrap pass reads as a paragraph start, as it reads ASCII or full-width ones
            return Edit(
                start, end, " " * len(ch), "nbsp-indent", "no-break spaces indenting a line"
            )
        if is_wide(_visible_neighbour(text, start - 1, -1)) or is_wide(
            _visible_neighbour(text, end, 1)
        ):
            return Edit(start, end, " ", "nbsp", "no-break space between CJK text became a space")
        return None
    if ch in "\ufffe\uffff":
        return Edit(
            start,
            end,
            "",
            "noncharacter",
            f"U+{ord(ch):04X} is not a character (XML cannot hold it)",
        )
    if ch == "\ufeff":
        return Edit(start, end, "", "stray-bom", "byte-order mark inside the text")
    if ch in "\u200b\u200c\u200d\u2060":
        return Edit(start, end, "", "zero-width", f"U+{ord(ch):04X} removed")
    return Edit(start, end, "", "control", f"control character U+{ord(ch):04X} removed")


# Characters that are also bytes of UTF-8 read as Latin-1 (`Ã\xa0` is à, `ä¸\xad` is 中,
# `â\x80\x9c` is “): inside a sequence the mojibake pass repairs, they are left to it.
MOJIBAKE_BYTES = frozenset(chr(c) for c in range(0x80, 0xA0)) | {"\u00a0", "\u00ad"}


def _fixed_edits() -> dict[str, tuple[str, str, str, Severity]]:
    """(after, kind, message, severity) of the characters whose edit `_edit_for` makes whatever
    stands around them: every one it removes but the joiners, the soft hyphen, the no-break
    space and the form feed (asked of their neighbours), and the vertical tab."""
    fixed: dict[str, tuple[str, str, str, Severity]] = {"\x0b": ("\n", "vertical-tab", "", "info")}
    for ch in sorted(REMOVED - {"\u200c", "\u200d", "\u00ad"}):
        match = INVISIBLE_RE.match(ch)
        edit = _edit_for(ch, match) if match is not None else None
        if edit is None:  # cannot happen: each is removed whatever its neighbours
            raise AssertionError(f"U+{ord(ch):04X} kept alone")
        fixed[ch] = (edit.after, edit.kind, edit.message, edit.severity)
    return fixed


FIXED_EDITS = _fixed_edits()


def remove_invisible(text: str, config: Config, context: Context) -> list[Edit]:
    return _edits_between(text, context, [(0, len(text))])


def remove_within(
    text: str, config: Config, context: Context, lines: Sequence[tuple[int, int]]
) -> list[Edit]:
    """`remove_invisible(text)`'s edits in the lines whose edits may depend on `lines` (sorted
    stretches of whole lines): the pass's `partial.Locality`, with no facts.

    Sound: what the pass does with a character in a line depends on that line (`_edit_for`
    reads the characters beside it, and visible neighbours past removed characters, which a
    line feed stops), on the next line's first visible character (a soft hyphen ending a line),
    and on whether a mojibake repair holds it or the character before it. The repairs outside
    the stretches between `SPANS_CUT` cuts around `lines` are those of the text before the
    changes (`incremental.LineLocal`), so the lines asked are those stretches and a line more
    on each side (the line before reads the first one's start; a repair of a recomputed stretch
    may hold the line feed that ends it, which the line after reads)."""
    return _edits_between(text, context, cut_stretches(text, lines, SPANS_CUT, lines_beside=1))


def _edits_between(
    text: str, context: Context, stretches: Sequence[tuple[int, int]]
) -> list[Edit]:
    """The pass's edits of the characters in `stretches` (sorted, each of whole lines)."""
    edits: list[Edit] = []
    append = edits.append
    last_end = 0
    mojibake: SpanIndex | None = None
    fixed_edits = FIXED_EDITS
    matches = chain.from_iterable(
        INVISIBLE_FIND_RE.finditer(text, start, end) for start, end in stretches
    )
    for match in matches:
        start = match.start()
        if start < last_end:
            continue
        ch = match.group()
        fixed = fixed_edits.get(ch)
        if fixed is not None:  # most characters: no neighbour asked (`_fixed_edits`)
            edit = _new_edit(Edit, (start, start + 1, *fixed))
        else:
            found = _edit_for(text, match)
            if found is None:
                continue  # (asked first: a character left alone needs no mojibake repairs found)
            edit = found
        if ch[0] in MOJIBAKE_BYTES:
            if mojibake is None:
                mojibake = SpanIndex(text, context.mojibake)
            if (
                start in mojibake
                or (text[start - 1] != "\n" and start - 1 in mojibake)
                or _in_cut_head(text, start)
            ):
                # inside a repair, or right after one: judged once the repair is made (a soft
                # hyphen after `äº\x8e` follows 于, a CJK character); or the tail of a
                # character cut by a page break, repaired once the page is joined. A line feed
                # before it is never asked: a repair holds one only with the characters on both
                # sides (a break inside a character, `mojibake.spans`), this one included; the
                # lookup would find the line before's repairs (a sixth of those of a fresh text)
                continue
        append(edit)
        last_end = edit.end
    return edits


_new_edit = tuple.__new__


def _in_cut_head(text: str, start: int) -> bool:
    """The character at `start` opens its line as the tail of a UTF-8 character read as
    Latin-1 whose lead bytes stand before a break (`utf8_as_latin1.cut_head`): a byte of
    mojibake the repair reads once the furniture and unwrap passes have joined the two halves
    (`首ä½` / `第3页` / `\x8dï¼\x8c…`: removed, the 0x8D of 位 was lost for good)."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start >= MAX_CONTINUATION:
        return False
    return cut_head(text[line_start : line_start + 2 * MAX_CONTINUATION]) > start - line_start
