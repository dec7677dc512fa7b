"""The cache folder's helpers (`convert/cache.py`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from convert.cache import mapped, store_atomically
from convert.normalize.mojibake.lexicon import CostTable
from convert.normalize.zh_words import WordTable


def test_a_mapped_file_reads_as_its_bytes_and_an_empty_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.table"
    store_atomically(path, b"galley\n" * 1000)
    with mapped(path) as data:
        assert data[:] == path.read_bytes()
    path.write_bytes(b"")
    with pytest.raises(ValueError), mapped(path):
        pass
    with pytest.raises(OSError), mapped(tmp_path / "missing"):
        pass
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_tables_load_the_same_from_a_mapped_file_as_from_bytes(tmp_path: Path) -> None:
    words = WordTable.from_buckets([["的", "中文"], [], ["马克", "吐温"]])
    costs = CostTable.from_dict({"中文": 1.5, "吐温": 4.25, "的": 0.5})
    for table, kind in ((words, WordTable), (costs, CostTable)):
        path = tmp_path / kind.__name__
        store_atomically(path, table.dumps())
        with mapped(path) as data:
            loaded = kind.loads(data)
        assert loaded.dumps() == kind.loads(path.read_bytes()).dumps() == table.dumps()
        path.write_bytes(table.dumps()[:-1])  # the last character cut in half
        with pytest.raises(ValueError), mapped(path) as data:
            kind.loads(data)
