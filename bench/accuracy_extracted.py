"""Galley's text pipeline on what `pdftotext` extracts from typeset PDFs (issue 12).

An editor with a PDF runs `pdftotext file.pdf` (its default mode; `-layout` keeps the columns
side by side) and gives Galley the .txt. This typesets corpus text in the layouts of
bench/pdf_corpus.py (2-4 columns) and bench/pdf_layouts.py (one column, narrow columns,
LibreOffice, an English book page and two columns), extracts it with `pdftotext`, and scores
`normalize` + `build_document` (as `galley convert` runs them) with bench/accuracy.py's block F1
and CER, and whether the title is the first story's headline. `--reader galley` scores instead
what `galley convert file.pdf` does with the same PDF (its own reader, convert/readers/pdf, then
the repair passes and structure: `run.pipeline.prepare`); `--reader both` prints the two side by
side. Galley's reader reads the Word PDF whole, as a user would convert it, and its blocks are
cut at the same `Chapter N` headings; `--whole` does so with `pdftotext`'s text too (the face
and indent then learnt from the whole book, not from five chapters).

Halves: a Chinese issue is in the half of its first article (bench/clean_text.py's split); an
English file of five chapters by the same hash of its name, except that chapters 1-10 (the set
bench/accuracy.py has always measured) tune. The held-out half is printed only to report.

    .venv/bin/python bench/pdf_layouts.py                     # build the PDFs first (cache)
    .venv/bin/python bench/accuracy_extracted.py              # every layout, default mode
    .venv/bin/python bench/accuracy_extracted.py --mode layout --layout weasy
    .venv/bin/python bench/accuracy_extracted.py --layout weasy-1col --show 5   # tuning misses
    .venv/bin/python bench/accuracy_extracted.py --reader both --layout en-word
    .venv/bin/python bench/accuracy_extracted.py --layout en-word --whole   # the book as one text
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import PP_DIR, Score, _plain, document_blocks  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.pdf_corpus import CACHE, KINDS, load_issues, path_of  # noqa: E402
from bench.pdf_layouts import (  # noqa: E402
    EN_LAYOUTS,
    ZH_LAYOUTS,
    en_files,
    en_path,
    pp_chapters,
    zh_path,
)
from convert.normalize import normalize  # noqa: E402
from convert.run.pipeline import prepare  # noqa: E402
from convert.structure import build_document  # noqa: E402

HALVES = ("tuning", "held-out")
READERS = ("pdftotext", "galley")  # `pdftotext` → Galley's text pipeline; Galley's PDF reader
WORD_PDF = "en-word"  # Project Gutenberg's own Word-made PDF, cut into the same five-chapter files
CHAPTER_RE = re.compile(r"(?m)^\f?[ \t]*(Chapter \d+)[ \t]*$")


@dataclass
class Tally:
    score: Score = field(default_factory=Score)
    titles: int = 0
    files: int = 0

    def line(self, name: str, titles: bool) -> str:
        right = f"  title {100 * self.titles / max(1, self.files):5.1f} %" if titles else ""
        return (
            f"{name:<42} files {self.files:>3}  F1 {self.score.f1:.4f}  "
            f"CER {self.score.cer:.5f}{right}"
        )


def pdftotext(path: Path, mode: str) -> str:
    flags = ["-layout"] if mode == "layout" else []
    command = ["pdftotext", *flags, "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, check=True).stdout.decode("utf-8")


def predict(text: str) -> tuple[str, list[str]]:
    doc = build_document(normalize(text).text)
    return doc.title, document_blocks(doc)


def read_pdf(path: Path, reader: str, mode: str) -> tuple[str, list[str]]:
    """The title and blocks one reader gives: `pdftotext`'s text through normalize and structure,
    or `galley convert`'s own preparation of the PDF."""
    if reader == "pdftotext":
        return predict(pdftotext(path, mode))
    document = prepare(path).document
    return document.title, document_blocks(document)


def _show(name: str, truth: list[str], blocks: list[str], title: str) -> None:
    print(f"=== {name} title {'ok' if title == truth[0] else repr(title[:60])}")
    for line in difflib.unified_diff(truth, blocks, "truth", "galley", n=0, lineterm=""):
        print("   ", line[:160])


def chinese(
    layouts: list[str], readers: list[str], mode: str, limit: int | None, show: int
) -> dict[tuple, Tally]:
    tallies: dict[tuple, Tally] = {}
    shown = 0
    for issue in load_issues(limit):
        which = half(issue.id)
        truth = json.loads((CACHE / "truth" / f"{issue.id}.json").read_text(encoding="utf-8"))
        for layout in layouts:
            path = path_of(issue, layout) if layout in KINDS else zh_path(issue, layout)
            if not path.exists():
                continue
            for reader in readers:
                title, blocks = read_pdf(path, reader, mode)
                tally = tallies.setdefault((layout, reader, which), Tally())
                tally.files += 1
                tally.titles += title == truth[0]
                one = Score()
                one.add(blocks, truth)
                tally.score.merge(one)
                miss = title != truth[0] or one.true_positive < len(truth)
                if which == "tuning" and miss and shown < show:
                    shown += 1
                    _show(f"{issue.id} {layout} {reader}", truth, blocks, title)
    return tallies


