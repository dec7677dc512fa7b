"""The tuning half's block mismatches on the print damage, counted by cause.

For every article of the tuning half (bench/clean_text.py's split), set by bench/damage_print.py
(or bench/damage_indep.py, damage_blind.py, damage_third.py) and run as bench/accuracy_print.py does, the truth blocks and
Galley's blocks are aligned (difflib, blocks compared as bench/accuracy.py compares them) and
each differing stretch is put down to one cause:

- `split`: the same text in more blocks (a paragraph left in pieces), `joined`: in fewer;
- `spaces`: the same text but for spaces;
- `stray kept`: the same text once lowercase Latin words are taken out (a stray word kept);
- `stray replaced`: the output has only Han function words more (an inserted word replaced);
- `text lost`: characters missing; `other`: anything else (often two causes in one stretch).

    .venv/bin/python bench/print_misses.py                    # damage_print, seeds 0-1
    .venv/bin/python bench/print_misses.py --damage indep --seeds 20-21 --show 3
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import damage_blind, damage_indep, damage_print, damage_third  # noqa: E402
from bench.accuracy import XWLB, unspaced  # noqa: E402
from bench.accuracy_print import predict  # noqa: E402
from bench.clean_text import half  # noqa: E402

# each damage model's setter of an article and its page shapes
MODELS: dict[str, tuple[Callable[..., Any], Sequence[str]]] = {
    "print": (damage_print.damage_article, damage_print.SHAPES),
    "indep": (damage_indep.damage_article, damage_print.SHAPES),
    "blind": (damage_blind.damage_article, damage_blind.SHAPES),
    "third": (damage_third.damage_article, damage_third.SHAPES),
}

LATIN_RE = re.compile(r"[a-z\u00df-\u00ff]+")
# the Han words the stray-word dictionaries put for a Latin word
FUNCTION_HAN = set("和或的与在但为到比是")


def cause(truth: list[str], galley: list[str]) -> str:
    expected, got = "".join(truth), "".join(galley)
    if expected == got:
        return "split" if len(galley) > len(truth) else "joined"
    if expected.replace(" ", "") == got.replace(" ", ""):
        return "spaces"
    if LATIN_RE.sub("", got).replace(" ", "") == LATIN_RE.sub("", expected).replace(" ", ""):
        return "stray kept"
    ops = difflib.SequenceMatcher(a=expected, b=got, autojunk=False).get_opcodes()
    if all(
        op == "equal" or (op == "insert" and set(got[j1:j2]) <= FUNCTION_HAN)
        for op, _, _, j1, j2 in ops
    ):
        return "stray replaced"
    if len(got) < len(expected):
        return "text lost"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="0-1", metavar="FIRST-LAST")
    parser.add_argument("--damage", choices=tuple(MODELS), default="print")
    parser.add_argument("--show", type=int, default=0, help="N examples of each cause")
    args = parser.parse_args(argv)
    first, _, last = args.seeds.partition("-")
    damage, shapes = MODELS[args.damage]
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    counts: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    examples: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for seed in range(int(first), int(last or first) + 1):
        for article in articles:
            if half(str(article["id"])) != "tuning":
                continue
            for shape in shapes:
                damaged = damage(article, shape, seed)
                truth = unspaced(damaged.truth)
                galley = unspaced(predict(damaged.text)[1])
                totals[shape] += len(truth)
                matcher = difflib.SequenceMatcher(a=truth, b=galley, autojunk=False)
                for op, i1, i2, j1, j2 in matcher.get_opcodes():
                    if op == "equal":
                        continue
                    key = (shape, cause(truth[i1:i2], galley[j1:j2]))
                    counts[key] += max(1, i2 - i1)
                    if len(examples[key]) < args.show:
                        examples[key].append(("".join(truth[i1:i2]), " | ".join(galley[j1:j2])))
    print(f"seeds {args.seeds}, damage {args.damage}, tuning half: truth blocks wrong by cause")
    for shape in shapes:
        row = {c: n for (s, c), n in counts.items() if s == shape}
        wrong = sum(row.values())
        print(
            f"{shape:<9} truth blocks {totals[shape]:5}  wrong {wrong:4}  "
            + "  ".join(f"{c} {n}" for c, n in sorted(row.items(), key=lambda x: -x[1]))
        )
    for (shape, kind), shown in sorted(examples.items()):
        for expected, got in shown:
            print(f"  {shape} {kind}\n    truth  {expected[:100]}\n    galley {got[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
