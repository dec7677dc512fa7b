"""The command line's entry points and argument errors, run in-process through main(argv) -> int."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from convert import __version__
from convert.cli import main

from ..conftest import REPO
from . import SEED


@pytest.mark.parametrize(
    "argv",
    [
        ["convert", "x.txt", "-t", "docx,rtf"],
        ["convert"],
        ["frobnicate"],
        ["convert", "x.txt", "--style", "no-such-style"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], tmp_path: Path) -> None:
    assert (
        main([*argv, "-o", str(tmp_path)] if argv[0] == "convert" and len(argv) > 1 else argv) == 2
    )


def test_python_dash_m_convert_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "convert", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"galley {__version__}"


def test_python_dash_m_convert_starts_the_pdf_helper_as_galley_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`python -m convert` and the `galley` script take the same path, PDF helper included."""
    import runpy

    import convert.cli

    calls: list[tuple[list[str], bool]] = []

    def fake_main(argv: list[str], *, pdf_helper: bool = False) -> int:
        calls.append((list(argv), pdf_helper))
        return 0

    monkeypatch.setattr(convert.cli, "main", fake_main)
    monkeypatch.setattr(sys, "argv", ["convert", "convert", "a.txt"])
    with pytest.raises(SystemExit) as stop:
        runpy.run_module("convert", run_name="__main__")
    assert stop.value.code == 0
    assert calls == [(["convert", "a.txt"], True)]


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "nothing-here/*.txt"],
        ["check", "x.txt", "--format", "yaml"],
        ["convert", "x.txt", "-j", "-1"],
        ["convert", "x.txt", "--style", "no-such-sheet.css"],
    ],
)
def test_more_usage_errors_exit_2(argv: list[str]) -> None:
    assert main(argv) == 2


def test_the_documented_ci_commands_parse() -> None:
    """docs/galley-check.yml and .pre-commit-hooks.yaml must not drift from the real CLI."""
    from convert.cli import build_parser

    parser = build_parser()
    workflow = (REPO / "docs" / "galley-check.yml").read_text(encoding="utf-8")
    commands = [
        line.split("run:", 1)[1].split("#")[0].split(">")[0].split()
        for line in workflow.splitlines()
        if "run: galley " in line
    ]
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entry = next(line.split(":", 1)[1].split() for line in hooks.splitlines() if "entry:" in line)
    assert len(commands) == 4 and entry == ["galley", "check"]
    for argv in [*commands, [*entry, "article.txt"]]:
        assert argv[0] == "galley"
        parser.parse_args(argv[1:])  # exits (fails the test) on an unknown flag or command


def test_every_command_the_parser_knows_has_its_module() -> None:
    """`COMMANDS` names the module each command runs from, imported only when it runs."""
    import argparse
    import importlib

    from convert.cli import COMMANDS, build_parser

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(COMMANDS) == set(sub.choices)
    for name, module in COMMANDS.items():
        assert callable(importlib.import_module(f"convert.cli.{module}").run), name


@pytest.mark.parametrize(
    "flags",
    [["--pdf-variant", "pdf/x-4"], ["--style", "no-such-style"], ["--style", "missing.css"]],
)
def test_bad_writer_flags_are_usage_errors(flags: list[str], tmp_path: Path) -> None:
    assert main(["convert", str(SEED), "-o", str(tmp_path), *flags]) == 2
