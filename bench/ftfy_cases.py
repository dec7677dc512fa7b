"""Galley's normalizer on ftfy's own mojibake test cases, beside plain ftfy.

Reads ../shared/corpus/ftfy/*.json (format in test-cases-README.md: `original`, `fixed`, optional
`fixed-encoding`, `expect`). For each set it prints:

* encoding stage: Galley's passes up to and including mojibake (line endings, invisible, mojibake)
  compared with `fixed-encoding` (or `fixed` when absent): the target ftfy's encoding repair has,
  since Galley, like `ftfy.fix_encoding`, keeps curly quotes;
* full normalizer: every pass; later passes may legitimately change a case (a wrapped line
  joined, an ASCII comma next to Han made full-width), so it is reported, not targeted, except
  for negative.json;
* plain ftfy with its default configuration: `ftfy.fix_text` against `fixed` (its own target), and
  against the same target as Galley.

For negative.json it prints how many cases come back unchanged (target: 100 %), and lists every
case that does not pass.

    .venv/bin/python bench/ftfy_cases.py [CORPUS_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import ftfy  # noqa: E402

from convert.normalize import PASSES, normalize  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "ftfy"
SETS = ("in-the-wild", "synthetic", "language-names", "negative", "known-failures")
ENCODING_STAGE = PASSES[: [p.name for p in PASSES].index("mojibake") + 1]


def encoding_stage(text: str) -> str:
    return normalize(text, passes=ENCODING_STAGE).text


def full(text: str) -> str:
    return normalize(text).text


def run_set(name: str, cases: list[dict[str, str]]) -> list[str]:
    target = [c.get("fixed-encoding", c["fixed"]) for c in cases]
    stage = [encoding_stage(c["original"]) for c in cases]
    whole = [full(c["original"]) for c in cases]
    plain = [ftfy.fix_text(c["original"]) for c in cases]
    n = len(cases)

    def rate(got: list[str], want: list[str]) -> str:
        ok = sum(g == w for g, w in zip(got, want, strict=True))
        return f"{ok:>3}/{n:<3} {100 * ok / n:5.1f} %"

    print(
        f"{name:<15} {n:>4}  {rate(stage, target)}   {rate(whole, target)}   "
        f"{rate(plain, [c['fixed'] for c in cases])}   {rate(plain, target)}"
    )
    misses = []
    for case, got, want in zip(cases, stage, target, strict=True):
        if got != want:
            misses.append(
                f"  {name}: {case['label'][:70]}\n    got  {got!r:.110}\n    want {want!r:.110}"
            )
    if name == "negative":
        originals = [c["original"] for c in cases]
        print(
            f"{'':<15}        negative cases unchanged: encoding stage {rate(stage, originals)}, "
            f"full normalizer {rate(whole, originals)}, plain ftfy {rate(plain, originals)}"
        )
        for case, got in zip(cases, whole, strict=True):
            if got != case["original"]:
                misses.append(
                    f"  negative (full normalizer): {case['original']!r:.80} -> {got!r:.80}"
                )
    return misses


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else CORPUS
    print(
        f"{'set':<15} {'cases':>4}  {'Galley encoding stage':<21}   {'Galley full normalizer':<21}   "
        f"{'ftfy default→fixed':<21}   {'ftfy default→Galley target':<21}"
    )
    misses: list[str] = []
    for name in SETS:
        path = corpus / f"{name}.json"
        if path.exists():
            misses += run_set(name, json.loads(path.read_text(encoding="utf-8")))
    for name in ("halibote", "face"):
        source = (corpus / f"{name}.txt").read_text(encoding="utf-8")
        expected = (corpus / f"{name}.expected.txt").read_text(encoding="utf-8")
        got = encoding_stage(source)
        print(
            f"{name + '.txt':<15} {1:>4}  {'pass' if got.strip() == expected.strip() else 'FAIL'}"
        )
    if misses:
        print("\ncases the encoding stage does not match (known failures are expected to fail):")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
