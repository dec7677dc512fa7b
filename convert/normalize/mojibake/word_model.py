"""How probable a stretch of Chinese text is: a unigram word model over wordfreq's Chinese list,
best segmentation of the few characters around, with costs for punctuation, digits and marks the
list does not hold. It judges what a lost byte was, and whether a phrase reads better decoded."""

from __future__ import annotations

import contextlib
import math
from functools import cache, lru_cache

from .common import REPLACEMENT
from .lexicon import CostTable, Lexicon

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
# marks that seldom end a line: pauses, and openers (most line ends end a sentence)
PAUSE_MARKS = frozenset("、，；：《“（「『【‘〈")
RARE_MARK_COST = 6.0  # 〈〉「」『』【】〔〕〃 and the like, in simplified Chinese news
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
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def is_cjk_mark(ch: str) -> bool:
    return "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u206f"


def is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u30ff"


@cache
def word_costs() -> Lexicon:
    """The cost of each segment the word model knows: -log10 frequency of each word of wordfreq's
    Chinese list (simplified Chinese; digits are folded to 0 there), and of each pair of
    characters that stands inside the list's longer words but is no word itself (副主 from 副主任,
    副主编: 副主席 is no listed word, and without it 副 and 剪 would read alike before 主席), a
    rarer word by INNER_PAIR_COST; SEGMENT_COST added to each. Loaded only when a candidate needs
    judging: most texts never do. Built once per wordfreq list and kept in Galley's cache folder
    (`zh_words.cache_folder`) as a table that loads in milliseconds (`lexicon`), in every cold
    call and batch worker."""
    from ...cache import mapped
    from ..zh_words import cache_folder, source_name, store_atomically

    folder = cache_folder()
    try:
        name = f"{source_name()}.costs-{INNER_PAIR_COST}-{SEGMENT_COST}.table"
    except OSError:  # wordfreq keeps its data elsewhere: nothing to name the cache after
        folder = None
    if folder is not None:
        with contextlib.suppress(OSError, ValueError), mapped(folder / name) as data:
            return Lexicon(CostTable.loads(data))
    table = CostTable.from_dict(_built_costs())
    if folder is not None:
        with contextlib.suppress(OSError):
            store_atomically(folder / name, table.dumps())
    return Lexicon(table)


def _built_costs() -> dict[str, float]:
    """The costs computed from wordfreq's list (what the cache file holds)."""
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
    if is_kana(ch):
        return KANA_COST
    if is_cjk_mark(ch):
        return RARE_MARK_COST
    return UNKNOWN_COST if _is_cjk(ch) else OTHER_COST


@lru_cache(maxsize=65536)
def text_cost(text: str) -> float:
    """-log10 probability of `text` under a unigram word model, over its best segmentation into
    listed words (up to MAX_WORD characters) and single characters. Walked forward: the words
    from each start are read while a listed word can still begin with the stretch (no word
    follows a listed one in sorted order with its start, or the stretch is a pair the list
    lacks: `_built_costs` lists the pairs inside every word of three or more characters), so
    fewer stretches are looked up than the three that end at each character. Only the least
    cost is kept, and each candidate is the same sum as in a backward search, so the order in
    which they are compared cannot change it."""
    lexicon = word_costs()
    folded = text.translate(DIGITS_TO_ZERO)
    size = len(text)
    best = [0.0] + [math.inf] * size
    for start, char in enumerate(folded):
        here = best[start]
        cost, longer = lexicon.get_and_longer(char)
        if cost is None:
            cost = _char_cost(char) + SEGMENT_COST
        if start > 0 and folded[start - 1] == "0" and char in DIGIT_UNITS:
            cost -= DIGIT_UNIT_BONUS
        if start + 1 < size and folded[start + 1] == "0" and char in DIGIT_LEADS:
            cost -= DIGIT_UNIT_BONUS
        cost += here
        if cost < best[start + 1]:
            best[start + 1] = cost
        end, last = start + 2, min(start + MAX_WORD, size)
        while longer and end <= last:
            word, longer = lexicon.get_and_longer(folded[start:end])
            if word is None:
                if end - start == 2:  # the list's longer words all have their first pair listed
                    break
            elif here + word < best[end]:
                best[end] = here + word
            end += 1
    return best[-1]


def in_context(left: str, text: str, right: str) -> float:
    cost = text_cost(left + text + right)
    if not right and text and text[-1] in PAUSE_MARKS:
        cost += LINE_END_PAUSE_COST
    return cost
