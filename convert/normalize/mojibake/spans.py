"""Every repair the mojibake pass would make in a text, line by line.

Each line is asked only if it meets one of the necessary conditions of a repair (most lines of
correct text meet none); a line is repaired alone, or with its neighbour where a hard wrap cut a
character (`wraps.py`) or fell near a lost byte. So the repairs between two line feeds where
`SPANS_CUT` allows a cut are those of that stretch alone: the per-document context recomputes
only the stretches around the edits of each pass (`incremental.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import repeat

from ..incremental import Cut
from .common import LATIN_CHARACTERS, REPLACEMENT, Repair
from .gbk_as_latin1 import GB2312_PAIR_RE, LATIN_LONG_RUN_RE, latin_repairs
from .phrases import PHRASE_START_RE, START_CHARACTERS, phrase_repairs
from .utf8_as_gbk import (
    GBK_RUN_LEAD_AFTER_RE,
    UTF8_LEAD_CHARACTERS,
    gbk_repair_may_start,
    gbk_repairs,
    may_open_repair,
)
from .utf8_as_latin1 import FTFY_SUSPECT_RE, ftfy_repairs, short_utf8_repairs
from .word_model import CONTEXT
from .wraps import CUT_CONTEXT, breaks_inside_characters


def _gaps(line: str, repairs: Sequence[Repair]) -> list[tuple[int, int]]:
    """The stretches of `line` between repairs."""
    gaps, cursor = [], 0
    for repair in sorted(repairs):
        gaps.append((cursor, repair.start))
        cursor = repair.end
    gaps.append((cursor, len(line)))
    return [(a, b) for a, b in gaps if b > a]


@lru_cache(maxsize=4096)
def line_repairs(line: str, preceding: str = "", following: str = "") -> tuple[Repair, ...]:
    """Every repair of one line, in order, none overlapping (pure; cached because the invisible
    and line-ending passes ask about the same lines before this pass runs). `preceding` and
    `following`: the edges of the lines around, repaired, where a wrap cut the text near a lost
    byte (`_neighbours`)."""
    gbk = gbk_repair_may_start(line)
    latin = LATIN_LONG_RUN_RE.search(line) is not None
    suspect = FTFY_SUSPECT_RE.search(line) is not None
    phrase = PHRASE_START_RE.search(line) is not None
    if not (gbk or latin or suspect or phrase):
        return ()  # most lines of correct text
    # a short run (two characters: one GBK character) is tried only inside Chinese text, and
    # repaired only where it is a GB2312 character's bytes
    short_gbk = suspect and not latin and GB2312_PAIR_RE.search(line) is not None
    repairs = latin_repairs(line) if latin or short_gbk else []
    if suspect:  # ftfy only where GBK did not already explain it
        for start, end in _gaps(line, repairs):
            repairs += [
                r._replace(start=start + r.start, end=start + r.end)
                for r in ftfy_repairs(line[start:end])
            ]
    if latin or suspect:
        repairs += short_utf8_repairs(line, repairs)
    if phrase:
        repairs += phrase_repairs(line, repairs, preceding, following)
    if gbk:
        repairs += gbk_repairs(line, repairs)
    return tuple(sorted(repairs))


def _candidate_lines(
    text: str, suspects: list[int], phrase_starts: list[int], runs: list[int] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each line that meets one of `line_repairs`' necessary conditions, found
    by four searches of the whole text (none of the patterns crosses a line feed; the matches of
    two, `suspects` and `phrase_starts`, are the caller's, and of a third, `runs`, where given:
    `one_scan_with_runs`): every other line has no repair, and most lines of correct text are
    never looked at one by one."""
    found = [match.start() for match in LATIN_LONG_RUN_RE.finditer(text)] if runs is None else runs
    found += suspects
    found += [
        lead
        for match in GBK_RUN_LEAD_AFTER_RE.finditer(text)
        if may_open_repair(text, lead := match.end() - 1)
    ]
    found += phrase_starts
    if text[:1] in UTF8_LEAD_CHARACTERS and may_open_repair(text, 0):
        found.append(0)
    found.sort()
    lines: list[tuple[int, int]] = []
    for pos in found:
        if lines and pos < lines[-1][1]:
            continue  # the same line as the previous candidate
        end = text.find("\n", pos)
        lines.append((text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end))
    return lines


# From this many characters on, a text is scanned once for the characters of FTFY_SUSPECT_RE and
# of PHRASE_START_RE together: the scan saved costs about what compiling that class does once
# (bench/README.md), and a text's repairs are found whole several times a call.
ONE_SCAN_CHARACTERS = 200_000


