"""UTF-8 read as GBK with errors="replace", read back byte by byte.

A GBK decoder reads two bytes at a time; where the pair is no GBK character it drops the first
byte alone, writes U+FFFD, and goes on from the next byte. So the damaged text gives back every
byte of the original but one per U+FFFD, and for each of those the decoder itself tells what the
byte could have been (`rejected`). A UTF-8 lead byte is never dropped (GBK pairs every lead with
every continuation byte), so each lost byte is a continuation byte, and the UTF-8 character it
belongs to narrows the choice further: usually one character fits, or a handful.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from .common import REPLACEMENT, utf8_length
from .word_model import INVISIBLE, MARK_COSTS, is_cjk_mark, is_kana

HOLE = -1  # a byte the decoder dropped


def gbk_bytes(ch: str) -> tuple[int, ...] | None:
    """The bytes a GBK decoder read to write `ch` (HOLE for its U+FFFD); None if no GBK decoder
    writes it (a character outside GBK, or a line separator added later)."""
    if ch == REPLACEMENT:
        return (HOLE,)
    if ch.isascii():
        return (ord(ch),)
    return _gbk_pair(ch)


@lru_cache(maxsize=32768)
def _gbk_pair(ch: str) -> tuple[int, ...] | None:
    """GBK's two bytes, or GB18030's where GBK has none (its user-defined rows, which GB18030
    maps to private use: UTF-8 read as GB18030 writes them)."""
    for codec in ("gbk", "gb18030"):
        try:
            data = ch.encode(codec)
        except UnicodeEncodeError:
            continue
        return tuple(data) if len(data) == 2 else None
    return None


@cache
def rejected(byte: int, following: int | None) -> bool:
    """Would a GBK (or GB18030) decoder drop `byte` when `following` comes next (None: the input
    ended)?"""
    data = bytes([byte]) if following is None or following == HOLE else bytes([byte, following])
    for codec in ("gbk", "gb18030"):
        try:
            data.decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start == 0:
                return True
    return False


@lru_cache(maxsize=8192)
def fitting_characters(pattern: tuple[int, ...], following: int | None) -> tuple[str, ...]:
    """Every character whose UTF-8 bytes match `pattern` (HOLE for a lost byte), each lost byte
    one a GBK decoder would have dropped (before the byte after it: `following` after the last
    one, None if anything may follow)."""
    holes = [i for i, b in enumerate(pattern) if b == HOLE]
    fits = []
    for filled in _fillings(len(holes)):
        data = list(pattern)
        for hole, byte in zip(holes, filled, strict=True):
            data[hole] = byte
        after = [*data[1:], following]
        if any(after[h] is not None and not rejected(data[h], after[h]) for h in holes):
            continue
        try:
            fits.append(bytes(data).decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return tuple(fits)


def _fillings(holes: int) -> list[tuple[int, ...]]:
    """Every value the lost bytes can take (continuation bytes: GBK pairs every lead byte)."""
    if holes == 1:
        return [(b,) for b in range(0x80, 0xC0)]
    return [(a, b) for a in range(0x80, 0xC0) for b in range(0x80, 0xC0)] if holes == 2 else []


@dataclass(frozen=True)
class Slot:
    """One character of the recovered text: known, or the characters that fit a lost byte."""

    char: str  # the character, or U+FFFD until a guess is made
    fits: tuple[str, ...] = ()  # with a lost byte: what fits, given the byte that came next
    fits_at_end: tuple[str, ...] = ()  # the same if the damaged piece ended right after it


@dataclass(frozen=True)
class Stretch:
    """A stretch of damaged text read back as UTF-8: its characters, and the places (indexes into
    the damaged text, with how many slots lie before them) where it can end."""

    slots: tuple[Slot, ...]
    ends: tuple[tuple[int, int], ...]


def read_stretch(text: str, start: int, limit: int) -> Stretch:
    """`text[start:limit]` read back as UTF-8 from its GBK bytes, as far as they decode into
    plausible text (CJK, its punctuation, ASCII): every character of the original whose lost
    bytes still leave it among a few candidates. Bytes are taken from the text as the reading
    needs them, so correct text, which stops decoding within a character or two, costs little."""
    units: list[tuple[int, int]] = []  # (byte, index of the damaged character it came from)
    taken = start

    def fill(count: int) -> None:
        nonlocal taken
        while len(units) < count and taken < limit:
            data = gbk_bytes(text[taken])
            if data is None:
                taken = limit
                return
            units.extend((b, taken) for b in data)
            taken += 1

    slots: list[Slot] = []
    ends: list[tuple[int, int]] = []
    pos = 0
    fill(1)
    while pos < len(units):
        lead = units[pos][0]
        size = 1 if 0 <= lead < 0x80 else utf8_length(lead) if lead != HOLE else 0
        fill(pos + size + 1)
        pattern = tuple(b for b, _ in units[pos : pos + size])
        if not size or len(pattern) < size:
            break
        if any(b != HOLE and not 0x80 <= b <= 0xBF for b in pattern[1:]):
            break
        slot = _slot(pattern, units[pos + size][0] if pos + size < len(units) else None)
        if slot is None or not _plausible(slot.char):
            break
        slots.append(slot)
        pos += size
        if pos == len(units) or units[pos][1] != units[pos - 1][1]:
            ends.append((units[pos - 1][1] + 1, len(slots)))  # a character boundary on both sides
    return Stretch(tuple(slots), tuple(ends))


def _slot(pattern: tuple[int, ...], following: int | None) -> Slot | None:
    holes = pattern.count(HOLE)
    if len(pattern) == 1:
        return Slot(chr(pattern[0]))
    if not holes:
        try:
            char = bytes(pattern).decode("utf-8")
        except UnicodeDecodeError:
            return None
        # U+FFFD itself read as GBK (锟斤拷): lost before the misreading, flagged as such
        return None if char == REPLACEMENT else Slot(char)
    loose = fitting_characters(pattern, None)
    if not loose:
        return None  # no character has these bytes: not UTF-8 read as GBK
    fits = fitting_characters(pattern, following)
    return Slot(REPLACEMENT, _narrowed(fits), _narrowed(loose))


MAX_FITS = 64  # more characters fit than one lost byte can give: none is guessed


@lru_cache(maxsize=4096)
def _narrowed(fits: tuple[str, ...]) -> tuple[str, ...]:
    """`fits`, or where two bytes of a character were lost and hundreds fit, the punctuation
    among them if any (。 is E3 80 82: `銆��` at a line end); none otherwise: the character is
    lost, not the reading (a rarer ideograph is as likely as any common one)."""
    if len(fits) <= MAX_FITS:
        return fits
    return tuple(c for c in fits if c in MARK_COSTS)


PLAUSIBLE_LATIN = frozenset("·×÷°±§")


def _plausible(ch: str) -> bool:
    """What Chinese (and Japanese) text is made of: ideographs, kana, CJK punctuation, ASCII, a
    few Latin-1 signs, and the invisible characters that ride along in it (the invisible pass
    removes them later). Hangul is left to the run-by-run repair of `utf8_as_gbk.py`."""
    return (
        ch.isascii()
        or "\u4e00" <= ch <= "\u9fff"  # not the rare extension A (䓲 from 鋼叉 in 《吶喊》)
        or (is_cjk_mark(ch) and not "\u302a" <= ch <= "\u302f")  # not combining tone marks
        or is_kana(ch)
        or ch in PLAUSIBLE_LATIN
        or ch in INVISIBLE
        or ch == REPLACEMENT
    )
