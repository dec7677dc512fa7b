"""How often the structure makes plain-text lists, tables and notes what they are (issue 12 item 6).

On bench/damage_print.py's articles, per half (bench/clean_text.py's split) and per kind: of the
articles the generator gave a list (a table, notes), how many come out with one — every item
(row, note) in it, the items' text without their markers; and of the articles without, how many
come out with one anyway. On the clean sets (bench/clean_text.py), how many lists, tables and
notes are made where the text has none to make.

    .venv/bin/python bench/lines_print.py               # seeds 0-1, every shape
    .venv/bin/python bench/lines_print.py --seeds 0-4 --clean
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import XWLB  # noqa: E402
from bench.clean_text import SETS, half  # noqa: E402
from bench.damage_print import SHAPES, damage_article  # noqa: E402
from convert.markers import ITEM_RE  # noqa: E402
from convert.model import Document, ListBlock, Table, walk_blocks  # noqa: E402
from convert.normalize import normalize  # noqa: E402
from convert.structure import build_document  # noqa: E402

KINDS = ("list", "table", "notes")


def made(doc: Document) -> dict[str, int]:
    """The lists (items), tables (rows) and notes the document holds, by kind."""
    found: Counter[str] = Counter()
    for block in walk_blocks(doc.body):
        if isinstance(block, ListBlock) and block.labels:
            found["list"] += len(block.items)
        elif isinstance(block, Table):
            found["table"] += len(block.head) + len(block.rows)
    found["notes"] = len(doc.notes)
    return found


def expected(truth: list[str], kinds: list[str], text: str) -> dict[str, int]:
    """What the generator set: items (lines with a marker), rows (with a tab), notes."""
    return {
        "list": sum(k == "list" for k in kinds) and sum(_is_item(t) for t in truth),
        "table": sum(k == "table" for k in kinds) and sum("\t" in t for t in truth),
        "notes": sum(k == "notes" for k in kinds) and sum(t.startswith("[") for t in truth),
    }


def _is_item(line: str) -> bool:
    return ITEM_RE.match(line) is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="0-1", metavar="FIRST-LAST")
    parser.add_argument("--clean", action="store_true", help="and the clean sets")
    args = parser.parse_args(argv)
    first, _, last = args.seeds.partition("-")
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    tally: Counter[tuple[str, str, str]] = Counter()
    for seed in range(int(first), int(last or first) + 1):
        for article in articles:
            which = half(str(article["id"]))
            for shape in SHAPES:
                damaged = damage_article(article, shape, seed)
                doc = build_document(normalize(damaged.text).text)
                got, want = made(doc), expected(damaged.truth, damaged.kinds, damaged.text)
                for kind in KINDS:
                    if want[kind]:
                        tally[kind, which, "set"] += 1
                        tally[kind, which, "made"] += got[kind] > 0
                        tally[kind, which, "whole"] += got[kind] == want[kind]
                    else:
                        tally[kind, which, "without"] += 1
                        tally[kind, which, "false"] += got[kind] > 0
    print(f"seeds {args.seeds}, {len(articles)} articles x {len(SHAPES)} shapes")
    for kind in KINDS:
        for which in ("tuning", "held-out"):
            t = {k: tally[kind, which, k] for k in ("set", "made", "whole", "without", "false")}
            print(
                f"{kind:<6} {which:<9} set {t['set']:>4}  made {t['made']:>4} "
                f"({100 * t['made'] / max(1, t['set']):5.1f} %)  whole {t['whole']:>4} "
                f"({100 * t['whole'] / max(1, t['set']):5.1f} %)  made without one "
                f"{t['false']:>3} of {t['without']}"
            )
    if args.clean:
        for name, articles_of in SETS.items():
            counts: Counter[str] = Counter()
            total = 0
            for clean in articles_of():
                total += 1
                doc = build_document(normalize(clean.text).text)
                for kind, number in made(doc).items():
                    counts[kind] += number > 0
            print(
                f"clean {name}: {total} articles; made a list in {counts['list']}, a table in "
                f"{counts['table']}, notes in {counts['notes']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
