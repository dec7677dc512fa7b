"""UTF-8 read as GBK with errors="replace", recovered byte by byte, and its phrases found inside
correct Chinese text.

A GBK decoder reads two bytes at a time; where the pair is no GBK character it drops the first
byte alone, writes U+FFFD, and goes on from the next byte. So the damaged text gives back every
byte of the original but one per U+FFFD, and for each of those the decoder itself tells what the
byte could have been: a byte it rejects in front of the byte that follows (always 0x80, and only
a few others in front of a byte of 0x80-0xFF; any of 0x80-0xBF at a line end, before ASCII, or
where the damaged piece ended). A UTF-8 lead byte is never dropped (GBK pairs every lead with
every continuation byte), so each lost byte is a continuation byte, and the UTF-8 character it
belongs to narrows the choice further: usually one character fits, or a handful.

Among several, a word-frequency model decides (wordfreq's Chinese list, best segmentation of the
few characters around, as a unigram word model): a character is guessed only when it reads
clearly better than the runner-up; otherwise it stays U+FFFD for the editor. The same model finds
a damaged phrase inside correct text (`中央广播鐢佃�嗘�诲彴涓诲姙鐨勫簡祝` is 中央广播电视总台主办的庆祝): such
a phrase starts with a character whose GBK bytes are a UTF-8 lead byte and a continuation byte,
its bytes decode as UTF-8 from there, and the text reads far better decoded than as it stands.
Correct text rarely holds such a character (a few in 10,000 in news text, more in traditional
Chinese and Japanese, whose characters GBK places in the same rows), and its bytes almost never
go on as UTF-8 for more than a character: the word list is loaded only when a reading reaches two
characters. A phrase ends where its reading can end (a character boundary of both readings); the
correct text after it may go on decoding for a character or two (全 is C8 AB, UTF-8 of `ȫ`), so
the last few such places are compared, the text around included. A phrase that a hard wrap cut
inside a character is read across the break (`cut_inside_character`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import TypeAlias

REPLACEMENT = "\ufffd"
MAX_WORD = 4  # longest word the segmentation looks up (longer ones add little)
UNKNOWN_COST = 9.0  # -log10 of the frequency of a character absent from the word list
LOST_COST = 5.0  # a U+FFFD: some character, of ordinary frequency
OTHER_COST = 8.0  # a character that is neither CJK, nor ASCII, nor CJK punctuation
LINE_END_PAUSE_COST = 2.5  # a pause mark (、，；：) ending a line: most line ends end sentences
# -log10 of the share of each mark among the words of Chinese news text (wordfreq lists no
# punctuation): ， is about as common as 了, 。 as 和.
MARK_COSTS: dict[str, float] = {
    "，": 1.3,
    "。": 1.6,
    "、": 2.0,
    "“": 2.4,
    "”": 2.4,
    "：": 2.4,
    "（": 2.6,
    "）": 2.6,
    "《": 2.6,
    "》": 2.6,
    "；": 2.8,
    "！": 2.8,
    "？": 2.8,
    "—": 3.0,
    "…": 3.0,
    "·": 3.0,
    "‘": 3.5,
    "’": 3.5,
}
DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")  # as wordfreq folds them
CLOSERS = {
    "》": "《",
    "”": "“",
    "）": "（",
    "」": "「",
    "』": "『",
    "】": "【",
    "’": "‘",
    "〉": "〈",
}
UNOPENED_COST = 3.0
# marks that seldom end a line: pauses, and openers (most line ends end a sentence)
PAUSE_MARKS = frozenset("、，；：《“（「『【‘〈")
RARE_MARK_COST = 6.0  # 〈〉「」『』【】〔〕〃 and the like, in simplified Chinese news
GUESS_MARGIN = 1.5  # a guessed character reads 30 times better than the runner-up
MAX_FITS = 64  # more characters fit than one lost byte can give: none is guessed
SEGMENT_COST = 2.0  # each word of a segmentation: longer words explain more (舟山 over 船 山)
# What follows a number in Chinese news: dates, times, counts, amounts (5月1日, 28秒96, 3个).
# The word list cannot say it (it holds no digits next to characters).
DIGIT_UNITS = frozenset("年月日时分秒号个万亿元岁名人次条项家件倍届周天")
DIGIT_UNIT_BONUS = 2.0
# What comes before a number in Chinese news: an ordinal, an amount reached, a span (第22个,
# 达10.7%, 约59万, 共计820, 自2015年, （9月1日）).
DIGIT_LEADS = frozenset("第达约近共计自至到比为超逾（")
INNER_PAIR_COST = 1.0  # a pair seen only inside longer words counts as a rarer word
KANA_COST = 4.0  # Japanese: kana are common, and the Chinese word list knows none
CONTEXT = 4  # characters on each side that judge a guess


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _is_cjk_mark(ch: str) -> bool:
    return "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u206f"


# --- the word model ------------------------------------------------------------------------------


@cache
def _lexicon() -> dict[str, float]:
    """The cost of each segment the word model knows: -log10 frequency of each word of wordfreq's
    Chinese list (simplified Chinese; digits are folded to 0 there), and of each pair of
    characters that stands inside the list's longer words but is no word itself (副主 from 副主任,
    副主编: 副主席 is no listed word, and without it 副 and 剪 would read alike before 主席), a
    rarer word by INNER_PAIR_COST; SEGMENT_COST added to each. Loaded only when a candidate needs
    judging: most texts never do."""
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict("zh")
    pairs: dict[str, float] = {}
    for word, freq in frequencies.items():
        if len(word) < 3:
            continue
        for i in range(len(word) - 1):
            pair = word[i : i + 2]
            pairs[pair] = pairs.get(pair, 0.0) + freq
    costs = {p: -math.log10(f) + INNER_PAIR_COST + SEGMENT_COST for p, f in pairs.items() if f > 0}
    costs.update((w, -math.log10(f) + SEGMENT_COST) for w, f in frequencies.items() if f > 0)
    return costs


@lru_cache(maxsize=8192)
def _char_cost(ch: str) -> float:
    """The cost of a character that no listed word covers."""
    if ch in MARK_COSTS:
        return MARK_COSTS[ch]
    if ch == REPLACEMENT:
        return LOST_COST
    if ch.isspace() or ch in INVISIBLE:
        return 2.0 if ch.isascii() else 3.5 if ch == "\u3000" else 5.0
    if ch.isascii():
        return 4.0
    if _is_kana(ch):
        return KANA_COST
    if _is_cjk_mark(ch):
        return RARE_MARK_COST
    return UNKNOWN_COST if _is_cjk(ch) else OTHER_COST


@lru_cache(maxsize=65536)
def text_cost(text: str) -> float:
    """-log10 probability of `text` under a unigram word model, over its best segmentation into
    listed words (up to MAX_WORD characters) and single characters."""
    lexicon = _lexicon()
    folded = text.translate(DIGITS_TO_ZERO)
    best = [0.0] * (len(text) + 1)
    for end in range(1, len(text) + 1):
        char = folded[end - 1]
        cost = lexicon.get(char)
        if cost is None:
            cost = _char_cost(char) + SEGMENT_COST
        if end > 1 and folded[end - 2] == "0" and char in DIGIT_UNITS:
            cost -= DIGIT_UNIT_BONUS
        if end < len(text) and folded[end] == "0" and char in DIGIT_LEADS:
            cost -= DIGIT_UNIT_BONUS
        cost += best[end - 1]
        for start in range(max(0, end - MAX_WORD), end - 1):
            word = lexicon.get(folded[start:end])
            if word is not None and best[start] + word < cost:
                cost = best[start] + word
        best[end] = cost
    return best[-1]


def _in_context(left: str, text: str, right: str) -> float:
    cost = text_cost(left + text + right)
    if not right and text and text[-1] in PAUSE_MARKS:
        cost += LINE_END_PAUSE_COST
    return cost


# --- bytes -------------------------------------------------------------------------------------

HOLE = -1  # a byte the decoder dropped


def gbk_bytes(ch: str) -> tuple[int, ...] | None:
    """The bytes a GBK decoder read to write `ch` (HOLE for its U+FFFD); None if no GBK decoder
    writes it (a character outside GBK, or a line separator added later)."""
    if ch == REPLACEMENT:
        return (HOLE,)
    if ch.isascii():
        return (ord(ch),)
    return _gbk_pair(ch)


@lru_cache(maxsize=32768)
def _gbk_pair(ch: str) -> tuple[int, ...] | None:
    """GBK's two bytes, or GB18030's where GBK has none (its user-defined rows, which GB18030
    maps to private use: UTF-8 read as GB18030 writes them)."""
    for codec in ("gbk", "gb18030"):
        try:
            data = ch.encode(codec)
        except UnicodeEncodeError:
            continue
        return tuple(data) if len(data) == 2 else None
    return None


@cache
def rejected(byte: int, following: int | None) -> bool:
    """Would a GBK (or GB18030) decoder drop `byte` when `following` comes next (None: the input
    ended)?"""
    data = bytes([byte]) if following is None or following == HOLE else bytes([byte, following])
    for codec in ("gbk", "gb18030"):
        try:
            data.decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start == 0:
                return True
    return False


@lru_cache(maxsize=8192)
def fitting_characters(pattern: tuple[int, ...], following: int | None) -> tuple[str, ...]:
    """Every character whose UTF-8 bytes match `pattern` (HOLE for a lost byte), each lost byte
    one a GBK decoder would have dropped (before the byte after it: `following` after the last
    one, None if anything may follow)."""
    holes = [i for i, b in enumerate(pattern) if b == HOLE]
    fits = []
    for filled in _fillings(len(holes)):
        data = list(pattern)
        for hole, byte in zip(holes, filled, strict=True):
            data[hole] = byte
        after = [*data[1:], following]
        if any(after[h] is not None and not rejected(data[h], after[h]) for h in holes):
            continue
        try:
            fits.append(bytes(data).decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return tuple(fits)


def _fillings(holes: int) -> list[tuple[int, ...]]:
    """Every value the lost bytes can take (continuation bytes: GBK pairs every lead byte)."""
    if holes == 1:
        return [(b,) for b in range(0x80, 0xC0)]
    return [(a, b) for a in range(0x80, 0xC0) for b in range(0x80, 0xC0)] if holes == 2 else []


# --- decoding a stretch ------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One character of the recovered text: known, or the characters that fit a lost byte."""

    char: str  # the character, or U+FFFD until a guess is made
    fits: tuple[str, ...] = ()  # with a lost byte: what fits, given the byte that came next
    fits_at_end: tuple[str, ...] = ()  # the same if the damaged piece ended right after it


