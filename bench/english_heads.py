"""English pages set as english_books' held-out half mostly is — LibreOffice, a narrow measure, a
running head over every page — from its TUNING articles only, and what goes wrong there that is
not a break decision (issue 12). TUNING ONLY.

e29a found english_books' held-out half stops at 0.9596 (flush 0.9302) with every break taken
from the truth, and that 12 of its 14 held-out flush files print a running head (tuning: 6 of
18), most on narrow LibreOffice pages. This set puts english_books' tuning articles (its held-out
ones are never set) in those conditions: LibreOffice (`build_docx`), the book's title as a
running head with the page number, measures of 78-100 mm, a face and size drawn from a seeded
generator, flush or indented paragraphs. Every file is tuning material.

Besides the block F1 and CER it classes each word-level difference between Galley's text and
the truth (`--classes`): the running head's words left in, a page number left in, a word moved
(the same words deleted in one place and inserted in another: pdftotext's reading order), a
hyphen, other. `--fragments` counts, in the raw `pdftotext` text of every tuning file of this
set and of english_books, english_office_flush and english_weasy_flush, the runs of short
paragraphs of one to four words that `pdftotext` split off a stretched justified line (the
words after a wide gap read as a column of their own and put after the block). PDFs are cached
under ~/.cache/galley-bench/pdf/en-heads/.

    .venv/bin/python bench/english_heads.py               # build what is missing, score
    .venv/bin/python bench/english_heads.py --classes 20  # the word diffs by class, N shown
    .venv/bin/python bench/english_heads.py --fragments   # split-off words, every tuning set
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import _plain  # noqa: E402
from bench.accuracy_extracted import pdftotext  # noqa: E402
from bench.english_books import (  # noqa: E402
    FACES,
    TITLES,
    Article,
    Layout,
    layout_of,
    predicted,
)
from bench.english_office_flush import build, tuning_articles  # noqa: E402
from bench.pdf_corpus import CACHE  # noqa: E402

HERE = CACHE / "en-heads"
FILES = 30
WORD_RE = re.compile(r"\S+")
FRAGMENT_RE = re.compile(
    r"^[\"'(“‘]?[A-Za-z][\w'’-]*[,)\"”]?( [\"'(“‘]?[A-Za-z][\w'’-]*[,)\"”]?){0,3}$"
)
SETS = ("en-heads", "en-office-flush", "en-weasy-flush", "en-books")


def fragment_runs(text: str) -> list[list[str]]:
    """Runs of paragraphs that are one line of one to four words with no sentence end, each
    between blank lines, and if of several words seen once in the text (a running head repeats): what `pdftotext`
    makes of the words after a wide gap in a stretched justified line."""
    lines = text.split("\n")
    seen = Counter(line.strip() for line in lines)
    runs: list[list[str]] = []
    at = 0
    while at + 2 < len(lines):
        run: list[str] = []
        while (
            at + 2 < len(lines)
            and not lines[at].strip()
            and not lines[at + 2].strip()
            and FRAGMENT_RE.match(lines[at + 1].strip())
            and (seen[lines[at + 1].strip()] == 1 or " " not in lines[at + 1].strip())
        ):
            run.append(lines[at + 1].strip())
            at += 2
        if run:
            runs.append(run)
        else:
            at += 1
    return runs


def count_fragments() -> None:
    from bench.clean_text import half

    for name in SETS:
        files = runs = words = 0
        for pdf in sorted((CACHE / name).glob("*.pdf")):
            if half(pdf.stem) != "tuning":
                continue
            found = fragment_runs(pdftotext(pdf, "default"))
            files += bool(found)
            runs += len(found)
            words += sum(len(" ".join(run).split()) for run in found)
            for run in found:
                print(f"  {name} {pdf.stem}: {run}")
        print(f"{name:<16} files with a run {files:>3}  runs {runs:>3}  words {words:>3}")


def chosen() -> list[tuple[Article, Layout]]:
    """The set's articles (english_books' tuning half only) and the layout each is set in."""
    rng, tuning = tuning_articles("en-heads")
    return [
        (
            article,
            replace(
                layout_of(article),
                engine="office",
                head=True,
                face=FACES[number % len(FACES)],
                size=rng.choice((9.5, 10, 10.5, 11)),
                measure=rng.randint(78, 100),
                indent=0.0 if number % 2 == 0 else 1.5,
            ),
        )
        for number, article in enumerate(tuning[:FILES])
    ]


def classify(removed: list[str], added: list[str], title: str, moved: Counter[str]) -> str:
    """One word-level hunk's class."""
    title_words = set(title.casefold().split())
    if added and all(w.isdigit() for w in added) and not removed:
        return "page number left in"
    if added and not removed and set(w.casefold() for w in added) <= title_words | {"the"}:
        return "running head left in"
    if (
        added
        and any(w.isdigit() for w in added)
        and any(w.casefold() in title_words for w in added)
    ):
        return "running head left in"
    if not added and removed and all(moved[w] for w in removed):
        return "word moved (reading order)"
    if not removed and added and all(moved[w] for w in added):
        return "word moved (reading order)"
    if any("-" in w for w in removed + added):
        return "hyphen"
    return "other"


def word_classes(files: list[tuple[Article, Layout]], show: int) -> None:
    counts: Counter[str] = Counter()
    shown = 0
    for article, _layout in files:
        truth = _plain([" ".join(b) for b in article.blocks])
        blocks = _plain(predicted(pdftotext(HERE / f"{article.id}.pdf", "default"), truth))
        want = WORD_RE.findall(" ".join(truth))
        got = WORD_RE.findall(" ".join(blocks))
        hunks = [
            (want[i1:i2], got[j1:j2])
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
                None, want, got, autojunk=False
            ).get_opcodes()
            if tag != "equal"
        ]
        moved: Counter[str] = Counter()
        deleted = Counter(w for r, _ in hunks for w in r)
        inserted = Counter(w for _, a in hunks for w in a)
        for word in deleted:
            moved[word] = min(deleted[word], inserted[word])
        for removed, added in hunks:
            name = classify(removed, added, TITLES[article.book], moved)
            counts[name] += 1
            if shown < show:
                shown += 1
                print(
                    f"  {article.id} {name}: -{' '.join(removed)[:80]!r} +{' '.join(added)[:80]!r}"
                )
    for name, count in counts.most_common():
        print(f"{name:<30} {count:>4}")


def main(argv: list[str] | None = None) -> int:
    from bench.english_office_flush import score

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N misses (block diffs)")
    parser.add_argument("--classes", type=int, default=-1, help="word diffs by class, N shown")
    parser.add_argument("--fragments", action="store_true", help="split-off words, every set")
    args = parser.parse_args(argv)
    if args.fragments:
        count_fragments()
        return 0
    files = chosen()
    HERE.mkdir(parents=True, exist_ok=True)
    build_here(files)
    score(files, HERE, "heads", args.show)
    if args.classes >= 0:
        word_classes(files, args.classes)
    return 0


def build_here(files: list[tuple[Article, Layout]]) -> None:
    import bench.english_office_flush as office_flush

    saved = office_flush.HERE
    office_flush.HERE = HERE
    try:
        build(files)
    finally:
        office_flush.HERE = saved


if __name__ == "__main__":
    sys.exit(main())
