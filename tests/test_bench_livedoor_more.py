"""bench/livedoor_more.py: the fresh livedoor set is chosen apart from the shared sample, and a
bench without it says so and goes on (it lives outside the repository: CI never has it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import clean_text, livedoor_more


def test_the_choice_leaves_out_the_shared_sample_and_is_fixed() -> None:
    names = ["LICENSE.txt", *(f"smax-{6500000 + k}.txt" for k in range(300))]
    articles = sorted(n for n in names if n != "LICENSE.txt")
    sample = set(articles[::50][:15])  # SOURCE.md's rule: every 50th, at most 15
    chosen = livedoor_more.choose(names)
    assert len(chosen) == livedoor_more.PER_CATEGORY
    assert not sample & set(chosen) and "LICENSE.txt" not in chosen
    assert chosen == sorted(chosen) == livedoor_more.choose(list(reversed(names)))


def test_an_absent_set_is_skipped_not_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(livedoor_more, "FOLDER", tmp_path / "livedoor")
    monkeypatch.setattr(
        clean_text, "OUTSIDE", {"ja-livedoor-more": (lambda: False, tmp_path / "livedoor")}
    )
    assert clean_text.main(["--set", "ja-livedoor-more"]) == 0
    assert "skipped: absent" in capsys.readouterr().out
    assert not livedoor_more.present(tmp_path / "livedoor")
