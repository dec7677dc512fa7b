"""How writers put lone English words between Han characters: spacing, and how many in a text.

The evidence for two stray-word rules (bench/README.md, "Stray words: doubtful words as
evidence"). Every lone lowercase Latin word with a Han character on each side (`stray_words.find`)
in text written by people is counted:

- by its spacing (on both sides, on neither, on the left or the right only) and whether it is a
  function word (the dictionary's or `english_closed`'s) or a content word;
- per document, the DIFFERENT function words no cue shows talked about
  (`stray_document.talked_about`): 0, 1, 2, 3 or more.

The texts are the shared corpus (as bench/stray_real.py reads it; each line of a `.jsonl` file,
a zh-news article, is a document of its own) and any folders given, each Markdown or text file a
document (public Chinese writing checked out with `git archive`, e.g. ruanyf/weekly's docs/,
ruanyf/es6tutorial's docs/, reactjs/zh-hans.react.dev's src/content/, the _posts/ of
Terminus2049/Terminus2049.github.io, an archive of Chinese news articles).

    .venv/bin/python bench/stray_spacing.py [FOLDER ...] [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stray_real import corpus_texts  # noqa: E402
from convert.config import Config  # noqa: E402
from convert.normalize import stray_document, stray_words  # noqa: E402

SUFFIXES = (".md", ".txt", ".markdown", ".mdx")
SPACINGS = {(True, True): "both", (False, False): "neither", (True, False): "left only"}
CONTEXT = 8


def documents(folders: list[Path]) -> Iterator[tuple[str, str, str]]:
    """(set, name, text) for each document."""
    for name, text in corpus_texts():
        if name.endswith(".jsonl"):
            for number, line in enumerate(text.splitlines()):
                yield (
                    "shared corpus",
                    f"{name}:{number + 1}",
                    json.dumps(json.loads(line), ensure_ascii=False),
                )
        else:
            yield "shared corpus", name, text
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in SUFFIXES:
                text = path.read_text(encoding="utf-8", errors="replace")
                yield f"{folder.parent.name}/{folder.name}", str(path.relative_to(folder)), text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--show", type=int, default=3, help="examples of each rare finding")
    args = parser.parse_args(argv)
    config = Config()
    spacing: Counter[tuple[str, str, str]] = Counter()
    per_document: Counter[tuple[str, int]] = Counter()
    documents_of: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for source, name, text in documents(args.folders):
        documents_of[source] += 1
        uncued = set()
        for match in stray_words.find(text):
            word = match.group(2)
            function = stray_words.is_function_word(word, config)
            kind = "function" if function else "content"
            spaced = SPACINGS.get((bool(match.group(1)), bool(match.group(3))), "right only")
            spacing[(source, kind, spaced)] += 1
            talked = stray_document.talked_about(text, *match.span(2))
            if function and not talked:
                uncued.add(word)
            if spaced.endswith("only") and shown[spaced] < args.show:
                shown[spaced] += 1
                near = text[max(0, match.start() - CONTEXT) : match.end() + CONTEXT]
                print(f"  {spaced:10} {kind:8} {source}/{name}: …{near.replace(chr(10), ' ')}…")
        per_document[(source, min(len(uncued), 3))] += 1
        if len(uncued) >= 2:
            print(
                f"  {len(uncued)} different uncued function words: {source}/{name} {sorted(uncued)}"
            )
    for source in documents_of:
        words = {key[1:]: n for key, n in spacing.items() if key[0] == source}
        total = sum(words.values())
        print(f"{source}: {documents_of[source]} documents, {total} lone lowercase words")
        for kind in ("function", "content"):
            line = "  ".join(
                f"{spaced} {words.get((kind, spaced), 0)}"
                for spaced in ("both", "neither", "left only", "right only")
            )
            print(f"  {kind:8} words by spacing: {line}")
        counts = "  ".join(
            f"{'3+' if n == 3 else n}: {per_document[(source, n)]}" for n in range(4)
        )
        print(f"  documents by different uncued function words: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
