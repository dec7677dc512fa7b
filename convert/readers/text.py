"""The text reader: bytes to text, with the encoding decision recorded, never guessed silently.

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
   as "GB18030" with a confidence far below it) and is refused rather than guessed.

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
    recorded change that says which characters were guessed (`normalize/mojibake/read_back.py`).

Whatever was chosen, and how sure the choice was, travels with the text into the repair log.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from .encodings import (
    MAX_CONTROL_SHARE,
    Decoded,
    detect,
    iso2022,
    mostly_utf8,
    utf16_by_nul_pattern,
    utf16_cjk,
)
from .misread import undo_misreading

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

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

MAX_NUL_SHARE = 0.01  # more NUL bytes than this, and not UTF-16: binary
CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in b"\t\n\r\x0c\x0b\x1b")
UTF16_MIN_NUL_SHARE = 0.1  # above this, NULs are checked for a UTF-16 pattern before UTF-8


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


def decode(data: bytes, path: Path | None = None) -> Decoded:
    """Decode input bytes; raise InputError naming the file when they are not text."""
    return undo_misreading(_decode(data, path))


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
        utf16 = utf16_by_nul_pattern(data)
        if utf16 is not None:
            return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if 0 in data:  # UTF-16 of a script whose code units hold no byte >= 0x80 (Cyrillic)
            utf16 = utf16_by_nul_pattern(data)
            if utf16 is not None:
                return utf16
        _refuse_nul_heavy(data, path)
        return iso2022(data, text) or Decoded(text, "utf-8", 1.0, "utf-8")
    utf16 = utf16_by_nul_pattern(data)
    if utf16 is not None:
        return utf16
    if 0 in data:  # CJK UTF-16 with a little ASCII: too few NULs for a pattern, but not binary
        utf16 = utf16_cjk(data)
        if utf16 is not None:
            return utf16
    _refuse_nul_heavy(data, path)
    lossy = mostly_utf8(data) or utf16_cjk(data)
    if lossy is not None:
        return lossy
    _refuse_control_heavy(data, path)
    return detect(data, path)


def read(path: Path) -> Decoded:
    """The file's text and how it was decoded; InputError when it cannot be read or holds none."""
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
