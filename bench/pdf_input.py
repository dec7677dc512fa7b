"""PDF input (issue 15): Galley's PDF reader against `pdftotext` → Galley, on the Chinese
newspaper PDFs of bench/pdf_corpus.py (both halves) and the Word-made `1342-pdf.pdf`.

Accuracy: block F1 and CER (bench/accuracy.py's measures: a block counts only when it comes out
exactly), and whether the document's title is the first story's title. Speed: pages per second
of `galley`'s whole preparation (read, repair, structure, JATS), of the PDF reader alone, and of
`pdftotext`, in CPU seconds (user+sys; pdftotext's from the children's rusage), run one after
the other on each file.

    .venv/bin/python bench/pdf_corpus.py     # build the PDFs first (cache folder)
    .venv/bin/python bench/pdf_input.py      # every issue, the book
    .venv/bin/python bench/pdf_input.py --issues 20 --no-book
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import (  # noqa: E402
    PP_DIR,
    Score,
    _plain,
    baseline_blocks,
    document_blocks,
    galley_blocks,
)
from bench.pdf_corpus import CACHE, KINDS, Issue, load_issues, path_of  # noqa: E402
from convert.readers.pdf.reader import read  # noqa: E402
from convert.run.pipeline import prepare  # noqa: E402

BOOK = PP_DIR / "1342-pdf.pdf"


@dataclass
class Row:
    galley: Score = field(default_factory=Score)
    pdftotext: Score = field(default_factory=Score)
    titles: int = 0
    titles_pdftotext: int = 0
    files: int = 0
    failed: int = 0


@dataclass
class Clock:
    pages: int = 0
    galley: float = 0.0  # CPU seconds of the whole preparation
    reader: float = 0.0  # of the PDF reader alone
    pdftotext: float = 0.0

    def line(self, name: str) -> str:
        per = self.pages / max(self.galley, 1e-9)
        return (
            f"{name:<22} pages {self.pages:>4}  galley {per:6.1f} pages/s "
            f"(reader {self.pages / max(self.reader, 1e-9):6.1f}, "
            f"{100 * self.reader / max(self.galley, 1e-9):.0f} % of the whole)  "
            f"pdftotext {self.pages / max(self.pdftotext, 1e-9):6.1f} pages/s  "
            f"ratio galley/pdftotext time {self.galley / max(self.pdftotext, 1e-9):.1f}"
        )


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(job: Callable[[], object], clock: Callable[[], float] = cpu) -> tuple[object, float]:
    start = clock()
    result = job()
    return result, clock() - start


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def measure(path: Path, clock: Clock) -> tuple[list[str], str, list[str], str]:
    """Galley's blocks and title, and pdftotext → Galley's, for one PDF; times into `clock`."""
    prepared, seconds = timed(lambda: prepare(path))
    clock.galley += seconds
    pdf, seconds = timed(lambda: read(path))
    clock.reader += seconds
    clock.pages += len(pdf.page_sizes)  # type: ignore[attr-defined]
    text, seconds = timed(lambda: pdftotext(path), children_cpu)
    clock.pdftotext += seconds
    document = prepared.document  # type: ignore[attr-defined]
    theirs = galley_blocks(str(text))
    return document_blocks(document), document.title, theirs, theirs[0] if theirs else ""


def newspaper(issues: list[Issue]) -> dict[tuple[str, str], Row]:
    rows: dict[tuple[str, str], Row] = {}
    clocks = {kind: Clock() for kind in KINDS}
    for issue in issues:
        half = "held-out" if issue.held_out else "tuning"
        truth = json.loads((CACHE / "truth" / f"{issue.id}.json").read_text(encoding="utf-8"))
        for kind in KINDS:
            path = path_of(issue, kind)
            if not path.exists():
                continue
            row = rows.setdefault((kind, half), Row())
            row.files += 1
            try:
                ours, title, theirs, their_title = measure(path, clocks[kind])
            except Exception as exc:  # a reader failure is a result here, not a crash
                row.failed += 1
                print(f"  {kind} {issue.id}: {type(exc).__name__}: {exc}")
                ours, title, theirs, their_title = [], "", [], ""
            row.galley.add(ours, truth)
            row.pdftotext.add(theirs, truth)
            row.titles += title == truth[0]
            row.titles_pdftotext += their_title == truth[0]
    for kind, clock in clocks.items():
        if clock.pages:
            print(clock.line(kind))
    return rows


def book() -> tuple[Score, Score, Clock]:
    """The whole book from its first chapter, against Project Gutenberg's text."""
    source = (PP_DIR / "1342-0.txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    start = next(m.start() for m in re.finditer(r"(?m)^Chapter 1$", source))
    end = source.index("*** END OF")
    truth = _plain(baseline_blocks(source[start:end]))
    clock = Clock()
    ours, _, theirs, _ = measure(BOOK, clock)
    galley, other = Score(), Score()
    galley.add(_plain(_from_chapter_one(ours)), truth)
    other.add(_plain(_from_chapter_one(theirs)), truth)
    return galley, other, clock


def _from_chapter_one(blocks: list[str]) -> list[str]:
    """The blocks from the second `Chapter 1` (the first is in the table of contents) on."""
    found = [i for i, b in enumerate(blocks) if b.strip() in ("Chapter 1", "Chapter I")]
    return blocks[found[1] if len(found) > 1 else found[0] if found else 0 :]


def whole_conversion(issues: list[Issue], count: int) -> None:
    """The reader's CPU time against the rest of a whole conversion (every format `galley
    convert` writes by default; the helper processes' time counted), on `count` issues a kind."""
    import tempfile

    from convert.config import Config
    from convert.run.pipeline import convert_one
    from convert.writers import WRITERS, WriteOptions

    for kind in KINDS:
        reader = whole = 0.0
        pages = 0
        for issue in issues[:count]:
            path = path_of(issue, kind)
            pdf, seconds = timed(lambda p=path: read(p))  # type: ignore[misc]
            reader += seconds
            pages += len(pdf.page_sizes)  # type: ignore[attr-defined]
            with tempfile.TemporaryDirectory() as out:
                start = cpu() + children_cpu()
                convert_one(
                    path,
                    Path(out),
                    tuple(WRITERS),
                    Config(),
                    WriteOptions(),
                    review=False,
                    severity={},
                )
                whole += cpu() + children_cpu() - start
        print(
            f"{kind:<9} whole conversion ({', '.join(WRITERS)}) of {count} issues, {pages} pages: "
            f"{whole:.1f} s CPU; the reader {reader:.1f} s = {100 * reader / whole:.0f} % "
            f"(the rest {whole - reader:.1f} s)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--issues", type=int, default=None, help="how many issues (default all)")
    parser.add_argument("--no-book", action="store_true", help="skip 1342-pdf.pdf")
    parser.add_argument(
        "--convert",
        type=int,
        default=0,
        metavar="N",
        help="also time whole conversions (every format) of N issues a kind",
    )
    args = parser.parse_args(argv)
    if not shutil.which("pdftotext"):
        print("pdftotext not found (apt install poppler-utils)")
        return 2
    with open("/proc/loadavg", encoding="ascii") as handle:
        print(f"load average: {handle.read().split()[0]} (2 cores)")
    started = time.monotonic()
    issues = load_issues(args.issues)
    if args.convert:
        whole_conversion(issues, args.convert)
    rows = newspaper(issues) if issues else {}
    for (kind, half), row in sorted(rows.items()):
        g, p = row.galley, row.pdftotext
        print(
            f"{kind:<9} {half:<9} files {row.files:>3} (failed {row.failed})  "
            f"galley F1 {g.f1:.4f} CER {g.cer:.4f} title {row.titles / row.files:6.1%}   "
            f"pdftotext→galley F1 {p.f1:.4f} CER {p.cer:.4f} "
            f"title {row.titles_pdftotext / row.files:6.1%}"
        )
    if not args.no_book:
        galley, other, clock = book()
        print(
            f"1342-pdf.pdf whole book  galley F1 {galley.f1:.4f} CER {galley.cer:.4f}   "
            f"pdftotext→galley F1 {other.f1:.4f} CER {other.cer:.4f}  (blocks {galley.expected})"
        )
        print(clock.line("1342-pdf.pdf"))
    print(f"({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
