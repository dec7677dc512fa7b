"""The shared runner of the page-model benches (bench/accuracy_blind.py, bench/accuracy_third.py):
their command line, the loop that sets every article in every shape under every seed, scores
Galley on it by halves and kinds, and prints tuning misses only."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence

from bench.accuracy import Score
from bench.accuracy_print import HALVES, Shown, Tally, predict, seeds_and_articles, show_miss
from bench.clean_text import half

# (article, shape, seed) -> the damaged article
Damage = Callable[[dict, str, int], Shown]


def model_parser(description: str, shapes: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seeds", default="0-4", metavar="FIRST-LAST")
    parser.add_argument("--shape", choices=shapes, action="append")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--kinds", action="store_true", help="and a line per kind of damage")
    parser.add_argument("--show", type=int, default=0, help="print N tuning misses")
    parser.add_argument("--text", action="store_true", help="with --show: the damaged text too")
    parser.add_argument("--kind", action="append", default=[], help="--show only files with KIND")
    return parser


def run_model(
    label: str,
    args: argparse.Namespace,
    shapes: Sequence[str],
    damage: Damage,
    predictor: Callable[[str], tuple[str, list[str]]] = predict,
) -> None:
    """Score every article in `args.shape` (or every shape) under `args.seeds`, print tuning
    misses (`--show`), then a line per shape, all shapes and (`--kinds`) kind, each half."""
    seeds, articles = seeds_and_articles(args.seeds, args.limit)
    tallies: dict[tuple[str, str], Tally] = {}
    shown = 0
    for seed in seeds:
        for article in articles:
            which = half(str(article["id"]))
            for shape in args.shape or shapes:
                damaged = damage(article, shape, seed)
                title, blocks = predictor(damaged.text)
                one = Score()
                one.add(blocks, damaged.truth)
                keys = [shape, "all shapes", *("  " + kind for kind in damaged.kinds)]
                for key in keys:
                    tally = tallies.setdefault((key, which), Tally())
                    tally.score.merge(one)
                    tally.articles += 1
                    tally.titles += title == damaged.title
                miss = title != damaged.title or one.true_positive < len(damaged.truth)
                wanted = set(args.kind) <= set(damaged.kinds)
                if which == "tuning" and miss and wanted and shown < args.show:
                    shown += 1
                    show_miss(damaged, title, blocks, f"{article['id']} seed {seed}", args.text)
    halves = dict(Counter(half(str(a["id"])) for a in articles))
    print(f"{label}, {len(articles)} articles, halves {halves}")
    names = [*(args.shape or shapes), "all shapes"]
    if args.kinds:
        names += sorted({key for key, _ in tallies if key.startswith("  ")})
    for name in names:
        for which in HALVES:
            if (name, which) in tallies:
                print(tallies[name, which].line(f"{name} {which}"))
