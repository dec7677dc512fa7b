"""A larger livedoor set that no rule was tuned on, kept outside the repository.

The shared corpus holds 131 livedoor articles (/work/shared/corpus/ja-news-livedoor, SOURCE.md:
every 50th file of each category in path order, at most 15), and the rules on Japanese clean text
were tuned on half of them. This set is fresh: PER_CATEGORY more articles of each of the 9
categories of the same corpus (ldcc-20140209, vendored whole by github.com/jkatsuta/18_4q_doc2vec
under experiments/text/), none of the 131, chosen by a hash of the file name (fixed, and blind to
content). The articles are CC BY-ND 2.1 JP: they are copied unmodified, with each category's
LICENSE.txt, into a cache folder outside the repository (`$GALLEY_BENCH_CACHE`, default
~/.cache/galley-bench, then `livedoor/`), and nothing of them is committed.

    .venv/bin/python bench/livedoor_more.py --fetch          # clone the host repository, copy
    .venv/bin/python bench/livedoor_more.py --fetch PATH     # or read a local clone (bare or not)
    .venv/bin/python bench/clean_text.py --set ja-livedoor-more

Without the folder, bench/clean_text.py says so and skips the set.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOST = "https://github.com/jkatsuta/18_4q_doc2vec.git"
COMMIT = "2bd5f73aa53b7ff81e1e08429eb91d080a09f3cd"  # the commit SOURCE.md sampled
PREFIX = "experiments/text/"
CATEGORIES = (
    "dokujo-tsushin",
    "it-life-hack",
    "kaden-channel",
    "livedoor-homme",
    "movie-enter",
    "peachy",
    "smax",
    "sports-watch",
    "topic-news",
)
PER_CATEGORY = 60
SAMPLE_EVERY, SAMPLE_MAX = 50, 15  # the shared corpus's sample (SOURCE.md)
CACHE = Path(os.environ.get("GALLEY_BENCH_CACHE", Path.home() / ".cache" / "galley-bench"))
FOLDER = CACHE / "livedoor"
MANIFEST = "MANIFEST.txt"  # the commit, then one chosen path a line: present when complete


def choose(names: list[str]) -> list[str]:
    """PER_CATEGORY article file names of one category, none of the shared sample's.

    The sample took every SAMPLE_EVERY-th article in path order (the first, the 51st, …), at most
    SAMPLE_MAX; of the rest, those with the smallest SHA-1 of their name, in path order.
    """
    articles = sorted(name for name in names if name != "LICENSE.txt")
    sample = set(articles[::SAMPLE_EVERY][:SAMPLE_MAX])
    rest = [name for name in articles if name not in sample]
    rest.sort(key=lambda name: hashlib.sha1(f"livedoor-more:{name}".encode()).hexdigest())
    return sorted(rest[:PER_CATEGORY])


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={repo}", *args], check=True, capture_output=True
    ).stdout


def git_dir(path: Path) -> Path:
    """The git directory of a clone, bare or not."""
    return path / ".git" if (path / ".git").is_dir() else path


def copy_from(repo: Path, into: Path) -> int:
    """Copy the chosen articles and the licences at COMMIT from `repo` into `into`; the count."""
    listing = git(repo, "ls-tree", "-r", "--name-only", COMMIT, PREFIX).decode().split("\n")
    staging = into.with_name(into.name + ".part")
    shutil.rmtree(staging, ignore_errors=True)
    chosen: list[str] = []
    for category in CATEGORIES:
        names = [p.rsplit("/", 1)[1] for p in listing if p.startswith(f"{PREFIX}{category}/")]
        (staging / category).mkdir(parents=True)
        for name in ["LICENSE.txt", *choose(names)]:
            data = git(repo, "show", f"{COMMIT}:{PREFIX}{category}/{name}")
            (staging / category / name).write_bytes(data)
            if name != "LICENSE.txt":
                chosen.append(f"{category}/{name}")
    (staging / MANIFEST).write_text("\n".join([COMMIT, *chosen]) + "\n", encoding="utf-8")
    shutil.rmtree(into, ignore_errors=True)
    staging.rename(into)
    return len(chosen)


def fetch(source: str | None, into: Path = FOLDER) -> int:
    """Fill `into` from a local clone, else from a fresh clone of HOST (network)."""
    into.parent.mkdir(parents=True, exist_ok=True)
    if source and Path(source).exists():
        return copy_from(git_dir(Path(source)), into)
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "repo.git"
        subprocess.run(["git", "clone", "--bare", "--quiet", source or HOST, str(clone)], check=True)
        return copy_from(clone, into)


def present(folder: Path = FOLDER) -> bool:
    return (folder / MANIFEST).is_file()


def article_paths(folder: Path = FOLDER) -> Iterator[Path]:
    """The set's article files, in the manifest's order (category, then name)."""
    for line in (folder / MANIFEST).read_text(encoding="utf-8").split("\n")[1:]:
        if line:
            yield folder / line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fetch", nargs="?", const="", metavar="CLONE", help="fill the folder")
    args = parser.parse_args(argv)
    if args.fetch is not None:
        count = fetch(args.fetch or None)
        print(f"{count} articles in {FOLDER}")
    elif present():
        print(f"{sum(1 for _ in article_paths())} articles in {FOLDER}")
    else:
        print(f"absent: {FOLDER} (bench/livedoor_more.py --fetch)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