def suspects_and_phrase_starts(text: str) -> tuple[list[int], list[int]]:
    """Where FTFY_SUSPECT_RE matches in `text`, and where PHRASE_START_RE does."""
    if len(text) < ONE_SCAN_CHARACTERS:
        suspects = [match.start() for match in FTFY_SUSPECT_RE.finditer(text)]
        return suspects, [match.start() for match in PHRASE_START_RE.finditer(text)]
    return one_scan(text)


def _starts(text: str) -> tuple[list[int], list[int], list[int] | None]:
    """`suspects_and_phrase_starts`, and in a long text `one_scan_with_runs`' runs (None:
    `_candidate_lines` searches for LATIN_LONG_RUN_RE's matches itself)."""
    if len(text) < ONE_SCAN_CHARACTERS:
        return (*suspects_and_phrase_starts(text), None)
    return one_scan_with_runs(text)


def one_scan(text: str) -> tuple[list[int], list[int]]:
    """`suspects_and_phrase_starts` by one search for either class (no character is in both:
    the phrase starts are Han characters), each match told apart by the set of phrase starts."""
    suspects, phrase_starts, _ = one_scan_with_runs(text)
    return suspects, phrase_starts


# the characters a LATIN_LONG_RUN_RE match may open with that FTFY_SUSPECT_RE's class lacks
# (cp1252's quotes, dashes, `…`, `€`, `™`), which the long text's one search stops at too
LATIN_OFF_SUSPECTS = frozenset(ch for ch in LATIN_CHARACTERS if FTFY_SUSPECT_RE.match(ch) is None)


def one_scan_with_runs(text: str) -> tuple[list[int], list[int], list[int]]:
    """`one_scan`, and where LATIN_LONG_RUN_RE matches at a character of LATIN_OFF_SUSPECTS, by
    the same search. With the suspects these give the lines of the pattern's own matches (a
    match that opens on a suspect is in a suspect's line; the pattern crosses no line feed), so
    `_candidate_lines` needs no search of its own (~70 instructions a character, the one
    search's cost) where the text holds few such quotes and dashes (a Chinese text: ~1 in 200)."""
    suspects: list[int] = []
    phrase_starts: list[int] = []
    runs: list[int] = []
    run_at = LATIN_LONG_RUN_RE.match
    for match in _suspect_or_phrase_start_re().finditer(text):
        character, at = match.group(), match.start()
        if character in START_CHARACTERS:
            phrase_starts.append(at)
        elif character not in LATIN_OFF_SUSPECTS:
            suspects.append(at)
        elif run_at(text, at) is not None:
            runs.append(at)
    return suspects, phrase_starts, runs


@cache
def _suspect_or_phrase_start_re() -> re.Pattern[str]:
    """FTFY_SUSPECT_RE's class, PHRASE_START_RE's and LATIN_OFF_SUSPECTS as one, compiled at the
    first long text."""
    classes = FTFY_SUSPECT_RE.pattern[1:-1] + PHRASE_START_RE.pattern[1:-1]
    return re.compile(f"[{classes}{re.escape(''.join(sorted(LATIN_OFF_SUSPECTS)))}]")


def _wrapped_near_loss(text: str, line_feed: int) -> bool:
    """A hard wrap between two lines of CJK text with a lost byte (U+FFFD) within
    CONTEXT characters of it, on either side: what the lost byte was is judged with
    the other line's edge as its context (a wrap is no sentence end). Reads CUT_CONTEXT
    characters before the line feed and WRAP_AHEAD after it."""
    if not 0 < line_feed < len(text) - 1:
        return False
    if text[line_feed - 1].isascii() or text[line_feed + 1].isascii():
        return False
    return (
        REPLACEMENT in text[max(0, line_feed - CONTEXT) : line_feed]
        or REPLACEMENT in text[line_feed + 1 : line_feed + 1 + CONTEXT]
    )


WRAP_AHEAD = CONTEXT + 1  # characters `_wrapped_near_loss` reads after a line feed


def _repaired_line(text: str, start: int) -> str:
    """The line that starts at `start`, as its own repairs (alone) leave it."""
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end]
    pieces, cursor = [], 0
    for r in line_repairs(line):
        pieces += [line[cursor : r.start], r.after]
        cursor = r.end
    return "".join(pieces) + line[cursor:]


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """(the end of the line before, the start of the line after) the line `text[start:end]`, each
    as that line's own repairs leave it, where `_wrapped_near_loss`; "" otherwise. The context
    depends on the lines next to a line, never on a chain of them."""
    preceding = following = ""
    if start > 0 and _wrapped_near_loss(text, start - 1):
        line_start = text.rfind("\n", 0, start - 1) + 1
        preceding = _repaired_line(text, line_start)[-CONTEXT:]
    if _wrapped_near_loss(text, end):
        following = _repaired_line(text, end + 1)[:CONTEXT]
    return preceding, following


