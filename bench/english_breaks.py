"""What bench/english_books.py's tuning misses are made of, and what a full line's break shows.

Reads the TUNING half only (bench/clean_text.py's halves of the article ids); nothing of a
held-out file is printed. Three counts (bench/README.md, "English books: the tuning misses by
class, a footnote's number, the full-line band measured"):

* the misses by class: each hunk of the block diff (as `--show` prints it), a paragraph end
  joined (`join`, counted per lost break), a break made inside a paragraph (`split`), one block
  read with other text (`text`), the rest (`other`), by the page's shape and the book;
* `--band`: every break `decide.paragraph_ends_here` judges after a Latin line that finishes a
  sentence at the measure (the line and the next line's first word do not fit) before a capital,
  labelled from the truth: a paragraph end or a wrap, by the verdict, and, on indented pages,
  by whether the next line stops short of the measure by the page's indent (a first line could,
  a wrap can only if its next word was wider than the indent);
* `--openers BOOK`: at every sentence boundary of the book's tuning articles outside quotations,
  how often the next sentence opens a paragraph, by its first word and first two words, as a
  likelihood ratio (share among openings over share among sentences going on).

    .venv/bin/python bench/english_breaks.py
    .venv/bin/python bench/english_breaks.py --band
    .venv/bin/python bench/english_breaks.py --openers federalist
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import QUOTES, _plain  # noqa: E402
from bench.accuracy_extracted import pdftotext  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.english_books import Article, articles, layout_of, pdf_path, predicted  # noqa: E402
from bench.english_cues import ABBREVIATION_RE, SENTENCE_RE  # noqa: E402
from bench.english_cues import _plain as _straight  # noqa: E402
from convert.normalize.unwrap import breaks, latin_pages  # noqa: E402
from convert.normalize.unwrap.decide import paragraph_ends_here  # noqa: E402
from convert.normalize.unwrap.measure import Widths, with_next_word  # noqa: E402


def tuning() -> Iterator[tuple[Article, list[str], list[str]]]:
    """Each tuning article with its truth blocks and Galley's."""
    for article in articles():
        if half(article.id) == "tuning" and pdf_path(article).exists():
            truth = _plain([" ".join(b) for b in article.blocks])
            text = pdftotext(pdf_path(article), "default")
            yield article, truth, _plain(predicted(text, truth))


def _kind(truth: list[str], blocks: list[str]) -> tuple[str, int]:
    same = " ".join(" ".join(truth).split()) == " ".join(" ".join(blocks).split())
    if len(truth) == len(blocks) == 1:
        return "text", 1
    if same and len(blocks) == 1:
        return "join", len(truth) - 1
    if same and len(truth) == 1:
        return "split", len(blocks) - 1
    return "other", 1


def misses() -> None:
    counts: Counter[tuple[str, str, str]] = Counter()
    for article, truth, blocks in tuning():
        shape = "indented" if layout_of(article).indent else "flush"
        book = article.book.split("-", 2)[-1]
        opcodes = difflib.SequenceMatcher(None, truth, blocks, autojunk=False).get_opcodes()
        for op, i1, i2, j1, j2 in opcodes:
            if op != "equal":
                kind, n = _kind(truth[i1:i2], blocks[j1:j2])
                counts[kind, shape, book] += n
    print("tuning misses (join, split: breaks; text, other: hunks)")
    for key, n in sorted(counts.items()):
        print(f"  {' '.join(key):<44} {n:>4}")


def _key(text: str) -> str:
    return " ".join(text.translate(QUOTES).split())


