"""Unusual inputs: file names that look like options, symlink loops."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from convert.cli import main

from ..support.texts import ZH


def test_a_leading_dash_file_name_after_double_dash_or_dot_slash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("-x.txt").write_text(ZH, encoding="utf-8")
    assert main(["convert", "-o", "a", "-t", "xml", "-j", "1", "--", "-x.txt"]) == 0
    assert main(["convert", "./-x.txt", "-o", "b", "-t", "xml", "-j", "1"]) == 0
    assert Path("a/-x.xml").read_bytes() == Path("b/-x.xml").read_bytes()
    assert main(["convert", "-x.txt", "-o", "c"]) == 2  # an unknown option, as in every tool


def test_symlink_loops_in_an_input_folder_neither_hang_nor_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "in"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "a.txt").write_text(ZH, encoding="utf-8")
    (inbox / "sub" / "up").symlink_to("..")  # a folder loop
    (inbox / "sub" / "again").symlink_to(inbox)
    (inbox / "self.txt").symlink_to("self.txt")  # a file loop
    (inbox / "b.txt").symlink_to("c.txt")
    (inbox / "c.txt").symlink_to("b.txt")
    out = tmp_path / "out"
    started = time.monotonic()
    assert main(["convert", str(inbox), "-o", str(out), "-t", "xml", "-j", "1"]) == 0
    assert time.monotonic() - started < 30
    assert sorted(p.name for p in out.rglob("*.xml")) == ["a.xml"]
    assert "Traceback" not in capsys.readouterr().err
