"""The hardening matrix (docs/hardening.md): whatever arrives, Galley converts it correctly or fails
that one file with a one-line `error: FILE: cause`, exits 1, converts the rest of the batch, leaves
no partial output and never prints a traceback; and a batch stopped by Ctrl-C or `kill -9` leaves
nothing half-written and resumes where it stopped.

The bad-input cases share one batch (run once per module, in-process, `-t xml`); the signal cases
run `galley convert` in a subprocess on a few slow files.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from convert import pipeline
from convert.cli import main
from convert.config import Config
from convert.pipeline import Prepared, prepare_text, render
from convert.writers import WriteOptions

from .conftest import REPO
from .support.docx_text import docx_text
from .support.epub_text import epub_text
from .support.html_text import html_text
from .test_fidelity import pdf_body_text

ZH = "标题\n\n正文第一段，讲的是一件事。\n\n第二段，讲的是另一件事。\n"


def _paragraphs(xml: bytes) -> list[str]:
    return ["".join(p.itertext()) for p in etree.fromstring(xml).iter("p")]


def _repairs(out: Path, stem: str) -> dict:
    return json.loads((out / f"{stem}.repairs.json").read_text(encoding="utf-8"))


# --- the bad-input batch -------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str  # the input's file name
    data: bytes
    error: str = ""  # a failed file: what its one error line must say
    check: Callable[[Path, str], None] | None = None  # a converted file: (out folder, stem)


def _nul_removed_and_logged(out: Path, stem: str) -> None:
    assert _paragraphs((out / f"{stem}.xml").read_bytes()) == ["Some text with a NUL.", "More."]
    logged = [c for c in _repairs(out, stem)["changes"] if c["before"] == "\x00"]
    assert [(c["kind"], c["line"], c["column"]) for c in logged] == [("control", 3, 10)]


def _lossy_utf8_flagged(out: Path, stem: str) -> None:
    """Each invalid sequence becomes U+FFFD, its byte offset is kept, and it is an error flag."""
    log = _repairs(out, stem)
    assert log["encoding"]["method"] == "utf-8-lossy"
    assert log["encoding"]["replaced_bytes"] == [len("标题\n\n正文第一段".encode())]
    flags = [c for c in log["changes"] if c["severity"] == "error"]
    assert [(c["kind"], c["line"], c["column"]) for c in flags] == [("lost-character", 3, 6)]
    assert "正文第一段\ufffd，讲的是一件事。" in _paragraphs((out / f"{stem}.xml").read_bytes())


def _gbk_phrase_in_utf8_flagged(out: Path, stem: str) -> None:
    """A short GBK phrase inside UTF-8 text: the UTF-8 is kept, the phrase becomes flagged U+FFFD
    (guessing would garble the rest); the editor restores it from the flag's position."""
    log = _repairs(out, stem)
    assert log["encoding"]["method"] == "utf-8-lossy"
    paragraphs = _paragraphs((out / f"{stem}.xml").read_bytes())
    assert "正文第一段，讲的是一件事。" in paragraphs and "\ufffd" in paragraphs[-1]
    assert {c["kind"] for c in log["changes"] if c["severity"] == "error"} == {"lost-character"}


def _text_is(*expected: str) -> Callable[[Path, str], None]:
    def check(out: Path, stem: str) -> None:
        assert _paragraphs((out / f"{stem}.xml").read_bytes()) == list(expected)

    return check


def _utf16_read(encoding: str) -> Callable[[Path, str], None]:
    def check(out: Path, stem: str) -> None:
        assert _repairs(out, stem)["encoding"]["encoding"] == encoding
        assert "正文第一段，讲的是一件事。" in _paragraphs((out / f"{stem}.xml").read_bytes())

    return check


def _rtl_kept(out: Path, stem: str) -> None:
    """Arabic, Hebrew, emoji with skin tones, ZWJ families and flags: every code point kept."""
    assert _paragraphs((out / f"{stem}.xml").read_bytes())[-3:] == RTL


