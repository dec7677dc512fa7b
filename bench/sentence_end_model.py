"""Weak cues combined at a full-line sentence end: measured on the corpus, evaluated on the blind
model's pages (issue 12, flush and narrow).

Where no rule of `unwrap.sentence_ends.full_line_ends` decides, a CJK line that fills the
measure and ends a sentence is a wrap by default. No single cue measured before reached 3:1
toward an end (bench/README.md, "Full-line sentence ends: … the length priors measured"). This
script asks whether several together do:

1. **Fit** on zh-news-xwlb's TUNING half only (bench/clean_text.py's `half`): every sentence end
   of a body but its last that the rules leave undecided (as bench/sentence_end_odds.py counts
   them), `end` where the next sentence opens a paragraph. Features (`features`): characters of
   the paragraph so far, its sentences so far, the mark that ends it, the closing sentence's
   length and whether it reports speech, the next sentence's opening form
   (bench/openers_count.py's forms) and its length, the lead. Two models a reader can check: a
   naive-Bayes table of log-odds per feature value (add-one), and a logistic fit on the same
   one-hot features (plain gradient descent, L2, no dependency).
2. **Evaluate** on the breaks bench/full_line_trace.py recorded (blind flush and narrow pages,
   tuning halves; seeds 40-59 whole): for each threshold on the score, the ends the model would
   fix (true ends it calls ends) and the wraps it would break. Also each feature's table on the
   blind breaks themselves, and the models fitted on the blind breaks (in-sample: an upper bound
   of what these features can separate there).

    .venv/bin/python bench/full_line_trace.py --seeds 0-4 --out /tmp/t0.jsonl   # and 10-14; 40-59 --all
    .venv/bin/python bench/sentence_end_model.py /tmp/t0.jsonl /tmp/t10.jsonl /tmp/t40.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.clean_text import half, zh_news  # noqa: E402
from bench.openers_count import ZH_SENTENCE_RE, zh_any_form  # noqa: E402
from bench.sentence_end_odds import _decided  # noqa: E402
from convert.normalize.unwrap.measure import LINE_SPACES  # noqa: E402
from convert.normalize.unwrap.paragraphing import han  # noqa: E402

SAYS_RE = re.compile(r"(?:表示|指出|强调|认为|介绍|说|称|宣布|透露)[，：]|“")
CLOSERS = "”’」』）)"
Features = dict[str, str]


def _bucket(value: int, edges: Sequence[int]) -> str:
    low = max(edge for edge in edges if edge <= value)
    return str(low)


def features(so_far: str, next_text: str, lead: bool) -> Features:
    """The cues at a sentence end: `so_far` the paragraph up to it, `next_text` what follows (at
    least the next sentence's first 15 characters), `lead` the story's first paragraph."""
    sentences = ZH_SENTENCE_RE.findall(so_far) or [so_far]
    closing = sentences[-1]
    bare = closing.rstrip(CLOSERS)
    mark = bare[-1:] if bare[-1:] in "。！？" else "other"
    if bare != closing:
        mark += "+close"
    following = ZH_SENTENCE_RE.findall(next_text)
    next_len = len(following[0]) if following else len(next_text)
    return {
        "run": _bucket(len(so_far), (0, 40, 80, 120, 160, 200, 300)),
        "count": _bucket(len(sentences), (1, 2, 3, 4, 5)),
        "mark": mark,
        "closing": _bucket(len(closing), (0, 15, 25, 40, 60, 100)),
        "says": str(bool(SAYS_RE.search(closing))),
        "form": "quote" if next_text[:1] in "“「" else zh_any_form(next_text) or "-",
        "next": "short" if next_len < 15 else "long",
        "lead": str(lead),
    }


def corpus(fold: bool | None = None) -> Iterator[tuple[Features, bool]]:
    """The tuning half's undecided sentence ends, their features and whether they end (`fold`:
    only the articles of that fold, `_fold`)."""
    for article in zh_news():
        if half(article.id) != "tuning" or fold not in (None, _fold(article.id)):
            continue
        sentences = [
            (sentence, index, at)
            for index, paragraph in enumerate(article.body)
            for at, sentence in enumerate(ZH_SENTENCE_RE.findall(paragraph))
        ]
        so_far = ""
        for i, ((sentence, index, at), (following, next_index, _)) in enumerate(
            pairwise(sentences)
        ):
            so_far = sentence if at == 0 else so_far + sentence
            if sentence.rstrip(CLOSERS)[-1:] not in "。！？":
                continue  # (a paragraph's last words with no mark: no sentence end to ask)
            if _decided(sentence, following, len(so_far), index == 0):
                continue
            rest = "".join(s for s, _, _ in sentences[i + 1 : i + 3])
            yield features(so_far, rest, index == 0), next_index != index


def blind(paths: Sequence[str]) -> Iterator[tuple[Features, bool, dict]]:
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for raw in handle:
                record = json.loads(raw)
                so_far = "".join(b.strip(LINE_SPACES) for b in record["before"]) + record["line"]
                next_text = record["next"] + record["after_next"]
                yield features(so_far, next_text, record["lead"]), record["label"] == "end", record


def _place(record: dict) -> tuple[str, str, str]:
    """A break by its article and the Han characters either side (the same sentence end set
    again under another seed or shape)."""
    tail = "".join(ch for ch in record["line"] if han(ch))[-6:]
    head = "".join(ch for ch in record["next"] if han(ch))[:6]
    return record["id"], tail, head


def _fold(article_id: str) -> bool:
    """Two folds of the tuning articles, by a hash other than `half`'s."""
    return hashlib.sha1(article_id.encode()).digest()[1] % 2 == 0


