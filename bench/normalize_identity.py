"""A digest of everything the normalizer outputs, over many inputs: proof that a speed change
changed no output.

For each input it hashes the normalized text and every field of every change (pass, kind,
offset, before, after, line, column, source span, severity, message, step), in log order. Run it
on the code before a change and after it; the digests must be equal. Each group of inputs gets
its own digest, so a difference says where to look:

* `bench`: the 2 MB text of `bench/normalize_speed.py`, and a 1 MB one with mojibake;
* `files`: every article of the xwlb corpus through `bench.damage.damage_file`, seeds 0-2, its
  bytes read through `convert.readers.text.decode` as `galley convert` reads them (refused files count
  as their error's class name);
* `samples`: `samples/*.txt`;
* `corpus`: the English books, 《吶喊》 and 40 Japanese news files of the shared corpus;
* `random`: texts made of pieces that trigger every pass (line ends of every kind, invisible
  characters, ASCII punctuation beside Han, page numbers, wraps), damaged articles cut and
  spliced at random, and texts of random code points; a fixed seed makes the same texts.

    .venv/bin/python bench/normalize_identity.py [--random 1500] [--quick]

`--quick` leaves out seeds 1 and 2 of the files and the 1 MB mojibake text.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import load_articles  # noqa: E402
from bench.damage import damage_file  # noqa: E402
from bench.normalize_speed import corpus_text  # noqa: E402
from convert.changes import Change  # noqa: E402
from convert.errors import InputError  # noqa: E402
from convert.normalize import normalize  # noqa: E402
from convert.readers.text import decode  # noqa: E402

_FIELDS = Change._fields

PIECES = [
    "中", "文", "党", "的", "工会", "报告", "坚信在中国共产", "党的领导下", "Hello", "world",
    "and", "the", "Chapter 1", "1,000", "3.14", "10:30", ",", ";", ":", "?", "!", "(", ")",
    '"', "'", ".", "...", "。", "。。。", "--", "-", "，", "、", "“", "”", "（", "）", "□",
    "本报记者 ", "——", " ", "  ", "\u3000", "\u3000\u3000", "\t", "\n", "\n", "\n\n", "\r\n",
    "\r", "\u2028", "\u2029", "\x85", "\x0c", "\u200b", "\u200d", "\u00ad", "\ufeff", "\u00a0",
    "\x07", "ＡＢ１", "👨\u200d👩", "é", "ß", "https://example.com/a,b", "a@b.org",
    "\n12\n", "\n- 3 -\n", "（下转第2版）", "上接第一版", "人民日报\n", "2022年11月1日 星期二\n",
    "wrap-\n", "ping", "well-known", "Ã©", "ä¸\xadæ–‡", "鍏变骇", "，\n", "。\n\n",
]  # fmt: skip


def change_digest(changes: Iterable[Change]) -> bytes:
    """Every field of every change, in order, as one digest."""
    digest = hashlib.sha256()
    for change in changes:
        digest.update(repr(tuple(getattr(change, name) for name in _FIELDS)).encode("utf-8"))
    return digest.digest()


def result_digest(text: str, changes: Sequence[Change]) -> bytes:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(change_digest(changes))
    digest.update(str(len(changes)).encode())
    return digest.digest()


def bench_texts(quick: bool) -> Iterator[str]:
    yield corpus_text(2)
    if not quick:
        yield corpus_text(1, mojibake=True)


def file_texts(seeds: Iterable[int]) -> Iterator[str | Exception]:
    articles = load_articles()
    for seed in seeds:
        for index, article in enumerate(articles):
            paragraphs = [str(p) for p in article["paragraphs"]]  # type: ignore[attr-defined]
            damaged = damage_file(str(article["title"]), paragraphs, seed * 100_003 + index)
            try:
                yield decode(damaged.data).text
            except InputError as error:
                yield error


def sample_texts() -> Iterator[str]:
    for path in sorted((ROOT / "samples").glob("*.txt")):
        yield decode(path.read_bytes()).text


CORPUS_TEXTS = (
    "en-gutenberg-federalist/18.txt",
    "en-gutenberg-girls-own-paper/18195.txt",
    "en-gutenberg-pride-and-prejudice/1342-0.txt",
    "zh-hant-gutenberg-nahan/27166-0.txt",
)


def corpus_texts() -> Iterator[str]:
    """English books, 《吶喊》 and Japanese news as they are (read through the reader), when the
    shared corpus is there."""
    corpus = ROOT.parent / "shared" / "corpus"
    paths = [corpus / name for name in CORPUS_TEXTS]
    paths += sorted((corpus / "ja-news-livedoor").rglob("*.txt"))[:40]
    for path in paths:
        if path.is_file():
            yield decode(path.read_bytes()).text


def random_texts(count: int, seed: int = 20261124) -> Iterator[str]:
    """Pieces, spliced articles and random code points, a third each."""
    rng = random.Random(seed)
    articles = load_articles(60)
    damaged = [
        damage_file(str(a["title"]), [str(p) for p in a["paragraphs"]], i, mojibake=False).text  # type: ignore[attr-defined]
        for i, a in enumerate(articles)
    ]
    for index in range(count):
        kind = index % 3
        if kind == 0:
            yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 120)))
        elif kind == 1:
            parts = []
            for _ in range(rng.randint(1, 4)):
                text = rng.choice(damaged)
                start = rng.randint(0, len(text))
                parts.append(text[start : start + rng.randint(0, 3000)])
                parts.append(rng.choice(PIECES))
            yield "".join(parts)
        else:
            alphabet = "".join(PIECES) + "".join(chr(rng.randint(0, 0x3100)) for _ in range(40))
            yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))


def group_digest(texts: Iterable[str | Exception]) -> tuple[str, int, int, int]:
    """The group's digest, how many inputs, characters and change records it had."""
    digest = hashlib.sha256()
    count = characters = records = 0
    for text in texts:
        count += 1
        if isinstance(text, Exception):
            digest.update(type(text).__name__.encode())
            continue
        result = normalize(text)
        digest.update(result_digest(result.text, result.changes))
        characters += len(text)
        records += len(result.changes)
    return digest.hexdigest()[:16], count, characters, records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--random", type=int, default=1500, help="how many random texts")
    parser.add_argument("--quick", action="store_true", help="seed 0 only, no mojibake text")
    args = parser.parse_args(argv)
    groups = {
        "bench": lambda: bench_texts(args.quick),
        "files": lambda: file_texts([0] if args.quick else [0, 1, 2]),
        "samples": sample_texts,
        "corpus": corpus_texts,
        "random": lambda: random_texts(args.random),
    }
    total = hashlib.sha256()
    for name, texts in groups.items():
        start = time.perf_counter()
        digest, count, characters, records = group_digest(texts())
        total.update(digest.encode())
        print(
            f"{name:8} {count:5} inputs {characters:10,} chars {records:8,} changes  {digest}"
            f"  ({time.perf_counter() - start:.0f} s)"
        )
    print(f"all      {total.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
