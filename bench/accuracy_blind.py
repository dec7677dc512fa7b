"""Galley on the blind damage model (bench/damage_blind.py): block F1, CER, title right.

Every zh-news-xwlb article is set in each of the blind model's page shapes under each seed,
then normalized and structured as `galley convert` does, and scored as bench/accuracy_print.py
scores (a block counts only when it is exactly the expected string). Articles are split into a
tuning half and a held-out half by bench/clean_text.py's hash; seeds 0-4 are for tuning, seeds
10-14 only for reporting (their held-out half is the figure that counts).

    .venv/bin/python bench/accuracy_blind.py --seeds 0-4 --kinds
    .venv/bin/python bench/accuracy_blind.py --seeds 10-14 --kinds       # report only
    .venv/bin/python bench/accuracy_blind.py --seeds 0-4 --show 10 --shape narrow
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.damage_blind import SHAPES, damage_article  # noqa: E402
from bench.model_runner import model_parser, run_model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = model_parser(__doc__.split("\n")[0], SHAPES).parse_args(argv)
    run_model(f"blind damage, seeds {args.seeds}", args, SHAPES, damage_article)
    return 0


if __name__ == "__main__":
    sys.exit(main())
