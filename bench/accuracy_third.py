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

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.damage_third import PARTS, SHAPES, damage_article  # noqa: E402
from bench.model_runner import model_parser, run_model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = model_parser(__doc__.split("\n")[0], SHAPES)
    parser.add_argument(
        "--without",
        choices=PARTS,
        action="append",
        default=[],
        help="leave a part of the model out (front matter, text damage, furniture)",
    )
    args = parser.parse_args(argv)
    without = frozenset(args.without)
    label = f"third damage, seeds {args.seeds}"
    label += f", without {'+'.join(args.without)}" if args.without else ""
    run_model(label, args, SHAPES, lambda a, s, seed: damage_article(a, s, seed, without))
    return 0


if __name__ == "__main__":
    sys.exit(main())
