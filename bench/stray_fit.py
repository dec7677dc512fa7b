"""The stray-word pass alone on paragraphs with one kind of stray word: substituted or inserted.

Each zh-news-xwlb paragraph is damaged once per seed by bench/damage.py's substitution (a Han
function word between Han characters becomes a Latin one, spaced four ways) and, in the
articles of one half (bench/clean_text.py's split), by bench/damage_print.py's insertion (a
Latin word put between two Han characters, 60 % spaced). The pass (`mark_stray_tokens`) is
applied and the paragraph counts as mended when the result is the original exactly. Printed
per setting of the two thresholds of `convert/normalize/stray.py`, so they can be set on the
tuning seeds and half before the whole benches are run.

    .venv/bin/python bench/stray_fit.py                        # tuning: seeds 0-4, tuning half
    .venv/bin/python bench/stray_fit.py --seeds 10-14 --half held-out --grid current
    .venv/bin/python bench/stray_fit.py --inserter indep --seeds 20-24 --grid current
    .venv/bin/python bench/stray_fit.py --boundaries     # writer's English words: how many lost
    .venv/bin/python bench/stray_fit.py --counterparts   # could the fit replace `is` by 是?
"""

from __future__ import annotations

import argparse
import json
import random
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
from convert.chars import HAN_RE  # noqa: E402
from convert.config import Config  # noqa: E402
from convert.normalize import stray, stray_words  # noqa: E402
from convert.normalize.context import Context  # noqa: E402
from convert.normalize.english_closed import closed_class  # noqa: E402

GRIDS = {
    "current": [(stray.INSERTED_BELOW_FIT, stray.SPACED_REPLACE_FIT)],
    "remove": [(low, -1.0) for low in (-5.0, -4.5, -4.0, -3.5)],
    "full": [
        (low, high)
        for low in (-99.0, -8.0, -6.0, -5.0, -4.5, -4.0, -3.5)
        for high in (-99.0, -3.0, -2.0, -1.0, 0.0, 99.0)
    ],
}


def paragraphs(
    which: str, seeds: range, inserter: str = "print"
) -> tuple[list[tuple[str, str, bool]], list[tuple[str, str, bool]]]:
    """(damaged, original, spaced on both sides) for substitutions and for insertions (by
    bench/damage_print.py or, `inserter` "indep", bench/damage_indep.py)."""
    insert = insert_words if inserter == "indep" else _insert_strays
    substituted, inserted = [], []
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    for seed in seeds:
        for article in articles:
            for index, paragraph in enumerate(article["paragraphs"]):
                rng = random.Random(f"{article['id']}/{seed}/{index}")
                damaged = _stray_word(paragraph, rng)
                if damaged != paragraph:
                    substituted.append((damaged, paragraph, _spaced(damaged)))
                if half(str(article["id"])) == which:
                    damaged = insert(paragraph, _rng(article["id"], seed, str(index)))
                    if damaged != paragraph:
                        inserted.append((damaged, paragraph, _spaced(damaged)))
    return substituted, inserted


def _applied(text: str, edits: list) -> str:
    out, at = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        out += [text[at : edit.start], edit.after]
        at = edit.end
    return "".join(out) + text[at:]


def _spaced(text: str) -> bool:
    return any(m.group(1) and m.group(3) for m in stray_words.find(text))


def mended(cases: list[tuple[str, str, bool]], config: Config) -> tuple[int, int]:
    """(mended, of them spaced on both sides)."""
    right = spaced_right = 0
    for damaged, original, spaced in cases:
        edits = stray.mark_stray_tokens(damaged, config, Context())
        ok = _applied(damaged, edits) == original
        right += ok
        spaced_right += ok and spaced
    return right, spaced_right


def verdicts(cases: list[tuple[str, str, bool]], config: Config) -> Counter[tuple[str, bool]]:
    """How many stray words were removed, replaced, kept, or are in no dictionary."""
    counts: Counter[tuple[str, bool]] = Counter()
    for damaged, _, _ in cases:
        for match in stray_words.find(damaged):
            spaced = bool(match.group(1) and match.group(3))
            han = stray_words.replacement(match.group(2), config)
            closed = closed_class(match.group(2))
            if han is not None:
                verdict = stray._verdict(damaged, match, han)[0]
            elif closed is not None:
                verdict = "closed " + stray._closed_class_verdict(damaged, match, closed[1])[0]
            elif (
                stray_words.cut_cost(damaged, match.start(), match.end())
                > stray.NO_COUNTERPART_SPLIT_MARGIN
            ):
                verdict = "in no list remove"
            else:
                verdict = "in no list keep"
            counts[verdict, spaced] += 1
    return counts


def boundaries(which: str, words: list[str], per_paragraph: int = 4) -> Counter[tuple[str, str]]:
    """A word the writer put at a word boundary: (word, verdict) counts.

    The boundaries are jieba's segmenter's (not the word model that judges), up to
    `per_paragraph` chosen at random in each paragraph of the half; the word goes in spaced on
    both sides and, at another boundary, glued. Every removal here is a writer's word lost.
    """
    import jieba  # a dependency of Galley's (the part-of-speech model reads its files)

    jieba.setLogLevel(60)
    counts: Counter[tuple[str, str]] = Counter()
    config = Config()
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    for article in articles:
        if half(str(article["id"])) != which:
            continue
        for index, paragraph in enumerate(article["paragraphs"]):
            rng = random.Random(f"{article['id']}/boundaries/{index}")
            cuts, at = [], 0
            for token in jieba.cut(paragraph):
                at += len(token)
                han = 0 < at < len(paragraph) and HAN_RE.match(paragraph, at - 1)
                if han and HAN_RE.match(paragraph, at):
                    cuts.append(at)
            for cut in rng.sample(cuts, min(per_paragraph, len(cuts))):
                word = rng.choice(words)
                spacing = " {} " if rng.random() < 0.5 else "{}"
                damaged = paragraph[:cut] + spacing.format(word) + paragraph[cut:]
                edits = stray.mark_stray_tokens(damaged, config, Context())
                after = _applied(damaged, edits)
                verdict = (
                    "kept" if after == damaged else "removed" if after == paragraph else "replaced"
                )
                counts[word, verdict] += 1
    return counts