def _long_line_kept(out: Path, stem: str) -> None:
    (paragraph,) = _paragraphs((out / f"{stem}.xml").read_bytes())
    assert paragraph == LONG_LINE


def _tiny_paragraphs_kept(out: Path, stem: str) -> None:
    assert _paragraphs((out / f"{stem}.xml").read_bytes()) == TINY[1:]


def _brackets_kept(out: Path, stem: str) -> None:
    text = "".join(_paragraphs((out / f"{stem}.xml").read_bytes()))
    for mark in "“「《”」》":
        assert text.count(mark) == 3000, mark


RTL = ["مرحبا بالعالم، هذا نص عربي.", "שלום עולם 😀👍🏽 👨\u200d👩\u200d👧 🇨🇳 text.", "Ok 😀."]
LONG_LINE = "这是一个很长的句子，没有换行。" * 70_000  # 3.15 MB on one line
TINY = ["Tiny"] + [f"p{i}." for i in range(100_000)]
UTF8_BODY = "正文第一段，讲的是一件事。\n\n".encode() * 40

CASES = [
    Case("empty.txt", b"", error="is empty (no text to convert)"),
    Case("blank.txt", " \t\n\r\n\u3000\n".encode(), error="is empty"),
    Case("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", error="this is a PDF document"),
    Case("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), error="this is a PNG image"),
    Case("backup.txt", gzip.compress(b"text " * 100, mtime=0), error="this is a gzip archive"),
    Case("blob.txt", b"data\x00\x01\x02\x03" * 200, error="looks like a binary file"),
    Case("nul.txt", b"Title\n\nSome text\x00 with a NUL.\n\nMore.", check=_nul_removed_and_logged),
    Case(
        "lossy.txt",
        ZH.encode().replace("段".encode(), "段".encode() + b"\xff", 1),
        check=_lossy_utf8_flagged,
    ),
    Case(
        "mixed-phrase.txt",
        "标题\n\n".encode() + UTF8_BODY + "混合编码的文字".encode("gbk"),
        check=_gbk_phrase_in_utf8_flagged,
    ),
    Case(
        "mixed-half.txt",
        ZH.encode() + ZH.encode("gbk") * 3,
        error="matches none of the encodings Galley detects",
    ),
    Case("utf16le.txt", ZH.encode("utf-16-le"), check=_utf16_read("utf-16-le")),
    Case(
        "utf16be-en.txt",
        "Title\n\nPlain English, in UTF-16.\n".encode("utf-16-be"),
        check=_text_is("Plain English, in UTF-16."),
    ),
    Case("long-line.txt", f"标题\n\n{LONG_LINE}".encode(), check=_long_line_kept),
    Case("tiny.txt", "\n\n".join(TINY).encode(), check=_tiny_paragraphs_kept),
    Case(
        "brackets.txt",
        ("标题\n\n" + "“「《" * 3000 + "\n\n" + "”」》" * 3000).encode(),
        check=_brackets_kept,
    ),
    Case("rtl-emoji.txt", ("Mixed scripts\n\n" + "\n\n".join(RTL)).encode(), check=_rtl_kept),
    Case("with space.txt", ZH.encode(), check=_text_is(*ZH.strip().split("\n\n")[1:])),
    Case("中文 名字.txt", ZH.encode(), check=_text_is(*ZH.strip().split("\n\n")[1:])),
    Case("-dash.txt", ZH.encode(), check=_text_is(*ZH.strip().split("\n\n")[1:])),
]


@dataclass(frozen=True)
class BatchRun:
    inbox: Path
    out: Path
    code: int
    err: str


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory: pytest.TempPathFactory) -> BatchRun:
    root = tmp_path_factory.mktemp("matrix")
    inbox = root / "inbox"
    inbox.mkdir()
    for case in CASES:
        (inbox / case.name).write_bytes(case.data)
    out = root / "out"
    with pytest.MonkeyPatch.context() as patch:
        captured: list[str] = []
        patch.setattr(sys, "stderr", _Lines(captured))
        code = main(["convert", str(inbox), "-o", str(out), "-t", "xml", "-j", "1"])
    return BatchRun(inbox, out, code, "".join(captured))


