"""Recognising one encoding in bytes that carry no label: UTF-16 without a BOM, UTF-8 with a few
damaged bytes, ISO-2022-JP, GB18030, and the legacy encodings charset-normalizer chooses among.

Each recogniser answers with a `Decoded` (the text, and how sure and why) or None; the order in
which the text reader asks them, and why, is in `readers/text.py`.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch, CharsetMatches

# What detection may choose from when the bytes are neither BOM-marked nor (mostly) valid UTF-8.
CANDIDATE_ENCODINGS: tuple[str, ...] = (
    "gb18030",
    "big5",
    "cp950",
    "shift_jis",
    "cp932",
    "euc_jp",
    "euc_kr",
    "utf_16",
    "cp1252",
    "latin_1",
)
# A vendor superset, and the standard codec preferred when it decodes the same bytes.
PREFER_STANDARD: dict[str, str] = {"cp932": "shift_jis", "cp950": "big5"}
SINGLE_BYTE = frozenset({"cp1252", "latin_1"})
MIN_IDEOGRAPHS = 10

ISO2022_ESCAPES: tuple[bytes, ...] = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D")
MAX_INVALID_UTF8_SHARE = 0.1  # invalid sequences per valid multi-byte character, at most
MIN_CONFIDENCE = 0.4  # below this (charset-normalizer's "chaos" above 0.6) a guess is garbage
LEVEL_ONE_SHARE = 0.9  # of a GB18030 text's ideographs, at least this many everyday ones
MAX_CONTROL_SHARE = 0.05  # control characters in a decoded "text": binary after all
UTF16_NUL_PARITY = 0.6  # share of NULs that must fall on the high-byte side (binary: ~0.5)


@dataclass(frozen=True)
class Decoded:
    """What the text reader gives: the text, and the encoding decision that travels with it into
    the repair log (`to_json`)."""

    text: str
    encoding: str
    confidence: float  # 1.0 when a BOM or strict UTF-8 decided
    # "bom", "nul-pattern", "utf-8", "escape-sequences", "utf-8-lossy", "utf-16-cjk", "detected"
    method: str
    had_bom: bool = False
    replaced_bytes: tuple[int, ...] = ()  # byte offsets of invalid sequences turned into U+FFFD
    alternatives: tuple[str, ...] = field(default=(), compare=False)  # detection's runners-up
    misread: str = ""  # a whole-file misreading undone (step 11): "gbk-as-cp1252", "utf8-as-latin1"

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "encoding": self.encoding,
            "confidence": round(self.confidence, 3),
            "method": self.method,
            "bom": self.had_bom,
        }
        if self.replaced_bytes:
            data["replaced_bytes"] = list(self.replaced_bytes)
        if self.alternatives:
            data["alternatives"] = list(self.alternatives)
        if self.misread:
            data["misread"] = self.misread
        return data


def _control_count(text: str) -> int:
    """C0 controls (layout ones aside) and DEL: what binary data decodes into. C1 controls are
    not counted: U+0085 ends lines, and the others are bytes of UTF-8 read as Latin-1 (`â\x80\x9c`
    is “), mojibake the normalizer repairs, not a sign of binary data."""
    return sum(1 for ch in text if (ch < "\x20" or ch == "\x7f") and ch not in "\t\n\r\x0c\x0b\x1b")


def _control_share(text: str) -> float:
    return _control_count(text) / len(text) if text else 0.0


def _looks_like_text(text: str) -> bool:
    """Few control characters beyond layout ones (copy-paste leaves a stray one or two: binary
    decodes into many), few unassigned or private-use code points: what binary data decoded as
    UTF-16 never manages."""
    if not text:
        return False
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    return _control_count(text) <= 2 + len(text) * 0.01 and odd <= len(text) * 0.01


def utf16_by_nul_pattern(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: NULs (the high byte of ASCII characters) all on one side."""
    if len(data) < 2 or len(data) % 2 or 0 not in data:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # a few NULs fall on the other side (一 is U+4E00): a majority and a clean decoding decide
        if high > low and high >= UTF16_NUL_PARITY * (high + low) - 1:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if _looks_like_text(text):
                share = high / (high + low)
                return Decoded(text, encoding, share, "nul-pattern")
    return None


