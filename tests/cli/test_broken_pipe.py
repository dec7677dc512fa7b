"""`galley explain FILE | head`: a reader that stops early is not an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # thousands of repairs: far more report than a pipe's buffer holds
    source = tmp_path / "many.txt"
    source.write_text("标题\n\n" + "他说,好的.我们走吧,现在.\n\n" * 3000, encoding="utf-8")
    explain = subprocess.Popen(
        [sys.executable, "-m", "convert", "explain", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert explain.stdout is not None and explain.stderr is not None
    first = explain.stdout.readline()  # the reader takes one line and leaves
    explain.stdout.close()
    stderr = explain.stderr.read()
    assert explain.wait(timeout=120) == 0
    assert first.startswith(str(source).encode())
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr
