"""Which rule of the unwrap pass made each paragraph end Galley puts on the blind model's pages,
right or wrong (issue 12, narrow and flush pages).

`bench/blind_ceiling.py --galley` counts the invisible paragraph ends Galley finds (a last line
that fills the measure) and the splits it makes inside paragraphs; this script says which rule
made each. It sets each tuning article with `blind_ceiling.set_article` (the generator's own
paragraphs), runs `normalize` under a tracer of `breaks.unwrap_lines` that records, at every
break the loop decides, the edit's kind and the rule that ended it, and aligns Galley's blocks
with the truth as `blind_ceiling.galley_ends` does. Each block end is then looked up among the
recorded breaks by the characters on both sides of it (NFKC, whitespace out).

The rule is named by where the decision came from: a part of `stands` (`wider_than_under`,
`subhead_at_break`, `front_line_apart`; `stands:headline` for the headline runs and kickers read
by index), one of the loop's own tests (`stops_short_under_indents`, `sentence_far_short`,
`subhead_over_indent`, `keeps_break`), an indent (`indent-paragraph`), or
`paragraph_ends_here` by the line of decide.py it returned from, followed down through the calls
that line returns (`full_line_ends`, `flush_break`, `_well_short`, …) to the line that decided.
A block end no break of the unwrap pass ended is `(not unwrap)`: blocks apart in the input, or a
later pass.

The true paragraph ends Galley joins are listed too ("kept joined by"), by what kept each break
joined: `join: ` and the line `paragraph_ends_here` returned from (followed down the same way),
`cancelled by` a guard of the loop that overruled its end, `bound_across`, or `plain_wrap` (the
loop's fast path, which asks no rule); a full last line (an invisible end) is counted apart from
a visible one. `--show` marks them `*` (full last line) and `~` (visible).

Tuning halves only (the held-out articles are skipped before they are set). `--model fifth` reads
bench/damage_fifth.py's pages instead: that model keeps no record of its lines, so every right
end counts as visible there, and the table's second column is the one to read (splits).

    .venv/bin/python bench/split_rules.py --seeds 0-4 --shape narrow --shape flush
    .venv/bin/python bench/split_rules.py --seeds 10-14 --shape narrow --show 'full_line_ends'
    .venv/bin/python bench/split_rules.py --model fifth --seeds 0-4 --shape narrow --show ' '
"""

from __future__ import annotations

import argparse
import difflib
import inspect
import linecache
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import damage_blind, damage_fifth  # noqa: E402
from bench.accuracy_print import predict, seeds_and_articles  # noqa: E402
from bench.blind_ceiling import invisible_ends, set_article  # noqa: E402
from bench.clean_text import half  # noqa: E402
from convert.normalize.unwrap import breaks  # noqa: E402

UNWRAP = str(Path(breaks.__file__).parent)
LOOP_CODE = breaks.unwrap_lines.__code__
# the loop's rules, in the order the decision asks them (`stands` is computed before)
LOOP_RULES = (
    "stops_short_under_indents",
    "sentence_far_short",
    "subhead_over_indent",
    "keeps_break",
    "paragraph_ends_here",
)
STANDS = ("wider_than_under", "subhead_at_break", "front_line_apart")
ENDS = ("paragraph-end", "indent-paragraph")
# a call whose value a line returns through a variable: `return flush`
RETURNED = {"flush_break": "return flush"}
CONTEXT = 5  # characters each side of a break that name it


def _line_of(code_source: list[str], first: int, text: str) -> int:
    """The line number of the first source line of `unwrap_lines` that holds `text`."""
    return next(first + i for i, line in enumerate(code_source) if text in line)


_SOURCE, _FIRST = inspect.getsourcelines(breaks.unwrap_lines)
BREAK_START = _line_of(_SOURCE, _FIRST, "line_end = pos + len(line)")
BREAK_DECIDED = _line_of(_SOURCE, _FIRST, "if text[break_start:break_end] != after:")