def traced_breaks() -> list[tuple[str, str, bool, Widths]]:
    """The list every later `decide.paragraph_ends_here` call of the unwrap pass (Chinese and
    Latin pages) appends its line, next line, verdict and widths to."""
    calls: list[tuple[str, str, bool, Widths]] = []

    def traced(line: str, next_line: str, widths: Widths, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        verdict = paragraph_ends_here(line, next_line, widths, *args, **kwargs)
        calls.append((line, next_line, verdict, widths))
        return verdict

    breaks.paragraph_ends_here = traced  # type: ignore[assignment]
    latin_pages.paragraph_ends_here = traced  # type: ignore[assignment]
    return calls


def band() -> None:
    calls = traced_breaks()
    counts: Counter[tuple[str, ...]] = Counter()
    for article, truth, _ in tuning():
        layout = layout_of(article)
        joined = " \n ".join(_key(t) for t in truth)
        for line, next_line, verdict, widths in calls:
            if not widths.face or line[-1:] not in ".!?" or not next_line[:1].isupper():
                continue
            if (
                ABBREVIATION_RE.search(line)
                or widths.width(with_next_word(line, next_line)) <= widths.latin
            ):
                continue
            seam = _key(line)[-40:], _key(next_line)[:40]
            label = "end" if f"{seam[0]} \n {seam[1]}" in joined else "wrap"
            if label == "wrap" and f"{seam[0]} {seam[1]}" not in joined:
                continue  # (not placed in the truth: a heading, a page's furniture)
            shape = f"indent {layout.indent} em" if layout.indent else "flush"
            slack = widths.latin - widths.width(next_line)
            room = (
                ""
                if not layout.indent
                else ("next short by the indent" if slack >= layout.indent else "next fuller")
            )
            counts[shape.split()[0], room, "ended" if verdict else "joined", label] += 1
        calls.clear()
    print("full lines that finish a sentence before a capital (tuning): verdict, truth")
    for key, n in sorted(counts.items()):
        print(f"  {' '.join(k for k in key if k):<56} {n:>4}")


# a block this long is a body paragraph (headings, datelines, signatures, notes are shorter)
BODY = 150


def openers(book: str) -> None:
    rows: list[tuple[bool, str]] = []
    for article in articles():
        if half(article.id) != "tuning" or book not in article.book:
            continue
        texts = [_straight(" ".join(b)) for b in article.blocks[1:]]
        paragraphs = [_sentences(t) if len(t) >= BODY else [] for t in texts]
        for sentences, following in pairwise(paragraphs):
            if not following:
                continue  # (a heading, a signature, a note: no body paragraph follows)
            run = ""
            for at, sentence in enumerate(sentences):
                run = f"{run} {sentence}"
                opens = at == len(sentences) - 1
                after = following[0] if opens else sentences[at + 1]
                if run.count('"') % 2 == 0 and after[:1] != '"' and sentence[-1:] != '"':
                    rows.append((opens, after))
    ends = sum(opens for opens, _ in rows)
    print(f"{book}, tuning: {ends} paragraph openings, {len(rows) - ends} sentences going on")
    _ratios(rows, ends, "first word", lambda s: s.split()[0].strip(",;:"), 8)
    _ratios(rows, ends, "first two words", lambda s: " ".join(s.split()[:2]).strip(",;:"), 5)


def _sentences(text: str) -> list[str]:
    sentences, last = [], 0
    for match in SENTENCE_RE.finditer(text):
        cut = match.start() + len(match.group(1))
        if not ABBREVIATION_RE.search(text[last:cut]):
            sentences.append(text[last:cut])
            last = match.end()
    return [*sentences, text[last:]]


def _ratios(
    rows: list[tuple[bool, str]], ends: int, name: str, key: Callable[[str], str], least: int
) -> None:
    opening: Counter[str] = Counter(key(after) for opens, after in rows if opens)
    going: Counter[str] = Counter(key(after) for opens, after in rows if not opens)
    goes = max(len(rows) - ends, 1)
    ratios = [
        ((opening[k] / ends) / (going[k] / goes) if going[k] else float("inf"), k)
        for k in opening.keys() | going.keys()
        if opening[k] + going[k] >= least
    ]
    print(f"  by {name} (at least {least}), the highest ratios:")
    for ratio, k in sorted(ratios, reverse=True)[:8]:
        print(f"    {ratio:6.2f}  {k!r:<28} {opening[k]:>4} : {going[k]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--band", action="store_true", help="the full-line band, labelled")
    parser.add_argument("--openers", default="", help="a book's openers (federalist, ...)")
    args = parser.parse_args(argv)
    if args.openers:
        openers(args.openers)
    elif args.band:
        band()
    else:
        misses()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
