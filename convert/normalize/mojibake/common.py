"""What the mojibake modules share: the repair record, the bytes a Latin-1 or cp1252 decoder
read, and UTF-8's lead bytes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ...changes import Severity
from ...chars import CJK_RE, CP1252_EXTRAS

REPLACEMENT = "\ufffd"
KANA_HANGUL_RE = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af]")
CP1252_BYTES = {ch: ch.encode("cp1252") for ch in CP1252_EXTRAS}
# GBK read as Latin-1/cp1252: runs of Latin-1 upper-half characters (and cp1252's extras), which
# may hold single ASCII characters (GBK trail bytes 0x40-0x7E).
LATIN_RUN_RE = re.compile(
    f"[\u0080-\u00ff{CP1252_EXTRAS}](?:[\u0080-\u00ff{CP1252_EXTRAS}]|[@-~](?=[\u0080-\u00ff]))+"
)
# one Latin-1 or cp1252 character above ASCII: a byte of GBK or UTF-8 read as Latin-1/cp1252
LATIN = f"[\u0080-\u00ff{CP1252_EXTRAS}]"
LATIN_RE = re.compile(LATIN)
# LATIN's characters, for a test of one character (a set look-up, not a call of the regex engine)
LATIN_CHARACTERS = frozenset(map(chr, range(0x80, 0x100))) | frozenset(CP1252_EXTRAS)


class Repair(NamedTuple):
    """One run of a line and what it becomes."""

    start: int
    end: int
    after: str
    kind: str
    message: str
    severity: Severity


def overlaps(repairs: Sequence[Repair], start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in repairs)


def latin_bytes(run: str) -> bytes | None:
    """The bytes a Latin-1 or cp1252 decoder read to produce `run` (either: a "sloppy" cp1252
    decoder, as browsers and Windows use, passes the five bytes cp1252 leaves undefined through
    as C1 characters)."""
    out = bytearray()
    for ch in run:
        if ord(ch) < 0x100:
            out.append(ord(ch))
        elif ch in CP1252_BYTES:
            out += CP1252_BYTES[ch]
        else:
            return None
    return bytes(out)


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def utf8_length(lead: int) -> int:
    """The length of the UTF-8 sequence `lead` starts; 0 if it starts none (a continuation byte
    80-BF, or C0, C1, F5-FF, which UTF-8 never uses)."""
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def cjk_or_punct(ch: str) -> bool:
    return (
        bool(CJK_RE.match(ch))
        or "\u2010" <= ch <= "\u206f"
        or "\u3000" <= ch <= "\u30ff"
        or "\uff00" <= ch <= "\uffef"
        or ch in "·×÷°±§¨" + REPLACEMENT
    )


def character_class(chars: frozenset[str]) -> str:
    """A regex character class of `chars`, as ranges of consecutive code points."""
    codes = sorted(ord(c) for c in chars)
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
