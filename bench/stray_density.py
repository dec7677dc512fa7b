"""The fits of kept stray words in damaged texts that put no word in: substituted or inserted?

`stray_document.DOCUMENT_REPLACE_FIT` decides a word kept by its own context in a text judged
damaged where no stray word was taken out by its own context (not `inserting`): replaced by its
best counterpart at or above it, taken out below. This prints, for such words only, the densities
of their best fit (`stray_context.fit`) and of `stray_words.cut_cost` (a second model: how much
better the two sides read as one stretch) for bench/damage.py's substitutions (every article,
each paragraph damaged at the rate drawn per document) against insertions by
bench/damage_print.py and bench/damage_indep.py (the articles of one half, every paragraph of a
damaged article at the benches' rate), and what each threshold would get right.

    .venv/bin/python bench/stray_density.py                          # tuning: seeds 0-4 / 20-24
    .venv/bin/python bench/stray_density.py --half held-out --seeds 10-14 --indep-seeds 30-34
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import XWLB  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.damage import _stray_word  # noqa: E402
from bench.damage_indep import insert_words  # noqa: E402
from bench.damage_print import _insert_strays, _rng  # noqa: E402
from convert.changes import Edit  # noqa: E402
from convert.config import Config  # noqa: E402
from convert.normalize import stray, stray_document, stray_words  # noqa: E402
from convert.normalize.context import Context  # noqa: E402

BINS = (-99.0, -6.0, -5.0, -4.5, -4.0, -3.75, -3.5, -3.25, -3.0, -2.5, -2.0, -1.0, 0.0, 99.0)
THRESHOLDS = (-3.0, -3.25, -3.5, -3.75, -4.0, -4.5, -5.0)


def texts(
    which: str, seeds: range, indep_seeds: range, draws: int = 1
) -> list[tuple[str, str, str]]:
    """(model, damaged text, original text) per article, seed and draw (the draws of a seed are
    its own: more words, the same seeds)."""
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    out = []
    for seed, draw in ((seed, draw) for seed in seeds for draw in range(draws)):
        for article in articles:
            rng = random.Random(f"{article['id']}/{seed}/density/{draw}")
            rate = rng.choice([0.1, 0.2])
            paragraphs = article["paragraphs"]
            shown = [_stray_word(p, rng) if rng.random() < rate else p for p in paragraphs]
            out.append(("substituted", "\n\n".join(shown), "\n\n".join(paragraphs)))
    for model, insert, model_seeds in (
        ("print", _insert_strays, seeds),
        ("indep", insert_words, indep_seeds),
    ):
        for seed, draw in ((seed, draw) for seed in model_seeds for draw in range(draws)):
            for article in articles:
                if half(str(article["id"])) != which:
                    continue
                rng = _rng(article["id"], seed, f"density/{draw}")
                paragraphs = article["paragraphs"]
                shown = [insert(p, rng) if rng.random() < 0.4 else p for p in paragraphs]
                out.append((model, "\n\n".join(shown), "\n\n".join(paragraphs)))
    return out


def judged(damaged: str, config: Config) -> list[tuple[re.Match[str], list[tuple[str, float]]]]:
    """The words whose best fit decides in a damaged, non-`inserting` text, with their fits."""
    seen: list[tuple[re.Match[str], list[tuple[str, float]]]] = []
    original = stray._revised

    def revised(
        text: str,
        match: re.Match[str],
        edit: Edit,
        config: Config,
        inserting: bool = False,
        shown: str = stray_document.DAMAGED_EVIDENCE,
    ) -> Edit | None:
        reopened = edit.after not in ("", match.group(2)) and (
            inserting or stray._spaced_not_english(match)
        )
        if not inserting and not reopened and edit.after == match.group(2):
            fits = stray._fits(text, match, config)
            if fits:
                seen.append((match, fits))
        return original(text, match, edit, config, inserting, shown)

    stray._revised = revised
    try:
        stray.mark_stray_tokens(damaged, config, Context())
    finally:
        stray._revised = original
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", default="tuning")
    parser.add_argument("--seeds", default="0-4")
    parser.add_argument("--indep-seeds", default="20-24")
    parser.add_argument("--draws", type=int, default=1, help="damaged texts per article and seed")
    args = parser.parse_args()
    first, _, last = args.seeds.partition("-")
    ifirst, _, ilast = args.indep_seeds.partition("-")
    config = Config()
    rows: list[tuple[str, float, float, bool]] = []
    for model, damaged, _ in texts(
        args.half, range(int(first), int(last) + 1), range(int(ifirst), int(ilast) + 1), args.draws
    ):
        for match, fits in judged(damaged, config):
            best = max(value for _, value in fits)
            cut = stray_words.cut_cost(damaged, match.start(), match.end())
            spaced = bool(match.group(1) and match.group(3))
            rows.append((model, best, cut, spaced))
    models = ("substituted", "print", "indep")
    print(
        f"half {args.half}, seeds {args.seeds}, indep seeds {args.indep_seeds}, {args.draws} draws"
    )
    print("words judged by DOCUMENT_REPLACE_FIT:", dict(Counter(r[0] for r in rows)))
    totals = [sum(1 for r in rows if r[0] == m) or 1 for m in models]
    print("\nbest fit          " + "".join(f"{m:>12}" for m in models) + "  ratio (shares)")
    for low, high in itertools.pairwise(BINS):
        name = f"[{low:g},{high:g})"
        counts = [sum(1 for r in rows if r[0] == m and low <= r[1] < high) for m in models]
        inserted = (counts[1] + counts[2]) / (totals[1] + totals[2])
        ratio = f"{counts[0] / totals[0] / inserted:.2f}" if inserted else "-"
        print(f"{name:18}" + "".join(f"{c:>12}" for c in counts) + f"  {ratio:>6}")
    print("\nthreshold   substituted replaced   print removed   indep removed")
    for least in THRESHOLDS:
        cells = []
        for model in models:
            mine = [r for r in rows if r[0] == model]
            right = sum((r[1] >= least) == (model == "substituted") for r in mine)
            cells.append(f"{right}/{len(mine)}")
        print(f"{least:>9g}   " + "".join(f"{c:>16}" for c in cells))
    print(f"\ncurrent threshold {stray_document.DOCUMENT_REPLACE_FIT}")
    print("\ncut_cost (fit in [-5,-3))   " + "".join(f"{m:>12}" for m in models))
    for low, high in ((-99, -2), (-2, -1), (-1, 0), (0, 0.5), (0.5, 1), (1, 2), (2, 99)):
        counts = [
            sum(1 for r in rows if r[0] == m and -5 <= r[1] < -3 and low <= r[2] < high)
            for m in models
        ]
        print(f"[{low},{high})".ljust(29) + "".join(f"{c:>12}" for c in counts))
    print("\nspaced both sides (fit in [-5,-3))" + "".join(f"{m:>12}" for m in models))
    for flag in (True, False):
        counts = [
            sum(1 for r in rows if r[0] == m and -5 <= r[1] < -3 and r[3] == flag) for m in models
        ]
        print(f"{flag!s:35}" + "".join(f"{c:>12}" for c in counts))


if __name__ == "__main__":
    main()
