"""The tuning half's misses on clean text, article by article and counted by cause.

Not a benchmark: a tool for reading what bench/clean_text.py counts. For every article of a
set's tuning half (bench/clean_text.py's split; the held-out half is left alone), the title
Galley found is set beside the truth's, and the truth blocks and Galley's blocks are aligned
(difflib, compared as bench/clean_text.py compares them) and each differing stretch is put down
to a cause by bench/print_misses.py's `cause` (`joined`: the same text in fewer blocks, `split`:
in more, a space put between or not; `spaces`, `text lost`, `other`). A wrong title is put down to one of:

- `title joined`: the title is the start of Galley's first block (joined to the next line);
- `title in body`: the title is a block of the body (not taken for the title);
- `other title`: anything else.

The truth has no headings, so the headings Galley made are only counted: all of them, those
opened by an item mark (`・`, which opens no Japanese heading), those nested in the heading
right above them, and of these the marked ones (`■`, `【`) nested in an unmarked line.

    .venv/bin/python bench/clean_misses.py --set ja-livedoor          # every miss, then counts
    .venv/bin/python bench/clean_misses.py --set ja-livedoor --summary
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import document_blocks, unspaced  # noqa: E402
from bench.clean_text import SETS, Article, half  # noqa: E402
from bench.print_misses import cause  # noqa: E402
from convert.model import Block, Document, Section  # noqa: E402
from convert.normalize import normalize  # noqa: E402
from convert.structure import build_document  # noqa: E402

SHOWN = 100  # characters of a block shown


def title_cause(article: Article, doc: Document, blocks: list[str]) -> str:
    """Why the document's title is not the truth's (module docstring), or "" when it is."""
    title = doc.title.strip()
    if title == article.title:
        return ""
    body = blocks[1:] if doc.title else blocks
    if article.title in body:
        return "title in body"
    if (title or (body[0] if body else "")).startswith(article.title):
        return "title joined"
    return "other title"


HEADING_MARKS = ("■", "□", "●", "◆", "◇", "▼", "【")


def count_headings(blocks: tuple[Block, ...], into: Counter[str], parent: str = "") -> None:
    """Count the sections of `blocks` as the module docstring says, depth first."""
    for index, block in enumerate(blocks):
        if not isinstance(block, Section):
            continue
        into["headings"] += 1
        into["headings opened by ・"] += block.title.startswith("・")
        nested = bool(parent) and index == 0  # the first thing under the heading above it
        into["nested in the heading above"] += nested
        into["marked, nested in an unmarked line"] += (
            nested and block.title.startswith(HEADING_MARKS) and not parent.startswith(HEADING_MARKS)
        )
        count_headings(block.children, into, block.title)


def stretches(truth: list[str], galley: list[str]) -> list[tuple[str, list[str], list[str]]]:
    """Each stretch where the blocks differ: its cause, the truth's blocks, Galley's."""
    out = []
    matcher = difflib.SequenceMatcher(None, truth, galley, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            kind = cause(truth[i1:i2], galley[j1:j2])
            if kind == "spaces" and j2 - j1 != i2 - i1:  # joined, a space put between
                kind = "joined" if j2 - j1 < i2 - i1 else "split"
            out.append((kind, truth[i1:i2], galley[j1:j2]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="ja-livedoor")
    parser.add_argument("--summary", action="store_true", help="the counts only")
    args = parser.parse_args(argv)
    causes: Counter[str] = Counter()  # differing stretches (and wrong titles) by cause
    headings: Counter[str] = Counter()
    blocks_by_cause: Counter[str] = Counter()  # truth blocks in them
    articles = missed = 0
    for article in SETS[args.set]():
        if half(article.id) != "tuning":
            continue
        articles += 1
        doc = build_document(normalize(article.text).text)
        galley = unspaced(document_blocks(doc))
        count_headings(doc.body, headings)
        title = title_cause(article, doc, galley)
        found = stretches(unspaced([article.title, *article.body]), galley)
        if not title and not found:
            continue
        missed += 1
        if title:
            causes[title] += 1
        if not args.summary:
            print(f"=== {article.id}" + (f"  {title}: {doc.title[:SHOWN]!r}" if title else ""))
        for kind, expected, got in found:
            causes[kind] += 1
            blocks_by_cause[kind] += len(expected)
            if not args.summary:
                print(f"  [{kind}]")
                print("\n".join(f"    - {block[:SHOWN]!r}" for block in expected))
                print("\n".join(f"    + {block[:SHOWN]!r}" for block in got))
    print(f"{args.set} tuning: {missed} of {articles} articles miss")
    for kind, count in causes.most_common():
        blocks = f" ({blocks_by_cause[kind]} truth blocks)" if kind in blocks_by_cause else ""
        print(f"  {kind:<16} {count:>4}{blocks}")
    print("  " + ", ".join(f"{kind} {count}" for kind, count in headings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