def english_half(first: int) -> str:
    return "tuning" if first <= 10 else half(f"pp-{first:02d}")


def word_pdf_files(mode: str) -> dict[int, str]:
    """The Word-made PDF's text cut into the files of bench/pdf_layouts.py: five chapters each,
    from the body's `Chapter N` lines (the last 61: the first are the table of contents)."""
    text = pdftotext(PP_DIR / "1342-pdf.pdf", mode)
    starts = [m.start(1) for m in CHAPTER_RE.finditer(text)][-61:]
    starts.append(text.index("End of the Project Gutenberg"))
    return {first: text[starts[first - 1] : starts[min(first + 4, 61)]] for first in en_files()}


def word_pdf_blocks(reader: str = "galley", mode: str = "default") -> dict[int, list[str]]:
    """`galley convert 1342-pdf.pdf`'s blocks (or, `reader` "pdftotext", those of the whole
    book's `pdftotext` text), cut like `word_pdf_files`: at the last block `Chapter N` of each
    chapter (the first are the table of contents'), ending before the Gutenberg licence."""
    _, blocks = read_pdf(PP_DIR / "1342-pdf.pdf", reader, mode)
    heads = {b.strip(): i for i, b in enumerate(blocks) if re.fullmatch(r"Chapter \d+", b.strip())}
    starts = [heads[f"Chapter {n}"] for n in range(1, 62)]
    ends = (i for i in range(starts[-1], len(blocks)) if "Project Gutenberg" in blocks[i])
    starts.append(next(ends, len(blocks)))  # the licence: in the document's back matter
    return {first: blocks[starts[first - 1] : starts[min(first + 4, 61)]] for first in en_files()}


def english(
    layouts: list[str], readers: list[str], mode: str, show: int, whole: bool = False
) -> dict[tuple, Tally]:
    tallies: dict[tuple, Tally] = {}
    chapters = pp_chapters()
    shown = 0
    word: dict[int, str] = {}
    whole_blocks: dict[int, list[str]] = {}
    if WORD_PDF in layouts and "pdftotext" in readers:
        if whole:
            whole_blocks = word_pdf_blocks("pdftotext", mode)
        else:
            word = word_pdf_files(mode)
    word_blocks = word_pdf_blocks() if WORD_PDF in layouts and "galley" in readers else {}
    for layout in layouts:
        for first in en_files():
            truth = _plain([b for c in chapters[first - 1 : first + 4] for b in c])
            for reader in readers:
                if layout == WORD_PDF:
                    if reader == "galley":
                        title, blocks = "", word_blocks[first]
                    elif whole:
                        title, blocks = "", whole_blocks[first]
                    else:
                        title, blocks = predict(word[first])
                elif en_path(first, layout).exists():
                    title, blocks = read_pdf(en_path(first, layout), reader, mode)
                else:
                    continue
                blocks = _plain(blocks)
                which = english_half(first)
                one = Score()
                one.add(blocks, truth)
                names = [layout] + ([f"{layout} ch. 1-10"] if first <= 10 else [])
                for name in names:
                    tally = tallies.setdefault((name, reader, which), Tally())
                    tally.files += 1
                    tally.score.merge(one)
                if which == "tuning" and one.true_positive < len(truth) and shown < show:
                    shown += 1
                    _show(f"pp-{first:02d} {layout} {reader}", truth, blocks, title)
    return tallies


def main(argv: list[str] | None = None) -> int:
    zh_all = [*KINDS, *ZH_LAYOUTS]
    en_all = [WORD_PDF, *EN_LAYOUTS]
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--layout", action="append", choices=[*zh_all, *en_all])
    parser.add_argument("--mode", choices=("default", "layout"), default="default")
    parser.add_argument("--reader", choices=(*READERS, "both"), default="pdftotext")
    parser.add_argument("--issues", type=int, default=None, help="first N Chinese issues only")
    parser.add_argument("--show", type=int, default=0, help="print N tuning misses")
    parser.add_argument(
        "--whole",
        action="store_true",
        help="the Word PDF's pdftotext text normalized whole, as a user converts the book, "
        "and its blocks cut into the five-chapter files",
    )
    args = parser.parse_args(argv)
    chosen = args.layout or [*zh_all, *en_all]
    readers = list(READERS) if args.reader == "both" else [args.reader]
    print(f"pdftotext mode: {args.mode}")
    zh = chinese([x for x in chosen if x in zh_all], readers, args.mode, args.issues, args.show)
    en_chosen = [x for x in chosen if x in en_all]
    en = english(en_chosen, readers, args.mode, args.show, args.whole)
    for tallies, titles in ((zh, True), (en, False)):
        for name in dict.fromkeys(k[0] for k in tallies):
            for reader in readers:
                for which in HALVES:
                    if (name, reader, which) in tallies:
                        label = f"{name} {reader} {which}"
                        print(tallies[name, reader, which].line(label, titles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
