"""Normalizer throughput and peak memory on Chinese news text of 1, 2, 5 and 10 MB.

The text is clean articles from the xwlb corpus, damaged by bench/damage.py (so every pass has
work to do), concatenated to each size. Mojibake is left out unless `--mojibake` is given: a
quarter of the generator's articles hold some, which makes the text mostly ftfy's work (and
ftfy runs at 1-5 MB/s), not the ordinary damaged Chinese the speed target is about. Throughput is UTF-8 megabytes of input per second of
`normalize()`, wall-clock and CPU time (timed without tracemalloc); peak memory is tracemalloc's peak during a second
call (Python allocations only), and the process's maximum resident set size is printed at the end.
A warm-up call on a small text first pays the one-time costs (loading wordfreq's word lists).
`1st MB/s cpu` is the first timed call of a size (see `measure`); run one size a process for a
figure no earlier size warmed.

    .venv/bin/python bench/normalize_speed.py [--sizes 1,2,5,10] [--repeat 3] [--mojibake]
    .venv/bin/python bench/normalize_speed.py --sizes 2 --passes   # where the time goes
    .venv/bin/python bench/normalize_speed.py --sizes 1,10 --flush 24   # a flush page (one block)
    .venv/bin/python bench/normalize_speed.py --sizes 1,10 --fresh   # no damaged line repeated

The text repeats the corpus's articles to reach a size, each repetition damaged alike, so a
line's answers cached by the passes (`bench/first_call.py`) serve its later copies; `--fresh`
damages every repetition with its own seed, nearer what a new document pays.

`--passes` also prints, for each size, the CPU time of each pass in each round (the best of
`--repeat` runs) and the rest: the driver, applying the edits and logging the changes.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import load_articles  # noqa: E402
from bench.damage import damage  # noqa: E402
from convert.changes import Edit  # noqa: E402
from convert.config import Config  # noqa: E402
from convert.normalize import PASSES, Pass, normalize  # noqa: E402
from convert.normalize.context import Context  # noqa: E402
from convert.normalize.partial import Locality  # noqa: E402

MB = 1_000_000


def corpus_text(megabytes: float, mojibake: bool = False) -> str:
    """Damaged articles, blank-line separated, repeated until the text reaches the size."""
    articles = load_articles()
    pieces = [
        damage(str(a["title"]), [str(p) for p in a["paragraphs"]], i, mojibake=mojibake)  # type: ignore[attr-defined]
        for i, a in enumerate(articles)
    ]
    out: list[str] = []
    size = 0
    index = 0
    while size < megabytes * MB:
        piece = pieces[index % len(pieces)]
        out.append(piece)
        size += len(piece.encode("utf-8")) + 2
        index += 1
    return "\n\n".join(out)


def flush_page(text: str, measure: int) -> str:
    """`text`'s blocks set as a flush page: lines of `measure` characters, no blank line and no
    indent between paragraphs (pdftotext's one column), where a paragraph shows only by its
    short last line and the unwrap pass reads the text as one block of thousands of lines."""
    lines: list[str] = []
    for block in text.split("\n\n"):
        paragraph = "".join(block.split("\n")).strip()
        lines.extend(paragraph[i : i + measure] for i in range(0, len(paragraph), measure))
    return "\n".join(lines) + "\n"


def measure(text: str, repeat: int = 1) -> tuple[float, float, int, float]:
    """Wall-clock and CPU seconds of a normalize() call (the best of `repeat` each), and
    tracemalloc's peak in another call, and the CPU seconds of the first call.

    The first call is what converting a document costs: the later ones find the lines they ask
    about in the module-level caches (`functools.lru_cache`: the mojibake repairs of a line,
    headings, word segmentations) that the first one filled.

    tracemalloc slows allocation-heavy code down several times, so the times come from runs
    without it. On a shared machine the best of several runs, and the process's CPU time, are
    the figures least disturbed by other work.
    """
    seconds = cpu = float("inf")
    first = 0.0
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        normalize(text)
        seconds = min(seconds, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
        first = first or time.process_time() - start_cpu
    tracemalloc.start()
    normalize(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, cpu, peak, first


def _timed_run(text: str) -> tuple[dict[tuple[int, str], float], float]:
    """One normalize() call: CPU seconds of each (round, pass) that ran, and of the whole call.

    A round is counted from the passes' order: a pass that runs again after a later one ran
    starts the next round (passes skipped in a round simply do not appear).
    """
    times: dict[tuple[int, str], float] = {}
    state = {"round": 0, "last": -1}

    def timed(index: int, step: Pass) -> Pass:
        def clocked(call: Callable[..., list[Edit]]) -> Callable[..., list[Edit]]:
            def run(text: str, config: Config, context: Context, *lines: object) -> list[Edit]:
                if index <= state["last"]:
                    state["round"] += 1
                state["last"] = index
                start = time.process_time()
                edits = call(text, config, context, *lines)
                key = (state["round"], step.name)
                times[key] = times.get(key, 0.0) + time.process_time() - start
                return edits

            return run

        # (a pass asked about changed lines alone, `partial.Locality`, is timed the same way)
        local = step.local and Locality(clocked(step.local.within), step.local.facts)
        return Pass(step.name, clocked(step.run), local)

    passes = tuple(timed(i, p) for i, p in enumerate(PASSES))
    start = time.process_time()
    normalize(text, passes=passes)
    return times, time.process_time() - start


def pass_times(text: str, repeat: int = 1) -> tuple[dict[tuple[int, str], float], float]:
    """`_timed_run` of the fastest of `repeat` calls."""
    return min((_timed_run(text) for _ in range(repeat)), key=lambda run: run[1])


def print_pass_times(text: str, repeat: int) -> None:
    times, total = pass_times(text, repeat)
    megabytes = len(text.encode("utf-8")) / MB
    rounds = 1 + max(r for r, _ in times)
    print(f"  CPU ms per pass and round ({megabytes:.2f} MB, total {total * 1000:.0f} ms):")
    print(f"  {'pass':14}" + "".join(f"{f'round {r + 1}':>9}" for r in range(rounds)))
    for step in PASSES:
        cells = [times.get((r, step.name)) for r in range(rounds)]
        print(
            f"  {step.name:14}" + "".join(f"{c * 1000:9.0f}" if c else f"{'-':>9}" for c in cells)
        )
    rest = total - sum(times.values())
    print(f"  {'driver + log':14}{rest * 1000:9.0f}   (applying edits, mapping, change records)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,2,5,10", help="sizes in MB, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per size (best counts)")
    parser.add_argument("--mojibake", action="store_true", help="keep the generator's mojibake")
    parser.add_argument("--passes", action="store_true", help="CPU time of each pass and round")
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="damage each repetition of an article with its own seed (bench/first_call.py)",
    )
    parser.add_argument(
        "--flush", type=int, default=0, help="set the text as a flush page of this many characters"
    )
    args = parser.parse_args(argv)
    # one-time costs (wordfreq's lists, compiled patterns) are paid before the first timed run
    normalize(corpus_text(0.05))
    print(
        f"{'MB':>6} {'seconds':>9} {'MB/s':>7} {'cpu s':>7} {'MB/s cpu':>9} {'peak MB':>9} "
        f"{'peak/input':>11} {'1st MB/s cpu':>13}"
    )
    for size in [float(s) for s in args.sizes.split(",")]:
        if args.fresh:
            from bench.first_call import fresh_text

            text = fresh_text(size)
        else:
            text = corpus_text(size, args.mojibake)
        text = flush_page(text, args.flush) if args.flush else text
        seconds, cpu, peak, first = measure(text, args.repeat)
        megabytes = len(text.encode("utf-8")) / MB
        print(
            f"{megabytes:6.2f} {seconds:9.2f} {megabytes / seconds:7.2f} {cpu:7.2f} "
            f"{megabytes / cpu:9.2f} {peak / MB:9.1f} {peak / (megabytes * MB):11.1f} "
            f"{megabytes / first:13.2f}"
        )
        if args.passes:
            print_pass_times(text, args.repeat)
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000
    print(f"max resident set size of the whole run: {max_rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
