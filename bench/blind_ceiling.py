"""What the blind damage model lets a reader without language knowledge reach (issue 12).

bench/damage_blind.py sets paragraphs flush, with no indent and no blank line, in its `flush`
shape and in half of its `narrow` articles. There a paragraph whose last line happens to fill the
measure (or hangs a closing mark past it) shows no end on the page: the next paragraph's first
line looks like any wrapped line. This script takes each paragraph's lines and measure from the
generator itself (it wraps `damage_blind.body_lines`, `damage_blind.wrap` and `Measure.next`
while the article is set, and checks that the text comes out the same), never from Galley, and
scores three oracles with the bench's block comparison (`accuracy.Score`'s exact-string F1; no
CER), everything but the paragraph ends perfect (front, text, note):

- `join`: every visible end right, every invisible end joined to the next paragraph;
- `split`: every visible end right, and a split after every full line that ends a sentence
  (`。！？`, or a closing quote after one): it finds the invisible ends that close a sentence, and
  splits paragraphs at inner lines that happen to do so too;
- `best`: the better of the two per article (an upper bound of any rule choosing between them).

A paragraph end is invisible when its last line is within one cell of its measure (ASCII counts
half, as the generator counts), the next paragraph's first line has no indent, and no blank line
comes between. A page break between them is not counted as a sign either way.

What it bounds: a reader that sees only line widths, indents and blank lines, and, for `split`,
the mark a line ends with. What it does not bound: Galley reads language too (a line opening like
a paragraph's first sentence, a speaker, a dateline, a subhead's wording), which can find an
invisible end these oracles cannot; nor does it measure the title, text repairs or furniture.

    .venv/bin/python bench/blind_ceiling.py                       # seeds 0-4 and 10-14
    .venv/bin/python bench/blind_ceiling.py --seeds 0-1 --shape flush
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import damage_blind  # noqa: E402
from bench.accuracy import Score, unspaced  # noqa: E402
from bench.accuracy_print import HALVES, predict, seeds_and_articles  # noqa: E402
from bench.clean_text import half  # noqa: E402

SENTENCE_END = "。！？"
CLOSING_QUOTES = "”’」』"
ORACLES = ("join", "split", "best")


@dataclass
class Set:
    """One paragraph as the generator set it: its printed lines (the first with its indent),
    its measure, whether its first line is indented and whether a blank line follows it."""

    truth: str
    lines: list[str]
    columns: int
    indent: float
    blank: bool


@dataclass
class Recorder:
    """What the wrapped generator functions saw, in order."""

    printed: list[str] = field(default_factory=list)
    truth: list[str] = field(default_factory=list)
    measures: list[tuple[int, bool]] = field(default_factory=list)
    wraps: list[tuple[str, list[str], float]] = field(default_factory=list)


@contextmanager
def recording() -> Iterator[Recorder]:
    """`damage_blind` with its body setting, wrapping and measure drawing recorded (each calls
    the real function with the same generator, so the article comes out the same)."""
    seen = Recorder()
    real_body, real_wrap, real_next = (
        damage_blind.body_lines,
        damage_blind.wrap,
        damage_blind.Measure.next,
    )

    def body_lines(printed: list[str], truth: list[str], *rest: object) -> list[str]:
        seen.printed.extend(printed)
        seen.truth.extend(truth)
        return real_body(printed, truth, *rest)  # type: ignore[arg-type]

    def wrap(text: str, measure: int, rng: object, first: float = 0.0) -> tuple[list[str], bool]:
        lines, hyphened = real_wrap(text, measure, rng, first)  # type: ignore[arg-type]
        seen.wraps.append((text, list(lines), first))
        return lines, hyphened

    def next_measure(self: damage_blind.Measure, rng: object) -> int:
        columns = real_next(self, rng)  # type: ignore[arg-type]
        seen.measures.append((columns, self.blank))
        return columns

    with (
        mock.patch.object(damage_blind, "body_lines", body_lines),
        mock.patch.object(damage_blind, "wrap", wrap),
        mock.patch.object(damage_blind.Measure, "next", next_measure),
    ):
        yield seen


def set_article(article: dict, shape: str, seed: int) -> tuple[damage_blind.Damaged, list[Set]]:
    """The damaged article and its body paragraphs as set (the note apart)."""
    with recording() as seen:
        damaged = damage_blind.damage_article(article, shape, seed)
    wraps = iter(seen.wraps)
    pending = next(wraps, None)
    paragraphs = []
    for printed, truth, (columns, blank) in zip(
        seen.printed, seen.truth, seen.measures, strict=True
    ):
        if pending is not None and pending[0] == printed:
            _, lines, indent = pending
            pending = next(wraps, None)
        else:  # a heading or a paragraph left unwrapped: one line, no indent
            lines, indent = [printed], 0.0
        paragraphs.append(Set(truth, lines, columns, indent, blank))
    assert pending is None, "a wrapped paragraph not matched to the body"
    return damaged, paragraphs


def width(line: str) -> float:
    return sum(map(damage_blind.width, line))


def full(paragraph: Set, index: int) -> bool:
    """Whether line `index` fills the measure within one cell (or hangs a mark past it)."""
    line = paragraph.lines[index]
    used = width(line.lstrip(" \u3000")) + (paragraph.indent if index == 0 else 0.0)
    return paragraph.columns - used <= 1


def ends_sentence(line: str) -> bool:
    """`。！？` last, or a closing quote right after one."""
    line = line.rstrip()
    if line[-1:] in CLOSING_QUOTES:
        line = line[:-1]
    return line[-1:] in SENTENCE_END


def invisible_ends(paragraphs: Sequence[Set]) -> list[bool]:
    """For each paragraph but the last, whether nothing on the page shows where it ends."""
    return [
        not one.blank and full(one, len(one.lines) - 1) and not after.indent
        for one, after in pairwise(paragraphs)
    ]


# a paragraph's cut points: the line indices a block ends after (its last line included when the
# oracle ends the block there)
Cuts = list[set[int]]


def join_cuts(paragraphs: Sequence[Set]) -> Cuts:
    hidden = [*invisible_ends(paragraphs), False]
    return [
        set() if hide else {len(p.lines) - 1} for p, hide in zip(paragraphs, hidden, strict=True)
    ]


def split_cuts(paragraphs: Sequence[Set]) -> Cuts:
    hidden = [*invisible_ends(paragraphs), False]
    cuts = []
    for paragraph, hide in zip(paragraphs, hidden, strict=True):
        last = len(paragraph.lines) - 1
        found = {i for i in range(last) if full(paragraph, i) and ends_sentence(paragraph.lines[i])}
        if not hide or ends_sentence(paragraph.lines[last]):
            found.add(last)
        cuts.append(found)
    return cuts


def blocks_of(paragraphs: Sequence[Set], cuts: Cuts) -> list[str]:
    """The body's blocks under `cuts`: a block that is one whole paragraph is its truth, any
    other is its printed lines run together (never a truth block)."""
    blocks: list[str] = []
    pieces: list[tuple[int, int, int]] = []  # (paragraph, first line, last line)
    for at, (paragraph, cut) in enumerate(zip(paragraphs, cuts, strict=True)):
        start = 0
        for end in sorted(cut):
            pieces.append((at, start, end))
            blocks.append(_block(paragraphs, pieces))
            pieces, start = [], end + 1
        if start < len(paragraph.lines):
            pieces.append((at, start, len(paragraph.lines) - 1))
    if pieces:
        blocks.append(_block(paragraphs, pieces))
    return blocks


def _block(paragraphs: Sequence[Set], pieces: Sequence[tuple[int, int, int]]) -> str:
    at, start, end = pieces[0]
    if len(pieces) == 1 and start == 0 and end == len(paragraphs[at].lines) - 1:
        return paragraphs[at].truth
    return "\u2016" + "".join(
        line.strip() for at, start, end in pieces for line in paragraphs[at].lines[start : end + 1]
    )


def block_score(predicted: Sequence[str], expected: Sequence[str]) -> Score:
    """`accuracy.Score.add`'s block counts (exact strings, as many as both hold), no CER."""
    predicted, expected = unspaced(predicted), unspaced(expected)
    found = sum((Counter(predicted) & Counter(expected)).values())
    return Score(true_positive=found, predicted=len(predicted), expected=len(expected))


