"""GBK read as Latin-1 or cp1252 (`ÄãºÃ` for 你好): runs of Latin-1 letters re-encoded and decoded
as GB18030, kept where they read as common Chinese. Tried first in a line, because ftfy would
otherwise "repair" pieces of such a run as UTF-8 (`Ï¯` becomes Greek `ϯ`). In a line where one
run was repaired this way, shorter runs of the same history are repaired too (`10ÔÂ` for 10月);
one GBK character inside Chinese text (`零Ê±起`) is repaired when it is everyday Chinese."""

from __future__ import annotations

import re

from ...chars import HAN_RE, is_wide
from .common import (
    KANA_HANGUL_RE,
    LATIN,
    LATIN_CHARACTERS,
    LATIN_RUN_RE,
    Repair,
    cjk_or_punct,
    is_utf8,
    latin_bytes,
    overlaps,
)
from .plausible import confirmed_cjk, han_score, reads_better

MIN_LATIN_RUN = 4  # non-ASCII characters a GBK-as-Latin-1 run needs on its own (two Han)
LONG_LATIN_RUN = 6  # shorter runs must not touch a Latin letter, and must decode to very
MIN_SHORT_SCORE = 5.8  # common Chinese (你好 6.8; 敲试, from the letters ÇÃÊÔ, 5.3)
# What a line needs to hold a repair of this history (necessary conditions `spans.py` asks of
# every line): MIN_LATIN_RUN Latin-1/cp1252 characters (ASCII trail bytes between them), or two
# that are one GB2312 character's bytes (lead A1-F7, trail A1-FE: the codec decodes no other
# pair above ASCII) for one GBK character inside Chinese text. A line without the first has runs
# of fewer than MIN_LATIN_RUN characters above ASCII, which only `_short_gbk_inside_chinese` can
# repair, and the confirmed round follows only a repair. (Any two Latin-1/cp1252 characters, the
# test this one replaced, sent Chinese text's `……`, `——` and curly quotes, cp1252 bytes 80-9F,
# through `latin_repairs`; `tests/.../test_gbk_as_latin1.py` holds it to the plain path.)
GB2312_PAIR_RE = re.compile("[\xa1-\xf7][\xa1-\xfe]")
ASCII_DIGITS = frozenset("0123456789")
LATIN_LONG_RUN_RE = re.compile(f"{LATIN}(?:[@-~]?{LATIN}){{{MIN_LATIN_RUN - 1}}}")


def _gbk_read_as_latin(
    run: str, confirmed: bool, inside_word: bool, inside_chinese: bool = False
) -> str | None:
    """The repaired run if `run` is GBK read as Latin-1 or cp1252. `confirmed`: another run of the
    line was repaired this way, so a short run needs only to decode to CJK text. `inside_word`:
    an ASCII letter touches the run. `inside_chinese`: CJK text stands on both sides (or on one,
    the line ending on the other)."""
    non_ascii = sum(1 for ch in run if not ch.isascii())
    if inside_chinese and not confirmed and non_ascii == len(run) == 2:
        return _short_gbk_inside_chinese(run)
    if non_ascii < (2 if confirmed else MIN_LATIN_RUN):
        return None
    # a short run inside a Latin word (`SÖÄ£`, `ÑÍCH`) is European text until proven otherwise
    short = non_ascii < LONG_LATIN_RUN
    if short and not confirmed and inside_word:
        return None
    data = latin_bytes(run)
    if data is None:
        return None
    if not confirmed and is_utf8(data):
        return None  # `HÄ±rsÄ±zÄ±` is Hırsızı: ftfy's history, unless the line proved to be GBK
    try:
        repaired = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if confirmed:
        return repaired if confirmed_cjk(repaired) else None
    if short and han_score(repaired)[0] < MIN_SHORT_SCORE:
        return None
    return repaired if reads_better(repaired, "") else None


def _short_gbk_inside_chinese(run: str) -> str | None:
    """One GBK character read as Latin-1/cp1252 standing inside Chinese text (`零Ê±起` is 零时起):
    too short for frequencies to judge, so it must be one character of everyday Chinese (GB2312's
    first level, or its punctuation), and not UTF-8 of CJK (`å§”` is ftfy's and the short UTF-8
    rule's). ftfy would read `Ê±` as UTF-8 too, but that gives `ʱ`, no Chinese character. Correct
    text does not put two Latin-1 letters between two ideographs."""
    data = latin_bytes(run)
    if data is None or len(data) != 2:
        return None
    if is_utf8(data) and all(cjk_or_punct(ch) for ch in data.decode("utf-8")):
        return None
    try:
        repaired = data.decode("gb2312")
    except UnicodeDecodeError:
        return None
    if HAN_RE.match(repaired):
        return repaired if 0xB0 <= data[0] <= 0xD7 else None
    return repaired if cjk_or_punct(repaired) else None


# the ASCII marks of a sentence that Chinese typed with half-width punctuation stands against
ASCII_MARKS = ",.;:!?"


def _cut_by_mark(beside: str, beyond: str) -> bool:
    """`beside` the run is an ASCII mark with a Latin-1 character `beyond` it: the run goes on
    past the mark (`Êý,»ð`), which cut it."""
    return bool(beside) and beside in ASCII_MARKS and bool(beyond) and "\x80" <= beyond <= "\xff"


