"""Digests of every file and report Galley writes, through the command line: proof that a change
of the code's shape changed no output.

It converts the samples, a JATS input and a few damaged corpus articles with several option sets
(default; every format with the review page; `--style book-en`; each PDF variant; embedded EPUB
fonts), runs `check` in every report format and `explain`, and prints one SHA-256 per output and
a digest of them all. Run it before and after a change; the lines must be equal.

    .venv/bin/python bench/output_digests.py [--out FILE]

It runs the installed command (`python -m convert`), so it measures what users get, whatever the
package's inside looks like. Dates come from SOURCE_DATE_EPOCH, fixed here.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import load_articles  # noqa: E402
from bench.damage import damage_file  # noqa: E402

OPTION_SETS: dict[str, list[str]] = {
    "default": [],
    "book-en": ["--style", "book-en", "-t", "pdf,html,epub,docx"],
    "pdf-ua": ["--pdf-variant", "pdf/ua-1", "-t", "pdf"],
    "pdf-a": ["--pdf-variant", "pdf/a-2b", "-t", "pdf"],
    "fonts": ["--embed-fonts", "-t", "epub"],
}
CHECK_FORMATS = ("human", "json", "github", "junit")
DAMAGED_ARTICLES = 6


def _inputs(folder: Path) -> Path:
    """The input folder: samples, the JATS fixture, damaged corpus articles."""
    inputs = folder / "in"
    inputs.mkdir()
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        shutil.copy(sample, inputs / sample.name)
    shutil.copy(ROOT / "tests" / "fixtures" / "minimal-zh.xml", inputs / "minimal-zh.xml")
    articles = load_articles()[:DAMAGED_ARTICLES]
    for index, article in enumerate(articles):
        damaged = damage_file(
            str(article["title"]), list(article["paragraphs"]), seed=index  # type: ignore[call-overload]
        )
        (inputs / f"damaged-{index}.txt").write_bytes(damaged.data)
    return inputs


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "CI": "true", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "convert", *args], cwd=cwd, env=env, capture_output=True
    )


def _stable(report: bytes, folder: Path) -> bytes:
    """A report without what differs between runs: the temporary folder and the timings."""
    return re.sub(rb"\d+\.\d+", b"T", report.replace(str(folder).encode(), b"TMP"))


def digests() -> dict[str, str]:
    found: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="galley-digests-") as tmp:
        folder = Path(tmp)
        inputs = _inputs(folder)
        for name, options in OPTION_SETS.items():
            out = folder / f"out-{name}"
            done = _run(["convert", str(inputs), "--ext", ".txt,.xml", "-o", str(out), "-j", "1",
                         *options], folder)
            found[f"{name}/exit"] = str(done.returncode)
            for path in sorted(p for p in out.rglob("*") if p.is_file()):
                if path.name == ".galley-manifest.json":
                    continue
                found[f"{name}/{path.relative_to(out)}"] = hashlib.sha256(
                    path.read_bytes()
                ).hexdigest()
        for fmt in CHECK_FORMATS:
            done = _run(["check", str(inputs), "--format", fmt], folder)
            found[f"check-{fmt}"] = hashlib.sha256(_stable(done.stdout, folder)).hexdigest()
            found[f"check-{fmt}/exit"] = str(done.returncode)
        for sample in sorted(inputs.glob("*.txt")):
            for extra in ([], ["--diff"]):
                done = _run(["explain", str(sample), *extra], folder)
                found[f"explain{''.join(extra)}/{sample.name}"] = hashlib.sha256(
                    _stable(done.stdout, folder)
                ).hexdigest()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="also write the lines to this file")
    args = parser.parse_args()
    found = digests()
    lines = [f"{digest}  {name}" for name, digest in sorted(found.items())]
    total = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
    lines.append(f"all {total}  ({len(found)} outputs)")
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
