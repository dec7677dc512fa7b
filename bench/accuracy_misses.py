"""Dump the Chinese blocks Galley missed, grouped by the damage's page shape.

Not a benchmark: a tool for reading misses. The page shape is the generator's own record
(`Damaged.kinds`), read here, in the bench, only to group the misses; the converter reads the
file's bytes and never sees it.

    .venv/bin/python bench/accuracy_misses.py --seed 0            # every miss
    .venv/bin/python bench/accuracy_misses.py --seed 0 --summary  # counts only
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import file_blocks, load_articles  # noqa: E402
from bench.damage import damage_file  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--zh", type=int, default=325)
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args(argv)
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    out: dict[str, list[str]] = defaultdict(list)
    for index, article in enumerate(load_articles(args.zh)):
        title = str(article["title"])
        paragraphs = [str(p) for p in article["paragraphs"]]  # type: ignore[attr-defined]
        seed = args.seed * 100_003 + index
        damaged = damage_file(title, paragraphs, seed)
        shape = next(k for k in damaged.kinds if k.startswith("shape:")).removeprefix("shape:")
        docs[shape] += 1
        predicted = file_blocks(damaged.data)
        truth = [title, *paragraphs]
        lost = Counter(truth) - Counter(predicted)
        made = Counter(predicted) - Counter(truth)
        if not lost and not made:
            continue
        missed[shape] += sum(lost.values())
        extra[shape] += sum(made.values())
        lines = [f"=== article {index} ({shape})"]
        lines += [f"  - {t!r}" for t in truth if t in lost]
        lines += [f"  + {t!r}" for t in predicted if t in made]
        out[shape].append("\n".join(lines))
    for shape in sorted(docs):
        print(
            f"{shape:<16} docs {docs[shape]:>4}  missed {missed[shape]:>4}  extra {extra[shape]:>4}"
        )
    if not args.summary:
        for shape, items in sorted(out.items()):
            print(f"\n##### {shape}")
            print("\n".join(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
