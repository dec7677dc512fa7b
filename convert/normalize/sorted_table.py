"""Binary search in a sorted word list stored as one string and an array of offsets.

The word tables cached on disk (wordfreq's Chinese list, jieba's tagged words, the word
model's costs) share this layout because it loads in milliseconds where a dict of 400,000
words takes a fifth of a second to build.
"""

from __future__ import annotations

from array import array


def find_index(text: str, offsets: array, word: str) -> int | None:
    """The position of `word` among the words `text[offsets[i]:offsets[i + 1]]`, sorted;
    None if it is not there."""
    low, high = 0, len(offsets) - 1
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
