"""A `——` cut in two at a line break: a wrap or a paragraph's end? (issue 12, narrow pages)

A Chinese dash is one mark two cells wide (`——`), and so is the ellipsis (`……`); a narrow
column may cut either between its two halves, leaving `…风电项目—` over `—西藏那曲…`. This sets
every tuning article of a page model in each shape under each seed, finds each line that ends on
a lone `—` (or `…`) over a line that opens with a lone one in the text as the page gives it
(rows by shape and mark), labels the break from the truth
(`page_foot_ends.label`: the Han characters each side run together inside one true block: a
wrap; at the end of one and the start of the next: an end; `unknown` where a stray English word
the damage put in beside the break hides its Han) and says what Galley made of it (joined or
split). Tuning halves only; the held-out articles are skipped before they are set.

    .venv/bin/python bench/dash_breaks.py --model blind --seeds 0-4
    .venv/bin/python bench/dash_breaks.py --model third --seeds 10-14 --show 5
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy_print import predict, seeds_and_articles  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.page_foot_ends import MODELS, damager, label, made  # noqa: E402

# a line that ends on one half of a dash (or an ellipsis) over a line that opens with the other
CUT_DASH_RE = re.compile(
    r"(?<![—\n])—[ \t\u3000]*\n[ \t\u3000]*—(?!—)|(?<![…\n])…[ \t\u3000]*\n[ \t\u3000]*…(?!…)"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=MODELS, default="blind")
    parser.add_argument("--seeds", default="0-4")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print this many breaks of each row")
    args = parser.parse_args(argv)
    shapes, damage = damager(args.model)
    seeds, articles = seeds_and_articles(args.seeds, args.limit)
    counts: Counter[tuple[str, str, str]] = Counter()
    shown: Counter[tuple[str, str, str]] = Counter()
    for seed in seeds:
        for article in articles:
            if half(str(article["id"])) != "tuning":
                continue
            for shape in shapes:
                damaged = damage(article, shape, seed)
                text = damaged.text
                cuts = list(CUT_DASH_RE.finditer(text))
                if not cuts:
                    continue
                blocks = predict(text)[1]
                for cut in cuts:
                    line = text[text.rfind("\n", 0, cut.start()) + 1 : cut.start() + 1]
                    end = text.find("\n", cut.end())
                    next_line = text[cut.end() - 1 : end if end >= 0 else len(text)]
                    truth = label(line, next_line, damaged.truth)
                    row = (f"{shape} {line[-1]}", truth, made(line, next_line, blocks))
                    counts[row] += 1
                    if shown[row] < args.show:
                        shown[row] += 1
                        print(f"  {seed} {article['id']} {shape} {line[-12:]!r} / {next_line[:12]!r} {row}")
    print(f"{args.model} model, seeds {args.seeds}, tuning half: breaks inside `——` and `……`")
    print(f"  {'shape':10} {'truth':8} {'Galley':8} count")
    for (shape, truth, galley), count in sorted(counts.items()):
        print(f"  {shape:10} {truth:8} {galley:8} {count}")
    print(f"  all {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
