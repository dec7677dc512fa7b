"""wordfreq's Chinese word list as a compact sorted table, kept in the user's cache folder.

`wordfreq.get_frequency_dict("zh")` builds a dict of 334,609 words on every process start
(unpacking the list, then hashing every word): about a tenth of a second of CPU, paid by every
cold call and every batch worker, though a document looks up a few hundred words. The table
here holds the same words, sorted, in one string with an array of offsets and one of bucket
numbers (wordfreq's centibels), so loading it is reading one file; a lookup is a binary search.

The file is derived from wordfreq's own data file and named after its size and modification
time, so a changed list is a new file. It is written once, atomically (a
temporary file renamed into place), and checked when read; where no cache folder is writable,
or the file is damaged, the table is built in memory from wordfreq as before. Either way the
frequencies are wordfreq's, bit for bit: `frequency` computes them as `get_frequency_dict` does.
"""

from __future__ import annotations

import contextlib
import importlib.util
import struct
from array import array
from collections.abc import Iterator
from functools import cache
from mmap import mmap
from pathlib import Path

from convert.normalize.sorted_table import SortedWords

from ..cache import cache_folder, mapped, store_atomically

__all__ = ["MAGIC", "WordTable", "cache_folder", "source_name", "store_atomically", "zh_table"]

MAGIC = b"galley-wordfreq-zh 1\n"
_HEADER = struct.Struct("<II")  # words, characters of the joined words


class WordTable:
    """Sorted words, `text[offsets[i]:offsets[i + 1]]`, each with wordfreq's bucket number."""

    def __init__(self, text: str, offsets: array, buckets: array) -> None:
        if len(offsets) != len(buckets) + 1 or (offsets and offsets[-1] != len(text)):
            raise ValueError("inconsistent word table")
        self.text, self.offsets, self.buckets = text, offsets, buckets
        self._words = SortedWords(text, offsets)

    @classmethod
    def from_buckets(cls, pack: list[list[str]]) -> WordTable:
        """From wordfreq's frequency list: bucket i holds the words of -i centibels; a word in
        several buckets keeps the last, as in `get_frequency_dict`."""
        index = {word: i for i, bucket in enumerate(pack) for word in bucket}
        words = sorted(index)
        offsets = array("I", [0])
        for word in words:
            offsets.append(offsets[-1] + len(word))
        return cls("".join(words), offsets, array("H", (index[w] for w in words)))

    def bucket(self, word: str) -> int | None:
        """The word's bucket (its negated centibels), None if the list lacks it."""
        index = self._words.index(word)
        return None if index is None else int(self.buckets[index])

    def bucket_and_longer(self, word: str) -> tuple[int | None, bool]:
        """`bucket(word)`, and whether a longer word of the list begins with `word`
        (`SortedWords.index_and_longer`)."""
        index, longer = self._words.index_and_longer(word)
        return (None if index is None else int(self.buckets[index])), longer

    def frequency(self, word: str) -> float:
        """`get_frequency_dict("zh").get(word, 0.0)`, the same float."""
        return _frequency(self.bucket(word))

    def frequency_and_longer(self, word: str) -> tuple[float, bool]:
        """`frequency(word)`, and whether a longer word of the list begins with `word`."""
        bucket, longer = self.bucket_and_longer(word)
        return _frequency(bucket), longer

    def frequencies(self) -> Iterator[tuple[str, float]]:
        """Every word with its frequency (`frequency`'s float), in the table's (sorted) order."""
        text, offsets = self.text, self.offsets
        for index, bucket in enumerate(self.buckets):
            yield text[offsets[index] : offsets[index + 1]], 10 ** (-bucket / 100)

    def dumps(self) -> bytes:
        head = _HEADER.pack(len(self.buckets), len(self.text))
        return b"".join(
            (MAGIC, head, self.offsets.tobytes(), self.buckets.tobytes(), self.text.encode())
        )

    @classmethod
    def loads(cls, data: bytes | mmap | memoryview) -> WordTable:
        """The table `dumps` wrote (bytes, or a mapped file: `cache.mapped`, read without copies);
        ValueError for anything else (a truncated or foreign file)."""
        if data[: len(MAGIC)] != MAGIC:
            raise ValueError("not a word table")
        start = len(MAGIC) + _HEADER.size
        count, _ = _HEADER.unpack_from(data, len(MAGIC))
        offsets, buckets = array("I"), array("H")
        middle = start + (count + 1) * offsets.itemsize
        end = middle + count * buckets.itemsize
        if len(data) < end:
            raise ValueError("truncated word table")
        with memoryview(data) as view:
            offsets.frombytes(view[start:middle])
            buckets.frombytes(view[middle:end])
            text = str(view[end:], "utf-8")
        if _HEADER.unpack_from(data, len(MAGIC))[1] != len(text):
            raise ValueError("truncated word table")
        return cls(text, offsets, buckets)


def _frequency(bucket: int | None) -> float:
    """A bucket's frequency as `get_frequency_dict` computes it; 0.0 for no bucket."""
    return 0.0 if bucket is None else 10 ** (-bucket / 100)


def _source() -> tuple[Path, str]:
    """wordfreq's Chinese data file and the cache file name derived from it (found without
    importing wordfreq, whose import costs more than reading the table)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        raise OSError("wordfreq is not installed")
    path = Path(spec.origin).parent / "data" / "large_zh.msgpack.gz"
    stat = path.stat()
    return path, f"wordfreq-zh-{stat.st_size}-{stat.st_mtime_ns}.table"


def source_name() -> str:
    """The name that identifies wordfreq's installed Chinese list (OSError if it has none)."""
    return _source()[1].removesuffix(".table")


def _build() -> WordTable:
    from wordfreq import get_frequency_list

    return WordTable.from_buckets(get_frequency_list("zh"))


@cache
def zh_table() -> WordTable:
    """The table, read from the cache folder, or built (and stored there when possible)."""
    folder = cache_folder()
    try:
        _, name = _source()
    except OSError:  # wordfreq keeps its data elsewhere: no file to name the cache after
        folder = None
    if folder is None:
        return _build()
    path = folder / name
    with contextlib.suppress(OSError, ValueError), mapped(path) as data:
        return WordTable.loads(data)
    table = _build()
    with contextlib.suppress(OSError):
        store_atomically(path, table.dumps())
    return table
