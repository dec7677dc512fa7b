"""A whole Chinese file misread as Latin-1/cp1252 and saved so (step 11 of `readers/text.py`),
undone at the byte level: run by run, the mojibake pass cannot decide the short runs such a
file is full of; the whole file decides them all at once."""

from __future__ import annotations

import re
from dataclasses import replace

from ..chars import CP1252_EXTRAS
from .encodings import LEVEL_ONE_SHARE, MIN_IDEOGRAPHS, Decoded, level_one

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
    return sum(map(level_one, ideographs)) >= LEVEL_ONE_SHARE * len(ideographs)


def undo_misreading(decoded: Decoded) -> Decoded:
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