# closed-class words the dictionary lacks, and the Han word each stands in for in `--counterparts`
COUNTERPART_CASES = (("is", "是"), ("he", "他"), ("from", "从"), ("will", "将"))


def counterparts(which: str, threshold: float = -1.0) -> list[str]:
    """For each case, how often the part-of-speech fit of the Han word reaches `threshold` where
    the English word was put in its place (every such Han word between Han characters, spaced)
    and where a writer's word stands (two of jieba's word boundaries a paragraph)."""
    import jieba

    from convert.normalize.stray_context import fit

    jieba.setLogLevel(60)
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if half(json.loads(line)["id"]) == which]
    lines = []
    for word, han in COUNTERPART_CASES:
        rng = random.Random(f"counterparts/{word}")
        leftover: list[float | None] = []
        writers: list[float | None] = []
        for article in articles:
            for paragraph in article["paragraphs"]:
                for at, ch in enumerate(paragraph):
                    if ch != han or not 0 < at < len(paragraph) - 1:
                        continue
                    if HAN_RE.match(paragraph, at - 1) and HAN_RE.match(paragraph, at + 1):
                        damaged = paragraph[:at] + f" {word} " + paragraph[at + 1 :]
                        left, right = stray_words.han_context(damaged, at, at + len(word) + 2)
                        leftover.append(fit(left, han, right))
                cuts, end = [], 0
                for token in jieba.cut(paragraph):
                    end += len(token)
                    inside = 0 < end < len(paragraph) and HAN_RE.match(paragraph, end - 1)
                    if inside and HAN_RE.match(paragraph, end):
                        cuts.append(end)
                for cut in rng.sample(cuts, min(2, len(cuts))):
                    left, right = stray_words.han_context(paragraph, cut, cut)
                    writers.append(fit(left, han, right))
        hit = sum(f is not None and f >= threshold for f in leftover)
        false = sum(f is not None and f >= threshold for f in writers)
        lines.append(
            f"{word} for {han}: fit >= {threshold}: leftovers {hit}/{len(leftover)} "
            f"({hit / max(1, len(leftover)):.1%})  writer's words at boundaries "
            f"{false}/{len(writers)} ({false / max(1, len(writers)):.1%})"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="0-4", metavar="FIRST-LAST")
    parser.add_argument("--half", default="tuning", choices=("tuning", "held-out"))
    parser.add_argument("--grid", default="full", choices=sorted(GRIDS))
    parser.add_argument("--inserter", default="print", choices=("print", "indep"))
    parser.add_argument(
        "--boundaries",
        action="store_true",
        help="English closed-class words put at word boundaries: how many are kept, and stop",
    )
    parser.add_argument(
        "--counterparts",
        action="store_true",
        help="how well the fit tells a leftover of 是/他/从/将 from a writer's word, and stop",
    )
    parser.add_argument(
        "--verdicts", action="store_true", help="what became of each inserted word, and stop"
    )
    args = parser.parse_args(argv)
    first, _, last = args.seeds.partition("-")
    config = Config()
    if args.counterparts:
        print("\n".join(counterparts(args.half)))
        return 0
    if args.boundaries:
        from convert.normalize.english_closed import CLOSED_CLASSES

        by_class: Counter[tuple[str, str]] = Counter()
        for name, members in CLOSED_CLASSES.items():
            for (_, verdict), count in boundaries(args.half, sorted(members)).items():
                by_class[name, verdict] += count
        for name in CLOSED_CLASSES:
            row = {v: by_class[name, v] for v in ("kept", "removed", "replaced")}
            total = sum(row.values())
            print(
                f"{name:<12} at word boundaries {total:5}  kept {row['kept']:5}  "
                f"removed {row['removed']:4} ({row['removed'] / max(1, total):.2%})  "
                f"replaced {row['replaced']:4}"
            )
        return 0
    substituted, inserted = paragraphs(
        args.half, range(int(first), int(last or first) + 1), args.inserter
    )
    if args.verdicts:
        for (verdict, spaced), count in sorted(verdicts(inserted, config).items()):
            print(f"inserted words {verdict:<18} spaced on both sides {spaced!s:<5} {count:5}")
        return 0
    print(
        f"substituted {len(substituted)} (spaced {sum(s for *_, s in substituted)}), "
        f"inserted {len(inserted)} (spaced {sum(s for *_, s in inserted)})"
    )
    for low, high in GRIDS[args.grid]:
        stray.INSERTED_BELOW_FIT, stray.SPACED_REPLACE_FIT = low, high
        sub, sub_spaced = mended(substituted, config)
        ins, ins_spaced = mended(inserted, config)
        print(
            f"remove below {low:6.1f}  replace spaced from {high:6.1f}   "
            f"substituted mended {sub:5} (spaced {sub_spaced:4})   "
            f"inserted mended {ins:5} (spaced {ins_spaced:4})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
