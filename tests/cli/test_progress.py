"""Batch progress: plain lines off a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.cli import main
from convert.cli.progress import per_worker
from convert.report import FileResult

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


def test_per_worker_throughput_lists_a_few_workers_and_summarizes_many() -> None:
    few = [FileResult(f"f{i}", "converted", worker=f"tcp://w{i % 2}:1") for i in range(6)]
    few.append(FileResult("bad", "failed", worker="tcp://w0:1"))
    assert per_worker(few, 2.0) == (
        "workers: tcp://w0:1 4 files (2.00/s), tcp://w1:1 3 files (1.50/s)"
    )
    many = [
        FileResult(f"f{i}-{j}", "converted", worker=f"tcp://w{i}:1")
        for i in range(10)
        for j in range(i + 1)
    ]
    assert per_worker(many, 1.0) == (
        "workers: 10; files/s slowest 1.00 (tcp://w0:1), median 6.00, fastest 10.00 (tcp://w9:1)"
    )
