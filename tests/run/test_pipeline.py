"""The pipeline's limits: an input too big to convert in bounded memory; scripts every format must carry."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from convert.cli import main
from convert.config import Config
from convert.run import pipeline
from convert.run.pipeline import Prepared, prepare_text, render
from convert.writers import WriteOptions

from ..support.docx_text import docx_text
from ..support.epub_text import epub_text
from ..support.html_text import html_text
from ..support.texts import RTL, ZH
from ..test_fidelity import pdf_body_text


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


def test_a_text_files_convert_imports_none_of_what_it_does_not_use(tmp_path: Path) -> None:
    """The cold call's imports (bench/README.md, "Cold call, fifth step"): a plain text file with
    no decisions file converted to DOCX and EPUB imports no other command, no decisions, no rich
    input's or PDF input's modules, no rich writer parts and no thread pool."""
    source = tmp_path / "a.txt"
    source.write_text(ZH, encoding="utf-8")
    unused = (
        "concurrent.futures",
        "convert.cli.check",
        "convert.cli.explain",
        "convert.decisions",
        "convert.normalize.runs",
        "convert.readers.pdf.model",
        "convert.readers.rich",
        "convert.structure.rich",
        "convert.writers.docx.rich",
        "convert.writers.epub.rich",
    )
    code = (
        "import sys\n"
        "from convert.cli import main\n"
        f"assert main(['convert', {str(source)!r}, '-o', {str(tmp_path / 'out')!r}, "
        "'-t', 'docx,epub', '--no-review']) == 0\n"
        f"print(sorted(m for m in {unused!r} if m in sys.modules))\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out" / "a.docx").exists() and (tmp_path / "out" / "a.epub").exists()


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
