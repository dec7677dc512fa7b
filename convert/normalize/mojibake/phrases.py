"""Phrases of UTF-8 read as GBK glued inside correct Chinese text
(`中央广播鐢佃�嗘�诲彴涓诲姙鐨勫簡祝` is 中央广播电视总台主办的庆祝).

Such a phrase starts with a character whose GBK bytes are a UTF-8 lead byte and a continuation
byte, its bytes decode as UTF-8 from there, and the text reads far better decoded than as it
stands. Correct text rarely holds such a character (more often traditional Chinese and
Japanese, whose characters GBK places in the same rows), and its bytes almost never go on as
UTF-8 for more than a character: the word list is loaded only when a reading reaches two
characters.
A phrase ends where its reading can end (a character boundary of both readings); the correct
text after it may go on decoding for a character or two (全 is C8 AB, UTF-8 of `ȫ`), so the last
few such places are compared, the text around included.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...changes import Severity
from .chooser import Recovered, recover
from .common import REPLACEMENT, Repair, character_class, overlaps
from .read_back import Slot, read_stretch
from .word_model import CONTEXT, INVISIBLE, SEGMENT_COST, in_context, is_kana, text_cost, word_costs

MIN_CHARACTERS = 2  # non-ASCII characters a phrase must recover
MIN_PHRASE_GAIN = 8.0  # how much more probable (log10) the text reads with the phrase decoded
MIN_GAIN_PER_CHARACTER = 2.0  # and per recovered character
LAST_ENDS = 8
# what a paragraph ends with: where one of them fits a lost byte at a line end, the next line
# may start another paragraph, and is no context for it
PARAGRAPH_END_MARKS = frozenset("。！？…”’）」』")
MAX_LOST_SHARE = 0.5
MAX_RARE_PHRASE_SHARE = 0.34
RARE_COST = 6.5 + SEGMENT_COST  # a character alone rarer than 3 in 10 million words (浣, 鍘)


@dataclass(frozen=True)
class Phrase:
    """A damaged phrase of a line and what it meant."""

    start: int
    end: int
    recovered: Recovered
    gain: float  # log10: how much more probable the line reads with it decoded


def _start_characters() -> frozenset[str]:
    """Characters whose GBK bytes are a three-byte UTF-8 lead (E2-EF: CJK, its punctuation,
    “”—…) and a continuation byte: where a damaged phrase of Chinese starts. GBK maps every such
    pair (`test_a_lost_byte_is_always_a_continuation_byte`), so one decoding gives them all."""
    pairs = bytes(
        b for lead in range(0xE2, 0xF0) for trail in range(0x80, 0xC0) for b in (lead, trail)
    )
    return frozenset(pairs.decode("gbk"))


# 聽 is C2 A0, the UTF-8 no-break space, read as GBK: the commonest mojibake of Chinese web text
# (`聽聽聽聽` indenting a line). It starts a phrase too; in traditional text, where 聽 is a word,
# the reading stops at the next character (a byte of 0xA1-0xFE is no UTF-8 lead).
NBSP_READ_AS_GBK = "\u807d"
START_CHARACTERS = _start_characters() | {NBSP_READ_AS_GBK}
# What a line needs to hold a phrase (a necessary condition `spans.py` asks of every line): a
# character whose GBK bytes are a three-byte UTF-8 lead and a continuation byte.
PHRASE_START_RE = re.compile(f"[{character_class(START_CHARACTERS)}]")


def best_phrase(line: str, start: int, preceding: str = "", following: str = "") -> Phrase | None:
    """The damaged phrase of `line` that starts at `start` and reads best decoded, if it reads
    clearly better than the text as it stands. `preceding` and `following`: how the line before
    ends and the line after starts, repaired, where a hard wrap cut the sentence there (the
    context of a phrase at the line's edge).

    Its end is one of the last few places where the reading can end: correct text after the
    phrase goes on decoding as UTF-8 for a character or two at most (ASCII aside). Each is
    judged with the lost bytes of the longest reading filled once."""
    stretch = read_stretch(line, start, len(line))
    if not stretch.ends:
        return None
    before = preceding + line[:start]
    left = before[-CONTEXT:]
    last_end, last_count = stretch.ends[-1]
    if _visible(stretch.slots[:last_count]) < MIN_CHARACTERS:
        return None  # correct text: its reading stops within a character

    last = stretch.slots[last_count - 1]
    if last_end == len(line) and set(last.fits_at_end) & PARAGRAPH_END_MARKS:
        following = ""  # the line may end a paragraph (`。` lost at its end): judged as an end

    def after(end: int) -> str:
        return (line[end : end + CONTEXT] + following)[:CONTEXT]

    longest = recover(stretch.slots[:last_count], before, after(last_end), ended=True)
    best: tuple[float, int, int] | None = None
    for end, count in stretch.ends[-LAST_ENDS:]:
        wide = _visible(stretch.slots[:count])
        if wide < MIN_CHARACTERS:
            continue
        right = after(end)
        gain = text_cost(left + line[start:end] + right) - in_context(
            left, longest.text[:count], right
        )
        if gain >= max(MIN_PHRASE_GAIN, MIN_GAIN_PER_CHARACTER * wide) and (
            best is None or gain > best[0]
        ):
            best = (gain, end, count)
    if best is None:
        return None
    gain, end, count = best
    if end == last_end:
        recovered = longest
    else:
        recovered = recover(stretch.slots[:count], before, after(end), ended=True)
    return Phrase(start, end, recovered, gain) if _reads_as_text(recovered.text) else None


def _visible(slots: Sequence[Slot]) -> int:
    """The characters of a reading that count as recovered: neither ASCII nor invisible (`聽聽`
    reads as two no-break spaces, but 聽聽 is also a word of traditional Chinese: a phrase must
    recover more than spaces)."""
    return sum(1 for s in slots if not s.char.isascii() and s.char not in INVISIBLE)


def _reads_as_text(text: str) -> bool:
    """What a phrase decodes to is text, not more rare characters and holes: at most
    MAX_LOST_SHARE of its characters lost, at most MAX_RARE_PHRASE_SHARE of its ideographs rare (a
    misreading of something that was not UTF-8 decodes into GBK's rarest rows again)."""
    wide = [ch for ch in text if not ch.isascii()]
    if text.count(REPLACEMENT) > MAX_LOST_SHARE * len(wide):
        return False
    if any(is_kana(ch) for ch in wide):
        return True  # Japanese: its kanji are no words of the (simplified) Chinese list
    lexicon = word_costs()
    han = [ch for ch in wide if "\u4e00" <= ch <= "\u9fff"]
    rare = sum(1 for ch in han if lexicon.get(ch, math.inf) > RARE_COST)
    return rare <= MAX_RARE_PHRASE_SHARE * len(han)


def find_phrases(
    line: str, starts: Sequence[int], preceding: str = "", following: str = ""
) -> list[Phrase]:
    """The damaged phrases of `line`, left to right, none overlapping; `starts` are the indexes of
    its START_CHARACTERS; `preceding` and `following` as in `best_phrase`.

    >>> line = "中央广播" + "电视总台主办的庆".encode().decode("gbk", "replace") + "祝中国"
    >>> [(p.recovered.text, p.recovered.guessed) for p in find_phrases(line, [4, 5, 6])]
    [('电视总台主办的庆', 2)]
    """
    phrases: list[Phrase] = []
    for start in starts:
        if phrases and start < phrases[-1].end:
            continue
        phrase = best_phrase(line, start, preceding, following)
        if phrase is not None:
            phrases.append(phrase)
    return phrases


def cut_inside_character(before: str, after: str) -> bool:
    """A line break between `before` and `after` fell inside a damaged phrase and inside one of
    its UTF-8 characters (`…培训班瀛` / `﹀憳参加…`: 学 is E5 AD A6, the wrap came after E5 AD):
    read across the break, the phrase goes on for at least two more characters, and the break is
    no character boundary of that reading. The phrase was damaged first and hard-wrapped later,
    so neither line decodes alone."""
    joined = before + after
    for start, ch in enumerate(before):
        if ch not in START_CHARACTERS:
            continue
        stretch = read_stretch(joined, start, len(joined))
        reach = stretch.ends[-1][0] if stretch.ends else start
        if reach < len(before):
            continue
        return reach >= len(before) + 2 and all(end != len(before) for end, _ in stretch.ends)
    return False


def phrase_repairs(
    line: str, taken: Sequence[Repair], preceding: str = "", following: str = ""
) -> list[Repair]:
    """UTF-8 read as GBK, run by run or as a phrase glued inside correct Chinese text, its lost
    bytes restored by what the decoder allows and, among several, by word frequency
    (`read_back.py`, `chooser.py`). Tried before `gbk_repairs`, which takes the runs this leaves (hangul,
    锟斤拷)."""
    starts = [m.start() for m in PHRASE_START_RE.finditer(line)]
    repairs = []
    for phrase in find_phrases(line, starts, preceding, following):
        if not overlaps(taken, phrase.start, phrase.end):
            repairs.append(Repair(phrase.start, phrase.end, *_phrase_outcome(phrase.recovered)))
    return repairs


def _phrase_outcome(recovered: Recovered) -> tuple[str, str, str, Severity]:
    """(after, kind, message, severity) of a phrase repair: a guessed character asks the editor
    to check it (a warning), a lost one to restore it (an error)."""
    message = "UTF-8 text read as GBK"
    if recovered.exact:
        message += (
            f"; {recovered.exact} character(s) dropped by that decoding restored (only one fits)"
        )
    if recovered.guessed:
        which = ", ".join(
            f"{recovered.text[i]} (character {i + 1}, of {fits})" for i, fits in recovered.guesses
        )
        message += (
            f"; {recovered.guessed} dropped character(s) guessed by word frequency among "
            f"several that fit: {which}: check"
        )
    if recovered.lost:
        message += f"; {recovered.lost} character(s) lost, marked �: restore them from the original"
    severity: Severity = "error" if recovered.lost else "warning"
    return recovered.text, "utf8-as-gbk", message, severity