class NaiveBayes:
    """Log-odds of an end per feature value (add-one), summed with the prior's."""

    def __init__(self, rows: Sequence[tuple[Features, bool]]) -> None:
        self.counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        ends = sum(end for _, end in rows)
        self.prior = math.log(ends / (len(rows) - ends))
        self.totals = (ends, len(rows) - ends)
        values: dict[str, set[str]] = defaultdict(set)
        for row, end in rows:
            for name, value in row.items():
                self.counts[name, value][0 if end else 1] += 1
                values[name].add(value)
        self.values = values

    def weight(self, name: str, value: str) -> float:
        e, w = self.counts.get((name, value), [0, 0])
        k = len(self.values[name]) + 1
        return math.log((e + 1) / (self.totals[0] + k)) - math.log((w + 1) / (self.totals[1] + k))

    def score(self, row: Features) -> float:
        return self.prior + sum(self.weight(name, value) for name, value in row.items())


class Logistic:
    """A logistic fit on one-hot features (batch gradient descent, L2)."""

    def __init__(
        self, rows: Sequence[tuple[Features, bool]], steps: int = 400, l2: float = 1.0
    ) -> None:
        self.w: dict[tuple[str, str], float] = defaultdict(float)
        self.b = 0.0
        n = len(rows)
        for _ in range(steps):
            grad: dict[tuple[str, str], float] = defaultdict(float)
            gb = 0.0
            for row, end in rows:
                p = 1 / (1 + math.exp(-self.score(row)))
                d = p - end
                gb += d
                for item in row.items():
                    grad[item] += d
            self.b -= 0.5 * gb / n
            for key in set(grad) | set(self.w):
                self.w[key] -= 0.5 * (grad[key] + l2 * self.w[key]) / n

    def score(self, row: Features) -> float:
        return self.b + sum(self.w.get(item, 0.0) for item in row.items())


Scored = list[tuple[float, bool, tuple[str, str, str]]]


