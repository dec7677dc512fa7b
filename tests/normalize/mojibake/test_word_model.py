"""The word model's costs: kept in the cache folder, read back equal to what is built."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.normalize.mojibake import word_model


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GALLEY_CACHE_DIR", str(tmp_path))
    word_model.word_costs.cache_clear()
    yield tmp_path
    word_model.word_costs.cache_clear()


def test_the_costs_are_stored_once_and_read_back_identical(fresh: Path) -> None:
    built = word_model.word_costs().to_dict()
    stored = list(fresh.glob("*.table"))
    assert len(stored) == 1 and not list(fresh.glob("*.tmp"))
    word_model.word_costs.cache_clear()
    assert word_model.word_costs().to_dict() == built == word_model._built_costs()
    assert built["中华人民共和国"] < built["副主"]  # a listed word beats an inner pair


def test_a_damaged_cache_file_is_rebuilt_not_trusted(fresh: Path) -> None:
    word_model.word_costs()
    (path,) = fresh.glob("*.table")
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    word_model.word_costs.cache_clear()
    assert word_model.word_costs().to_dict() == word_model._built_costs()


def test_no_cache_folder_builds_in_memory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GALLEY_CACHE_DIR", "")
    word_model.word_costs.cache_clear()
    try:
        assert word_model.word_costs()["中华人民共和国"] > 0
    finally:
        word_model.word_costs.cache_clear()
    assert not list(tmp_path.iterdir())
