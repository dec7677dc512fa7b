"""What the passes before the mojibake pass ask about its repairs: is a C1 control, soft hyphen
or no-break space a byte of a damaged sequence (the invisible pass leaves it), is a NEL byte 0x85
of one or a line ending (the line-endings pass). They ask of a few places, so only the lines
around those are searched, through the document's context."""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right

from ..incremental import LineLocal
from .common import CP1252_EXTRAS, LATIN_RE, Repair, is_utf8, latin_bytes, utf8_length
from .wraps import inside_gbk_character, latin_prefix, latin_suffix

# The stretches of lines `SpanIndex` searches before it searches the whole text: one per this
# many characters of the text (a stretch has a fixed cost, bench/README.md; a text with many
# positions to ask about is soon searched whole), one of a single line (the cuts on both sides
# of its line, `spans.SPANS_CUT`: a lookup of that line's repairs) per LINE_CHARACTERS.
STRETCH_CHARACTERS = 8000
LINE_CHARACTERS = 100


class SpanIndex:
    """Answers "is this position inside a mojibake repair?" for the passes that run before this
    one: a C1 control, soft hyphen or no-break space inside one is a byte of the damaged sequence
    (`Ã\\xa0` is à, `ä¸\\xad` is 中), and the invisible pass must leave it to this pass."""

    def __init__(self, text: str, spans: LineLocal[Repair]) -> None:
        self._text = text
        self._spans = spans
        # the repairs of the stretch of lines around the last position asked about (all of
        # them when they are known): a few positions need no other line's repairs found; once
        # the stretches have cost the text's length (STRETCH_CHARACTERS a stretch, or
        # LINE_CHARACTERS where it is one line), those of the whole text are found (and kept)
        # instead of another
        self._lo = self._hi = 0
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._left = len(text)

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int) or not 0 <= pos < len(self._text):
            return False
        if not self._lo <= pos < self._hi:
            if self._left < LINE_CHARACTERS:
                self._lo, self._hi, spans = 0, len(self._text), self._spans(self._text)
            else:
                self._lo, self._hi, spans = self._spans.stretch(self._text, pos)
                one_line = self._text.find("\n", self._lo, self._hi - 1) < 0
                self._left -= LINE_CHARACTERS if one_line else STRETCH_CHARACTERS
            self._starts = [r.start for r in spans]
            self._ends = [r.end for r in spans]
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


NEL_RE = re.compile("\u0085")
NEL_ELLIPSIS_FOLLOWERS = frozenset(" \t\u0094\u0092”’\"')]")  # after "…", not after a line end


def mojibake_nels(text: str, spans: LineLocal[Repair]) -> set[int]:
    """Positions of U+0085 that are a byte of mojibake rather than a NEL line ending: cp1252's "…"
    read as Latin-1 (`parlé\\x85 Tu sais`) or part of a longer sequence. A file that ends its lines
    with NEL has no LF or CR, and its NELs stand after whole words and before the next line; so in
    text with LF or CR every NEL inside a repair is mojibake, and in text without them one right
    after a Latin-1 or cp1252 letter or byte (a blank line's NELs and a soft hyphen looked past)
    unless that byte ends a whole UTF-8 character or the NEL cuts a UTF-8 or GBK character in two
    (a wrap), one after an ASCII character and before a space or a closing mark (not before an
    indentation), or a single one at the end.
    After anything else (a CJK character, a dash, a zero-width space) it ends a line: a cp1252 file
    cannot hold a CJK character, and neither UTF-8 nor GBK read as Latin-1 puts byte 0x85 right
    after a whole character."""
    if "\u0085" not in text:
        return set()
    has_breaks = "\n" in text or "\r" in text
    lone = text.count("\u0085") == 1
    found = set()
    nels = (match.start() for match in NEL_RE.finditer(text))
    for repair in spans.around(text, nels):  # the repairs that may hold a NEL
        pos = text.find("\u0085", repair.start, repair.end)
        while pos >= 0:  # (each NEL of the repair, not a step for each of its characters)
            start = pos
            while start > 0 and text[start - 1] in "\u0085\u00ad":
                start -= 1  # a blank line (NELs after one character), a soft hyphen at a line end
            previous, following = text[start - 1 : start], text[pos + 1 : pos + 2]
            if (
                has_breaks
                or (
                    _latin_byte(previous)
                    and not previous.isspace()
                    and (
                        _completes_utf8_character(text, start, pos)
                        or not (
                            _nel_ends_line(text, start, pos)
                            or (start == pos and inside_gbk_character(text, 0, pos))
                        )
                    )
                )
                or (
                    previous.isascii()
                    and following in NEL_ELLIPSIS_FOLLOWERS
                    and text[pos + 1 : pos + 3] not in ("  ", "\t")
                )
                or (lone and not following)
            ):
                found.add(pos)
            pos = text.find("\u0085", pos + 1, repair.end)
    return found


def _completes_utf8_character(text: str, start: int, pos: int) -> bool:
    """Byte 0x85 at `pos` is a continuation byte of the UTF-8 character the Latin-1 bytes before
    it begin, and the bytes after it complete that character (`å\x85±` is 共)."""
    if start != pos:
        return False
    tail = latin_suffix(text, pos)
    lead = next((k for k in range(len(tail) - 1, -1, -1) if tail[k] >= 0xC0), None)
    if lead is None:
        return False
    missing = utf8_length(tail[lead]) - (len(tail) - lead)
    end = pos + 1
    while end < len(text) and end - pos <= 6 and LATIN_RE.match(text, end):
        end += 1
    after = latin_bytes(text[pos + 1 : end]) or b""
    if missing < 1 or len(after) < missing - 1:
        return False
    try:  # the character, then what follows it as far as it is UTF-8 too (a cut end allowed)
        codecs.getincrementaldecoder("utf-8")().decode(tail[lead:] + b"\x85" + after)
    except UnicodeDecodeError:
        return False
    return True


def _nel_ends_line(text: str, start: int, pos: int) -> bool:
    """In a NEL-ended text, the NEL at `pos` (its run of NELs and soft hyphens from `start`) after
    UTF-8 read as Latin-1 is a line end, not byte 0x85 of the sequence: the bytes before it end a
    whole character (`éšœ` is 障; a NEL-ended file's lines end after whole characters), or they
    begin one that the bytes after the NEL complete without it while with it they cannot
    (`äº` NEL `º` is 人 cut by a wrap; `ä¼\x85è` is 会 and 0x85 a byte of it)."""
    tail = latin_suffix(text, start)
    lead = next((k for k in range(len(tail) - 1, -1, -1) if tail[k] >= 0xC0), None)
    if lead is None or any(not 0x80 <= b <= 0xBF for b in tail[lead + 1 :]):
        return False
    missing = utf8_length(tail[lead]) - (len(tail) - lead)
    if missing <= 0:
        return missing == 0 and is_utf8(tail[lead:])
    head = latin_prefix(text, pos + 1)
    cut = head[:missing]
    if len(cut) < missing or not is_utf8(tail[lead:] + cut):
        return False
    with_nel = tail[lead:] + b"\x85" + head[: missing - 1]
    return not is_utf8(with_nel) or 0x80 <= (head[missing - 1 : missing] or b"\x00")[0] <= 0xBF


def _latin_byte(ch: str) -> bool:
    """A character of Latin-1 or cp1252 above ASCII, typographic punctuation aside (`—`, `“`, `…`
    are also what Chinese and English text are written with)."""
    return bool(ch) and ("\x80" <= ch <= "\xff" or (ch in CP1252_EXTRAS and ch not in "–—‘’“”…"))
