"""Binary search in a sorted word list stored as one string and an array of offsets.

The word tables cached on disk (wordfreq's Chinese list, jieba's tagged words, the word
model's costs) share this layout because it loads in milliseconds where a dict of 400,000
words takes a fifth of a second to build.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right

# `SortedWords` keeps every STEP-th word as a string: searched by `bisect` (C), they leave a
# search of the stretch of STEP words, one `str.find` (C) as cheap for 64 words as for 16, where
# the strings cost a quarter (bench/README.md, "The driver on a first call")
STEP = 64
# ... once the table has been asked one word per PLAIN_PER words it holds, by the plain search:
# making the strings costs as much as some thousands of searches save, which an article of a few
# pages never asks (a text of some hundred KB asks more, and pays a fifth of that cost in slower
# searches first). bench/README.md, "Cold call, fifth step".
PLAIN_PER = 1024


def find_index(
    text: str, offsets: array, word: str, low: int = 0, high: int | None = None
) -> int | None:
    """The position of `word` among the words `text[offsets[i]:offsets[i + 1]]`, sorted,
    searched between positions `low` and `high` (the end); None if it is not there."""
    if high is None:
        high = len(offsets) - 1
    while low < high:
        middle = (low + high) // 2
        found = text[offsets[middle] : offsets[middle + 1]]
        if found < word:
            low = middle + 1
        elif found > word:
            high = middle
        else:
            return middle
    return None


class SortedWords:
    """`find_index` of one table, faster: a fresh document looks up thousands of words (the
    stray-word model, the word frequencies), and each whole search was some twenty Python
    steps, each slicing a word out of the text. Every STEP-th word is kept as a string
    (made at the first look-up: ~6,400 for the largest table), `bisect` finds the stretch of
    STEP words that can hold the word, and `_within` searches that stretch. The first
    searches (`PLAIN_PER`) are plain ones: a short text's few hundred are cheaper than the
    strings."""

    def __init__(self, text: str, offsets: array) -> None:
        self.text, self.offsets = text, offsets
        self._heads: list[str] | None = None
        self._plain_left = len(offsets) // PLAIN_PER

    def _indexed(self) -> list[str] | None:
        """The heads, made once the plain searches are spent; None while a plain search is due
        (counted here: ask once a search)."""
        heads = self._heads
        if heads is None:
            if self._plain_left > 0:
                self._plain_left -= 1
                return None
            text, starts, ends = self.text, self.offsets[:-1:STEP], self.offsets[1::STEP]
            # (a comprehension is quicker than mapping `text.__getitem__` over slice objects)
            heads = self._heads = [text[a:b] for a, b in zip(starts, ends, strict=True)]
        return heads

    def index(self, word: str) -> int | None:
        """`find_index(text, offsets, word)`."""
        heads = self._indexed()
        if heads is None:
            return find_index(self.text, self.offsets, word)
        block = bisect_right(heads, word) - 1
        if block < 0:
            return None
        low = block * STEP
        if heads[block] == word:
            return low
        return self._within(word, low + 1, min(low + STEP, len(self.offsets) - 1))

    def _within(self, word: str, low: int, high: int) -> int | None:
        """`find_index` between positions `low` and `high`, where the words lie side by side in
        `text`: the word is one of them only where it occurs in their stretch of `text`, which
        one C search tells (most words asked are not in the table), and where it occurs at a
        word's start with that word's length. Each occurrence is one step, where the binary
        search took four of slicing and comparing."""
        text, offsets, size = self.text, self.offsets, len(word)
        stop = offsets[high]
        at = text.find(word, offsets[low], stop)
        while at >= 0:
            index = bisect_left(offsets, at, low, high)
            if offsets[index] == at and offsets[index + 1] - at == size:
                return index
            at = text.find(word, at + 1, stop)
        return None

    def index_and_longer(self, word: str) -> tuple[int | None, bool]:
        """`index(word)`, and whether a longer word of the table begins with `word`: a walk
        over ever longer stretches of a text (`中`, `中华`, `中华人`...) stops where no longer one
        can be a word. The words that begin with `word` follow it in sorted order, so the first
        word not below `word` (after `word` itself) is one of them if any is."""
        heads = self._indexed()
        if heads is None:
            return self._plain_index_and_longer(word)
        count = len(self.offsets) - 1
        block = bisect_right(heads, word) - 1
        if block < 0:  # below the first word
            return None, self._begins(word, 0)
        low = block * STEP
        if heads[block] == word:
            return low, self._begins(word, low + 1)
        return self._first_beginning(word, low + 1, min(low + STEP + 1, count))

    def _first_beginning(self, word: str, low: int, high: int) -> tuple[int | None, bool]:
        """`index_and_longer` where the first word not below `word` lies between positions `low`
        and `high` (the next head included): as `_within`, one C search of their stretch of
        `text`; the first occurrence at a word's start, in a word at least as long, is the first
        word that begins with `word`: `word` itself (a longer one would follow it) or a longer
        one (then `word` is not in the table)."""
        text, offsets, size = self.text, self.offsets, len(word)
        stop = offsets[high]
        at = text.find(word, offsets[low], stop)
        while at >= 0:
            index = bisect_left(offsets, at, low, high)
            if offsets[index] == at:
                length = offsets[index + 1] - at
                if length > size:
                    return None, True
                if length == size:
                    return index, self._begins(word, index + 1)
            at = text.find(word, at + 1, stop)
        return None, False

    def _begins(self, word: str, position: int) -> bool:
        """Whether the word at `position` (if the table has one) begins with `word`."""
        offsets = self.offsets
        return position < len(offsets) - 1 and self.text.startswith(
            word, offsets[position], offsets[position + 1]
        )

    def _plain_index_and_longer(self, word: str) -> tuple[int | None, bool]:
        """`index_and_longer` by a binary search of the whole table, while the plain searches
        last."""
        text, offsets = self.text, self.offsets
        low, high = 0, len(offsets) - 1
        count = high
        while low < high:  # the first word not below `word`
            middle = (low + high) // 2
            if text[offsets[middle] : offsets[middle + 1]] < word:
                low = middle + 1
            else:
                high = middle
        found = low < count and text[offsets[low] : offsets[low + 1]] == word
        return (low if found else None), self._begins(word, low + 1 if found else low)
