"""Batch progress: plain lines off a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.cli import main

from . import SEED


def test_plain_progress_has_no_carriage_returns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    assert main(["convert", str(SEED), "-o", str(tmp_path), "-t", "xml"]) == 0
    captured = capsys.readouterr()
    assert "\r" not in captured.out + captured.err
    assert captured.out.startswith(f"converted {SEED} -> 000_331d64802fbda7f9.xml")
    assert "1 converted, 0 skipped (unchanged), 0 failed in" in captured.err
