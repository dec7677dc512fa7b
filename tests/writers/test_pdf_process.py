"""The PDF helper process of a one-file `galley convert`, and the PDF writer's single serialization.

The helper must be invisible in the output: the same bytes as rendering in-process, and the same
bytes again when it is gone (it died, or was stopped) and the writer falls back. Each PDF is
rendered once per module; the helper is forked from this test process, so it starts warm.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from convert.model import Document
from convert.run.pipeline import prepare
from convert.writers import WriteOptions, get_writer, pdf_process
from convert.writers import pdf as pdf_writer
from tests.conftest import REPO, load_fixture_document

OPTIONS = WriteOptions(source_date_epoch=946684800)


@pytest.fixture(scope="module")
def doc() -> Document:
    return load_fixture_document()


@pytest.fixture(scope="module")
def in_process(doc: Document) -> bytes:
    return pdf_writer.render(doc, OPTIONS)


@pytest.fixture
def helper() -> Iterator[int]:
    """A running helper (its pid); stopped and reaped afterwards whatever the test did."""
    assert pdf_process.start()
    assert pdf_process._HELPER is not None
    try:
        yield pdf_process._HELPER.pid
    finally:
        pdf_process.stop()


def test_the_helper_renders_the_same_bytes(helper: int, doc: Document, in_process: bytes) -> None:
    assert get_writer("pdf") is pdf_process.render
    assert pdf_process.render(doc, OPTIONS) == in_process


def test_stopping_the_helper_reaps_it_and_restores_the_writer(helper: int) -> None:
    pdf_process.stop()
    assert not pdf_process.running()
    assert get_writer("pdf") is pdf_writer.render
    with pytest.raises(ChildProcessError):  # already waited for: no zombie is left behind
        os.waitpid(helper, os.WNOHANG)


def test_a_dead_helper_falls_back_to_rendering_here(
    helper: int, doc: Document, in_process: bytes
) -> None:
    os.kill(helper, signal.SIGKILL)
    os.waitpid(helper, 0)
    assert pdf_process.render(doc, OPTIONS) == in_process
    assert not pdf_process.running()  # the broken pipe retired it


def test_the_command_line_converts_one_file_through_the_helper(tmp_path: Path) -> None:
    """The console script's path, in a fresh interpreter: the PDF equals an in-process render."""
    out = str(tmp_path / "out")
    sample = REPO / "samples" / "000_331d64802fbda7f9.txt"
    script = (
        "import sys\n"
        "from convert.cli import main\n"
        f"sys.exit(main(['convert', {str(sample)!r}, '-o', {out!r}, '-t', 'pdf', '--no-review'],"
        " pdf_helper=True))\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=REPO, check=True, capture_output=True)
    expected = pdf_writer.render(prepare(sample).document, WriteOptions())
    assert (tmp_path / "out" / "000_331d64802fbda7f9.pdf").read_bytes() == expected


def test_warming_parses_each_likely_sheet_until_a_page_waits() -> None:
    """While no page waits, the helper parses the default styles' sheets (Chinese first); a page
    that arrives stops it, and a named style is one sheet for every language."""
    auto = pdf_process.warm_up(OPTIONS, lambda: False)
    assert [s.name for s in auto] == ["news-zh", "book-en"]
    hits = pdf_writer._style_sheet.cache_info().hits
    for style in auto:  # the render finds them parsed
        pdf_writer.style_sheet(style)
    assert pdf_writer._style_sheet.cache_info().hits == hits + len(auto)
    assert pdf_process.warm_up(OPTIONS, lambda: True) == []
    named = WriteOptions(style="news-zh", source_date_epoch=946684800)
    assert [s.name for s in pdf_process.warm_up(named, lambda: False)] == ["news-zh"]
    calls: list[int] = []

    def one_page_later() -> bool:
        calls.append(1)
        return len(calls) > 1

    assert [s.name for s in pdf_process.warm_up(OPTIONS, one_page_later)] == ["news-zh"]


def test_a_likely_language_warms_only_its_style() -> None:
    assert [s.name for s in pdf_process.warm_up(OPTIONS, lambda: False, "en")] == ["book-en"]
    assert [s.name for s in pdf_process.warm_up(OPTIONS, lambda: False, "zh-TW")] == ["news-zh"]