class _Lines:
    """A stand-in stderr for a module-scoped fixture (capsys is per test)."""

    def __init__(self, sink: list[str]) -> None:
        self.sink = sink

    def write(self, text: str) -> int:
        self.sink.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def test_the_batch_fails_the_bad_files_only_and_exits_1(batch_run: BatchRun) -> None:
    assert batch_run.code == 1
    failed = sum(1 for c in CASES if c.error)
    assert (
        f"{len(CASES) - failed} converted, 0 skipped (unchanged), {failed} failed" in batch_run.err
    )
    assert "Traceback" not in batch_run.err and "internal error" not in batch_run.err


def test_nothing_partial_is_left(batch_run: BatchRun) -> None:
    names = {p.name for p in batch_run.out.rglob("*")}
    assert not [n for n in names if n.endswith(".tmp")]
    for case in CASES:
        stem = Path(case.name).stem
        written = {n for n in names if n.startswith(f"{stem}.")}
        expected = {f"{stem}.xml", f"{stem}.repairs.json", f"{stem}.review.html"}
        assert written == (set() if case.error else expected), case.name


@pytest.mark.parametrize("case", [c for c in CASES if c.error], ids=lambda c: c.name)
def test_a_bad_file_gets_one_line_naming_it_and_the_cause(batch_run: BatchRun, case: Case) -> None:
    lines = [line for line in batch_run.err.splitlines() if case.name in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {batch_run.inbox / case.name}: ")
    assert case.error in lines[0]


@pytest.mark.parametrize("case", [c for c in CASES if c.check], ids=lambda c: c.name)
def test_a_difficult_file_converts_correctly(batch_run: BatchRun, case: Case) -> None:
    assert case.check is not None
    case.check(batch_run.out, Path(case.name).stem)


def test_an_input_too_big_to_convert_in_bounded_memory_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "MAX_INPUT_BYTES", 2**20)
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (2**20 // 5 + 1))
    small = tmp_path / "small.txt"
    small.write_text(ZH, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(big), str(small), "-o", str(out), "-t", "xml", "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert f"error: {big}: is 1 MiB, more than Galley converts in one piece (1 MiB;" in err
    assert (out / "small.xml").exists() and not (out / "big.xml").exists()


def test_galley_check_fails_on_the_invalid_utf8_flag(
    batch_run: BatchRun, capsys: pytest.CaptureFixture[str]
) -> None:
    source = batch_run.inbox / "lossy.txt"
    assert main(["check", str(source)]) == 1  # an error flag reaches the default --fail-on
    out = capsys.readouterr().out
    assert f"{source}:3:6: error: mojibake/lost-character: '\ufffd' kept (flag)" in out


@pytest.mark.slow
def test_rtl_text_and_emoji_reach_every_format_intact() -> None:
    _, document = prepare_text("Mixed scripts\n\n" + "\n\n".join(RTL), Config(), "rtl")
    formats = ["html", "docx", "epub", "pdf"]
    outputs = render(Prepared(Path("rtl.txt"), document), formats, WriteOptions())
    for fmt, extract in (
        ("html", html_text),
        ("docx", lambda d: "\n".join(docx_text(d))),
        ("epub", epub_text),
    ):
        text = extract(outputs[fmt])
        assert [line for line in RTL if line not in text] == [], fmt
    # pdftotext gives RTL runs in visual order between bidi controls (and spaces between some
    # emoji): every word must be there
    pdf = re.sub("[\u202a-\u202e\\s]", "", pdf_body_text(outputs["pdf"], "rtl"))
    assert [w for line in RTL for w in line.split() if w.strip(".،") not in pdf] == []


# --- file names and output folders ---------------------------------------------------------------


def test_a_leading_dash_file_name_after_double_dash_or_dot_slash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("-x.txt").write_text(ZH, encoding="utf-8")
    assert main(["convert", "-o", "a", "-t", "xml", "-j", "1", "--", "-x.txt"]) == 0
    assert main(["convert", "./-x.txt", "-o", "b", "-t", "xml", "-j", "1"]) == 0
    assert Path("a/-x.xml").read_bytes() == Path("b/-x.xml").read_bytes()
    assert main(["convert", "-x.txt", "-o", "c"]) == 2  # an unknown option, as in every tool


def test_an_output_folder_that_is_a_file_fails_that_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text(ZH, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").write_text("a file where the output tree needs a folder")
    assert main(["convert", str(tmp_path / "in"), "-o", str(out), "-t", "xml", "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert f"error: {tmp_path / 'in' / 'sub' / 'b.txt'}: {out / 'sub' / 'b.xml'}: cannot be" in err
    assert "internal error" not in err and (out / "a.xml").exists()
    target = tmp_path / "file"
    target.write_text("occupied")
    assert main(["convert", str(tmp_path / "in"), "-o", str(target)]) == 2  # a usage error
    assert f"error: output {target} exists and is not a folder" in capsys.readouterr().err


@pytest.mark.parametrize("how", ["chmod", "simulated"])
def test_an_unwritable_output_folder_fails_each_file_with_the_cause(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ZH, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    if how == "chmod":
        if os.geteuid() == 0:
            pytest.skip("root writes through chmod 0o500; the simulated case covers the message")
        out.chmod(0o500)
    else:

        def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(pipeline.tempfile, "mkstemp", refuse)
    try:
        assert main(["convert", str(source), "-o", str(out), "-t", "xml", "-j", "1"]) == 1
    finally:
        out.chmod(0o700)
    err = capsys.readouterr().err
    assert f"error: {source}: {out / 'a.xml'}: cannot be written (Permission denied)" in err
    assert "Traceback" not in err and list(out.iterdir()) == []


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


# --- a full disk -----------------------------------------------------------------------------------


def test_a_full_disk_replaces_none_of_a_files_outputs_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(ZH.replace("一件事", f"{name}事"), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["convert", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out)]
    argv += ["-t", "xml,html", "-j", "1", "--no-review"]
    assert main(argv) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    for name in ("a", "b"):  # a changed source: its outputs must be rewritten
        (tmp_path / f"{name}.txt").write_text(ZH.replace("一件事", "新事"), encoding="utf-8")
    real_fsync = os.fsync
    synced: list[int] = []

    def disk_fills_up(fd: int) -> None:  # b's html is the 5th output: the disk is full there
        synced.append(fd)
        if len(synced) == 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(pipeline.os, "fsync", disk_fills_up)
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"error: {tmp_path / 'b.txt'}: {out / 'b.html'}: cannot be written (No space" in err
    assert "Traceback" not in err
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert "新事" in after["a.xml"].decode()  # a converted
    for name in ("b.xml", "b.html", "b.repairs.json"):  # b: all old, none half-new
        assert after[name] == before[name], name
    assert not [n for n in after if n.endswith(".tmp")]
    monkeypatch.setattr(pipeline.os, "fsync", real_fsync)
    assert main(argv) == 0  # the next run retries b only
    assert "1 converted, 1 skipped" in capsys.readouterr().err


def test_stale_temporaries_of_a_killed_run_are_removed_when_the_file_is_converted(
    tmp_path: Path,
) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ZH, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".a.xml.k1ll3d.tmp"
    stale.write_bytes(b"<article><bo")
    other = out / ".notes.txt.x.tmp"  # not an output of this run: not Galley's to remove
    other.write_bytes(b"x")
    assert main(["convert", str(source), "-o", str(out), "-t", "xml", "-j", "1"]) == 0
    assert not stale.exists() and other.exists()


# --- Ctrl-C, kill -9, resuming and determinism ----------------------------------------------------

SLOW_FILES = 8  # each about half a second of work (6,000 paragraphs), so a signal lands mid-batch


@pytest.fixture(scope="module")
def slow_inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inbox = tmp_path_factory.mktemp("slow") / "inbox"
    inbox.mkdir()
    for i in range(SLOW_FILES):
        paragraphs = (f"Paragraph {j} of file {i}, with a few words." for j in range(6_000))
        (inbox / f"f{i}.txt").write_text(f"File {i}\n\n" + "\n\n".join(paragraphs), "utf-8")
    return inbox


def _galley(inbox: Path, out: Path) -> subprocess.Popen[str]:
    argv = [sys.executable, "-m", "convert", "convert", str(inbox), "-o", str(out)]
    argv += ["-t", "xml,html", "-j", "2", "--no-review"]
    env = {**os.environ, "CI": "true"}  # plain lines, one per finished file
    return subprocess.Popen(
        argv, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def _processes_writing_to(out: Path) -> list[int]:
    """Galley processes (the main one and its workers share its command line) still alive."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if proc.name.isdigit() and str(out).encode() in cmdline.split(b"\0"):
            found.append(int(proc.name))
    return found


def _outputs_are_whole(out: Path) -> Iterator[str]:
    """Every output under its final name parses completely: none is truncated."""
    for path in sorted(out.glob("*.*")):
        if path.suffix == ".xml":
            etree.fromstring(path.read_bytes())
        elif path.suffix == ".html":
            assert path.read_bytes().rstrip().endswith(b"</html>"), path
        elif path.suffix == ".json":
            json.loads(path.read_bytes())
        yield path.name


@pytest.mark.slow
def test_ctrl_c_stops_the_workers_and_leaves_nothing_half_written(
    slow_inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    process = _galley(slow_inbox, out)
    assert process.stdout is not None
    first = process.stdout.readline()  # the first file is done; the workers are busy with more
    assert first.startswith("converted "), first
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "interrupted: " in err and "run the same command again" in err
    assert "Traceback" not in err
    assert _wait_for(lambda: not _processes_writing_to(out), 10), "workers still running"
    names = list(_outputs_are_whole(out))
    assert not [n for n in os.listdir(out) if n.endswith(".tmp")]
    assert len(names) < 3 * SLOW_FILES  # it did stop early
    manifest = json.loads((out / ".galley-manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"].values():  # it claims only what was written
        assert all(Path(p).exists() for p in entry["outputs"])


@pytest.mark.slow
def test_kill_9_midway_then_a_rerun_converts_what_is_missing_identically(
    slow_inbox: Path, tmp_path: Path
) -> None:
    killed = tmp_path / "killed"
    process = _galley(slow_inbox, killed)
    assert process.stdout is not None
    for _ in range(3):  # three files done (the manifest is saved every second): kill, no warning
        assert process.stdout.readline().startswith("converted ")
    assert process.poll() is None, "the batch finished before it could be killed"
    process.kill()
    process.communicate()
    assert _wait_for(lambda: not _processes_writing_to(killed), 10), "orphaned workers"
    list(_outputs_are_whole(killed))
    manifest = killed / ".galley-manifest.json"
    recorded = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {}
    for entry in recorded.get("files", {}).values():
        assert all(Path(p).exists() for p in entry["outputs"])

    rerun = _galley(slow_inbox, killed)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    skipped = len(recorded.get("files", {}))
    assert f"{SLOW_FILES - skipped} converted, {skipped} skipped" in err

    clean = tmp_path / "clean"
    fresh = _galley(slow_inbox, clean)
    assert fresh.wait(timeout=120) == 0
    resumed = {p.name: p.read_bytes() for p in killed.iterdir() if p.name[0] != "."}
    assert len(resumed) == 3 * SLOW_FILES and not [n for n in resumed if n.endswith(".tmp")]
    assert resumed == {p.name: p.read_bytes() for p in clean.iterdir() if p.name[0] != "."}