def _may_cut_after(text: str, line_feed: int) -> bool:
    """No repair crosses this line feed, and the repairs on either side of it are those of each
    side alone (`incremental.LineLocal`): only a line that ends in a Latin-1/cp1252 character
    over a line that opens with one, or a line break inside a phrase of UTF-8 read as GBK, can
    cut a character (`breaks_inside_characters`). The second is ruled out as
    `wraps._inside_misread_phrase` rules it out first: ASCII on either side, or no character a
    phrase can start with close before. Lines a wrap cut near a lost byte are repaired with each
    other's edges as context (`_wrapped_near_loss`): never cut there either. (So a line of
    Chinese that ends on a soft hyphen, over one that opens with a Han character, is cut there:
    most of the line ends the invisible pass asks about, bench/README.md.)"""
    if line_feed == 0:
        return True
    if (
        text[line_feed - 1] in LATIN_CHARACTERS
        and text[line_feed + 1 : line_feed + 2] in LATIN_CHARACTERS
    ):
        return False
    if line_feed + 1 >= len(text) or text[line_feed - 1].isascii() or text[line_feed + 1].isascii():
        return True
    return PHRASE_START_RE.search(
        text, max(0, line_feed - CUT_CONTEXT), line_feed
    ) is None and not _wrapped_near_loss(text, line_feed)


def mojibake_spans(text: str) -> list[Repair]:
    """Every repair this pass would make in `text`, in text coordinates.

    A text of one line, or of one line and the line feed that ends it (a stretch of
    `LineLocal` that the cuts on both sides leave one line, most of those the invisible pass
    asks about), has the line's own repairs: `lines_spans` finds no other line there, no break
    inside a character and no neighbour, and its necessary conditions are `line_repairs`' own;
    the line is looked up without its four searches."""
    last = len(text) - 1
    if text.find("\n", 0, last) < 0:
        return list(line_repairs(text[:last] if text[last:] == "\n" else text))
    return lines_spans(text)


def lines_spans(text: str) -> list[Repair]:
    """`mojibake_spans` of any text, line by line (the definition its one-line case keeps)."""
    spans: list[Repair] = []
    suspects, phrase_starts, runs = _starts(text)
    lines = _candidate_lines(text, suspects, phrase_starts, runs)
    breaks = breaks_inside_characters(text, lines, phrase_starts)
    if breaks:
        return _spans_across_breaks(text, lines, breaks)
    # most texts hold no lost byte, and no line needs its neighbours (one search in C)
    lossy = REPLACEMENT in text
    for start, end in lines:
        repairs = (
            line_repairs(text[start:end], *_neighbours(text, start, end))
            if lossy
            else line_repairs(text[start:end])
        )
        if repairs:
            spans += map(_moved, repairs, repeat(start))
    return spans


def _moved(repair: Repair, shift: int) -> Repair:
    """`repair` `shift` characters on (`_replace` is a Python method that reads every field by
    name; the text's repairs are moved into place for each text they are found in)."""
    return _new_repair(Repair, (repair[0] + shift, repair[1] + shift, *repair[2:]))


_new_repair = tuple.__new__


# the line-endings and invisible passes ask first, then this pass, often of the same text, and
# in later rounds of a text where only a few lines changed (`Context.mojibake`)
SPANS_CUT = Cut(_may_cut_after, behind=CUT_CONTEXT, ahead=WRAP_AHEAD)


def _spans_across_breaks(
    text: str, lines: list[tuple[int, int]], breaks: list[int]
) -> list[Repair]:
    """`mojibake_spans`, with each line that ends in a break inside a character repaired together
    with the next line (the break removed from what the repairs see, and put back inside the
    span of the repair that covers it)."""
    cut = set(breaks)
    segments: list[tuple[int, int]] = []
    for start, end in lines:
        if segments and segments[-1][1] >= start:
            continue  # already merged into the segment before
        while end in cut:
            following = text.find("\n", end + 1)
            end = len(text) if following < 0 else following
        segments.append((start, end))
    spans: list[Repair] = []
    for start, end in segments:
        removed = breaks[bisect_right(breaks, start) : bisect_right(breaks, end - 1)]
        virtual = text[start:end]
        for offset, b in enumerate(removed):
            at = b - start - offset
            virtual = virtual[:at] + virtual[at + 1 :]
        for r in line_repairs(virtual, *_neighbours(text, start, end)):
            first = (
                start + r.start + sum(1 for i, b in enumerate(removed) if b - start - i <= r.start)
            )
            last = start + r.end + sum(1 for i, b in enumerate(removed) if b - start - i < r.end)
            # an insertion right at a removed break goes after it (`first`), not before
            spans.append(r._replace(start=first, end=max(first, last)))
    return spans
