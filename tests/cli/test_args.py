"""Where a run's scheduler comes from: the flag, then DASK_SCHEDULER_ADDRESS, then the nearest
configuration file, then this machine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convert.cli import main


def _scheduler(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["config", *argv, "--format", "json"]) == 0
    scheduler: str = json.loads(capsys.readouterr().out)["scheduler"]
    return scheduler


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "galley.toml").write_text('scheduler = "tcp://from-file:8786"\n', "utf-8")
    return tmp_path


def test_the_default_is_this_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)
    assert _scheduler([str(tmp_path)], capsys) == ""


def test_the_flag_wins_over_the_variable_and_the_file(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://from-env:8786")
    assert _scheduler([str(desk), "--scheduler", "tcp://flag:1"], capsys) == "tcp://flag:1"
    assert _scheduler([str(desk), "--scheduler", "local"], capsys) == "local"


def test_the_variable_wins_over_the_file_which_wins_over_nothing(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://from-env:8786")
    assert _scheduler([str(desk)], capsys) == "tcp://from-env:8786"
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "")  # set but empty: as if unset
    assert _scheduler([str(desk)], capsys) == "tcp://from-file:8786"


def test_a_scheduler_that_is_not_there_is_a_clear_error_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("convert.batch.executors.dask.CONNECT_TIMEOUT", 2.0)
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nA paragraph.\n", "utf-8")
    code = main(["convert", str(article), "-o", str(tmp_path / "out"), "-t", "xml",
                 "--scheduler", "tcp://127.0.0.1:9"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert "docs/cluster.md" in err and "Traceback" not in err
    assert not list((tmp_path / "out").glob("a.*"))  # nothing converted, nothing written
