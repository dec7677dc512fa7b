"""What the first normalize() call on a text pays that later calls on it do not (issue 17).

After the speed bench's warm-up (`normalize_speed.py`: a 0.05 MB text), the first call on a
1 MB text costs a third more CPU than the next calls on the same text. This prints, in one
process: the first call; then, `--repeat` times each, a call after the module-level caches that
hold one line's or one word's answer were emptied (`lru_cache`s with a size, and
`words.word_boundaries`: the first call's work without the one-time loads) and a warm call; and
how many answers each of those caches computed (misses) in the first call.

`--fresh` damages every repetition of an article with its own seed (`bench/damage.py`), so the
text does not repeat its lines as the speed bench's does (4,555 distinct lines of 12,933 at
1 MB, 8,593 of 12,699 here): the first call on such a text is what a new document pays.

    .venv/bin/python bench/first_call.py [--size 1] [--repeat 3] [--fresh]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import load_articles  # noqa: E402
from bench.damage import damage  # noqa: E402
from bench.normalize_speed import MB, corpus_text  # noqa: E402
from convert.normalize import normalize  # noqa: E402

# caches of one document's answers that outlive the call (`maxsize` set), and one unbounded
PER_ANSWER_UNBOUNDED = {"word_boundaries"}


def fresh_text(megabytes: float) -> str:
    """`corpus_text` with each repetition of an article damaged with its own seed."""
    articles = load_articles()
    out: list[str] = []
    size = index = 0
    while size < megabytes * MB:
        article = articles[index % len(articles)]
        title, paragraphs = str(article["title"]), [str(p) for p in article["paragraphs"]]  # type: ignore[attr-defined]
        piece = damage(title, paragraphs, index, mojibake=False)
        out.append(piece)
        size += len(piece.encode("utf-8")) + 2
        index += 1
    return "\n\n".join(out)


def answer_caches() -> Iterator[tuple[str, Any]]:
    """(module.name, function) of each cache of the normalizer's modules that keeps one line's or
    one word's answer between calls (the loaders, `functools.cache` of no argument, are left)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("convert"):
            continue
        for attribute, value in list(vars(module).items()):
            info = getattr(value, "cache_info", None)
            if info is None or getattr(value, "__module__", None) != name:
                continue
            if info().maxsize is not None or attribute in PER_ANSWER_UNBOUNDED:
                yield f"{name}.{attribute}", value


def cpu_ms(call: Callable[[], object]) -> float:
    start = time.process_time()
    call()
    return (time.process_time() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=1.0, help="MB of text")
    parser.add_argument("--repeat", type=int, default=3, help="cleared and warm calls (best)")
    parser.add_argument("--fresh", action="store_true", help="no line repeated by the text")
    args = parser.parse_args(argv)
    normalize(corpus_text(0.05))  # the speed bench's warm-up
    text = fresh_text(args.size) if args.fresh else corpus_text(args.size)
    lines = text.split("\n")
    print(
        f"{len(text.encode('utf-8')) / MB:.2f} MB, {len(lines)} lines, {len(set(lines))} distinct"
    )
    caches = dict(answer_caches())
    before = {name: cache.cache_info().misses for name, cache in caches.items()}
    first = cpu_ms(lambda: normalize(text))
    misses = {name: cache.cache_info().misses - before[name] for name, cache in caches.items()}
    cleared, warm = [], []
    for _ in range(args.repeat):
        for cache in caches.values():
            cache.cache_clear()
        cleared.append(cpu_ms(lambda: normalize(text)))
        warm.append(cpu_ms(lambda: normalize(text)))
    print(f"CPU ms: first {first:.0f}, caches emptied {min(cleared):.0f}, warm {min(warm):.0f}")
    print("answers computed in the first call (cache misses):")
    for name, count in sorted(misses.items(), key=lambda item: -item[1]):
        if count:
            print(f"  {count:7d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
