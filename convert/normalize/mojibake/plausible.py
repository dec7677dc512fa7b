"""Does a repair read better than the run it replaces? Character frequencies from wordfreq's
Chinese list: a repaired run must be common Chinese, and clearly more common than what stands
there, because a false repair destroys correct text while a missed one leaves visible damage."""

from __future__ import annotations

import math
from functools import cache

from ...chars import CJK_RE, HAN_RE
from ..zh_words import zh_table
from .common import REPLACEMENT, cjk_or_punct

MIN_SCORE = 4.5  # mean Zipf frequency of a repaired run's Han characters (的 7.8, 浣 3.5)
MIN_GAIN = 1.0  # how much more common than the run it replaces
RARE_ZIPF = 2.5
MAX_RARE_SHARE = 0.2  # share of repaired Han characters rarer than RARE_ZIPF


@cache
def han_zipf() -> dict[str, float]:
    """Zipf frequency (log10 per billion words) of each character, summed over the words of
    wordfreq's Chinese list that contain it: the list counts words, and a character that mostly
    stands inside words (容 in 内容, 京 in 北京) is rare as a word of its own.

    Read from `zh_words.zh_table` (the list as a sorted table in the cache folder, which the
    stray pass reads too), not from `wordfreq.get_frequency_dict`, whose list and dict stayed
    in wordfreq's caches for the rest of the process after its first repair to score
    (bench/README.md, "Mojibake scoring from the word table"). The sums run in the table's
    order, so a character's total may differ from the dict's in its last bit."""
    totals: dict[str, float] = {}
    for word, freq in zh_table().frequencies():
        for ch in word:
            totals[ch] = totals.get(ch, 0.0) + freq
    return {ch: math.log10(freq) + 9 for ch, freq in totals.items() if freq > 0}


def han_score(text: str) -> tuple[float, float]:
    """(mean Zipf frequency of the Han characters, share of them that are rare); (0, 1) if none."""
    zipf = han_zipf()
    values = [zipf.get(ch, 0.0) for ch in text if HAN_RE.match(ch)]
    if not values:
        return 0.0, 1.0
    return sum(values) / len(values), sum(1 for v in values if v < RARE_ZIPF) / len(values)


def _looks_cjk(text: str) -> bool:
    return len(CJK_RE.findall(text)) >= 1 and all(ch.isascii() or cjk_or_punct(ch) for ch in text)


def confirmed_cjk(repaired: str) -> bool:
    """Enough for a short run in a line where a longer one of the same history was repaired: CJK
    characters and punctuation only (`—` alone is A1AA read as `¡ª`), no rare Han."""
    if not all(cjk_or_punct(ch) for ch in repaired):
        return False
    return not HAN_RE.search(repaired) or han_score(repaired)[0] >= RARE_ZIPF


def reads_better(repaired: str, damaged: str) -> bool:
    """Common Chinese (or Japanese, Korean) text, clearly more common than what it replaces."""
    intact = repaired.replace(REPLACEMENT, "")
    if len(CJK_RE.findall(intact)) < 2 or not _looks_cjk(intact):
        return False
    if not HAN_RE.search(intact):  # kana or hangul only: no frequencies; strict decoding decides
        return REPLACEMENT not in repaired and len(intact) >= 3
    score, rare = han_score(intact)
    return (
        score >= MIN_SCORE and rare <= MAX_RARE_SHARE and score >= han_score(damaged)[0] + MIN_GAIN
    )
