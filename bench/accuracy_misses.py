"""Dump the Chinese blocks Galley missed, grouped by the damage's page shape.

Not a benchmark: a tool for reading misses. The page shape is the generator's own record
(`Damaged.kinds`), read here, in the bench, only to group the misses; the converter reads the
file's bytes and never sees it.

    .venv/bin/python bench/accuracy_misses.py --seed 0            # every miss
    .venv/bin/python bench/accuracy_misses.py --seed 0 --summary  # counts only
    .venv/bin/python bench/accuracy_misses.py --seed 0 --causes   # wrong blocks by cause
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import file_blocks, load_articles, unspaced  # noqa: E402
from bench.damage import damage_file  # noqa: E402

FUNCTION_WORDS = frozenset("和或的与在但")
LOST = frozenset("□\ufffd")
MARKS = {"！": "!", "（": "(", "）": ")", "：": ":"}


def cause(truth: str, made: list[str], kinds: frozenset[str]) -> str:
    """Why a truth block was missed, read from its closest block in `made` (the first that
    applies): split or joined, mojibake left, a stray word kept, another Han word put or taken
    out, a character lost to the damage (□ or �), the truth's own ASCII mark or space."""
    ratio = {p: difflib.SequenceMatcher(None, truth, p, autojunk=False).ratio() for p in made}
    best = max(made, key=ratio.__getitem__, default="")
    if not best or ratio[best] < 0.8:
        return "structure: split or joined"
    matcher = difflib.SequenceMatcher(None, truth, best, autojunk=False)
    ops = [(truth[a:b], best[c:d]) for tag, a, b, c, d in matcher.get_opcodes() if tag != "equal"]
    put = "".join(b for _, b in ops)
    if any((len(a) >= 4 and not b) or (len(b) >= 4 and not a) for a, b in ops):
        return "structure: split or joined"
    mojibake = any(k.startswith("mojibake") for k in kinds)
    if mojibake and re.search("[\u0080-\u024f\u0370-\u04ff]", put):
        return "mojibake left (Latin-1 or Cyrillic letters)"
    if re.search("[A-Za-z]", put):
        return "stray word kept"
    if all(a in FUNCTION_WORDS and b in FUNCTION_WORDS | {""} for a, b in ops):
        return "stray word: another Han word put, or taken out"
    if all(b and set(b) <= LOST for _, b in ops):
        return (
            "lost byte of UTF-8 read as GBK (\ufffd)" if "\ufffd" in put else "lost character (□)"
        )
    if all(MARKS.get(a) == b or MARKS.get(b) == a or (a == " " and not b) for a, b in ops):
        return "the truth's own ASCII mark or space"
    return "mojibake: other" if mojibake else "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--zh", type=int, default=325)
    parser.add_argument("--summary", action="store_true")
    parser.add_argument("--causes", action="store_true", help="count wrong blocks by cause")
    args = parser.parse_args(argv)
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    out: dict[str, list[str]] = defaultdict(list)
    causes: Counter[str] = Counter()
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
        made_blocks = list(unspaced([t for t in predicted if t in made]))
        for t in unspaced([t for t in truth if t in lost]):
            causes[cause(t, made_blocks, damaged.kinds)] += 1
        extra[shape] += sum(made.values())
        lines = [f"=== article {index} ({shape})"]
        lines += [f"  - {t!r}" for t in truth if t in lost]
        lines += [f"  + {t!r}" for t in predicted if t in made]
        out[shape].append("\n".join(lines))
    for shape in sorted(docs):
        print(
            f"{shape:<16} docs {docs[shape]:>4}  missed {missed[shape]:>4}  extra {extra[shape]:>4}"
        )
    if args.causes:
        for name, count in causes.most_common():
            print(f"{count:5d}  {name}")
        print(f"{sum(causes.values()):5d}  wrong truth blocks")
    elif not args.summary:
        for shape, items in sorted(out.items()):
            print(f"\n##### {shape}")
            print("\n".join(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
