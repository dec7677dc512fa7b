"""What reading and repairing a rich input costs, beside pandoc reading the same file.

For each input, alternating, `--repeat` times: Galley's `prepare` (pandoc's JSON reader with
source positions, the draft, the repairs run by run, the structure and the validated JATS), and
pandoc alone converting the file to HTML (`-f commonmark_x -t html`, what a user of pandoc runs).
CPU time is the process's own plus its children's (pandoc), the machine being shared; medians
are printed with the ratio and the load.

    .venv/bin/python bench/rich_read.py [--repeat 3] [FILE.md ...]

Without files: the test manuscript and Pride and Prejudice (Project Gutenberg #1342, from the
shared corpus, read as Markdown: 2,187 paragraphs, 725 kB).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from convert.engines.pandoc import pandoc_path  # noqa: E402
from convert.run.pipeline import prepare  # noqa: E402

NOVEL = REPO.parent / "shared" / "corpus" / "en-gutenberg-pride-and-prejudice" / "1342-0.txt"


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _galley(path: Path) -> float:
    start = _cpu()
    prepare(path)
    return _cpu() - start


def _pandoc(path: Path) -> float:
    start = _cpu()
    subprocess.run(
        [pandoc_path(), "--sandbox", "-f", "commonmark_x", "-t", "html", str(path)],
        check=True,
        capture_output=True,
    )
    return _cpu() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        files = args.files
        if not files:
            novel = Path(folder) / "pride-and-prejudice.md"
            novel.write_bytes(NOVEL.read_bytes())
            files = [REPO / "tests" / "fixtures" / "rich" / "manuscript.md", novel]
        print(f"load {os.getloadavg()[0]:.1f} (2 cores); CPU s, median of {args.repeat}")
        print(f"{'file':32} {'kB':>6} {'galley':>8} {'pandoc':>8} {'ratio':>6}")
        for path in files:
            galley: list[float] = []
            pandoc: list[float] = []
            for _ in range(args.repeat):
                galley.append(_galley(path))
                pandoc.append(_pandoc(path))
            g, p = statistics.median(galley), statistics.median(pandoc)
            size = path.stat().st_size / 1000
            print(f"{path.name:32} {size:6.0f} {g:8.2f} {p:8.2f} {g / p:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
