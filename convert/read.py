"""Bytes to text, with the encoding decision recorded, never guessed silently.

Order: a BOM decides; otherwise strict UTF-8 (the overwhelmingly common case, and one that a
detector can only get wrong); otherwise charset-normalizer chooses among the encodings editors
actually receive. Whatever was chosen, and how sure the choice was, travels with the text into the
repair log so a reviewer sees it.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# What detection may choose from when the bytes are neither BOM-marked nor valid UTF-8.
CANDIDATE_ENCODINGS: tuple[str, ...] = (
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "utf_16",
    "cp1252",
    "latin_1",
)

# Signatures of files that are not text whatever their name says.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"PK\x03\x04", "a zip archive (DOCX, EPUB, …)"),
    (b"\x7fELF", "an executable"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    confidence: float  # 1.0 when a BOM or strict UTF-8 decided
    method: str  # "bom", "utf-8", "detected"
    had_bom: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "encoding": self.encoding,
            "confidence": round(self.confidence, 3),
            "method": self.method,
            "bom": self.had_bom,
        }


def _refuse_binary(data: bytes, path: Path | None) -> None:
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"this is {what}, not text; convert it to text first", path)


def decode(data: bytes, path: Path | None = None) -> Decoded:
    """Decode input bytes; raise InputError naming the file when they are not text."""
    _refuse_binary(data, path)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start + len(bom)})",
                    path,
                ) from None
            return Decoded(text, encoding, 1.0, "bom", had_bom=True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0, "utf-8")
    except UnicodeDecodeError:
        pass
    if data.count(0) > len(data) // 4 and b"\x00\x00" in data:
        raise InputError("contains many NUL bytes: this looks like a binary file, not text", path)
    return _detect(data, path)


def _detect(data: bytes, path: Path | None) -> Decoded:
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS))
    best = matches.best()
    if best is None:
        raise InputError(
            "is not valid UTF-8 and matches none of the encodings Galley detects "
            f"({', '.join(CANDIDATE_ENCODINGS)}); re-save it as UTF-8",
            path,
        )
    text = str(best)
    return Decoded(text, best.encoding, max(0.0, 1.0 - best.chaos), "detected")


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
