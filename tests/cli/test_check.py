"""`galley check`: findings, exit codes, nothing written."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from convert.cli import main

from . import SEED, files, tree


def test_check_fails_the_seed_on_its_warning_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED)]) == 1
    out = capsys.readouterr().out
    assert f"{SEED}:67:139: warning: stray/stray-word: ' and ' -> '和'" in out
    assert main(["check", str(SEED), "--fail-on", "error"]) == 0
    assert main(["check", str(SEED), "--fail-on", "info"]) == 1


def test_check_writes_nothing(tmp_path: Path) -> None:
    inbox = tree(tmp_path)
    before = files(tmp_path)
    assert main(["check", str(inbox), "--fail-on", "error", "-j", "1"]) == 0
    assert files(tmp_path) == before


def test_check_reports_a_bad_file_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert main(["check", str(bad), "--fail-on", "error", "--format", "github"]) == 1
    assert f"::error file={bad},title=galley::{bad}: this is a PDF" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["human", "github"])
def test_check_lists_findings_by_line_and_column(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The log is in pass order (a later pass's finding on line 15 came after line 179); a
    report is read top to bottom."""
    federalist = SEED.parent / "federalist-01.txt"
    main(["check", str(federalist), "--format", fmt, "-j", "1", "--show", "info"])
    out = capsys.readouterr().out
    pattern = r"^[^:]+:(\d+):(\d+): " if fmt == "human" else r"line=(\d+),col=(\d+)"
    found = [(int(m[1]), int(m[2])) for m in re.finditer(pattern, out, re.MULTILINE)]
    assert len(found) > 10 and found == sorted(found)


def test_check_help_lists_only_what_check_reads(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--help"]) == 0
    text = capsys.readouterr().out
    for option in ("--config", "--jobs", "--ext", "--format", "--fail-on", "standard input"):
        assert option in text
    for option in ("--to", "--style", "--pdf-variant", "--embed-fonts"):
        assert option not in text  # they shape outputs, which check does not write
    assert main(["check", str(SEED), "--style", "book-en"]) == 2
    assert main(["convert", "--help"]) == 0
    assert "--pdf-variant" in capsys.readouterr().out


def test_check_reads_standard_input_as_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["check", "-", "--fail-on", "error", "--show", "warning"]) == 0
    out = capsys.readouterr().out
    assert "-:67:139: warning: stray/stray-word: ' and ' -> '和'" in out
    assert "1 checked, 0 failed" in out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["check", "-", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert "::error file=-,title=galley::-: is empty (no text to convert)" in out
    assert "stdin.txt" not in out


@pytest.mark.parametrize("fmt", ["human", "github"])
def test_check_shows_what_can_fail_and_counts_the_rest(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13 (a quiet CI): by default only findings at --fail-on are listed."""
    assert main(["check", str(SEED), "--format", fmt, "-j", "1"]) == 1
    lines = capsys.readouterr().out.splitlines()
    listed = [line for line in lines if ": info: " in line or line.startswith("::notice")]
    assert not listed
    assert any("stray/stray-word" in line for line in lines)
    assert re.fullmatch(r"… \d+ info findings not shown \(--show info lists them\)", lines[-1])
    # --show does not change the exit code
    assert main(["check", str(SEED), "--format", fmt, "--fail-on", "error", "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert "stray/stray-word" not in out
    assert re.search(r"… \d+ warning, \d+ info findings not shown \(--show info", out)
    assert main(["check", str(SEED), "--format", fmt, "--show", "info", "-j", "1"]) == 1
    out = capsys.readouterr().out
    assert "not shown" not in out and ("info: " in out or "::notice" in out)


@pytest.mark.parametrize("fmt", ["json", "junit"])
def test_check_show_leaves_json_and_junit_complete(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(SEED), "--format", fmt, "--show", "info", "-j", "1"])
    everything = capsys.readouterr().out
    main(["check", str(SEED), "--format", fmt, "--show", "error", "-j", "1"])
    out = capsys.readouterr().out
    strip = re.compile(r'"?(seconds|time)"?[=:] ?"?[\d.]+"?')
    assert strip.sub("", out) == strip.sub("", everything)


def test_check_diff_shows_source_against_repaired_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same diff as `galley explain --diff`, for every file, before the report."""
    article = tmp_path / "a.txt"
    article.write_text("标题\n\n正文,第一段。\n", encoding="utf-8")
    assert main(["check", str(article), "--diff", "--fail-on", "error", "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert main(["explain", str(article), "--diff"]) == 0
    explained = capsys.readouterr().out
    diff = out[: out.index("1 checked")]
    assert diff.startswith(f"--- a/{article}\n+++ b/{article} (normalized)\n")
    assert "-正文,第一段。\n+正文，第一段。\n" in diff
    assert explained.endswith(diff)
    assert main(["check", str(article), "--diff", "--format", "json"]) == 2
    assert "--diff prints diffs before the report" in capsys.readouterr().err