@dataclass
class Tally:
    """One shape's and half's counts: paragraph ends, invisible ones, and each oracle's score."""

    ends: int = 0
    invisible: int = 0
    found_by_split: int = 0
    inner_splits: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in ORACLES})
    # (`--galley`) Galley's ends: visible and invisible ones, each [ended right, placed]
    galley: dict[bool, list[int]] = field(default_factory=lambda: {False: [0, 0], True: [0, 0]})
    galley_splits: int = 0  # (`--galley`) Galley's block ends inside a body paragraph

    def add(
        self,
        damaged: damage_blind.Damaged,
        paragraphs: Sequence[Set],
        blocks: Sequence[str] | None = None,
    ) -> None:
        hidden = invisible_ends(paragraphs)
        self.ends += len(hidden)
        self.invisible += sum(hidden)
        self.found_by_split += sum(
            h and ends_sentence(p.lines[-1]) for p, h in zip(paragraphs, hidden, strict=False)
        )
        split = split_cuts(paragraphs)
        self.inner_splits += sum(
            len(c - {len(p.lines) - 1}) for p, c in zip(paragraphs, split, strict=True)
        )
        front = len(damaged.truth) - len(paragraphs) - ("note" in damaged.kinds)
        head, note = damaged.truth[:front], damaged.truth[front + len(paragraphs) :]
        one = {}
        for name, cuts in (("join", join_cuts(paragraphs)), ("split", split)):
            one[name] = block_score([*head, *blocks_of(paragraphs, cuts), *note], damaged.truth)
            self.scores[name].merge(one[name])
        self.scores["best"].merge(max(one.values(), key=lambda s: (s.f1, -s.predicted)))
        if blocks is not None:
            ended, splits = galley_ends(damaged.truth, front, len(paragraphs), blocks)
            self.galley_splits += splits
            for hide, right in zip(hidden, ended, strict=True):
                if right is not None:
                    self.galley[hide][0] += right
                    self.galley[hide][1] += 1


