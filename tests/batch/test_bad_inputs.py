"""The hardening matrix (docs/hardening.md): whatever arrives, Galley converts it correctly or fails
that one file with a one-line `error: FILE: cause`, exits 1, converts the rest of the batch, leaves
no partial output and never prints a traceback.

The bad-input cases share one batch (run once per module, in-process, `-t xml`).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from convert.cli import main

from ..support.texts import RTL, ZH


def _paragraphs(xml: bytes) -> list[str]:
    return ["".join(p.itertext()) for p in etree.fromstring(xml).iter("p")]


def _repairs(out: Path, stem: str) -> dict:
    return json.loads((out / f"{stem}.repairs.json").read_text(encoding="utf-8"))


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


def test_galley_check_fails_on_the_invalid_utf8_flag(
    batch_run: BatchRun, capsys: pytest.CaptureFixture[str]
) -> None:
    source = batch_run.inbox / "lossy.txt"
    assert main(["check", str(source)]) == 1  # an error flag reaches the default --fail-on
    out = capsys.readouterr().out
    assert f"{source}:3:6: error: mojibake/lost-character: '\ufffd' kept (flag)" in out