@dataclass(frozen=True)
class Stretch:
    """A stretch of damaged text read back as UTF-8: its characters, and the places (indexes into
    the damaged text, with how many slots lie before them) where it can end."""

    slots: tuple[Slot, ...]
    ends: tuple[tuple[int, int], ...]


def _utf8_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def read_stretch(text: str, start: int, limit: int) -> Stretch:
    """`text[start:limit]` read back as UTF-8 from its GBK bytes, as far as they decode into
    plausible text (CJK, its punctuation, ASCII): every character of the original whose lost
    bytes still leave it among a few candidates. Bytes are taken from the text as the reading
    needs them, so correct text, which stops decoding within a character or two, costs little."""
    units: list[tuple[int, int]] = []  # (byte, index of the damaged character it came from)
    taken = start

    def fill(count: int) -> None:
        nonlocal taken
        while len(units) < count and taken < limit:
            data = gbk_bytes(text[taken])
            if data is None:
                taken = limit
                return
            units.extend((b, taken) for b in data)
            taken += 1

    slots: list[Slot] = []
    ends: list[tuple[int, int]] = []
    pos = 0
    fill(1)
    while pos < len(units):
        lead = units[pos][0]
        size = 1 if 0 <= lead < 0x80 else _utf8_length(lead) if lead != HOLE else 0
        fill(pos + size + 1)
        pattern = tuple(b for b, _ in units[pos : pos + size])
        if not size or len(pattern) < size:
            break
        if any(b != HOLE and not 0x80 <= b <= 0xBF for b in pattern[1:]):
            break
        slot = _slot(pattern, units[pos + size][0] if pos + size < len(units) else None)
        if slot is None or not _plausible(slot.char):
            break
        slots.append(slot)
        pos += size
        if pos == len(units) or units[pos][1] != units[pos - 1][1]:
            ends.append((units[pos - 1][1] + 1, len(slots)))  # a character boundary on both sides
    return Stretch(tuple(slots), tuple(ends))


