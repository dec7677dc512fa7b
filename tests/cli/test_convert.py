"""`galley convert`, run in-process: outputs, batches, incremental runs, failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.cli import main

from ..conftest import REPO
from . import SEED, files, tree


def test_convert_writes_outputs_named_after_the_input(tmp_path: Path) -> None:
    assert main(["convert", str(SEED), "-o", str(tmp_path), "-t", "xml,docx"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        ".galley-manifest.json",
        "000_331d64802fbda7f9.docx",
        "000_331d64802fbda7f9.repairs.json",
        "000_331d64802fbda7f9.review.html",
        "000_331d64802fbda7f9.xml",
    ]


def test_a_folder_converts_the_text_files_in_it(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("标题\n\n正文第一段。", encoding="utf-8")
    (inbox / "notes.md").write_text("# not an input", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(inbox), "-o", str(out), "-t", "xml", "--no-review"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        ".galley-manifest.json",
        "a.repairs.json",
        "a.xml",
        "index.html",  # the batch index (report.index)
    ]


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


@pytest.fixture(scope="module")
def parallel_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The same tree converted to every format with -j 1 and with -j 2 (run once: it is slow)."""
    root = tmp_path_factory.mktemp("parallel")
    inbox = tree(root)
    for jobs in ("1", "2"):
        assert main(["convert", str(inbox), "-o", str(root / f"j{jobs}"), "-j", jobs]) == 0
    return inbox, root / "j1", root / "j2"


def test_output_tree_mirrors_the_inputtree(parallel_runs: tuple[Path, Path, Path]) -> None:
    _, j1, _ = parallel_runs
    names = set(files(j1))
    assert {"000_seed.pdf", "2024/a.docx", "2024/a.review.html", "2024/may/b.epub"} <= names
    assert not [n for n in names if "notes" in n]


def test_two_workers_give_byte_identical_outputs(parallel_runs: tuple[Path, Path, Path]) -> None:
    _, j1, j2 = parallel_runs
    one, two = files(j1), files(j2)
    assert sorted(one) == sorted(two) and len(one) == 3 * 7 + 1  # and the batch index
    assert [name for name in one if one[name] != two[name]] == []


def test_globs_and_configured_extensions_choose_the_inputs(tmp_path: Path) -> None:
    inbox = tree(tmp_path)
    out = tmp_path / "out"
    pattern = str(inbox / "**" / "*.t*")
    assert main(["convert", pattern, "-o", str(out), "-t", "xml", "-j", "1", "--ext", "text"]) == 0
    assert sorted(files(out)) == [
        "2024/may/b.repairs.json",
        "2024/may/b.review.html",
        "2024/may/b.xml",
        "index.html",
    ]


def test_unchanged_inputs_are_skipped_and_changed_ones_rebuilt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tree(tmp_path)
    out = tmp_path / "out"
    argv = ["convert", str(inbox), "-o", str(out), "-t", "xml", "-j", "1"]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(argv) == 0
    assert "0 converted, 3 skipped" in capsys.readouterr().err

    (inbox / "2024" / "a.txt").write_text("标题\n\n改过的正文。", encoding="utf-8")
    (out / "2024" / "may" / "b.xml").unlink()  # a missing output is rebuilt
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "2 converted, 1 skipped" in captured.err
    assert "改过的正文" in (out / "2024" / "a.xml").read_text(encoding="utf-8")
    assert (out / "2024" / "may" / "b.xml").exists()

    assert main([*argv, "--style", "book-en"]) == 0  # other options: everything again
    assert "3 converted, 0 skipped" in capsys.readouterr().err
    assert main([*argv, "--style", "book-en", "--force"]) == 0
    assert "3 converted, 0 skipped" in capsys.readouterr().err


def test_a_failed_write_leaves_the_old_output_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    argv = ["convert", str(SEED), "-o", str(out), "-t", "xml", "-j", "1", "--force"]
    assert main(argv) == 0
    before = files(out)

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("convert.run.outputs.os.fsync", disk_full)
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "000_331d64802fbda7f9.xml: cannot be written (No space left on device)" in err
    assert "Traceback" not in err
    assert files(out) == before
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_convert_fail_on_counts_findings_of_skippedfiles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["convert", str(SEED), "-o", str(tmp_path), "-t", "xml", "-j", "1"]
    assert main(argv) == 0  # convert fails on findings only when asked
    assert main([*argv, "--fail-on", "warning"]) == 1  # skipped, but its warning still counts
    assert "1 skipped" in capsys.readouterr().err


def test_pdf_variant_and_embedded_fonts_reach_the_outputs(tmp_path: Path) -> None:
    import io
    import zipfile

    from pypdf import PdfReader

    out = tmp_path / "out"
    code = main(
        [
            "convert",
            str(SEED),
            "-o",
            str(out),
            "-t",
            "pdf,epub",
            "--pdf-variant",
            "pdf/ua-1",
            "--embed-fonts",
            "--no-review",
            "-j",
            "1",
        ]
    )
    assert code == 0
    pdf = PdfReader(out / "000_331d64802fbda7f9.pdf")
    assert "/StructTreeRoot" in pdf.trailer["/Root"]
    epub = zipfile.ZipFile(io.BytesIO((out / "000_331d64802fbda7f9.epub").read_bytes()))
    assert any(name.endswith(".woff") for name in epub.namelist())


def test_the_pdf_helper_is_told_a_text_inputs_likely_language(tmp_path: Path) -> None:
    from convert.cli.convert import likely_language

    assert likely_language(str(SEED)) == "zh-CN"
    english = tmp_path / "a.md"
    english.write_text("# A title\n\nPlain English prose.\n", encoding="utf-8")
    assert likely_language(str(english)) == "en"
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04")
    assert likely_language(str(tmp_path / "a.docx")) is None  # not text: both styles are warmed
    assert likely_language(str(tmp_path / "missing.txt")) is None