def _beyond_digits(ch: str) -> str:
    """What digits beside a run count as, by `ch` beyond them: the line's edge ("") where that is
    the edge or another Latin-1/cp1252 run (`31ÈÕ20Ê±`), else `ch` (Chinese, or not)."""
    return "" if not ch or ch in LATIN_CHARACTERS else ch


def _inside_chinese(line: str, start: int, end: int) -> bool:
    """Chinese (no kana, no hangul) on both sides of the run, or on one side and the line's edge on
    the other; and not only Latin-1 signs that Chinese text itself uses (`○○したら××まで`).

    Digits with Chinese beyond them count as Chinese: Chinese text writes its numbers in ASCII
    digits right against the characters they count (`过去24小时`, `10月31日20时`), so one GBK
    character of a count or a date read as Latin-1 stands beside digits (`过去24Ð¡` cut by a wrap
    was read as UTF-8, Cyrillic `С`; `月31ÈÕ20` left as it was). Digits with anything else beyond
    them are no evidence (`Le 12Ã©`, `Chapter 1Ã©` are UTF-8 é). Evidence, the public corpus:
    bench/README.md, "Substitution damage: two more causes".

    An ASCII mark of a sentence (`ASCII_MARKS`) between the run and another Latin-1 character
    counts as the line's edge (`_cut_by_mark`): Chinese text typed with half-width punctuation
    keeps its commas in GBK, so a run read as Latin-1 is cut at each (`个位Êý,»ð箭` is
    个位数,火箭: each half one GBK character, with Chinese on one side and the rest of the run
    beyond the comma on the other). Beyond the mark European text has a space (`cafÃ©, thé`),
    and a mark with anything else beyond it is no evidence. Evidence: no line of the public
    corpus (`/work/shared/corpus`) holds a Latin-1 pair beside an ASCII mark with Han on the
    pair's other side (bench/README.md, "Substitution damage: a cut character, an open mark, a
    comma in GBK")."""
    if all(ch in "·×÷°±§¨" for ch in line[start:end]):
        return False
    before, after = line[start - 1 : start], line[end : end + 1]

    def chinese(ch: str) -> bool:
        return is_wide(ch) and not KANA_HANGUL_RE.match(ch)

    left, right = start, end
    while left > 0 and line[left - 1] in ASCII_DIGITS:
        left -= 1
    while right < len(line) and line[right] in ASCII_DIGITS:
        right += 1
    if left < start:  # digits: what stands beyond them (a run of the same history: the edge)
        before = _beyond_digits(line[left - 1 : left])
    elif _cut_by_mark(before, line[max(0, start - 2) : start - 1]):
        before = ""  # (`个位Êý,»ð箭`: 数 and 火, each cut from the other by the comma)
    if right > end:
        after = _beyond_digits(line[right : right + 1])
    elif _cut_by_mark(after, line[end + 1 : end + 2]):
        after = ""
    if not (before and chinese(before)) and not (after and chinese(after)):
        return False
    return (not before or chinese(before)) and (not after or chinese(after))


def latin_repairs(line: str) -> list[Repair]:
    repairs: list[Repair] = []
    message = "GBK text read as Latin-1/cp1252"
    for confirmed in (False, True):
        if confirmed and not repairs:
            break
        for match in LATIN_RUN_RE.finditer(line):
            if confirmed and overlaps(repairs, match.start(), match.end()):
                continue
            for start, end in _run_and_trimmed(line, *match.span()):
                neighbours = (line[start - 1 : start], line[end : end + 1])
                inside_word = any(c.isascii() and c.isalpha() for c in neighbours)
                repaired = _gbk_read_as_latin(
                    line[start:end], confirmed, inside_word, _inside_chinese(line, start, end)
                )
                if repaired is not None:
                    repairs.append(
                        Repair(start, end, repaired, "gbk-as-latin1", message, "warning")
                    )
                    break
    return sorted(repairs)


# cp1252's characters that Chinese text is also written with: at the edge of a run they are more
# likely the text's own marks (`ºÍ…£¬“天惠”`) than a GBK byte (0x91-0x97 pair only into GBK's rare
# extension characters); so are a soft hyphen and a no-break space (`…Ç±Á¦\xad` at a line end).
TEXT_MARKS = "‘’“”–—…\xad\xa0"


def _run_and_trimmed(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run, and, if it has any, the run without the text's own marks at its edges. No-break
    spaces at its edges are never part of it (0xA0 is no byte of GB2312: `\xa0\xa0` indenting a
    line is no `牋`)."""
    while start < end and line[start] == "\xa0":
        start += 1
    while end > start and line[end - 1] == "\xa0":
        end -= 1
    if start == end:
        return []
    inner_start, inner_end = start, end
    while inner_start < inner_end and line[inner_start] in TEXT_MARKS:
        inner_start += 1
    while inner_end > inner_start and line[inner_end - 1] in TEXT_MARKS:
        inner_end -= 1
    if (inner_start, inner_end) == (start, end) or inner_end == inner_start:
        return [(start, end)]
    return [(start, end), (inner_start, inner_end)]
