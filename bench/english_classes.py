"""bench/english_books.py's tuning misses by class and row, and what a full line's fill says.

Reads the TUNING half only (bench/clean_text.py's halves); nothing of a held-out file is
printed. Two counts (bench/README.md, "English books: the tuning misses by class, every row"):

* by default, each miss of the block diff in the rows english_books prints (all, the book, the
  engine, indented or flush), in classes: a paragraph end joined after a sentence's end (the
  full-line band), after a colon or a dash, elsewhere (a title's lines, a letter's); a break made
  inside a paragraph before a quotation (dialogue, where the books disagree) or elsewhere; a
  miss among the first blocks (the front: title, dateline, byline); a block whose words differ
  (text); the rest;
* `--oracle CLASS`: the tuning rows' F1 where `decide.paragraph_ends_here` answers the breaks
  of one class from the truth (`band`: after a line that finishes a sentence and that the next
  word would not have fitted after, in a face; `speech`: a quotation opens the next line or
  closes this one; `all`: every break placed in the truth): what a perfect rule for the class
  would be worth (the later tests of `breaks.unwrap_lines` still see its verdict); `--on
  held-out`: the same pooled rows of the held-out half (a figure to report: no break of it is
  printed); `--on office-flush|weasy-flush`: english_office_flush's or english_weasy_flush's
  tuning pages (set as the held-out flush files are: narrow, LibreOffice);
* `--fill`: every break `decide.paragraph_ends_here` judges after a Latin line set in a known
  face that finishes a sentence before a capital or a quotation, by how much of the measure the
  line and the next line's first word fill, labelled from the truth (a paragraph end or a wrap)
  with the verdict: whether a last line "full only by chance" shows in its width.

    .venv/bin/python bench/english_classes.py
    .venv/bin/python bench/english_classes.py --fill
    .venv/bin/python bench/english_classes.py --oracle band
    .venv/bin/python bench/english_classes.py --oracle all --on office-flush
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import english_office_flush, english_weasy_flush  # noqa: E402
from bench.accuracy import Score, _plain  # noqa: E402
from bench.accuracy_extracted import pdftotext  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.english_books import Article, Layout, articles, layout_of, pdf_path, predicted  # noqa: E402
from bench.english_breaks import _key, traced_breaks, tuning  # noqa: E402
from convert.normalize.unwrap import breaks, latin_pages  # noqa: E402
from convert.normalize.unwrap.decide import paragraph_ends_here  # noqa: E402
from convert.normalize.unwrap.measure import Widths, with_next_word  # noqa: E402

# the first blocks of a piece (title, subtitle, dateline, byline) and how short a front block is
FRONT_BLOCKS = 5
FRONT_LENGTH = 100
OPENING = "\"“'‘"
SENTENCE_END = ".!?"
CLOSING = "\"”'’"


def _joined(block: str) -> str:
    end = block.rstrip(CLOSING)[-1:]
    if end in SENTENCE_END:
        return "join after a sentence's end"
    if end == ":" or block.endswith(("--", "—")):
        return "join after a colon or dash"
    return "join elsewhere"


def _classes(truth: list[str], blocks: list[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    opcodes = difflib.SequenceMatcher(None, truth, blocks, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            continue
        same = " ".join(" ".join(truth[i1:i2]).split()) == " ".join(" ".join(blocks[j1:j2]).split())
        if i1 < FRONT_BLOCKS and all(len(t) < FRONT_LENGTH for t in truth[i1:i2]):
            found["front (title, dateline, byline)"] += 1
        elif same and j2 - j1 == 1:
            found.update(_joined(t) for t in truth[i1 : i2 - 1])
        elif same and i2 - i1 == 1:
            for block, following in zip(blocks[j1 : j2 - 1], blocks[j1 + 1 : j2], strict=True):
                speech = following[:1] in OPENING or block[-1:] in CLOSING
                found["split at a quotation" if speech else "split elsewhere"] += 1
        elif i2 - i1 == j2 - j1 == 1:
            found["text"] += 1
        else:
            found["other"] += 1
    return found


def classes() -> None:
    rows: dict[str, Counter[str]] = {}
    for article, truth, blocks in tuning():
        layout = layout_of(article)
        found = _classes(truth, blocks)
        book = article.book.split("-", 2)[-1]
        for row in ("all", book, layout.engine, "indented" if layout.indent else "flush"):
            rows.setdefault(row, Counter()).update(found)
    print("tuning misses by class (joins and splits: breaks; the rest: hunks), biggest first")
    for row, found in rows.items():
        print(f"  {row} ({sum(found.values())})")
        for name, n in found.most_common():
            print(f"    {name:<36} {n:>4}")


# bins of the fill (line and next word over the measure)
FILL_BINS = (0.97, 1.0, 1.01, 1.02, 1.03, 1.05)


def _bin(fill: float) -> str:
    low = 0.0
    for high in FILL_BINS:
        if fill < high:
            return f"{low:.2f}-{high:.2f}"
        low = high
    return f">={low:.2f}"


def fill() -> None:
    calls = traced_breaks()
    counts: Counter[tuple[str, str, str]] = Counter()
    for _, truth, _ in tuning():
        joined = " \n ".join(_key(t) for t in truth)
        for line, next_line, verdict, widths in calls:
            if not (widths.face and widths.latin) or line.rstrip(CLOSING)[-1:] not in SENTENCE_END:
                continue
            if not (next_line[:1].isupper() or next_line[:1] in OPENING):
                continue
            seam = _key(line)[-40:], _key(next_line)[:40]
            if f"{seam[0]} \n {seam[1]}" in joined:
                label = "end"
            elif f"{seam[0]} {seam[1]}" in joined:
                label = "wrap"
            else:
                continue  # (not placed in the truth: a heading, a page's furniture)
            share = widths.width(with_next_word(line, next_line)) / widths.latin
            counts[_bin(share), label, "ended" if verdict else "joined"] += 1
        calls.clear()
    print("a sentence's end before a capital or a quotation, set in a face (tuning):")
    print("  line and next word / measure: end ended, end joined, wrap ended, wrap joined")
    for name in sorted({key[0] for key in counts}):
        row = [
            counts[name, label, verdict]
            for label in ("end", "wrap")
            for verdict in ("ended", "joined")
        ]
        print(f"  {name:<10} " + " ".join(f"{n:>6}" for n in row))


def _in_class(name: str, line: str, next_line: str, widths: Widths) -> bool:
    if name == "all":
        return True
    if name == "speech":
        return next_line[:1] in OPENING or line[-1:] in CLOSING
    return (
        bool(widths.face and widths.latin)
        and line.rstrip(CLOSING)[-1:] in SENTENCE_END
        and (next_line[:1].isupper() or next_line[:1] in OPENING)
        and widths.width(with_next_word(line, next_line)) > widths.latin
    )


def _files(which: str) -> list[tuple[Article, Layout, Path]]:
    """The articles of english_books' half `which`, or of english_office_flush's or
    english_weasy_flush's set (tuning articles set as the held-out half is), with their PDFs."""
    if which in ("office-flush", "weasy-flush"):
        module = english_office_flush if which == "office-flush" else english_weasy_flush
        return [(a, layout, module.HERE / f"{a.id}.pdf") for a, layout in module.chosen()]
    return [
        (a, layout_of(a), pdf_path(a))
        for a in articles()
        if half(a.id) == which and pdf_path(a).exists()
    ]


