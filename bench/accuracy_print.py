"""Galley on the independent print damage (bench/damage_print.py): block F1, CER, title right.

Every zh-news-xwlb article is set in each page shape (blank-line blocks, indented paragraphs,
narrow columns) under each seed, then normalized and structured as `galley convert` does. The
articles are split into a tuning half and a held-out half by the same hash as
bench/clean_text.py; rules are read off the tuning half, the held-out half is only reported.
F1 and CER are bench/accuracy.py's (a block counts only when it is exactly the expected string).

    .venv/bin/python bench/accuracy_print.py                  # seeds 0-1, every shape, both halves
    .venv/bin/python bench/accuracy_print.py --seeds 0-4 --kinds
    .venv/bin/python bench/accuracy_print.py --show 10 --shape narrow   # tuning misses, diffed
    .venv/bin/python bench/accuracy_print.py --damage indep --seeds 20-24  # bench/damage_indep.py
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import XWLB, Score, document_blocks  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.damage_indep import damage_article as indep_article  # noqa: E402
from bench.damage_print import SHAPES, damage_article  # noqa: E402
from convert.normalize import normalize  # noqa: E402
from convert.structure import build_document  # noqa: E402

HALVES = ("tuning", "held-out")


@dataclass
class Tally:
    score: Score = field(default_factory=Score)
    titles: int = 0
    articles: int = 0

    def line(self, name: str) -> str:
        right = 100 * self.titles / max(1, self.articles)
        return (
            f"{name:<26} articles {self.articles:>4}  block F1 {self.score.f1:.4f}  "
            f"CER {self.score.cer:.5f}  title right {right:5.1f} %"
        )


def seeds_and_articles(seeds: str, limit: int) -> tuple[range, list[dict[str, Any]]]:
    """The seeds of a `FIRST-LAST` (or one seed) and the zh-news-xwlb articles, the first
    `limit` only where given: what each print-damage harness iterates over."""
    first, _, last = seeds.partition("-")
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    return range(int(first), int(last or first) + 1), articles[:limit] if limit else articles


def predict(text: str) -> tuple[str, list[str]]:
    doc = build_document(normalize(text).text)
    return doc.title, document_blocks(doc)


class Shown(Protocol):
    """What a miss is printed from: either generator's damaged article (print, indep, blind)."""

    text: str
    title: str
    truth: list[str]
    shape: str
    kinds: list[str]


def show_miss(damaged: Shown, title: str, blocks: list[str], name: str, text: bool = False) -> None:
    """A tuning miss: its name, shape, kinds and title verdict, the damaged text's first lines
    (`text`), and the truth's blocks against Galley's as a diff."""
    verdict = "ok" if title == damaged.title else repr(title)
    print(f"=== {name} {damaged.shape} {damaged.kinds} title {verdict}")
    if text:
        print("\n".join("  | " + line for line in damaged.text.splitlines()[:60]))
    for line in difflib.unified_diff(damaged.truth, blocks, "truth", "galley", n=0, lineterm=""):
        print("   ", line[:160])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="0-1", metavar="FIRST-LAST")
    parser.add_argument("--shape", choices=SHAPES, action="append")
    parser.add_argument(
        "--damage",
        choices=("print", "indep"),
        default="print",
        help="stray words by bench/damage_print.py or by bench/damage_indep.py",
    )
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--kinds", action="store_true", help="and a line per kind of damage")
    parser.add_argument("--show", type=int, default=0, help="print N tuning misses")
    parser.add_argument(
        "--without", action="append", default=[], metavar="KIND", help="skip files with this damage"
    )
    args = parser.parse_args(argv)
    seeds, articles = seeds_and_articles(args.seeds, args.limit)
    tallies: dict[tuple[str, str], Tally] = {}
    kinds: dict[tuple[str, str], Tally] = {}
    shown = 0
    for seed in seeds:
        for article in articles:
            which = half(str(article["id"]))
            for shape in args.shape or SHAPES:
                damaged = (indep_article if args.damage == "indep" else damage_article)(
                    article, shape, seed
                )
                if set(args.without) & set(damaged.kinds):
                    continue
                title, blocks = predict(damaged.text)
                one = Score()
                one.add(blocks, damaged.truth)
                keys = [(shape, which), ("all shapes", which)]
                keys_kind = [(k, which) for k in damaged.kinds]
                for key, table in [(k, tallies) for k in keys] + [(k, kinds) for k in keys_kind]:
                    tally = table.setdefault(key, Tally())
                    tally.score.merge(one)
                    tally.articles += 1
                    tally.titles += title == damaged.title
                miss = title != damaged.title or one.true_positive < len(damaged.truth)
                if which == "tuning" and miss and shown < args.show:
                    shown += 1
                    show_miss(damaged, title, blocks, f"{article['id']} seed {seed}")
    print(
        f"seeds {args.seeds}, {len(articles)} articles, halves {dict(Counter(half(str(a['id'])) for a in articles))}"
    )
    for shape in [*(args.shape or SHAPES), "all shapes"]:
        for which in HALVES:
            if (shape, which) in tallies:
                print(tallies[shape, which].line(f"{shape} {which}"))
    if args.kinds:
        for kind in sorted({k for k, _ in kinds}):
            for which in HALVES:
                if (kind, which) in kinds:
                    print("  " + kinds[kind, which].line(f"{kind} {which}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
