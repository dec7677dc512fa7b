"""UTF-8 read as GBK (`浣犲ソ` for 你好), run by run: runs of CJK characters re-encoded as GB18030
and decoded as UTF-8. A lost byte (the U+FFFD the wrong decoding wrote) is restored when one value
fits, or when one fitting character is far commoner than the rest. This takes what the phrase
repair (`phrases.py`) leaves: hangul, 锟斤拷."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from ...changes import Severity
from ...chars import CJK_RE
from .common import (
    KANA_HANGUL_RE,
    REPLACEMENT,
    Repair,
    character_class,
    is_utf8,
    overlaps,
    utf8_length,
)
from .plausible import confirmed_cjk, han_zipf, reads_better
from .read_back import rejected

# UTF-8 read as GBK: runs of non-ASCII, non-space characters (ASCII bytes of the original stand
# between whole characters; a UTF-8 byte swallowed together with an ASCII byte stays inside the
# GBK character that swallowed it).
GBK_RUN_RE = re.compile(r"[^\x00-\x7f\s\u3000]+")
GARBLED_FFFD = "锟斤拷"  # U+FFFD U+FFFD as UTF-8, read as GBK: the bytes are gone for good
LIKELY_ZIPF = 5.0  # a dropped character is restored by frequency only if this common
LIKELY_MARGIN = 2.0  # and a hundred times commoner than any other character that fits
# CJK punctuation, absent from wordfreq's word list, ranked as very common characters.
COMMON_MARKS = frozenset("、。，“”‘’《》（）：；！？…—")
COMMON_MARK_ZIPF = 7.0
MIN_RECOVERED_SHARE = 0.6  # of a partially recovered run's characters, at least this many intact


def _gbk_pieces(run: str) -> list[bytes] | None:
    """The bytes a GBK decoder read to produce `run`, cut where it met bytes it could not read
    (the U+FFFD it wrote): each cut is one lost character."""
    if REPLACEMENT not in run:
        try:
            return [run.encode("gb18030")]
        except UnicodeEncodeError:
            return None
    pieces = [b""]
    for ch in run:
        if ch == REPLACEMENT:
            if pieces[-1] or len(pieces) == 1:  # two bytes lost in a row: one character (。 ��)
                pieces.append(b"")
            continue
        try:
            pieces[-1] += ch.encode("gb18030")
        except UnicodeEncodeError:
            return None
    return pieces


def _split_partial(piece: bytes) -> tuple[int, int]:
    """(continuation bytes at the start, bytes of an incomplete sequence at the end): the parts of
    the characters the lost bytes on either side broke."""
    head = 0
    while head < len(piece) and 0x80 <= piece[head] <= 0xBF:
        head += 1
    for back in range(1, min(4, len(piece) - head) + 1):
        byte = piece[-back]
        if byte >= 0xC0:
            # F5-FF starts no UTF-8 sequence, but is taken here as the start of a four-byte one
            # that the loss broke (so the character is reported lost), as it always was
            length = utf8_length(byte) or (4 if byte >= 0xF5 else 0)
            return head, back if length > back else 0
        if not 0x80 <= byte <= 0xBF:
            break
    return head, 0


def _commonness(ch: str) -> float:
    if ch in COMMON_MARKS:
        return COMMON_MARK_ZIPF
    return han_zipf().get(ch, 0.0)


@lru_cache(maxsize=4096)
def _restore_lost(before: bytes, after: bytes, following: int | None) -> tuple[str, str]:
    """The character a lost byte broke (`before` + ? + `after`) and how sure that is: "exact"
    when one byte value fits (a decoder rejected it, and the UTF-8 sequence it completes is
    valid), "likely" when one fitting character is far more common than every other (0x80, the
    byte a GBK decoder drops most, is in 、。“” and 一), else U+FFFD and "lost"."""
    fits = []
    for byte in range(0x80, 0xC0):
        if not rejected(byte, following):
            continue
        try:
            text = (before + bytes([byte]) + after).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(text) == 1:
            fits.append(text)
    if len(fits) == 1:
        return fits[0], "exact"
    ranked = sorted(fits, key=_commonness, reverse=True)
    if (
        ranked
        and _commonness(ranked[0]) >= LIKELY_ZIPF
        and (len(ranked) == 1 or _commonness(ranked[1]) <= _commonness(ranked[0]) - LIKELY_MARGIN)
    ):
        return ranked[0], "likely"
    return REPLACEMENT, "lost"


def _decode_around_losses(pieces: list[bytes]) -> tuple[str, list[str]] | None:
    """UTF-8 text from the pieces, and for each lost character how it was restored. Restoring by
    frequency ("likely") is Chinese frequency: not done in Japanese or Korean text."""
    intact: list[str] = []
    losses: list[tuple[bytes, bytes, int | None] | None] = []  # None: two bytes lost in a row
    carry = b""  # the start of the character the previous loss broke
    for index, piece in enumerate(pieces):
        head, tail = _split_partial(piece)
        if (index == 0 and head) or (index == len(pieces) - 1 and tail):
            return None  # the run starts or ends inside a character: not a whole history
        if index:
            following = piece[0] if piece else None
            losses.append((carry, piece[:head], following) if piece or carry else None)
        try:
            intact.append(piece[head : len(piece) - tail].decode("utf-8"))
        except UnicodeDecodeError:
            return None
        carry = piece[len(piece) - tail :]
    chinese = not KANA_HANGUL_RE.search("".join(intact))
    out = [intact[0]]
    how = []
    for loss, text in zip(losses, intact[1:], strict=True):
        char, sure = _restore_lost(*loss) if loss is not None else (REPLACEMENT, "lost")
        if sure == "likely" and not chinese:
            char, sure = REPLACEMENT, "lost"
        out += [char, text]
        how.append(sure)
    return "".join(out), how


def _utf8_read_as_gbk(run: str, confirmed: bool) -> tuple[str, list[str]] | None:
    """(repaired run, how each lost character was restored) if `run` is UTF-8 read as GBK."""
    if not CJK_RE.search(run) or len(run) < 2:
        return None
    pieces = _gbk_pieces(run)
    if pieces is None or not pieces[0] or pieces[0][0] < 0xC2:
        return None
    if len(pieces) == 1 and not is_utf8(pieces[0]):
        return None  # nothing was lost, so the history must decode cleanly (the common case)
    decoded = _decode_around_losses(pieces)
    if decoded is None or decoded[0] == run:
        return None
    repaired, how = decoded
    if set(repaired) == {REPLACEMENT}:  # 锟斤拷 is U+FFFD read as GBK: only the loss is known
        return (repaired, how) if GARBLED_FFFD in run or confirmed else None
    intact = len(repaired) - repaired.count(REPLACEMENT)
    if intact < MIN_RECOVERED_SHARE * len(repaired):
        return None
    if confirmed:
        return (repaired, how) if confirmed_cjk(repaired) else None
    return (repaired, how) if reads_better(repaired, run) else None


def _gbk_outcome(repaired: str, how: list[str]) -> tuple[str, str, str, Severity]:
    """(after, kind, message, severity) of a UTF-8-read-as-GBK repair."""
    message = "UTF-8 text read as GBK"
    lost, likely, exact = (how.count(k) for k in ("lost", "likely", "exact"))
    if exact:
        message += f"; {exact} character(s) dropped by that decoding restored (only one fits)"
    if likely:
        message += (
            f"; {likely} dropped character(s) restored as the only common one that fits: check"
        )
    if lost:
        message += f"; {lost} character(s) lost, marked �: restore them from the original"
    severity: Severity = "error" if REPLACEMENT in repaired else "warning"
    return repaired, "utf8-as-gbk", message, severity


def _two_byte_characters(leads: Iterable[int], trails: Sequence[int]) -> str:
    """The characters GB18030 writes as one of `leads` then one of `trails` (a lead byte's pairs
    decoded in one call where they all round-trip, pair by pair otherwise), in one string: sets
    and dicts are made from it in one step each."""
    found: list[str] = []
    for lead in leads:
        pairs = [bytes([lead, trail]) for trail in trails]
        try:
            chars = b"".join(pairs).decode("gb18030")
        except UnicodeDecodeError:
            chars = ""
        if len(chars) == len(pairs) and chars.encode("gb18030") == b"".join(pairs):
            found.append(chars)
        else:
            found += [char for data in pairs if (char := _round_trip(data)) is not None]
    return "".join(found)


def _utf8_lead_characters() -> frozenset[str]:
    """Characters whose GB18030 bytes are a UTF-8 lead byte (0xC2 or above) and a continuation
    byte (0x80-0xBF).

    A run of UTF-8 read as GBK starts with one: its first bytes began a UTF-8 character, and
    `_utf8_read_as_gbk` rejects every other run (whole or cut by losses, the run's first piece
    must decode as UTF-8 from its first byte). Most runs of Chinese text start with none, and
    those are not encoded and decoded at all.

    Computed at import, so each lead byte's 64 pairs are decoded in one call where they all
    round-trip (a pair is a whole two-byte code: nothing in 0x80-0xBF starts a four-byte one),
    and pair by pair otherwise; `tests/.../test_utf8_as_gbk.py` checks this against the pairs
    one by one.
    """
    return frozenset(_two_byte_characters(range(0xC2, 0x100), range(0x80, 0xC0)))


def _round_trip(data: bytes) -> str | None:
    """The one character `data` is in GB18030, if it decodes to one that encodes back to it."""
    try:
        char = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return char if len(char) == 1 and char.encode("gb18030") == data else None


UTF8_LEAD_CHARACTERS = _utf8_lead_characters()
_LEAD_CLASS = character_class(UTF8_LEAD_CHARACTERS)  # 3,665 ranges: spelled out once
# What a line needs to hold a repair of this history (a necessary condition `spans.py` asks of
# every line): a GBK run (GBK_RUN_RE) that starts with a UTF-8 lead character (`gbk_repairs`);
# the definition, which `gbk_run_lead` asks without compiling it (its class twice is 2 ms a start)
GBK_RUN_LEAD = rf"(?<![^\x00-\x7f\s\u3000])[{_LEAD_CLASS}]"
# (the same found from the character before it, in a search of a whole text: a pattern that
# starts by looking behind is tried at every character, one that starts with a character class
# jumps from one ASCII character or space to the next; the non-ASCII spaces of `\s` are spelled
# out, as ranges are checked faster than a Unicode category),
NON_ASCII_SPACES = "\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
GBK_RUN_LEAD_AFTER_RE = re.compile(f"[\x00-\x7f{NON_ASCII_SPACES}][{_LEAD_CLASS}]")


def gbk_run_lead(line: str) -> bool:
    """Whether `GBK_RUN_LEAD` matches in `line`: at its start, or after an ASCII character or a
    space."""
    return line[:1] in UTF8_LEAD_CHARACTERS or GBK_RUN_LEAD_AFTER_RE.search(line) is not None


CONTINUATION_BYTES = range(0x80, 0xC0)
# the second bytes of GB18030's two-byte codes that a UTF-8 decoder reads as no continuation
OPEN_TRAILS = [*range(0x40, 0x7F), *range(0xC2, 0xFF)]


@cache
def _followers() -> dict[str, frozenset[str]]:
    """For each UTF-8 lead character (`UTF8_LEAD_CHARACTERS`), the characters that can stand
    after it in a run `_utf8_read_as_gbk` repairs: those whose GB18030 bytes go on with UTF-8
    where the lead character's bytes leave it, and U+FFFD (a lost byte: the first piece ends).

    The run's first piece (its bytes up to the first loss, or all of them) must decode as UTF-8,
    but for the opening bytes of a character a loss broke at its end (`_split_partial`). A lead
    character is a lead byte and a continuation byte, so after C2-DF a character is whole, and
    the next must open one: a lead byte, then a continuation byte (another lead character);
    after E0-EF one continuation byte is missing: a continuation byte, then an ASCII byte or
    a lead byte (C2 up: C0 and C1 open nothing, and a piece ending in F5-FF reads as the head of
    a four-byte character); after F0-FF two are: two continuation bytes (after F5-FF a loss must
    come first, which U+FFFD alone stands for: a superset, as is leaving out E0's, ED's, F0's and
    F4's narrower second bytes). GB18030's four-byte codes hold an ASCII digit after their first
    byte and after their third, so no piece that holds one decodes, and a run of one character
    is never repaired. Built once a process, on the first lead character (bench/README.md)."""
    after_two = UTF8_LEAD_CHARACTERS | {REPLACEMENT}
    after_three = frozenset(_two_byte_characters(CONTINUATION_BYTES, OPEN_TRAILS) + REPLACEMENT)
    after_four = frozenset(
        _two_byte_characters(CONTINUATION_BYTES, CONTINUATION_BYTES) + REPLACEMENT
    )
    followers = dict.fromkeys(
        _two_byte_characters(range(0xC2, 0xE0), CONTINUATION_BYTES), after_two
    )
    followers.update(
        dict.fromkeys(_two_byte_characters(range(0xE0, 0xF0), CONTINUATION_BYTES), after_three)
    )
    followers.update(
        dict.fromkeys(_two_byte_characters(range(0xF0, 0xFF), CONTINUATION_BYTES), after_four)
    )
    return followers


def may_open_repair(text: str, start: int) -> bool:
    """Whether a GBK run that opens at `start` with a UTF-8 lead character can be UTF-8 read as
    GBK (`_followers`: a necessary condition, asked before the run is encoded and decoded)."""
    return text[start + 1 : start + 2] in _followers()[text[start]]


def gbk_repair_may_start(line: str) -> bool:
    """What a line needs to hold a repair of this history: a GBK run that opens with a UTF-8
    lead character (`gbk_run_lead`) and `may_open_repair` there. Most runs of Chinese text that
    open with one fail the second test (bench/README.md)."""
    if line[:1] in UTF8_LEAD_CHARACTERS and may_open_repair(line, 0):
        return True
    return any(may_open_repair(line, m.end() - 1) for m in GBK_RUN_LEAD_AFTER_RE.finditer(line))


def gbk_repairs(line: str, taken: Sequence[Repair]) -> list[Repair]:
    repairs: list[Repair] = []
    for confirmed in (False, True):
        if confirmed and not repairs:
            break
        for match in GBK_RUN_RE.finditer(line):
            if match.group()[0] not in UTF8_LEAD_CHARACTERS:
                continue
            start, end = match.span()
            if overlaps(taken, start, end) or (confirmed and overlaps(repairs, start, end)):
                continue
            found = _utf8_read_as_gbk(match.group(), confirmed)
            if found is None:
                continue
            repairs.append(Repair(start, end, *_gbk_outcome(*found)))
    return sorted(repairs)
