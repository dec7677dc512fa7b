"""Bytes to text, with the encoding decision recorded, never guessed silently.

Order, and why:

1. A signature that says "not text" (PDF, PNG, zip, …) refuses the file before anything is decoded.
2. A BOM decides.
3. UTF-16 without a BOM, by its NUL pattern: ASCII characters (spaces, digits, line breaks) put a
   NUL in the high byte, always on the same side. For mostly-ASCII text this must come before
   UTF-8, because NULs are valid UTF-8; CJK UTF-16 (few NULs, never valid UTF-8) is recognised
   right after UTF-8 fails. Both come before the binary refusal, because NULs are also what
   binary files are full of.
4. Strict UTF-8, the overwhelmingly common case, and one a detector can only get wrong. A 7-bit
   file with ISO-2022-JP escape sequences is valid UTF-8 too, and is read as ISO-2022-JP.
5. A file with many NUL bytes that is not UTF-16 is binary and refused.
6. UTF-8 with a few invalid bytes (a file cut mid-character, one corrupted byte): decoded, each
   invalid sequence becoming U+FFFD, its byte offset recorded in the decision (`replaced_bytes`);
   the normalizer flags every U+FFFD as an error with its line and column. Refusing would throw
   away a whole article for one byte, and guessing a legacy encoding would garble all of it.
7. UTF-16 without a BOM and with too few NULs for a pattern (CJK with little or no ASCII): only
   if exactly one byte order gives readable text, mostly ideographs, which legacy CJK encodings
   read as UTF-16 never do (their bytes land in Yi, Hangul, surrogates and private use). Checked
   before the NUL refusal when the file has NULs (`一` is 00 4E), after lossy UTF-8 otherwise.
8. A file that is more than 5 % control bytes is binary and refused.
9. charset-normalizer chooses among the encodings editors actually receive. Where a standard codec
   and the vendor superset both fit (Shift_JIS and cp932, Big5 and cp950), the standard one is
   kept when it decodes the bytes, the superset only when it alone does: the standard codec is the
   label's own mapping (〜 U+301C rather than ～), the superset is what Windows wrote. A choice
   with confidence under 0.4 would be garbled text (EUC-TW, which Python cannot decode, comes out
   as "GB18030" at 0.21) and is refused rather than guessed.

10. Where detection finds nothing, or only a low-confidence guess: GB18030 when it decodes
    strictly into ideographs nine in ten of which are everyday Chinese (GB2312's first level).
    Chinese text holding a run of mojibake looks chaotic to detection, yet it is GB18030; another
    encoding read as GB18030 scatters over all of GBK's rare ideographs. A phrase of UTF-8 read
    as GBK in such a file is UTF-8 again in its bytes: its (rare) ideographs are not counted.
11. Whatever decided, a text made of Latin-1/cp1252 characters only that is a whole Chinese file
    misread (UTF-8 or GBK bytes decoded as Latin-1 or cp1252, then saved) is undone at the byte
    level: re-encoded as the single-byte codec, then decoded strictly as UTF-8 or GB18030, kept
    only when that gives everyday Chinese (the test of step 10). Run by run, the mojibake pass
    cannot decide the short runs such a file is full of (`Îñ¡£` at a line end, a page number's
    `－` as `£\xad`) nor a character cut by a line wrap; the whole file decides them all at once.
    The decision is recorded (`misread`, and in `method`) and the text is what the file meant.
    UTF-8 read as GBK (`浣犲ソ`) is not undone here: that decoder dropped a byte at each `�` it
    wrote, and putting the byte back is a guess among the characters that fit, which the editor
    must be able to review one by one. The mojibake pass does it, line by line, each repair a
    recorded change that says which characters were guessed (`normalize/gbk_misread.py`).

Whatever was chosen, and how sure the choice was, travels with the text into the repair log.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch, CharsetMatches

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

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

# Signatures of files that are not text whatever their name says.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"PK\x03\x04", "a zip archive (DOCX, EPUB, …)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls)"),
    (b"\x7fELF", "an executable"),
)

ISO2022_ESCAPES: tuple[bytes, ...] = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D")
MAX_NUL_SHARE = 0.01  # more NUL bytes than this, and not UTF-16: binary
MAX_INVALID_UTF8_SHARE = 0.1  # invalid sequences per valid multi-byte character, at most
MIN_CONFIDENCE = 0.4  # below this (charset-normalizer's "chaos" above 0.6) a guess is garbage
LEVEL_ONE_SHARE = 0.9  # of a GB18030 text's ideographs, at least this many everyday ones
MAX_CONTROL_SHARE = 0.05  # control characters in a decoded "text": binary after all
CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in b"\t\n\r\x0c\x0b\x1b")
UTF16_MIN_NUL_SHARE = 0.1  # above this, NULs are checked for a UTF-16 pattern before UTF-8
UTF16_NUL_PARITY = 0.6  # share of NULs that must fall on the high-byte side (binary: ~0.5)


@dataclass(frozen=True)
class Decoded:
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


def _refuse_binary(data: bytes, path: Path | None) -> None:
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"this is {what}, not text; convert it to text first", path)


def _refuse_nul_heavy(data: bytes, path: Path | None) -> None:
    nuls = data.count(0)
    if nuls > max(1, len(data) * MAX_NUL_SHARE):
        raise InputError(
            f"contains {nuls} NUL bytes ({100 * nuls / len(data):.0f} %) and does not read as "
            "UTF-16: this looks like a binary file, not text; convert it to text first",
            path,
        )


def _refuse_control_heavy(data: bytes, path: Path | None) -> None:
    """Text has line breaks and tabs among its control bytes, and little else."""
    controls = sum(data.count(b) for b in CONTROL_BYTES)
    if controls > len(data) * MAX_CONTROL_SHARE:
        raise InputError(
            f"{100 * controls / len(data):.0f} % of its bytes are control codes: this looks like "
            "a binary file, not text; convert it to text first",
            path,
        )


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


def _utf16_by_nul_pattern(data: bytes) -> Decoded | None:
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


def _utf16_cjk(data: bytes) -> Decoded | None:
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


def _iso2022(data: bytes, text: str) -> Decoded | None:
    """7-bit ISO-2022-JP (old Japanese mail and news) is valid UTF-8 but not meant as such."""
    if not any(escape in data for escape in ISO2022_ESCAPES) or not text.isascii():
        return None
    try:
        return Decoded(data.decode("iso2022_jp"), "iso2022_jp", 1.0, "escape-sequences")
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> Decoded | None:
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


def _level_one(ch: str) -> bool:
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
    share = sum(map(_level_one, ideographs)) / len(ideographs)
    if share < LEVEL_ONE_SHARE:
        ideographs = [ch for ch in _outside_utf8_runs(text) if "\u4e00" <= ch <= "\u9fff"]
        if len(ideographs) < MIN_IDEOGRAPHS:
            return None
        if sum(map(_level_one, ideographs)) < LEVEL_ONE_SHARE * len(ideographs):
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


def _detect(data: bytes, path: Path | None) -> Decoded:
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


# --- a whole file misread as Latin-1/cp1252 (step 11) ---------------------------------------------

CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# cp1252's extras to the Latin-1 character of their byte, so that `.encode("latin-1")` gives the
# bytes either codec read (a "sloppy" cp1252 decoder passes its five undefined bytes through).
TO_LATIN1 = str.maketrans({ch: chr(ch.encode("cp1252")[0]) for ch in CP1252_EXTRAS})
# Line ends added after the misreading (U+2028/U+2029 are no Latin-1 character); a NEL is a line
# end only in a file without LF or CR (elsewhere it is byte 0x85 of the misread text).
NOT_SINGLE_BYTE_RE = re.compile(f"[^\x00-\xff{CP1252_EXTRAS}\u2028\u2029]")
LINE_SEPARATOR_RE = re.compile("([\u2028\u2029])")
NEL_SEPARATOR_RE = re.compile("([\u2028\u2029\x85])")
MIN_MISREAD = 20  # non-ASCII characters a text needs before it is judged a whole misreading


def _misread_as(text: str, written: str, nel_ends: bool) -> str | None:
    """`text` re-encoded as Latin-1/cp1252 and decoded strictly as `written`, its U+2028/U+2029
    line ends kept. With `nel_ends` (a text without LF or CR), a NEL is a line end where `written`
    cannot hold it: a 0x85 byte of UTF-8 never stands alone, so only a lone one is a line end;
    GBK would pair it with the next byte, so every one is."""
    separators = NEL_SEPARATOR_RE if nel_ends and written != "utf-8" else LINE_SEPARATOR_RE
    out = []
    for piece in separators.split(text):
        if separators.fullmatch(piece):
            out.append(piece)
            continue
        data = piece.translate(TO_LATIN1).encode("latin-1")
        if written == "utf-8" and nel_ends:
            meant = data.decode("utf-8", errors="surrogateescape").replace("\udc85", "\x85")
            if any("\ud800" <= ch <= "\udfff" for ch in meant):
                return None
            out.append(meant)
            continue
        try:
            out.append(data.decode(written))
        except UnicodeDecodeError:
            return None
    return "".join(out)


def _everyday_chinese(text: str) -> bool:
    ideographs = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if len(ideographs) < MIN_IDEOGRAPHS:
        return False
    return sum(map(_level_one, ideographs)) >= LEVEL_ONE_SHARE * len(ideographs)


def _undo_misreading(decoded: Decoded) -> Decoded:
    """`decoded`, or the text it meant if it is a whole Chinese file misread (step 11). UTF-8 is
    tried first: strict UTF-8 is the rarer accident."""
    text = decoded.text
    if text.isascii() or NOT_SINGLE_BYTE_RE.search(text):
        return decoded  # most texts: one check in C
    if len(text) - len(text.encode("ascii", errors="ignore")) < MIN_MISREAD:
        return decoded
    nel_ends = "\x85" in text and "\n" not in text and "\r" not in text
    for written in ("utf-8", "gb18030"):
        meant = _misread_as(text, written, nel_ends)
        if meant is None or not _everyday_chinese(meant):
            continue
        read = "cp1252" if any(ch in CP1252_EXTRAS for ch in text) else "latin1"
        misread = f"{'utf8' if written == 'utf-8' else 'gbk'}-as-{read}"
        method = f"{decoded.method}; whole file {misread} undone"
        return replace(decoded, text=meant, method=method, misread=misread)
    return decoded


def decode(data: bytes, path: Path | None = None) -> Decoded:
    """Decode input bytes; raise InputError naming the file when they are not text."""
    return _undo_misreading(_decode(data, path))


def _decode(data: bytes, path: Path | None) -> Decoded:
    _refuse_binary(data, path)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start + len(bom)}); re-save it as UTF-8",
                    path,
                ) from None
            return Decoded(text, encoding, 1.0, "bom", had_bom=True)
    # Mostly-ASCII UTF-16 is valid UTF-8 (NUL is ASCII), so its NUL pattern is checked first;
    # CJK UTF-16 has few NULs and is never valid UTF-8, so a UTF-8 file with a stray NUL or two
    # is not mistaken for it.
    if data.count(0) >= len(data) * UTF16_MIN_NUL_SHARE:
        utf16 = _utf16_by_nul_pattern(data)
        if utf16 is not None:
            return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if 0 in data:  # UTF-16 of a script whose code units hold no byte >= 0x80 (Cyrillic)
            utf16 = _utf16_by_nul_pattern(data)
            if utf16 is not None:
                return utf16
        _refuse_nul_heavy(data, path)
        return _iso2022(data, text) or Decoded(text, "utf-8", 1.0, "utf-8")
    utf16 = _utf16_by_nul_pattern(data)
    if utf16 is not None:
        return utf16
    if 0 in data:  # CJK UTF-16 with a little ASCII: too few NULs for a pattern, but not binary
        utf16 = _utf16_cjk(data)
        if utf16 is not None:
            return utf16
    _refuse_nul_heavy(data, path)
    lossy = _mostly_utf8(data) or _utf16_cjk(data)
    if lossy is not None:
        return lossy
    _refuse_control_heavy(data, path)
    return _detect(data, path)


def read_file(path: Path) -> Decoded:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path) from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}", path) from None
    decoded = decode(data, path)
    if not decoded.text.strip():
        raise InputError("is empty (no text to convert)", path)
    return decoded