def _slot(pattern: tuple[int, ...], following: int | None) -> Slot | None:
    holes = pattern.count(HOLE)
    if len(pattern) == 1:
        return Slot(chr(pattern[0]))
    if not holes:
        try:
            char = bytes(pattern).decode("utf-8")
        except UnicodeDecodeError:
            return None
        # U+FFFD itself read as GBK (锟斤拷): lost before the misreading, flagged as such
        return None if char == REPLACEMENT else Slot(char)
    loose = fitting_characters(pattern, None)
    if not loose:
        return None  # no character has these bytes: not UTF-8 read as GBK
    fits = fitting_characters(pattern, following)
    return Slot(REPLACEMENT, _narrowed(fits), _narrowed(loose))


@lru_cache(maxsize=4096)
def _narrowed(fits: tuple[str, ...]) -> tuple[str, ...]:
    """`fits`, or where two bytes of a character were lost and hundreds fit, the punctuation
    among them if any (。 is E3 80 82: `銆��` at a line end); none otherwise: the character is
    lost, not the reading (a rarer ideograph is as likely as any common one)."""
    if len(fits) <= MAX_FITS:
        return fits
    return tuple(c for c in fits if c in MARK_COSTS)


# --- choosing among what fits --------------------------------------------------------------------


@dataclass(frozen=True)
class Recovered:
    """The text a stretch meant, and what became of each lost byte."""

    text: str
    exact: int  # lost bytes where one character fits
    guessed: int  # where several fit and the word model chose one
    lost: int  # where it could not: left as U+FFFD
    # each guess: (index in `text`, how many characters fitted there), for the editor to check
    guesses: tuple[tuple[int, int], ...] = ()


