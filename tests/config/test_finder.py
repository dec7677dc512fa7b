"""Each input gets the nearest configuration file above it, whatever the order of the arguments;
flags override every file's; run-wide settings come from the folder the inputs share."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from convert.cli import main

from ..conftest import REPO

SEED = REPO / "samples" / "000_331d64802fbda7f9.txt"  # one stray word (warning), commas (info)


def _desks(tmp_path: Path) -> Path:
    """desk/a wants stray words as errors, desk/b silences them; desk/ itself has no file."""
    for name, severity in (("a", "error"), ("b", "off")):
        folder = tmp_path / "desk" / name
        folder.mkdir(parents=True)
        (folder / f"{name}.txt").write_bytes(SEED.read_bytes())
        (folder / "galley.toml").write_text(
            f'[severity]\nstray-word = "{severity}"\n', encoding="utf-8"
        )
    return tmp_path / "desk"


def _stray_severities(out: str) -> dict[str, str | None]:
    files = json.loads(out)["files"]
    return {
        Path(f["path"]).name: next(
            (c["severity"] for c in f["findings"] if c["kind"] == "stray-word"), None
        )
        for f in files
    }


@pytest.mark.parametrize("order", ["ab", "ba", "desk"])
def test_check_applies_each_desks_own_file_whatever_the_order(
    order: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = _desks(tmp_path)
    paths = [str(desk)] if order == "desk" else [str(desk / n) for n in order]
    assert main(["check", *paths, "--format", "json", "-j", "1"]) == 1  # a's stray word: error
    assert _stray_severities(capsys.readouterr().out) == {"a.txt": "error", "b.txt": None}


def test_flags_and_an_explicit_config_apply_to_every_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = _desks(tmp_path)
    ci = tmp_path / "ci.toml"
    ci.write_text('[severity]\nstray-word = "info"\n', encoding="utf-8")
    assert main(["check", str(desk), "--config", str(ci), "--format", "json"]) == 0
    assert _stray_severities(capsys.readouterr().out) == {"a.txt": "info", "b.txt": "info"}
    (desk / "a" / "galley.toml").write_text("review = false\n", encoding="utf-8")
    (desk / "b" / "galley.toml").write_text("review = true\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(desk), "-o", str(out), "-t", "xml", "-j", "1"]) == 0
    assert not (out / "a" / "a.review.html").exists() and (out / "b" / "b.review.html").exists()
    assert main(["convert", str(desk), "-o", str(out), "-t", "xml", "--no-review", "--force"]) == 0
    log = json.loads((out / ".galley-manifest.json").read_text(encoding="utf-8"))
    assert all(not p.endswith("review.html") for e in log["files"].values() for p in e["outputs"])


def test_config_shows_the_settings_of_each_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = _desks(tmp_path)
    assert main(["config", str(desk / "b" / "b.txt"), "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["source"] == str(desk / "b" / "galley.toml")
    assert shown["severity"] == {"stray-word": "off"}
    assert main(["config", str(desk / "a"), str(desk), "--format", "json"]) == 0
    both = json.loads(capsys.readouterr().out)
    assert both[str(desk / "a")]["severity"] == {"stray-word": "error"}
    assert both[str(desk)]["source"] != str(desk / "a" / "galley.toml")


def test_a_changed_desk_configuration_rebuilds_that_desk_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = _desks(tmp_path)
    out = tmp_path / "out"
    argv = ["convert", str(desk), "-o", str(out), "-t", "xml", "-j", "1"]
    assert main(argv) == 0
    capsys.readouterr()
    with (desk / "a" / "galley.toml").open("a", encoding="utf-8") as handle:
        handle.write("[normalize]\nmax-heading-chars = 20\n")
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "1 converted, 1 skipped (unchanged)" in captured.err
    assert f"converted {desk / 'a' / 'a.txt'}" in captured.out


def test_run_wide_settings_come_from_the_shared_folder_and_a_desk_is_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    desk = _desks(tmp_path)
    (desk / "galley.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    (desk / "b" / "galley.toml").write_text(
        'fail-on = "info"\n[severity]\nstray-word = "off"\n', encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        assert main(["check", str(desk / "b"), str(desk / "a"), "-j", "1"]) == 1  # a's error
    assert "fail-on apply to a whole run; this run takes them from" in caplog.text
    assert str(desk / "galley.toml") in caplog.text
    caplog.clear()
    assert main(["check", str(desk / "b"), "-j", "1"]) == 1  # alone: b's own fail-on = info
    assert main(["check", str(desk / "b"), "--fail-on", "error", "-j", "1"]) == 0
    assert "whole run" not in caplog.text