def _readable(ch: str) -> bool:
    """What Chinese and Japanese text in UTF-16 is made of: ideographs, kana, CJK and full-width
    punctuation, general punctuation, ASCII and Latin-1. A legacy CJK encoding read as UTF-16
    lands in Yi, Hangul, surrogates and private use instead; the wrong byte order of real UTF-16
    lands in scattered blocks (中 U+4E2D becomes U+2D4E)."""
    code = ord(ch)
    return (
        code <= 0xFF
        or 0x4E00 <= code <= 0x9FFF
        or 0x3000 <= code <= 0x30FF
        or 0xFF00 <= code <= 0xFFEF
        or 0x2000 <= code <= 0x206F
        or 0x3400 <= code <= 0x4DBF
    )


def utf16_cjk(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM and with too few NULs to show a pattern (Chinese with a little ASCII):
    only if exactly one byte order gives text that is mostly ideographs and all readable."""
    if len(data) < 4 or len(data) % 2:
        return None
    found = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        visible = [ch for ch in text if not ch.isspace()]
        if not visible or not _looks_like_text(text):
            continue
        cjk = sum(1 for ch in visible if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u30ff")
        readable = sum(1 for ch in visible if _readable(ch))
        if cjk >= 0.5 * len(visible) and readable >= 0.98 * len(visible):
            found.append(Decoded(text, encoding, readable / len(visible), "utf-16-cjk"))
    return found[0] if len(found) == 1 else None


def iso2022(data: bytes, text: str) -> Decoded | None:
    """7-bit ISO-2022-JP (old Japanese mail and news) is valid UTF-8 but not meant as such."""
    if not any(escape in data for escape in ISO2022_ESCAPES) or not text.isascii():
        return None
    try:
        return Decoded(data.decode("iso2022_jp"), "iso2022_jp", 1.0, "escape-sequences")
    except UnicodeDecodeError:
        return None


def mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few invalid sequences: each becomes U+FFFD, its byte offset recorded.

    Accepted only when valid multi-byte sequences outnumber invalid ones ten to one: text in a
    legacy encoding (GBK, Shift_JIS, cp1252) forms valid UTF-8 sequences only by accident, a few
    per hundred characters, and has an invalid one at nearly every non-ASCII character.
    """
    pieces: list[str] = []
    replaced: list[int] = []
    pos = 0
    limit = 1 + len(data) // 20  # far beyond any acceptable share: stop early
    while True:
        try:
            pieces.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            pieces.append(data[pos : pos + exc.start].decode("utf-8"))
            pieces.append("\ufffd")
            replaced.append(pos + exc.start)
            pos += exc.end
            if len(replaced) > limit:
                return None
    text = "".join(pieces)
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - len(replaced)
    if multibyte < 1 or len(replaced) > multibyte * MAX_INVALID_UTF8_SHARE:
        return None
    confidence = multibyte / (multibyte + len(replaced))
    return Decoded(text, "utf-8", confidence, "utf-8-lossy", replaced_bytes=tuple(replaced))


def _codec_name(encoding: str) -> str:
    return codecs.lookup(encoding).name


def _prefer_cjk(matches: CharsetMatches, best: CharsetMatch) -> CharsetMatch:
    """A mostly-ASCII file with a few hundred Chinese characters can score as well in Latin-1 as
    in GB18030, and charset-normalizer then prefers Latin-1 for its "coherence" in Latin
    languages. A CJK codec that decodes the bytes with no more chaos, into text whose non-ASCII
    characters are mostly ideographs (not the half-width katakana cp932 makes of Latin-1 letters),
    is the right reading."""
    if best.encoding not in SINGLE_BYTE:
        return best
    for match in matches:
        if match.encoding in SINGLE_BYTE or match.chaos > best.chaos:
            continue
        upper = [ch for ch in str(match) if ord(ch) > 0x7F]
        ideographs = sum(1 for ch in upper if "\u4e00" <= ch <= "\u9fff")
        if ideographs >= MIN_IDEOGRAPHS and ideographs >= 0.6 * len(upper):
            return match
    return best


def level_one(ch: str) -> bool:
    """One of GB2312's 3,755 first-level ideographs (bytes B0A1-D7F9), the characters of everyday
    Chinese."""
    try:
        lead = ch.encode("gb2312")[0]
    except UnicodeEncodeError:
        return False
    return 0xB0 <= lead <= 0xD7


def _everyday_gb18030(data: bytes) -> Decoded | None:
    """GB18030 that detection declined: Chinese text holding a run of mojibake (`ä¸­` saved
    as GB18030 takes four bytes a character) looks chaotic to charset-normalizer. The strict
    decoding is kept when at least MIN_IDEOGRAPHS ideographs come out, nine in ten of them from
    GB2312's first level; Big5, Shift_JIS or EUC-KR bytes read as GB18030 land all over GBK's
    21,000 ideographs instead."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    ideographs = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if len(ideographs) < MIN_IDEOGRAPHS or _control_share(text) > MAX_CONTROL_SHARE:
        return None
    share = sum(map(level_one, ideographs)) / len(ideographs)
    if share < LEVEL_ONE_SHARE:
        ideographs = [ch for ch in _outside_utf8_runs(text) if "\u4e00" <= ch <= "\u9fff"]
        if len(ideographs) < MIN_IDEOGRAPHS:
            return None
        if sum(map(level_one, ideographs)) < LEVEL_ONE_SHARE * len(ideographs):
            return None
    return Decoded(text, "gb18030", share, "gb18030-everyday")


# Two or more UTF-8 characters of three bytes in a row: inside GB18030, UTF-8 read as GBK
# (`鐨勩�婂叏闈`: GB18030 writes each such character back as the UTF-8 bytes it was read from).
UTF8_RUN_RE = re.compile(rb"(?:[\xe0-\xef][\x80-\xbf][\x80-\xbf]){2,}")
NON_ASCII_RUN_RE = re.compile("[^\x00-\x7f]+")


def _outside_utf8_runs(text: str) -> str:
    """`text` (GB18030, decoded) without its runs of UTF-8 read as GBK.

    Such a run (a pasted phrase that was misread as GBK, then saved with the rest) decodes into
    GBK's rare rows: its ideographs say nothing of whether the file is GB18030 and are left out
    of the everyday share (the mojibake pass repairs them). Other encodings read as GB18030 put
    no such runs in the file: Big5, Shift_JIS or EUC-KR bytes form a UTF-8 character now and
    then, not several in a row, so their rare ideographs still count. Each character a run
    touches is left out (a run may start on a character's second byte)."""
    kept = []
    for match in NON_ASCII_RUN_RE.finditer(text):
        run = match.group()
        data = run.encode("gb18030")
        spans = [m.span() for m in UTF8_RUN_RE.finditer(data)]
        if not spans:
            kept.append(run)
            continue
        offset = 0
        for ch in run:
            size = len(ch.encode("gb18030"))
            if not any(a < offset + size and offset < b for a, b in spans):
                kept.append(ch)
            offset += size
    return "".join(kept)


def detect(data: bytes, path: Path | None) -> Decoded:
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS), threshold=1.0)
    best = matches.best()
    if best is None or best.chaos > 1.0 - MIN_CONFIDENCE:
        everyday = _everyday_gb18030(data)
        if everyday is not None:
            return everyday
    if best is None:
        raise InputError(
            "is not valid UTF-8 and matches none of the encodings Galley detects "
            f"({', '.join(CANDIDATE_ENCODINGS)}); re-save it as UTF-8",
            path,
        )
    best = _prefer_cjk(matches, best)
    encoding = best.encoding
    text = str(best)
    standard = PREFER_STANDARD.get(encoding)
    if standard is not None:
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode(standard), standard
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError(
            f"decodes only as {encoding} and is then full of control characters: this looks like "
            "a binary file, not text; convert it to text first",
            path,
        )
    confidence = max(0.0, 1.0 - best.chaos)
    if confidence < MIN_CONFIDENCE:
        raise InputError(
            f"is not valid UTF-8, and reads only as {_codec_name(encoding)} with confidence "
            f"{confidence:.2f}, which would be garbled text; re-save it as UTF-8",
            path,
        )
    others = tuple(
        dict.fromkeys(_codec_name(m.encoding) for m in matches if m.encoding != best.encoding)
    )
    return Decoded(text, _codec_name(encoding), confidence, "detected", alternatives=others[:3])