def recover(
    slots: Sequence[Slot], left: str = "", right: str = "", ended: bool = False
) -> Recovered:
    """Fill each lost byte: the one character that fits, or the one that reads clearly best
    between `left` and `right` (the text around the stretch), or U+FFFD. `ended`: the damaged
    piece may have ended right after the last slot, so its lost byte had nothing after it.

    The choices are made together (a beam search over the lost bytes, left to right: two lost
    bytes side by side, 仪式 read as `浠�寮�`, judge each other), then each is kept only if it
    beats every other character that fits there by GUESS_MARGIN."""
    options = [
        (s.fits_at_end if ended and i == len(slots) - 1 else s.fits)
        if s.char == REPLACEMENT
        else (s.char,)
        for i, s in enumerate(slots)
    ]
    if any(_is_kana(s.char) for s in slots):  # Japanese: the word model is Chinese, no guesses
        options = [fits if len(fits) == 1 else () for fits in options]
    holes = [i for i, fits in enumerate(options) if len(fits) > 1]
    together = any(b - a <= CONTEXT for a, b in pairwise(holes))
    # lost bytes far apart judge each other not at all: each is chosen on its own
    chars = (
        _beam(options, left, right)
        if together
        else [fits[0] if len(fits) == 1 else REPLACEMENT for fits in options]
    )
    exact = guessed = lost = 0
    guesses: list[tuple[int, int]] = []
    balance = _balance(left, NO_BRACKETS)
    for i, fits in enumerate(options):
        if slots[i].char == REPLACEMENT:
            choice = fits[0] if len(fits) == 1 else None
            if len(fits) > 1:
                chosen = chars[i] if together else None
                choice = _clear_choice(chars, i, fits, left, right, chosen, balance)
            if choice is None:
                chars[i] = REPLACEMENT
                lost += 1
            else:
                chars[i] = choice
                exact += len(fits) == 1
                if len(fits) > 1:
                    guessed += 1
                    guesses.append((i, len(fits)))
        balance = _balance(chars[i], balance)
    return Recovered("".join(chars), exact, guessed, lost, tuple(guesses))


# states kept between lost bytes (16 chose the same on 400 phrases and 20,000 characters)
BEAM = 4
SHORTLIST = 16  # of the characters that fit one lost byte, those carried to every state


def _step(tail: str, balance: Brackets, added: str) -> float:
    """The cost `added` adds after `tail` (the last CONTEXT characters before it), a closing mark
    judged on whether the text before opened it (`balance`)."""
    return text_cost(tail + added) - text_cost(tail) + _unopened(balance, added)


Brackets = tuple[int, ...]  # marks opened and not yet closed, one count per pair of CLOSERS
Choices: TypeAlias = "tuple[Choices, str] | None"  # the choices so far: (earlier ones, latest)
PAIRS = tuple(CLOSERS.items())
NO_BRACKETS: Brackets = (0,) * len(PAIRS)
BRACKET_RE = re.compile("[" + re.escape("".join(c + o for c, o in PAIRS)) + "]")


