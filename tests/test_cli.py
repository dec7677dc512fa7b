"""The command line, run in-process through main(argv) -> int."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from convert import __version__
from convert.cli import main

from .conftest import REPO

SEED = REPO / "samples" / "000_331d64802fbda7f9.txt"


def test_convert_writes_outputs_named_after_the_input(tmp_path: Path) -> None:
    assert main(["convert", str(SEED), "-o", str(tmp_path), "-t", "xml,docx"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "000_331d64802fbda7f9.docx",
        "000_331d64802fbda7f9.repairs.json",
        "000_331d64802fbda7f9.xml",
    ]


def test_a_folder_converts_the_text_files_in_it(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("标题\n\n正文第一段。", encoding="utf-8")
    (inbox / "notes.md").write_text("# not an input", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(inbox), "-o", str(out), "-t", "xml"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.repairs.json", "a.xml"]


def test_one_bad_file_fails_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n\n")
    out = tmp_path / "out"
    code = main(
        [
            "convert",
            str(bad),
            str(SEED),
            str(empty),
            str(tmp_path / "missing.txt"),
            "-o",
            str(out),
            "-t",
            "xml",
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert f"{bad}: this is a PDF document, not text" in err
    assert f"{empty}: is empty" in err
    assert "missing.txt: no such file" in err
    assert "Traceback" not in err
    assert (out / "000_331d64802fbda7f9.xml").exists()
    assert not (out / "scan.xml").exists() and not (out / "empty.xml").exists()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_sources_are_never_modified(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes("标题\r\n\r\n正文,第一段。".encode())
    before = source.read_bytes()
    assert main(["convert", str(source), "-o", str(tmp_path), "-t", "xml"]) == 0
    assert source.read_bytes() == before


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


def test_output_that_is_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out"
    target.write_text("occupied")
    assert main(["convert", str(SEED), "-o", str(target)]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_output_that_would_overwrite_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    golden = (REPO / "tests" / "expected" / "000_331d64802fbda7f9.xml").read_bytes()
    source = tmp_path / "a.xml"
    source.write_bytes(golden)
    assert main(["convert", str(source), "-o", str(tmp_path), "-t", "xml"]) == 1
    assert "would overwrite the input" in capsys.readouterr().err
    assert source.read_bytes() == golden


def test_jats_in_renders_an_edited_file(tmp_path: Path) -> None:
    edited = tmp_path / "edited.xml"
    xml = (REPO / "tests" / "expected" / "000_331d64802fbda7f9.xml").read_text(encoding="utf-8")
    edited.write_text(
        xml.replace("东城区总工会</title>", "东城区总工会（已校对）</title>"), encoding="utf-8"
    )
    out = tmp_path / "out"
    assert main(["convert", str(edited), "-o", str(out), "-t", "xml"]) == 0
    assert "东城区总工会（已校对）" in (out / "edited.xml").read_text(encoding="utf-8")


def test_normalize_prints_the_jats(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["normalize", str(SEED)]) == 0
    out = capsysbinary.readouterr().out
    assert out == (REPO / "tests" / "expected" / "000_331d64802fbda7f9.xml").read_bytes()


def test_explain_lists_every_change_with_its_position(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "read as utf-8" in out
    assert f"{SEED}:67:139: warning: stray/stray-word: ' and ' -> '和'" in out
    assert out.rstrip().endswith("185 changes, 0 flags")


def test_python_dash_m_convert_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "convert", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"galley {__version__}"
