"""The full-line sentence ends the unwrap pass leaves to its default, on the blind model's flush
and narrow pages, each labelled from the generator's paragraphs (issue 12).

Every call of `unwrap.sentence_ends.full_line_ends` (the question "a CJK line that fills the
measure and finishes a sentence: a wrap or a paragraph end?") is recorded where no rule of it or
of `paragraphing.full_line_ends_paragraph` decides: the break is then a wrap by default. Each is
labelled by the truth: the last six Han characters of the line and the first six of the next
line run together inside one true paragraph (a wrap), or across the end of one and the start of
the next (an end); neither (a repair changed them): left out. One record a break and article
(a later round asks again). Written one JSON object a line: the article, seed and shape, the
paragraph so far (`before` and the line), the next two lines, `run`, `lead`, the label.

Read tuning halves only (bench/clean_text.py's `half`); `--all` takes every article (seeds
40-59: extra tuning material no bench reports).

    .venv/bin/python bench/full_line_trace.py --seeds 0-4 --out /tmp/trace-0.jsonl
    .venv/bin/python bench/full_line_trace.py --seeds 40-44 --all --out /tmp/trace-40.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy_print import predict, seeds_and_articles  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.damage_blind import damage_article  # noqa: E402
from convert.blocks import CONTINUATION_RE  # noqa: E402
from convert.chars import KANA_RE  # noqa: E402
from convert.normalize.unwrap import breaks, decide, sentence_ends  # noqa: E402
from convert.normalize.unwrap.openers import opener_says  # noqa: E402
from convert.normalize.unwrap.paragraphing import (  # noqa: E402
    ATTENDANCE_RE,
    ATTRIBUTION_RE,
    FRAME_RE,
    LONG_PARAGRAPH,
    Paragraphing,
    _opening,
    han,
)
from convert.normalize.unwrap.plain import closes_dateline  # noqa: E402
from convert.normalize.unwrap.spaced_heads import han_pause  # noqa: E402

KEY = 6  # Han characters either side of the break that place it in the truth


def by_default(
    line: str, next_line: str, paragraphing: Paragraphing, run: int, lead: bool, after_next: str
) -> bool:
    """No rule of `full_line_ends` decides the break: it is a wrap by the default."""
    if (
        not paragraphing.blank_lines
        and (
            (han_pause(next_line) and not sentence_ends.RUNNING_MARKS.intersection(next_line))
            or sentence_ends.wrapped_headline(next_line, after_next)
        )
        and not KANA_RE.search(line + next_line)
    ):
        return False
    if line[-1:] in "：:" or closes_dateline(line):
        return False
    if paragraphing.blank_lines or CONTINUATION_RE.match(next_line):
        return False
    if opener_says(next_line) is not None:
        return False
    opening = _opening(next_line)
    if opening and opening in paragraphing.openings:
        return False
    if ATTENDANCE_RE.fullmatch(next_line):
        return False
    if run >= LONG_PARAGRAPH and FRAME_RE.match(next_line):
        return False
    return not ((run >= LONG_PARAGRAPH or lead) and ATTRIBUTION_RE.match(next_line))


def han_only(text: str) -> str:
    return "".join(ch for ch in text if han(ch))


def label(truth: Sequence[str], line: str, next_line: str) -> str:
    """`end`, `wrap` or `` (not placed) for the break between the two lines."""
    tail, head = han_only(line)[-KEY:], han_only(next_line)[:KEY]
    if len(tail) < KEY or len(head) < KEY:
        return ""
    joined = "\n".join(han_only(paragraph) for paragraph in truth)
    wrap, end = tail + head in joined, tail + "\n" + head in joined
    return "wrap" if wrap and not end else "end" if end and not wrap else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="0-4")
    parser.add_argument("--shape", action="append", choices=("flush", "narrow"))
    parser.add_argument("--all", action="store_true", help="every article, not the tuning half")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    seeds, articles = seeds_and_articles(args.seeds, args.limit)
    stash: dict[str, Any] = {}
    real_ends: Callable[..., bool] = decide.full_line_ends
    real_here: Callable[..., bool] = breaks.paragraph_ends_here

    def here(line: str, next_line: str, *rest: Any, **named: Any) -> bool:
        stash["before"] = named.get("before", rest[5] if len(rest) > 5 else ())
        return real_here(line, next_line, *rest, **named)

    def ends(
        line: str,
        next_line: str,
        paragraphing: Paragraphing,
        run: int,
        lead: bool = False,
        after_next: str = "",
    ) -> bool:
        answer = real_ends(line, next_line, paragraphing, run, lead, after_next)
        if by_default(line, next_line, paragraphing, run, lead, after_next):
            stash["seen"].setdefault(
                (line, next_line),
                {
                    "before": list(stash.get("before", ())),
                    "line": line,
                    "next": next_line,
                    "after_next": after_next,
                    "run": run,
                    "lead": lead,
                    "answer": answer,
                },
            )
        return answer

    written = 0
    with (
        open(args.out, "w", encoding="utf-8") as out,
        mock.patch.object(decide, "full_line_ends", ends),
        mock.patch.object(breaks, "paragraph_ends_here", here),
    ):
        for seed in seeds:
            for article in articles:
                which = half(str(article["id"]))
                if which != "tuning" and not args.all:
                    continue
                for shape in args.shape or ("flush", "narrow"):
                    damaged = damage_article(article, shape, seed)
                    stash["seen"] = {}
                    predict(damaged.text)
                    for record in stash["seen"].values():
                        record["label"] = label(damaged.truth, record["line"], record["next"])
                        if not record["label"]:
                            continue
                        record.update(id=article["id"], seed=seed, shape=shape, half=which)
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                        written += 1
            print(f"seed {seed}: {written} breaks", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