def _balance(text: str, balance: Brackets) -> Brackets:
    """`balance` after `text`."""
    if not BRACKET_RE.search(text):
        return balance  # nearly always: one search in C
    counts = list(balance)
    for ch in text:
        for k, (closer, opener) in enumerate(PAIRS):
            counts[k] += (ch == opener) - (ch == closer)
    return tuple(counts)


def _unopened(balance: Brackets, added: str) -> float:
    """UNOPENED_COST for each closing mark in `added` that nothing before opened, `added`'s own
    marks included: 新高》 is possible, but not where no 《 came before."""
    if not BRACKET_RE.search(added):
        return 0.0
    cost = 0.0
    counts = list(balance)
    for ch in added:
        for k, (closer, opener) in enumerate(PAIRS):
            if ch == opener:
                counts[k] += 1
            elif ch == closer:
                if counts[k] <= 0:
                    cost += UNOPENED_COST
                counts[k] -= 1
    return cost


def _beam(options: Sequence[Sequence[str]], left: str, right: str) -> list[str]:
    """The likeliest choice of one character per slot (U+FFFD where none fits).

    Each choice is judged together with the known characters after it, up to the next choice
    (参 alone is rarer than 另; before 加 it is 参加), and `right` after the last. States that end
    alike are one: what comes next depends only on the last CONTEXT characters (and on which
    marks are open). A state holds no more than that, so a long line costs no more per choice
    than a short one."""
    merged = _merge_known([*options, (right,)] if right else options)
    balance = _balance(left, NO_BRACKETS)
    tail = left[-CONTEXT:]
    states: list[tuple[float, str, Brackets, Choices]] = [(0.0, tail, balance, None)]
    index = 0
    if merged and len(merged[0]) == 1:  # known characters first: every state grows alike
        known = merged[0][0]
        states = [
            (
                _step(tail, balance, known[:CONTEXT]),
                (tail + known[-CONTEXT:])[-CONTEXT:],
                _balance(known, balance),
                None,
            )
        ]
        index = 1
    while index < len(merged):
        fits = merged[index]
        known = (
            merged[index + 1][0] if index + 1 < len(merged) and len(merged[index + 1]) == 1 else ""
        )
        index += 2 if known else 1
        ahead = known[:CONTEXT]
        if len(fits) > SHORTLIST:  # judged after the best state first: the rest never win
            _, best_tail, best_balance, _ = states[0]
            fits = sorted(fits, key=lambda c: _step(best_tail, best_balance, c + ahead))[:SHORTLIST]
        grown = sorted(
            (
                (
                    cost
                    + _step(tail, balance, c + ahead)
                    + _unopened(_balance(c + ahead, balance), known[CONTEXT:]),
                    c,
                    tail,
                    balance,
                    chosen,
                )
                for cost, tail, balance, chosen in states
                for c in fits
            ),
            key=itemgetter(0),
        )
        seen: set[str] = set()
        states = []
        for cost, c, tail, balance, chosen in grown:
            grown_tail = (tail + c + known[-CONTEXT:])[-CONTEXT:]
            if grown_tail in seen:
                continue
            seen.add(grown_tail)
            states.append((cost, grown_tail, _balance(c + known, balance), (chosen, c)))
            if len(states) == BEAM:
                break
    if not right:  # a line end: a pause or an opening mark seldom ends one
        states = [
            (cost + (LINE_END_PAUSE_COST if tail[-1:] in PAUSE_MARKS else 0.0), tail, b, chosen)
            for cost, tail, b, chosen in states
        ]
    chosen = min(states, key=itemgetter(0))[3]
    picks: list[str] = []
    while chosen is not None:
        earlier, latest = chosen
        picks.append(latest)
        chosen = earlier
    picks.reverse()
    pick = iter(picks)
    chars = []
    for fits in options:
        if len(fits) > 1:
            chars.append(next(pick, REPLACEMENT))
        else:
            chars.append(fits[0] if fits else REPLACEMENT)
    return chars


