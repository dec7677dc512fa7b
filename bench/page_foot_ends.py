"""Full lines that end a sentence at a page's foot: paragraph ends or wraps? (issue 12)

`furniture.page_breaks.page_break_pads` keeps the blank lines of a page break where the page's
last line is full and ends a sentence (`blocks.ends_paragraph`) and the next page's first line
does not lean on it (`CONTINUATION_RE`): the paragraph ends there. This sets every tuning article
of a page model in each shape under each seed, records each such break (the two lines), labels
it from the truth (the last Han characters of the line and the first of the next found run
together inside one true block: a wrap; at the end of one and the start of the next: an end;
else unknown), and says what Galley made of it (joined or split) on the tree as it is and with
the rule off (`--variant`: the blank lines go, and the unwrap pass decides as inside a page).
Tuning halves only; the held-out articles are skipped before they are set.

    .venv/bin/python bench/page_foot_ends.py --model blind --seeds 0-4
    .venv/bin/python bench/page_foot_ends.py --model third --seeds 10-14 --variant
    .venv/bin/python bench/page_foot_ends.py --model print --seeds 0-4 --show 5
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import XWLB, Score  # noqa: E402
from bench.accuracy_print import predict, seeds_and_articles  # noqa: E402
from bench.clean_text import half  # noqa: E402
from convert.normalize.furniture import page_breaks  # noqa: E402

MODELS = ("blind", "fifth", "third", "print", "indep")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
SIDE = 5  # Han characters each side of a break that name it


def _han(text: str) -> str:
    return "".join(HAN_RE.findall(text))


def label(line: str, next_line: str, blocks: list[str]) -> str:
    """`wrap`, `end` or `unknown`: where the break's two sides fall in `blocks`."""
    tail, head = _han(line)[-SIDE:], _han(next_line)[:SIDE]
    if len(tail) < 2 or len(head) < 2:
        return "unknown"
    keys = [_han(block) for block in blocks]
    if any(tail + head in key for key in keys):
        return "wrap"
    if any(a.endswith(tail) and b.startswith(head) for a, b in pairwise(keys)):
        return "end"
    return "unknown"


def made(line: str, next_line: str, blocks: list[str]) -> str:
    """`joined` where Galley's `blocks` run the break's two sides together, else `split`."""
    tail, head = _han(line)[-SIDE:], _han(next_line)[:SIDE]
    return "joined" if any(tail + head in _han(block) for block in blocks) else "split"


@contextmanager
def recording(variant: bool) -> Iterator[list[tuple[str, str]]]:
    """The breaks `page_break_pads` keeps apart, as (last line, next line); with `variant`, its
    full-line sentence end is taken for no end (the blank lines go)."""
    kept: list[tuple[str, str]] = []
    ends, continuation = page_breaks.ends_paragraph, page_breaks.CONTINUATION_RE
    last = [""]

    def ends_paragraph(key: str) -> bool:
        last[0] = key
        return ends(key) and not variant  # (the rule off: no full line ends a paragraph)

    class Continuation:
        def match(self, text: str) -> re.Match[str] | None:
            found = continuation.match(text)
            if found is None:
                kept.append((last[0], text))
            return found

    page_breaks.ends_paragraph = ends_paragraph  # type: ignore[assignment]
    page_breaks.CONTINUATION_RE = Continuation()  # type: ignore[assignment]
    try:
        yield kept
    finally:
        page_breaks.ends_paragraph, page_breaks.CONTINUATION_RE = ends, continuation


def damager(model: str) -> tuple[tuple[str, ...], Callable[[dict, str, int], Any]]:
    if model == "blind":
        from bench.damage_blind import SHAPES, damage_article
    elif model == "fifth":
        from bench.damage_fifth import SHAPES
        from bench.damage_fifth import damage_article as fifth

        with XWLB.open(encoding="utf-8") as handle:
            titles = [str(json.loads(line)["title"]) for line in handle]
        return SHAPES, lambda a, s, seed: fifth(a, s, seed, None, titles)
    elif model == "third":
        from bench.damage_third import SHAPES, damage_article
    elif model == "print":
        from bench.damage_print import SHAPES, damage_article
    else:
        from bench.damage_indep import damage_article
        from bench.damage_print import SHAPES
    return SHAPES, damage_article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=MODELS, default="blind")
    parser.add_argument("--seeds", default="0-4", metavar="FIRST-LAST")
    parser.add_argument("--shape", action="append")
    parser.add_argument("--variant", action="store_true", help="and with the rule off")
    parser.add_argument("--show", type=int, default=0, help="print N labelled breaks")
    args = parser.parse_args(argv)
    shapes, damage = damager(args.model)
    seeds, articles = seeds_and_articles(args.seeds, 0)
    counts: Counter[tuple[str, ...]] = Counter()
    found: Counter[tuple[str, str]] = Counter()
    shown = 0
    for seed in seeds:
        for article in articles:
            if half(str(article["id"])) != "tuning":
                continue
            for shape in args.shape or shapes:
                damaged = damage(article, shape, seed)
                with recording(False) as kept:
                    blocks = predict(damaged.text)[1]
                breaks = sorted({pair for pair in kept if pair[1]})
                if not breaks:
                    continue
                other = blocks
                if args.variant:
                    with recording(True):
                        other = predict(damaged.text)[1]
                    for name, output in (("base", blocks), ("variant", other)):
                        score = Score()
                        score.add(output, damaged.truth)
                        found[shape, name] += score.true_positive
                for line, next_line in breaks:
                    truth = label(line, next_line, damaged.truth)
                    key = (shape, truth, made(line, next_line, blocks))
                    counts[key + ((made(line, next_line, other),) if args.variant else ())] += 1
                    if shown < args.show and truth != "unknown":
                        shown += 1
                        print(f"--- {seed} {article['id']} {shape} {truth}: {line} | {next_line}")
    print(f"{args.model} model, seeds {args.seeds}, tuning half: full-line sentence ends kept")
    print("  shape, truth, Galley" + (", with the rule off" if args.variant else "") + ": breaks")
    for key in sorted(counts):
        print(f"  {', '.join(key)}: {counts[key]}")
    for shape, name in sorted(found):
        print(f"  {shape} blocks right ({name}): {found[shape, name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
