"""Normalizer throughput and peak memory on Chinese news text of 1, 2, 5 and 10 MB.

The text is clean articles from the xwlb corpus, damaged by bench/damage.py (so every pass has
work to do), concatenated to each size. Mojibake is left out unless `--mojibake` is given: a
quarter of the generator's articles hold some, which makes the text mostly ftfy's work (and
ftfy runs at 1-5 MB/s), not the ordinary damaged Chinese the speed target is about. Throughput is UTF-8 megabytes of input per second of
`normalize()`, wall-clock and CPU time (timed without tracemalloc); peak memory is tracemalloc's peak during a second
call (Python allocations only), and the process's maximum resident set size is printed at the end.
A warm-up call on a small text first pays the one-time costs (loading wordfreq's word lists).

    .venv/bin/python bench/normalize_speed.py [--sizes 1,2,5,10] [--repeat 3] [--mojibake]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import load_articles  # noqa: E402
from bench.damage import damage  # noqa: E402
from convert.normalize import normalize  # noqa: E402

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


def measure(text: str, repeat: int = 1) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds of a normalize() call (the best of `repeat` each), and
    tracemalloc's peak in another call.

    tracemalloc slows allocation-heavy code down several times, so the times come from runs
    without it. On a shared machine the best of several runs, and the process's CPU time, are
    the figures least disturbed by other work.
    """
    seconds = cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        normalize(text)
        seconds = min(seconds, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    tracemalloc.start()
    normalize(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, cpu, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,2,5,10", help="sizes in MB, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per size (best counts)")
    parser.add_argument("--mojibake", action="store_true", help="keep the generator's mojibake")
    args = parser.parse_args(argv)
    # one-time costs (wordfreq's lists, compiled patterns) are paid before the first timed run
    normalize(corpus_text(0.05))
    print(
        f"{'MB':>6} {'seconds':>9} {'MB/s':>7} {'cpu s':>7} {'MB/s cpu':>9} {'peak MB':>9} "
        f"{'peak/input':>11}"
    )
    for size in [float(s) for s in args.sizes.split(",")]:
        text = corpus_text(size, args.mojibake)
        seconds, cpu, peak = measure(text, args.repeat)
        megabytes = len(text.encode("utf-8")) / MB
        print(
            f"{megabytes:6.2f} {seconds:9.2f} {megabytes / seconds:7.2f} {cpu:7.2f} "
            f"{megabytes / cpu:9.2f} {peak / MB:9.1f} {peak / (megabytes * MB):11.1f}"
        )
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000
    print(f"max resident set size of the whole run: {max_rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