@dataclass
class Call:
    """One call of an unwrap function during a break: its name, the line it returned from, its
    value, and the calls it made."""

    name: str
    path: str
    line: int = 0
    value: Any = None
    children: list[Call] = field(default_factory=list)


@dataclass
class Break:
    """One break the loop decided: the text either side, the edit's kind, the rule."""

    left: str
    right: str
    kind: str
    rule: str
    first_round: bool


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _explain(call: Call) -> str:
    """`name:line`, then the call that line returned, down to the one that decided."""
    label = f"{call.name}:{call.line}"
    source = linecache.getline(call.path, call.line)
    if "return" not in source:
        return label
    for child in reversed(call.children):
        if (child.name in source or RETURNED.get(child.name, "@") in source) and (
            child.value is not None
        ):
            return f"{label} < {_explain(child)}"
    truthy = [child.name for child in call.children if child.value]
    return f"{label} [{truthy[-1]}]" if truthy else label


def _rule(kind: str, stands: bool, top: Sequence[Call]) -> str:
    if kind == "indent-paragraph":
        return kind
    if stands:
        found = [c.name for c in top if c.name in STANDS and c.value]
        return found[0] if found else "stands:headline"
    for call in top:
        if call.name in LOOP_RULES and call.value:
            return _explain(call) if call.name == "paragraph_ends_here" else call.name
    return "(unexplained)"


def _join_rule(top: Sequence[Call]) -> str:
    """What kept a break joined: the guard that cancelled `paragraph_ends_here`'s end, or the
    line it returned from (followed down as `_explain` does), or `bound_across`."""
    asked = [call for call in top if call.name == "paragraph_ends_here"]
    if not asked:
        bound = any(call.name == "bound_across" and call.value for call in top)
        return "join: " + ("bound_across" if bound else "(not asked)")
    if asked[0].value:
        after = top[top.index(asked[0]) + 1 :]
        guards = [call.name for call in after if call.value]
        return "join: cancelled by " + (guards[0] if guards else "(a guard)")
    return "join: " + _explain(asked[0])


