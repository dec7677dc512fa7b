"""Runs cut by a hard wrap.

UTF-8 read as Latin-1/cp1252 and then hard-wrapped: a wrap that fell inside a character's bytes
leaves a lead byte at one line's end and its continuation bytes at the next line's start
(`…ç` / `¡€…` is 础), and neither line decodes alone; so does a wrap inside a GBK character read
as Latin-1, or inside a phrase of UTF-8 read as GBK. Such a line break cannot be a paragraph end,
so the lines are repaired as one, the break inside the repair (`spans.py`).
"""

from __future__ import annotations

from .common import LATIN_CHARACTERS, LATIN_RE, cjk_or_punct, latin_bytes, utf8_length
from .phrases import PHRASE_START_RE, cut_inside_character

CUT_CONTEXT = 12  # characters on each side of a line break that judge a cut phrase


def latin_suffix(text: str, end: int) -> bytes:
    """The bytes of the (at most three) Latin-1/cp1252 characters right before `end`."""
    start = end
    while start > 0 and end - start < 3 and LATIN_RE.match(text, start - 1):
        start -= 1
    return latin_bytes(text[start:end]) or b""


def latin_prefix(text: str, start: int) -> bytes:
    end = start
    while end < len(text) and end - start < 3 and LATIN_RE.match(text, end):
        end += 1
    return latin_bytes(text[start:end]) or b""


def _inside_character(text: str, pos: int) -> bool:
    """The line break at `pos` falls inside the bytes of one UTF-8 CJK character."""
    tail = latin_suffix(text, pos)
    lead = next((k for k in range(len(tail) - 1, -1, -1) if tail[k] >= 0xC0), None)
    if lead is None or any(not 0x80 <= b <= 0xBF for b in tail[lead + 1 :]):
        return False
    missing = utf8_length(tail[lead]) - (len(tail) - lead)
    prefix = latin_prefix(text, pos + 1)
    head = prefix[:missing]
    if missing < 1 or len(head) < missing or any(not 0x80 <= b <= 0xBF for b in head):
        return False
    if 0x80 <= (prefix[missing : missing + 1] or b"\x00")[0] <= 0xBF:
        return False  # a continuation byte left over: the character is not cut here
    try:
        character = (tail[lead:] + head).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return cjk_or_punct(character)


def _gbk_run_start(text: str, end: int) -> int:
    """Where the run of GBK-as-Latin-1 bytes that ends at `end` starts: Latin-1/cp1252
    characters, and ASCII ones right after them (a GBK trail byte 0x40-0x7E)."""
    start = end
    while start > 0 and (
        LATIN_RE.match(text, start - 1)
        or ("@" <= text[start - 1] <= "~" and start > 1 and LATIN_RE.match(text, start - 2))
    ):
        start -= 1
    return start


def inside_gbk_character(text: str, start: int, pos: int) -> bool:
    """The line break at `pos` falls inside the two bytes of a GB2312 character read as Latin-1 or
    cp1252 (`…ÉäÖÐÐÄµ` / `ã»ð…` is 射中心点): the run ending the line, read in pairs from its
    first byte (from its second where the line itself starts inside a character, `start`), leaves
    a lead byte over, and the next line's first byte completes it as a character of everyday
    Chinese (both bytes A1-FE)."""
    run = max(_gbk_run_start(text, pos), start)
    data = latin_bytes(text[run:pos])
    following = latin_bytes(text[pos + 1 : pos + 2])
    if not data or not following or not 0xA1 <= following[0] <= 0xFE:
        return False
    i = 0
    while i < len(data) - 1:
        if data[i] < 0x80:
            i += 1
        elif 0x81 <= data[i] <= 0xFE and (0x40 <= data[i + 1] <= 0xFE and data[i + 1] != 0x7F):
            i += 2
        else:
            return False
    if i != len(data) - 1 or not 0xA1 <= data[i] <= 0xFE:
        return False
    try:
        character = bytes([data[i], following[0]]).decode("gb2312")
    except UnicodeDecodeError:
        return False
    return cjk_or_punct(character)


def breaks_inside_characters(
    text: str, lines: list[tuple[int, int]], phrase_starts: list[int]
) -> list[int]:
    """The line breaks inside a character, looked for at the ends of candidate lines only: the
    line before such a break ends with a UTF-8 lead byte read as Latin-1 (`Â`-`ô`) or a GBK lead
    byte (`¡`-`þ`), which makes it a candidate (FTFY_SUSPECT_RE), or a phrase of UTF-8 read as
    GBK starts close before it (`phrase_starts`: PHRASE_START_RE in the whole text)."""
    found: list[int] = []
    near_phrase = _line_feeds_after(text, phrase_starts, CUT_CONTEXT)
    for start, end in lines:
        # (`_inside_misread_phrase` holds only at a line feed no more than CUT_CONTEXT after a
        # phrase start: asked of the set first, not of a search of every candidate line's end)
        if end in near_phrase and _inside_misread_phrase(text, start, end):
            found.append(end)
            continue
        if end >= len(text) or text[end - 1] not in LATIN_CHARACTERS:
            continue  # the line does not end on a byte read as Latin-1/cp1252: most lines
        if text[end + 1 : end + 2] not in LATIN_CHARACTERS:
            # nor does the next line start on one: both tests below need a byte read so there
            # (a continuation byte, a GBK trail byte), and a line of Chinese ending on a soft
            # hyphen is common, a cut character rare
            continue
        continued = bool(found) and found[-1] == start - 1  # this line starts inside a character
        first = start + continued
        # a soft hyphen put at the line end (`…åŸºç\xad` / `¡€…` is 基础) is looked past, and
        # repaired away with the break, when byte 0xAD does not itself belong there (`å\xad` / `¦`
        # is 学)
        for hyphen in (end, end - 1):
            if hyphen < end and (hyphen < first or text[hyphen] != "\u00ad"):
                break
            local = text[first:hyphen] + text[end : end + 4]
            if _inside_character(local, hyphen - first) or inside_gbk_character(
                local, 0, hyphen - first
            ):
                found += [hyphen, end] if hyphen < end else [end]
                break
    return found


def _line_feeds_after(text: str, positions: list[int], reach: int) -> set[int]:
    """The line feeds that follow one of `positions` on its line, `reach` characters or less
    after it."""
    feeds = set()
    for pos in positions:
        feed = text.find("\n", pos)
        if 0 <= feed - pos <= reach:
            feeds.add(feed)
    return feeds


def _inside_misread_phrase(text: str, start: int, end: int) -> bool:
    """The line break at `end` cuts a phrase of UTF-8 read as GBK inside a character (the phrase
    was hard-wrapped after it was damaged): both sides of the break are CJK."""
    if end >= len(text) - 1 or end == start or text[end] != "\n":
        return False
    if text[end - 1].isascii() or text[end + 1].isascii():
        return False  # a GBK reading of a cut character is CJK on both sides
    if not PHRASE_START_RE.search(text, max(start, end - CUT_CONTEXT), end):
        return False  # most lines: no phrase starts close enough to the break
    following = text.find("\n", end + 1)
    head = text[end + 1 : following if following >= 0 else len(text)][:CUT_CONTEXT]
    return cut_inside_character(text[max(start, end - CUT_CONTEXT) : end], head)
