"""wordfreq's Chinese list as a cached table: the same frequencies, a safe cache file."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from wordfreq import get_frequency_dict

from convert.normalize import zh_words
from convert.normalize.zh_words import WordTable


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GALLEY_CACHE_DIR", str(folder))
    zh_words.zh_table.cache_clear()
    yield folder
    zh_words.zh_table.cache_clear()


def test_every_word_has_wordfreqs_own_frequency_and_others_none(cache: Path) -> None:
    table = zh_words.zh_table()
    frequencies = get_frequency_dict("zh")
    assert len(table.buckets) == len(frequencies)
    # every word would take seconds; every 7th word covers each bucket and both ends
    words = list(frequencies)
    for word in [*words[::7], words[-1]]:
        assert table.frequency(word) == frequencies[word], word
    for absent in ("", "不在列表里的词", "\uffff", "zzzzzzzz", "\u3400\u3400"):
        assert absent not in frequencies
        assert table.frequency(absent) == 0.0


def test_the_table_is_read_back_from_the_cache_file(cache: Path) -> None:
    built = zh_words.zh_table()
    (path,) = cache.iterdir()
    assert path.name.startswith("wordfreq-zh-")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644 & ~_umask()
    zh_words.zh_table.cache_clear()
    read = zh_words.zh_table()
    assert read is not built
    assert (read.text, read.offsets, read.buckets) == (built.text, built.offsets, built.buckets)


def test_a_damaged_cache_file_is_replaced_not_trusted(cache: Path) -> None:
    zh_words.zh_table()
    (path,) = cache.iterdir()
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ValueError):
        WordTable.loads(path.read_bytes())
    zh_words.zh_table.cache_clear()
    assert zh_words.zh_table().frequency("中国") == get_frequency_dict("zh")["中国"]
    assert path.read_bytes() == whole
    with pytest.raises(ValueError, match="not a word table"):
        WordTable.loads(b"something else")


def test_an_empty_cache_setting_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GALLEY_CACHE_DIR", "")
    monkeypatch.setenv("HOME", str(tmp_path))
    zh_words.zh_table.cache_clear()
    try:
        assert zh_words.zh_table().frequency("中国") > 0
    finally:
        zh_words.zh_table.cache_clear()
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_folder_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GALLEY_CACHE_DIR", str(blocker / "cache"))
    zh_words.zh_table.cache_clear()
    try:
        assert zh_words.zh_table().frequency("中国") == get_frequency_dict("zh")["中国"]
    finally:
        zh_words.zh_table.cache_clear()


def test_a_word_in_two_buckets_keeps_the_last_as_wordfreq_does() -> None:
    table = WordTable.from_buckets([["甲"], ["乙", "甲"], [], ["丙"]])
    assert [table.bucket(w) for w in ("甲", "乙", "丙", "丁")] == [1, 1, 3, None]
    again = WordTable.loads(table.dumps())
    assert again.text == table.text == "丙乙甲"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GALLEY_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/x/cache")
    assert zh_words.cache_folder() == Path("/x/cache/galley")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", "/home/someone")
    assert zh_words.cache_folder() == Path("/home/someone/.cache/galley")
    monkeypatch.setenv("GALLEY_CACHE_DIR", "/y")
    assert zh_words.cache_folder() == Path("/y")


def test_the_table_lists_every_word_with_its_frequency() -> None:
    table = WordTable.from_buckets([["的", "是"], [], ["中国"]])
    assert list(table.frequencies()) == [("中国", 10**-0.02), ("是", 1.0), ("的", 1.0)]
    assert all(table.frequency(word) == freq for word, freq in table.frequencies())
