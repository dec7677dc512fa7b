"""Galley on the third damage model (bench/damage_third.py): block F1, CER, title right.

A third, independent model of a Chinese newspaper page and its text extraction, written blind to
Galley's rules and to the two earlier generators (issue 12: measure on material no rule was
tuned on). Every zh-news-xwlb article is set in each page shape under each seed, normalized and
structured as `galley convert` does, and scored as bench/accuracy_print.py scores (a block counts
only when it is exactly the expected string). Articles are split into a tuning half and a
held-out half by bench/clean_text.py's hash; seeds 0-4 are for tuning, seeds 10-14 only for
reporting. `--show` prints tuning misses only.

    .venv/bin/python bench/accuracy_third.py --seeds 0-4 --kinds
    .venv/bin/python bench/accuracy_third.py --seeds 10-14 --kinds       # report only
    .venv/bin/python bench/accuracy_third.py --seeds 0 --show 10 --shape narrow --text
    .venv/bin/python bench/accuracy_third.py --seeds 0-4 --without furniture --without text
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import Score  # noqa: E402
from bench.accuracy_print import HALVES, Tally, predict, seeds_and_articles, show_miss  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.damage_third import PARTS, SHAPES, damage_article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="0-4", metavar="FIRST-LAST")
    parser.add_argument("--shape", choices=SHAPES, action="append")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--kinds", action="store_true", help="and a line per kind of damage")
    parser.add_argument("--show", type=int, default=0, help="print N tuning misses")
    parser.add_argument("--text", action="store_true", help="with --show: the damaged text too")
    parser.add_argument("--kind", action="append", default=[], help="--show only files with KIND")
    parser.add_argument(
        "--without",
        choices=PARTS,
        action="append",
        default=[],
        help="leave a part of the model out (front matter, text damage, furniture)",
    )
    args = parser.parse_args(argv)
    seeds, articles = seeds_and_articles(args.seeds, args.limit)
    tallies: dict[tuple[str, str], Tally] = {}
    shown = 0
    for seed in seeds:
        for article in articles:
            which = half(str(article["id"]))
            for shape in args.shape or SHAPES:
                damaged = damage_article(article, shape, seed, frozenset(args.without))
                title, blocks = predict(damaged.text)
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
    without = f", without {'+'.join(args.without)}" if args.without else ""
    print(f"third damage, seeds {args.seeds}{without}, {len(articles)} articles, halves {halves}")
    names = [*(args.shape or SHAPES), "all shapes"]
    if args.kinds:
        names += sorted({key for key, _ in tallies if key.startswith("  ")})
    for name in names:
        for which in HALVES:
            if (name, which) in tallies:
                print(tallies[name, which].line(f"{name} {which}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
