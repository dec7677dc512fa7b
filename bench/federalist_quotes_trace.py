"""accuracy_english.py's Federalist row only, base against the dialogue rule: the blocks that differ.

The base's verdicts are `dialogue.new_speech` asked with `quoting` off; each run is scored as the
row scores it, and the two block lists are compared hunk by hunk, every block marked `T` where it
is a paragraph of the truth.

    .venv/bin/python bench/federalist_quotes_trace.py
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import accuracy_english as english  # noqa: E402
from bench.accuracy import Score, baseline_blocks, galley_blocks, unspaced  # noqa: E402
from convert.normalize.unwrap import decide  # noqa: E402
from convert.normalize.unwrap.measure import Widths  # noqa: E402


def main() -> int:
    from PIL import ImageFont

    font = ImageFont.truetype(str(next(p for p in english.FONTS if p.exists())), 100)

    def width(text: str) -> float:
        return font.getlength(text) * english.SIZE_PT / 100

    truth = baseline_blocks(english.federalist())
    damaged = english.printed(truth, width)
    rule = decide.new_speech

    def base(line: str, next_line: str, widths: Widths, quoting: bool) -> bool:
        return rule(line, next_line, widths, False)

    runs = []
    for name, verdict in (("base", base), ("rule", rule)):
        decide.new_speech = verdict
        blocks = galley_blocks(damaged)
        score = Score()
        score.add(blocks, truth)
        print(f"{name}  F1 {score.f1:.4f}  predicted {score.predicted}  right {score.true_positive}")
        runs.append(blocks)
    decide.new_speech = rule
    true = set(unspaced(truth))
    hunks = difflib.SequenceMatcher(None, *runs, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in hunks:
        if op == "equal":
            continue
        print("-" * 20, op)
        for name, blocks in (("base", runs[0][i1:i2]), ("rule", runs[1][j1:j2])):
            for block in blocks:
                mark = "T" if unspaced([block])[0] in true else "-"
                print(f"  {name} {mark} {block[:90]} … {block[-60:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
