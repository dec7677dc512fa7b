"""The word model's costs as a sorted table read from one file, looked up by binary search.

The model holds ~412,000 words and pairs. As a dict, read back from the cache folder with
`marshal`, it cost ~0.2 s of CPU to load in every process that judged one stray word or lost
byte: most of the repairs of a cold `galley convert` of the seed, which looks up a few hundred.
The table loads in milliseconds (one string, an array of offsets, one of costs); each word
looked up is kept in a dict, so a word costs one search however often it is asked. A document
that asks for very many different words (long texts full of mojibake) gets the whole dict once
they pass `COMPLETE_AFTER`, so no text pays more than the dict's own build on top of the
searches. The costs are the model's floats, bit for bit (stored as C doubles).
"""

from __future__ import annotations

import struct
from array import array
from mmap import mmap
from typing import overload

from convert.normalize.sorted_table import SortedWords

MAGIC = b"galley-word-costs 1\n"
_HEADER = struct.Struct("<II")  # entries, characters of the joined words
# Different words searched before the whole dict is built: searching costs ~8 us a word, the
# dict ~0.15 s, so past this a text would spend more on searches than on the dict.
COMPLETE_AFTER = 20_000


class CostTable:
    """Sorted words, `text[offsets[i]:offsets[i + 1]]`, each with its cost."""

    def __init__(self, text: str, offsets: array, costs: array) -> None:
        if len(offsets) != len(costs) + 1 or (offsets and offsets[-1] != len(text)):
            raise ValueError("inconsistent cost table")
        self.text, self.offsets, self.costs = text, offsets, costs
        self._words = SortedWords(text, offsets)

    @classmethod
    def from_dict(cls, costs: dict[str, float]) -> CostTable:
        words = sorted(costs)
        offsets = array("I", [0])
        for word in words:
            offsets.append(offsets[-1] + len(word))
        return cls("".join(words), offsets, array("d", (costs[w] for w in words)))

    def find(self, word: str) -> float | None:
        """The word's cost, None if the model lacks it."""
        index = self._words.index(word)
        return None if index is None else float(self.costs[index])

    def find_and_longer(self, word: str) -> tuple[float | None, bool]:
        """`find(word)`, and whether a longer word of the table may begin with `word`: for a
        word found, whether the next one in sorted order begins with it (those that do follow
        it); for one missing, True (unknown: `SortedWords.index_and_longer` would tell, but it
        costs twice the search, more than the walk it would save)."""
        index = self._words.index(word)
        if index is None:
            return None, True
        text, offsets, after = self.text, self.offsets, index + 1
        longer = after < len(self.costs) and text.startswith(
            word, offsets[after], offsets[after + 1]
        )
        return float(self.costs[index]), longer

    def to_dict(self) -> dict[str, float]:
        text, offsets = self.text, self.offsets
        return {
            text[offsets[i] : offsets[i + 1]]: cost for i, cost in enumerate(self.costs.tolist())
        }

    def dumps(self) -> bytes:
        head = _HEADER.pack(len(self.costs), len(self.text))
        return b"".join(
            (MAGIC, head, self.offsets.tobytes(), self.costs.tobytes(), self.text.encode())
        )

    @classmethod
    def loads(cls, data: bytes | mmap) -> CostTable:
        """The table `dumps` wrote (bytes, or a mapped file: `cache.mapped`, read without copies);
        ValueError for anything else (a truncated or foreign file)."""
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError("not a cost table")
        count, characters = _HEADER.unpack_from(data, len(MAGIC))
        offsets, costs = array("I"), array("d")
        start = len(MAGIC) + _HEADER.size
        middle = start + (count + 1) * offsets.itemsize
        end = middle + count * costs.itemsize
        if len(data) < end:
            raise ValueError("truncated cost table")
        with memoryview(data) as view:
            offsets.frombytes(view[start:middle])
            costs.frombytes(view[middle:end])
            text = str(view[end:], "utf-8")
        if len(text) != characters:
            raise ValueError("truncated cost table")
        return cls(text, offsets, costs)


class Lexicon:
    """What the model asks of its costs: `get(word, default)`, as of a dict."""

    def __init__(self, table: CostTable) -> None:
        self._table = table
        self._known: dict[str, float | None] = {}
        self._longer: dict[str, bool] = {}  # of the words `get_and_longer` searched
        self._complete = False

    @overload
    def get(self, word: str) -> float | None: ...

    @overload
    def get(self, word: str, default: float) -> float: ...

    def get(self, word: str, default: float | None = None) -> float | None:
        known = self._known
        if word in known:
            found = known[word]
        elif self._complete:
            return default
        else:
            found = known[word] = self._table.find(word)
            if len(known) > COMPLETE_AFTER:
                self._complete_now()
        return default if found is None else found

    def get_and_longer(self, word: str) -> tuple[float | None, bool]:
        """`get(word)`, and whether a longer word may begin with `word` (`find_and_longer`): a
        segmentation that walks forward from a start (`中`, `中华`, `中华人`...) stops where none
        can. Once the whole dict is built it no longer knows, and says True."""
        longer = self._longer.get(word)
        if longer is not None:
            return self._known[word], longer
        if self._complete:
            return self._known.get(word), True
        found, longer = self._table.find_and_longer(word)
        self._known[word], self._longer[word] = found, longer
        if len(self._known) > COMPLETE_AFTER:
            self._complete_now()
        return found, longer

    def _complete_now(self) -> None:
        self._known, self._longer, self._complete = {**self._table.to_dict()}, {}, True

    def __getitem__(self, word: str) -> float:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def to_dict(self) -> dict[str, float]:
        return self._table.to_dict()
