"""Whether a line or layout break cuts a Chinese word in two.

Chinese is written without spaces, so a break may fall inside a word (`迎接外` / `方领导人`); a
tiny unigram segmentation of the characters on either side tells, without a tokenizer.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

from .unwrap.paragraphing import han
from .zh_words import zh_table


@lru_cache(maxsize=1 << 16)
def word_zipf(word: str) -> float:
    # wordfreq's frequencies, from the table that loads without building wordfreq's dict
    return _zipf(zh_table().frequency(word))


def _zipf(frequency: float) -> float:
    return math.log10(frequency * 1e9) if frequency else 0.0


@lru_cache(maxsize=1 << 16)
def _zipf_and_longer(word: str) -> tuple[float, bool]:
    """`word_zipf(word)`, and whether a longer listed word begins with `word`."""
    frequency, longer = zh_table().frequency_and_longer(word)
    return _zipf(frequency), longer


def splits_word(left: str, right: str) -> bool:
    """True where Chinese text on either side of a break spells one word across it.

    Without a tokenizer the test is local: the four Han characters on each side are segmented
    into the likeliest words (unigram frequencies, as jieba does), and the break cuts a word
    where that segmentation has no boundary at the break (`迎接外` / `方领导人` is `外方`,
    `斜拉桥合` / `龙` is `合龙`, `国际` / `象棋` is `国际象棋`). Comparing whole segmentations,
    not one pair of characters, keeps `出行` / `为期` apart: `行为` is a commoner word than
    either, but `出行|为期` is likelier than `出|行为|期`.
    """
    # (`han`: `chars.is_han` by comparisons, no call of the regex engine for each character)
    if not (left and right and han(left[-1]) and han(right[0])):
        return False
    before, after = left[-SEGMENT_CONTEXT:], right[:SEGMENT_CONTEXT]
    start, end = len(before) - 1, 1  # the Han characters next to the break, a few at most
    while start and han(before[start - 1]):
        start -= 1
    while end < len(after) and han(after[end]):
        end += 1
    text, at = before[start:] + after[:end], len(before) - start
    # (no word of the list spans the break: every segmentation has a boundary there, and the
    # whole segmentation, four times the look-ups, is not needed; most breaks a pass asks about)
    return _word_across(text, at) and at not in word_boundaries(text)


# Han characters on each side of a break that the segmentation looks at
SEGMENT_CONTEXT = 4
# the longest word the segmentation tries, and the Zipf value of a character the list lacks
LONGEST_WORD = 4
UNKNOWN_CHARACTER_ZIPF = 1.0


def _word_across(text: str, at: int) -> bool:
    """Some word of two to `LONGEST_WORD` characters that the list holds spans offset `at`
    of `text`: without one, `word_boundaries` can put no word across it (a character the list
    lacks stands alone).

    >>> _word_across("迎接外方", 3), _word_across("会议举行", 2)
    (True, False)
    """
    return any(
        word_zipf(text[first:last])
        for first in range(max(0, at - LONGEST_WORD + 1), at)
        for last in range(at + 1, min(len(text), first + LONGEST_WORD) + 1)
    )


@cache
def word_boundaries(text: str) -> frozenset[int]:
    """Offsets where the likeliest segmentation of `text` into words puts a boundary.

    The score of a segmentation is the sum of its words' log frequencies (Zipf less nine); a
    character the list lacks counts as a rare word of its own. The words are read from each
    start, longer ones only while a listed word begins with the stretch (`_zipf_and_longer`:
    most stop at two characters); of equal scores at an end the word that starts last wins,
    as it did when the words were read back from each end, shortest first.
    """
    best = [0.0] + [-math.inf] * len(text)
    back = [0] * (len(text) + 1)
    for start in range(len(text)):
        for end in range(start + 1, min(start + LONGEST_WORD, len(text)) + 1):
            zipf, longer = _zipf_and_longer(text[start:end])
            if zipf or end == start + 1:
                score = best[start] + (zipf or UNKNOWN_CHARACTER_ZIPF) - 9
                if score >= best[end]:
                    best[end], back[end] = score, start
            if not longer:
                break
    boundaries = set()
    end = len(text)
    while end:
        boundaries.add(end)
        end = back[end]
    return frozenset(boundaries)
