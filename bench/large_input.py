"""One very large text file through `galley convert`: wall time and peak memory per format.

The hardening matrix (docs/hardening.md) requires a 30 MB text file to convert with bounded
memory. That takes tens of seconds per format, too long for the unit tests, so it lives here. The
text is damaged articles from the xwlb corpus (bench/damage.py, so every repair pass has work),
concatenated to the size asked. Each format runs in its own `galley convert -j 1` process; its
peak resident set size comes from `os.wait4` (the process and every child it waited for, pandoc
included).

    .venv/bin/python bench/large_input.py                  # 30 MB; xml, html, docx, epub
    .venv/bin/python bench/large_input.py --mb 5 --formats xml,pdf
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.normalize_speed import corpus_text  # noqa: E402


def run(source: Path, out: Path, fmt: str, review: bool) -> tuple[float, float, int, str]:
    """Seconds, peak RSS in MB, exit status and the last stderr line of one conversion."""
    argv = [sys.executable, "-m", "convert", "convert", str(source), "-o", str(out)]
    argv += ["-t", fmt, "-j", "1", "--force"] + ([] if review else ["--no-review"])
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    return (
        seconds,
        usage.ru_maxrss / 1024,
        os.waitstatus_to_exitcode(status),
        lines[-1] if lines else "",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30.0, help="input size in MB (default 30)")
    parser.add_argument("--formats", default="xml,html,docx,epub")
    parser.add_argument("--review", action="store_true", help="also write the review page")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "large.txt"
        source.write_text(corpus_text(args.mb), encoding="utf-8")
        size = source.stat().st_size / 1_000_000
        print(f"input: {size:.1f} MB of damaged Chinese news, {os.cpu_count()} cores")
        print(f"{'format':>8} {'seconds':>8} {'peak MB':>8} {'exit':>5}  output MB")
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"out-{fmt}"
            seconds, peak, code, last = run(source, out, fmt, args.review)
            written = sum(p.stat().st_size for p in out.glob(f"large.{fmt}"))
            print(f"{fmt:>8} {seconds:8.1f} {peak:8.0f} {code:5d}  {written / 1e6:.1f}  {last}")


if __name__ == "__main__":
    main()