def sweep(name: str, scored: Scored) -> None:
    """Ends fixed and wraps broken at cut-offs from the top score down, counted per break and
    per distinct sentence end (`_place`: seeds and shapes set one article's sentence again);
    and the cut-off with the most fixed − 2 × broken distinct ends at 2:1 or better."""
    scored.sort(key=lambda item: -item[0])
    fixed = broken = 0
    seen: dict[tuple[str, str, str], bool] = {}
    best: tuple[int, int, float] | None = None
    ends = sum(end for _, end, _ in scored)
    print(f"{name}: {ends} ends, {len(scored) - ends} wraps")
    for at, (score, end, place) in enumerate(scored, 1):
        fixed += end
        broken += not end
        seen[place] = end
        distinct_fixed = sum(seen.values())
        distinct_broken = len(seen) - distinct_fixed
        last_of_score = at == len(scored) or scored[at][0] != score
        gain = distinct_fixed - 2 * distinct_broken
        if last_of_score and gain > 0 and (best is None or gain > best[0] - 2 * best[1]):
            best = (distinct_fixed, distinct_broken, score)
        if at in (5, 10, 20, 40, 80, 160, 320):
            print(
                f"  top {at:4d} (score >= {score:5.2f}): fixed {fixed:4d} broken {broken:4d};"
                f" distinct {distinct_fixed:3d} : {distinct_broken:3d}"
            )
    if best:
        print(f"  best at 2:1 or better: score >= {best[2]:.2f}, distinct {best[0]} : {best[1]}")
    else:
        print("  no cut-off reaches 2:1 with a gain")


def tables(rows: Sequence[tuple[Features, bool]], title: str) -> None:
    counts: Counter[tuple[str, str, bool]] = Counter()
    for row, end in rows:
        for name, value in row.items():
            counts[name, value, end] += 1
    print(title)
    for name in rows[0][0]:
        cells = sorted({v for n, v, _ in counts if n == name})
        print("  " + name + ": " + ", ".join(
            f"{v} {counts[name, v, True]}:{counts[name, v, False]}" for v in cells
        ))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("traces", nargs="*")
    args = parser.parse_args(argv)
    train = list(corpus())
    tables(train, f"corpus, undecided sentence ends (end:goes on), {len(train)}")
    bayes, logistic = NaiveBayes(train), Logistic(train)
    print("naive Bayes weights (log-odds, end over goes on):")
    for name in train[0][0]:
        print("  " + name + ": " + ", ".join(
            f"{v} {bayes.weight(name, v):+.2f}" for v in sorted(bayes.values[name])
        ))  # fmt: skip
    if not args.traces:
        return 0
    events = list(blind(args.traces))
    rows = [(row, end) for row, end, _ in events]
    tables(rows, f"blind breaks left to the default (end:wrap), {len(rows)}")
    once = {_place(record): (row, end) for row, end, record in events}
    tables(list(once.values()), f"the same, each sentence end of an article once, {len(once)}")

    def scored(model: NaiveBayes | Logistic, which: Callable[[dict], bool]) -> Scored:
        return [(model.score(r), e, _place(rec)) for r, e, rec in events if which(rec)]

    # in sample for the model: the tuning articles' sentences are the ones it was fitted on
    sweep("corpus naive Bayes, every break", scored(bayes, lambda rec: True))
    sweep("corpus logistic, every break", scored(logistic, lambda rec: True))
    for shape in ("flush", "narrow"):
        sweep(f"corpus naive Bayes, {shape}", scored(bayes, lambda rec, s=shape: rec["shape"] == s))
    # out of sample: articles the model was not fitted on
    unseen = [(m, lambda rec: rec["half"] != "tuning") for m in (bayes, logistic)]
    sweep("corpus naive Bayes, the held-out half's articles (seeds 40-59)", scored(*unseen[0]))
    sweep("corpus logistic, the held-out half's articles (seeds 40-59)", scored(*unseen[1]))
    for kind, fit in (("naive Bayes", NaiveBayes), ("logistic", Logistic)):
        halves = {side: fit(list(corpus(side))) for side in (True, False)}
        crossed = [
            (halves[not _fold(rec["id"])].score(r), e, _place(rec))
            for r, e, rec in events
            if rec["half"] == "tuning"
        ]
        sweep(
            f"corpus {kind} fitted on one fold of the tuning articles, the other's breaks", crossed
        )
    # an upper bound: fitted on the blind breaks themselves
    inside = NaiveBayes(rows)
    sweep("naive Bayes fitted on the blind breaks (in sample)", scored(inside, lambda rec: True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
