"""Clean Chinese news hard-wrapped as `pdftotext` gives a page: where do its paragraphs end?

Every zh-news-xwlb article is set as bench/damage.py's `pdftotext` shape sets it, with no other
damage: the title, a blank line, then every paragraph wrapped at one measure (30-45 characters,
a closing mark hung at the line end), no blank line and no indent between paragraphs. The text
is correct, so Galley's blocks must be the title and the paragraphs. Each article is set at
every measure of `--measures` (default 30-45), so a paragraph's last line falls full at some
measure and short at the others; what this set asks is the breaks the width cannot decide.

Besides block F1, every break after a line that fills the measure (the measure or one cell
more) and ends a sentence is counted by what it is (a paragraph end or a wrap) and what Galley
made of it: the evidence for a rule that decides such breaks, counted on clean text, not on
the damaged score. The articles are split by bench/clean_text.py's `half` (tuning, held-out).

    .venv/bin/python bench/wrapped_clean.py                  # both halves
    .venv/bin/python bench/wrapped_clean.py --show 20        # the tuning half's first wrong breaks
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import Score, galley_blocks, load_articles  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.damage import _wrap  # noqa: E402

SENTENCE_END_RE = re.compile(r"[。！？][”’）]*$")


def wrapped(title: str, paragraphs: list[str], measure: int) -> tuple[str, list[tuple[str, bool]]]:
    """The article set at `measure`, and each break after a full line that ends a sentence:
    the line's text so far in its paragraph and whether the break is a paragraph end."""
    lines: list[str] = []
    full_ends: list[tuple[str, bool]] = []
    for number, paragraph in enumerate(paragraphs):
        wraps = _wrap(paragraph, measure, True)
        so_far = ""
        for index, line in enumerate(wraps):
            so_far += line
            last = index == len(wraps) - 1
            if last and number == len(paragraphs) - 1:
                break
            if len(line) >= measure and SENTENCE_END_RE.search(line):
                full_ends.append((so_far, last))
        lines += wraps
    return f"{title}\n\n" + "\n".join(lines) + "\n", full_ends


def judged(blocks: list[str], so_far: str) -> bool:
    """Galley ended a paragraph after `so_far` (a paragraph's text up to a break)."""
    return any(block.endswith(so_far[-12:]) for block in blocks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--measures", default="30-45")
    parser.add_argument("--show", type=int, default=0, help="the tuning half's first wrong breaks")
    args = parser.parse_args(argv)
    first, _, last = args.measures.partition("-")
    measures = range(int(first), int(last or first) + 1)
    scores = {"tuning": Score(), "held-out": Score()}
    breaks: dict[str, Counter[str]] = {"tuning": Counter(), "held-out": Counter()}
    shown = 0
    for article in load_articles():
        name = half(str(article["id"]))
        title = str(article["title"])
        paragraphs = [str(p) for p in article["paragraphs"]]  # type: ignore[attr-defined]
        for measure in measures:
            text, full_ends = wrapped(title, paragraphs, measure)
            blocks = galley_blocks(text)
            scores[name].add(blocks, [title, *paragraphs])
            for so_far, ends in full_ends:
                made = judged(blocks, so_far)
                truth = "paragraph end" if ends else "wrap"
                breaks[name][f"{truth}, {'ended' if made else 'joined'}"] += 1
                if made != ends and name == "tuning" and shown < args.show:
                    shown += 1
                    print(f"{article['id']} @{measure} {truth}: …{so_far[-30:]}")
    for name, score in scores.items():
        counts = breaks[name]
        wrong = counts["paragraph end, joined"] + counts["wrap, ended"]
        print(
            f"{name:9}  block F1 {score.f1:.4f}  CER {score.cer:.4f}  full sentence-end breaks"
            f" {sum(counts.values())}: wrong {wrong}"
            f" (paragraph ends joined {counts['paragraph end, joined']},"
            f" wraps ended {counts['wrap, ended']};"
            f" paragraph ends {counts['paragraph end, ended'] + counts['paragraph end, joined']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