class Tracer:
    """`sys.settrace` over `unwrap_lines`: the calls each break makes, and its decision."""

    def __init__(self) -> None:
        self.breaks: list[Break] = []
        self.loop: FrameType | None = None
        self.stack: list[Call] = []
        self.top: list[Call] = []

    def __call__(self, frame: FrameType, event: str, arg: object) -> Any:
        code = frame.f_code
        if code is LOOP_CODE:
            self.loop, self.top, self.stack = frame, [], []
            return self.in_loop
        if self.loop is None or not code.co_filename.startswith(UNWRAP):
            return None
        call = Call(code.co_name, code.co_filename)
        (self.stack[-1].children if self.stack else self.top).append(call)
        self.stack.append(call)
        frame.f_trace_lines = False
        return self.returning

    def returning(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "return" and self.stack:
            call = self.stack.pop()
            call.line, call.value = frame.f_lineno, arg
        return self.returning

    def in_loop(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "return":
            self.loop = None
        elif event == "line" and frame.f_lineno == BREAK_START:
            self.top, self.stack = [], []
        elif event == "line" and frame.f_lineno == BREAK_DECIDED:
            seen = frame.f_locals
            kind = seen["kind"]
            rule = (
                _rule(kind, bool(seen["stands"]), self.top)
                if kind in ENDS
                else _join_rule(self.top)
            )
            self.breaks.append(
                Break(
                    _key(seen["stripped_left"]),
                    _key(seen["stripped_right"]),
                    kind,
                    rule,
                    bool(seen["first_round"]),
                )
            )
        return self.in_loop


@contextmanager
def tracing() -> Iterator[Tracer]:
    tracer = Tracer()
    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        yield tracer
    finally:
        sys.settrace(old)


def block_ends(
    truth: Sequence[str],
    first: int,
    count: int,
    blocks: Sequence[str],
    missed: list[tuple[str, str, int]] | None = None,
) -> tuple[list[tuple[str, str, int]], list[tuple[str, str]]]:
    """Galley's block ends against the body's paragraphs, aligned as `blind_ceiling.galley_ends`
    aligns them: each true paragraph end Galley also ends, as its context and its index among
    the ends (`invisible_ends` says which are invisible); and each split inside a body
    paragraph, as its context. A context is (left, right), NFKC with whitespace out."""
    parts = [_key(block) for block in truth]
    found = [_key(block) for block in blocks]
    whole, made = "".join(parts), "".join(found)
    ends = list(accumulate(map(len, parts)))
    found_ends = sorted(set(accumulate(map(len, found))))
    matcher = difflib.SequenceMatcher(None, whole, made, autojunk=False)
    matching = matcher.get_matching_blocks()
    body = range(ends[first - 1] if first else 0, ends[first + count - 1])
    right_ends: list[tuple[str, str, int]] = []
    missed = [] if missed is None else missed
    for number, end in enumerate(ends[first : first + count - 1]):
        for i, j, size in matching:
            if i < end < i + size:
                at = j + end - i
                context = (made[max(0, at - CONTEXT) : at], made[at : at + CONTEXT], number)
                (right_ends if at in found_ends else missed).append(context)
    truth_ends = set(ends)
    splits = [
        (made[max(0, end - CONTEXT) : end], made[end : end + CONTEXT])
        for end in found_ends
        for i, j, size in matching
        if j < end < j + size and i + end - j in body and i + end - j not in truth_ends
    ]
    return right_ends, splits


def find_rule(recorded: Sequence[Break], left: str, right: str) -> str:
    """The rule of the last recorded break ended with `left` on its left and `right` on its
    right; `(joined, then apart)` where only joins match, `(not unwrap)` where none does."""
    matches = [
        b for b in recorded if b.left.endswith(left) and b.right.startswith(right[: len(b.right)])
    ]
    ended = [b for b in matches if b.kind in ENDS]
    if ended:
        return ended[-1].rule
    return "(joined, then apart)" if matches else "(not unwrap)"


def find_join(recorded: Sequence[Break], left: str, right: str) -> str:
    """What kept a true paragraph end joined: the last recorded break at it (a join, its rule),
    or `join: plain_wrap` where none is recorded (the loop's fast path joins before the rules)."""
    matches = [
        b for b in recorded if b.left.endswith(left) and b.right.startswith(right[: len(b.right)])
    ]
    return matches[-1].rule if matches and matches[-1].rule else "join: plain_wrap"


@dataclass
class Counts:
    right: Counter[str] = field(default_factory=Counter)  # invisible ends ended, by rule
    visible: Counter[str] = field(default_factory=Counter)  # visible ends ended, by rule
    wrong: Counter[str] = field(default_factory=Counter)  # splits inside paragraphs, by rule
    joined: Counter[str] = field(default_factory=Counter)  # true ends joined, full last lines
    joined_visible: Counter[str] = field(default_factory=Counter)  # the same, visible ends
    shown: list[str] = field(default_factory=list)


def _fifth(article: dict, shape: str, seed: int) -> tuple[damage_fifth.Damaged, int, list[bool]]:
    """The fifth model's article, its body's first index and paragraphs' hidden ends (not
    known: the fifth model keeps no record of its lines, so every end counts as visible)."""
    damaged = damage_fifth.damage_article(article, shape, seed)
    return damaged, 1, [False] * (len(damaged.truth) - 2)


def attribute(
    seeds: str, shapes: Sequence[str], show: str = "", limit: int = 0, model: str = "blind"
) -> Counts:
    run, articles = seeds_and_articles(seeds, limit)
    counts = Counts()
    for seed in run:
        for article in articles:
            if half(str(article["id"])) != "tuning":
                continue
            for shape in shapes:
                if model == "fifth":
                    fifth, front, hidden = _fifth(article, shape, seed)
                    text, truth, count = fifth.text, fifth.truth, len(hidden) + 1
                else:
                    damaged, paragraphs = set_article(article, shape, seed)
                    text, truth, count = damaged.text, damaged.truth, len(paragraphs)
                    front = len(truth) - count - ("note" in damaged.kinds)
                    hidden = invisible_ends(paragraphs)
                with tracing() as tracer:
                    blocks = predict(text)[1]
                missed: list[tuple[str, str, int]] = []
                right_ends, splits = block_ends(truth, front, count, blocks, missed)
                for left, right, number in missed:
                    rule = find_join(tracer.breaks, left, right)
                    (counts.joined if hidden[number] else counts.joined_visible)[rule] += 1
                    if show and show in rule:  # (* a full last line joined, ~ a visible one)
                        mark = "*" if hidden[number] else "~"
                        counts.shown.append(
                            f"{mark} {seed} {article['id']} {shape} {left}|{right} {rule}"
                        )
                for left, right, number in right_ends:
                    rule = find_rule(tracer.breaks, left, right)
                    (counts.right if hidden[number] else counts.visible)[rule] += 1
                    if show and show in rule:  # (+ invisible, = visible)
                        mark = "+" if hidden[number] else "="
                        counts.shown.append(
                            f"{mark} {seed} {article['id']} {shape} {left}|{right} {rule}"
                        )
                for left, right in splits:
                    rule = find_rule(tracer.breaks, left, right)
                    counts.wrong[rule] += 1
                    if show and show in rule:
                        counts.shown.append(
                            f"- {seed} {article['id']} {shape} {left}|{right} {rule}"
                        )
    return counts


def table(label: str, counts: Counts) -> None:
    print(label)
    print(f"  {'rule':<70} {'invisible right':>15} {'wrong splits':>12} {'visible':>8}")
    rules = sorted(
        set(counts.right) | set(counts.wrong) | set(counts.visible),
        key=lambda r: (-(counts.right[r] + counts.wrong[r]), r),
    )
    for rule in rules:
        print(
            f"  {rule:<70} {counts.right[rule]:>15} {counts.wrong[rule]:>12} {counts.visible[rule]:>8}"
        )
    print(
        f"  {'all':<70} {sum(counts.right.values()):>15} {sum(counts.wrong.values()):>12}"
        f" {sum(counts.visible.values()):>8}"
    )
    print(f"  {'kept joined by':<70} {'full last line':>15} {'visible':>12}")
    for rule in sorted(
        set(counts.joined) | set(counts.joined_visible),
        key=lambda r: (-(counts.joined[r] + counts.joined_visible[r]), r),
    ):
        print(f"  {rule:<70} {counts.joined[rule]:>15} {counts.joined_visible[rule]:>12}")
    print(
        f"  {'all joined':<70} {sum(counts.joined.values()):>15}"
        f" {sum(counts.joined_visible.values()):>12}"
    )
    for line in counts.shown:
        print("   ", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", action="append", metavar="FIRST-LAST")
    parser.add_argument("--model", choices=("blind", "fifth"), default="blind")
    parser.add_argument(
        "--shape", choices=sorted({*damage_blind.SHAPES, *damage_fifth.SHAPES}), action="append"
    )
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument(
        "--show",
        default="",
        help="print the ends of the rules naming this (+ invisible, = visible, - split)",
    )
    args = parser.parse_args(argv)
    shapes = args.shape or ["narrow", "flush"]
    for seeds in args.seeds or ["0-4", "10-14"]:
        for shape in shapes:
            counts = attribute(seeds, [shape], args.show, args.limit, args.model)
            table(f"{args.model} model, seeds {seeds}, {shape}, tuning half", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