def oracle(name: str, which: str = "tuning") -> None:
    truth_seams = [""]

    def answered(line: str, next_line: str, widths: Widths, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        verdict = paragraph_ends_here(line, next_line, widths, *args, **kwargs)
        if not _in_class(name, line, next_line, widths):
            return verdict
        seam = _key(line)[-40:], _key(next_line)[:40]
        if f"{seam[0]} \n {seam[1]}" in truth_seams[0]:
            return True
        if f"{seam[0]} {seam[1]}" in truth_seams[0]:
            return False
        return verdict

    breaks.paragraph_ends_here = answered  # type: ignore[assignment]
    latin_pages.paragraph_ends_here = answered  # type: ignore[assignment]
    scores: dict[str, Score] = {}
    for article, layout, path in _files(which):
        truth = _plain([" ".join(b) for b in article.blocks])
        truth_seams[0] = " \n ".join(_key(t) for t in truth)
        blocks = _plain(predicted(pdftotext(path, "default"), truth))
        one = Score()
        one.add(blocks, truth)
        book = article.book.split("-", 2)[-1]
        for row in ("all", book, layout.engine, "indented" if layout.indent else "flush"):
            scores.setdefault(row, Score()).merge(one)
    print(f"{which} rows, the {name} breaks answered from the truth")
    for row, score in scores.items():
        print(f"  {row:<22} F1 {score.f1:.4f} CER {score.cer:.5f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fill", action="store_true", help="a full line's fill, labelled")
    parser.add_argument(
        "--oracle", choices=("band", "speech", "all"), help="a class from the truth"
    )
    parser.add_argument(
        "--on",
        choices=("tuning", "held-out", "office-flush", "weasy-flush"),
        default="tuning",
        help="--oracle's files: english_books' halves (held-out: pooled rows only) or a flush set",
    )
    args = parser.parse_args(argv)
    if args.oracle:
        oracle(args.oracle, args.on)
    elif args.fill:
        fill()
    else:
        classes()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
