"""Galley on the fifth damage model (bench/damage_fifth.py): block F1, CER, title right.

A fifth model of damaged Chinese news (web copy-paste, OCR, printed pages and their running
heads), written cold: blind to Galley's rules and to the four earlier generators (issue 12).
Every zh-news-xwlb article is set in each shape under each seed, normalized and structured as
`galley convert` does, and scored as bench/accuracy_third.py scores (a block counts only when it
is exactly the expected string). Articles are split into a tuning and a held-out half by
bench/clean_text.py's hash; seeds 0-4 are for tuning, seeds 10-14 only for reporting. `--show`
prints tuning misses only. `--baseline` scores no repair at all (pandoc's reading of plain text:
blank-line blocks, lines joined by a space, the first block as the title).

    .venv/bin/python bench/accuracy_fifth.py --seeds 0-4 --kinds
    .venv/bin/python bench/accuracy_fifth.py --seeds 10-14 --kinds       # report only
    .venv/bin/python bench/accuracy_fifth.py --seeds 0 --show 10 --shape narrow --text
    .venv/bin/python bench/accuracy_fifth.py --seeds 0-4 --baseline
    .venv/bin/python bench/accuracy_fifth.py --seeds 0-4 --kinds --boundaries

`--boundaries` scores the blocks' bounds rather than their text: every space, OCR speck (`·`, `'`,
`` ` ``, `.`) and stop or comma (`。`, `，`, `,`: a speck widened, a comma read) is taken out of
both sides, after NFKC, so a block whose only fault is a space or a speck left counts as right,
and a block that is split, joined, or holds other text (a running head) still counts wrong.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import XWLB, baseline_blocks  # noqa: E402
from bench.accuracy_print import predict  # noqa: E402
from bench.damage_fifth import KINDS, SHAPES, Damaged, damage_article  # noqa: E402
from bench.model_runner import model_parser, run_model  # noqa: E402

# what `--boundaries` takes out of both sides: white space, OCR's specks, stops and commas
NOT_BOUNDARY_RE = re.compile(r"[\s·'`.。,，]")


def bounds_key(text: str) -> str:
    """`text` as `--boundaries` compares it: NFKC, no spaces, specks, stops or commas."""
    return NOT_BOUNDARY_RE.sub("", unicodedata.normalize("NFKC", text))


def keyed(damaged: Damaged) -> Damaged:
    return replace(
        damaged, title=bounds_key(damaged.title), truth=[bounds_key(t) for t in damaged.truth]
    )


def keyed_predict(text: str) -> tuple[str, list[str]]:
    title, blocks = predict(text)
    return bounds_key(title), [bounds_key(block) for block in blocks]


def baseline(text: str) -> tuple[str, list[str]]:
    """No repair: the blank-line blocks of the text, the first one taken as the title."""
    blocks = baseline_blocks(text)
    return (blocks[0] if blocks else ""), blocks


def main(argv: list[str] | None = None) -> int:
    parser = model_parser(__doc__.split("\n")[0], SHAPES)
    parser.add_argument("--baseline", action="store_true", help="score no repair instead")
    parser.add_argument(
        "--boundaries", action="store_true", help="blocks without spaces, specks, stops, commas"
    )
    parser.add_argument(
        "--without", choices=KINDS, action="append", default=[], help="leave a kind of damage out"
    )
    args = parser.parse_args(argv)
    with XWLB.open(encoding="utf-8") as handle:
        titles = [str(json.loads(line)["title"]) for line in handle]
    only = frozenset(KINDS) - frozenset(args.without)
    label = f"fifth damage, seeds {args.seeds}"
    label += f", without {'+'.join(args.without)}" if args.without else ""
    label += ", baseline (no repair)" if args.baseline else ""
    label += ", boundaries (spaces, specks, stops and commas out)" if args.boundaries else ""
    if args.boundaries:
        run_model(
            label,
            args,
            SHAPES,
            lambda a, s, seed: keyed(damage_article(a, s, seed, only, titles)),
            keyed_predict,
        )
        return 0
    run_model(
        label,
        args,
        SHAPES,
        lambda a, s, seed: damage_article(a, s, seed, only, titles),
        **({"predictor": baseline} if args.baseline else {}),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