def _merge_known(options: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """The options with each run of known characters (one option, or none: U+FFFD) as one."""
    merged: list[Sequence[str]] = []
    known = ""
    for fits in options:
        if len(fits) > 1:
            if known:
                merged.append((known,))
                known = ""
            merged.append(fits)
        else:
            known += fits[0] if fits else REPLACEMENT
    if known:
        merged.append((known,))
    return merged


def _clear_choice(
    chars: Sequence[str],
    i: int,
    fits: Sequence[str],
    left: str,
    right: str,
    chosen: str | None,
    balance: Brackets,
) -> str | None:
    """`chosen` (the best fit if None) if it reads better than every other character that fits
    at slot `i` by GUESS_MARGIN, the other slots as they stand (`balance`: the marks open before
    it); else None."""
    prefix = left[-CONTEXT:] + "".join(chars[max(0, i - CONTEXT) : i])
    before = prefix[-CONTEXT:]
    after = ("".join(chars[i + 1 : i + 1 + CONTEXT]) + right)[:CONTEXT]
    # a closing mark further on wants its opener here (`今天�9月1日）`: （, not ，)
    later = "".join(chars[i + 1 :]) + right
    ranked = sorted(
        (
            _in_context(before, c, after)
            + _unopened(balance, c)
            + _unopened(_balance(c, balance), later),
            c,
        )
        for c in fits
    )
    best_cost = next(cost for cost, c in ranked if c == chosen) if chosen else ranked[0][0]
    choice = chosen or ranked[0][1]
    if any(cost - best_cost < GUESS_MARGIN for cost, c in ranked if c != choice):
        return None
    return choice


# --- phrases inside correct text ---------------------------------------------------------------

MIN_CHARACTERS = 2  # non-ASCII characters a phrase must recover
MIN_GAIN = 8.0  # how much more probable (log10) the text reads with the phrase decoded
MIN_GAIN_PER_CHARACTER = 2.0  # and per recovered character
PLAUSIBLE_LATIN = frozenset("·×÷°±§")
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0")


@dataclass(frozen=True)
class Phrase:
    """A damaged phrase of a line and what it meant."""

    start: int
    end: int
    recovered: Recovered
    gain: float  # log10: how much more probable the line reads with it decoded


def _plausible(ch: str) -> bool:
    """What Chinese (and Japanese) text is made of: ideographs, kana, CJK punctuation, ASCII, a
    few Latin-1 signs, and the invisible characters that ride along in it (the invisible pass
    removes them later). Hangul is left to the run-by-run repair of `mojibake.py`."""
    return (
        ch.isascii()
        or "\u4e00" <= ch <= "\u9fff"  # not the rare extension A (䓲 from 鋼叉 in 《吶喊》)
        or (_is_cjk_mark(ch) and not "\u302a" <= ch <= "\u302f")  # not combining tone marks
        or _is_kana(ch)
        or ch in PLAUSIBLE_LATIN
        or ch in INVISIBLE
        or ch == REPLACEMENT
    )


def _is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u30ff"


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
        gain = text_cost(left + line[start:end] + right) - _in_context(
            left, longest.text[:count], right
        )
        if gain >= max(MIN_GAIN, MIN_GAIN_PER_CHARACTER * wide) and (
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
    MAX_LOST_SHARE of its characters lost, at most MAX_RARE_SHARE of its ideographs rare (a
    misreading of something that was not UTF-8 decodes into GBK's rarest rows again)."""
    wide = [ch for ch in text if not ch.isascii()]
    if text.count(REPLACEMENT) > MAX_LOST_SHARE * len(wide):
        return False
    if any(_is_kana(ch) for ch in wide):
        return True  # Japanese: its kanji are no words of the (simplified) Chinese list
    lexicon = _lexicon()
    han = [ch for ch in wide if "\u4e00" <= ch <= "\u9fff"]
    rare = sum(1 for ch in han if lexicon.get(ch, math.inf) > RARE_COST)
    return rare <= MAX_RARE_SHARE * len(han)


LAST_ENDS = 8
# what a paragraph ends with: where one of them fits a lost byte at a line end, the next line
# may start another paragraph, and is no context for it
PARAGRAPH_END_MARKS = frozenset("。！？…”’）」』")
MAX_LOST_SHARE = 0.5
MAX_RARE_SHARE = 0.34
RARE_COST = 6.5 + SEGMENT_COST  # a character alone rarer than 3 in 10 million words (浣, 鍘)


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