def galley_ends(
    truth: Sequence[str], first: int, count: int, blocks: Sequence[str]
) -> tuple[list[bool | None], int]:
    """For each of the `count` body paragraphs from `truth[first]` but the last, whether Galley's
    `blocks` end one where it ends (whitespace aside, characters aligned by difflib; None where
    the characters on either side of the end differ, a repair or a loss: not placed); and how
    many of Galley's block ends fall inside a body paragraph (splits)."""
    parts = ["".join(block.split()) for block in truth]
    found = ["".join(block.split()) for block in blocks]
    ends = list(accumulate(map(len, parts)))
    found_ends = set(accumulate(map(len, found)))
    matcher = difflib.SequenceMatcher(None, "".join(parts), "".join(found), autojunk=False)
    matching = matcher.get_matching_blocks()
    placed: list[bool | None] = []
    for end in ends[first : first + count - 1]:
        inside = ((j + end - i) in found_ends for i, j, size in matching if i < end < i + size)
        placed.append(next(inside, None))
    body = range(ends[first - 1] if first else 0, ends[first + count - 1])
    truth_ends = set(ends)
    splits = sum(
        i + end - j in body and i + end - j not in truth_ends
        for end in found_ends
        for i, j, size in matching
        if j < end < j + size
    )
    return placed, splits


def tally(
    seeds: str, shapes: Sequence[str], limit: int = 0, galley: bool = False
) -> dict[tuple[str, str], Tally]:
    run, articles = seeds_and_articles(seeds, limit)
    tallies: dict[tuple[str, str], Tally] = {}
    for seed in run:
        for article in articles:
            which = half(str(article["id"]))
            for shape in shapes:
                damaged, paragraphs = set_article(article, shape, seed)
                blocks = predict(damaged.text)[1] if galley else None
                for key in (shape, "all shapes"):
                    tallies.setdefault((key, which), Tally()).add(damaged, paragraphs, blocks)
    return tallies


COLUMNS: dict[str, Callable[[Tally], str]] = {
    "ends": lambda t: f"{t.ends:>6}",
    "invisible": lambda t: f"{t.invisible:>5} {100 * t.invisible / max(1, t.ends):4.1f}%",
    "ending a sentence": lambda t: f"{t.found_by_split:>5}",
    "inner splits": lambda t: f"{t.inner_splits:>5}",
    **{f"F1 {k}": (lambda t, k=k: f"{t.scores[k].f1:.4f}") for k in ORACLES},
}


def _share(counts: list[int]) -> str:
    return f"{100 * counts[0] / max(1, counts[1]):.1f}%"


# (`--galley`) the share of the ends Galley placed that it ends right, visible and invisible
GALLEY_COLUMNS: dict[str, Callable[[Tally], str]] = {
    "Galley, visible": lambda t: _share(t.galley[False]),
    "Galley, invisible": lambda t: _share(t.galley[True]),
    "Galley, splits": lambda t: f"{t.galley_splits:>5}",
}


def table(
    label: str, tallies: dict[tuple[str, str], Tally], shapes: Sequence[str], galley: bool = False
) -> None:
    columns = {**COLUMNS, **(GALLEY_COLUMNS if galley else {})}
    print(label)
    print(f"  {'':<12}" + "".join(f" | {name:>17}" for name in columns))
    print(f"  {'':<12}" + " | tuning / held-out" * len(columns))
    for shape in [*shapes, "all shapes"]:
        cells = [
            " / ".join(columns[name](tallies[shape, which]).strip() for which in HALVES)
            for name in columns
        ]
        print(f"  {shape:<12}" + "".join(f" | {cell:>17}" for cell in cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", action="append", metavar="FIRST-LAST")
    parser.add_argument("--shape", choices=damage_blind.SHAPES, action="append")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--galley", action="store_true", help="and how Galley ends paragraphs")
    args = parser.parse_args(argv)
    shapes = args.shape or damage_blind.SHAPES
    for seeds in args.seeds or ["0-4", "10-14"]:
        tallies = tally(seeds, shapes, args.limit, args.galley)
        table(f"blind model, seeds {seeds}", tallies, shapes, args.galley)
    return 0


if __name__ == "__main__":
    sys.exit(main())
