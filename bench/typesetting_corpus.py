"""Justification and line edges of news-zh PDFs of unseen corpus articles, lines classified by
their source text rather than by geometry.

`bench/typesetting.py` tells a paragraph's last line by the next line's indent, which misreads
documents whose paragraphs are not indented (interviews, lists). Here a line counts as justified
when it and the next line run on inside one source paragraph, and it is flush when it ends within
0.5 pt of the page width less news-zh's 61.3 pt margin (or half an em past it, in a half-width
closing mark). A line starting with a mark clreq keeps off a line's start is a fault unless the
source has a paragraph or line starting so (a `・` bullet).

    .venv/bin/python bench/typesetting_corpus.py [--step-ja 6] [--step-zh 15]

Takes every STEP-th livedoor article (lines 3 on) and every STEP-th xwlb article from the 100th
(the first are the damaged-article sets' own); writes nothing but a temporary folder.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import CORPUS, XWLB  # noqa: E402
from convert.run.pipeline import prepare  # noqa: E402
from convert.writers import WriteOptions, get_writer  # noqa: E402
from tests.support.pdf_lines import HALF_AT_LINE_END, NO_LINE_START, OPENING, pdf_lines  # noqa: E402

MARGIN = 61.3  # news-zh's left and right page margins, pt
BODY = 10.5  # news-zh's body size, pt
_HIDDEN = re.compile(r"[\s\u2060\u200b]")


def squash(text: str) -> str:
    return _HIDDEN.sub("", text)


def documents(folder: Path, step_ja: int, step_zh: int) -> list[tuple[Path, str]]:
    """(text file, its source) for the articles taken."""
    found = []
    for path in sorted((CORPUS / "ja-news-livedoor").glob("*/*-*.txt"))[::step_ja]:
        source = "\n".join(path.read_text(encoding="utf-8").split("\n")[2:])
        (folder / path.name).write_text(source, encoding="utf-8")
        found.append((folder / path.name, source))
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle][100::step_zh]
    for article in articles:
        source = article["title"] + "\n\n" + "\n\n".join(article["paragraphs"]) + "\n"
        (folder / f"{article['id']}.txt").write_text(source, encoding="utf-8")
        found.append((folder / f"{article['id']}.txt", source))
    return found


@dataclass
class Found:
    justified: int = 0
    lines: int = 0
    short: list[str] = field(default_factory=list)
    edges: list[str] = field(default_factory=list)


def check(path: Path, source: str) -> Found:
    doc = prepare(path).document
    paragraphs = [squash(p.text) for p in doc.paragraphs()]
    starts = [squash(line) for line in source.splitlines() if squash(line)]
    width, lines = pdf_lines(get_writer("pdf")(doc, WriteOptions()))
    right = width - MARGIN
    found = Found()
    for line, following in itertools.pairwise(lines):
        text = squash(line.text)
        if len(text) < 5 or not any(text + squash(following.text) in p for p in paragraphs):
            continue
        found.justified += 1
        off = right - line.x1
        half = text[-1] in HALF_AT_LINE_END and abs(off + BODY / 2) <= 0.5
        if abs(off) > 0.5 and not half:
            found.short.append(f"p{line.page} {off:.2f} pt {line.text[-12:]}")
    for line in lines:
        text = squash(line.text)
        if not text:
            continue
        found.lines += 1
        written = any(start.startswith(text[:10]) for start in [*starts, *paragraphs])
        if (text[0] in NO_LINE_START and not written) or text[-1] in OPENING:
            found.edges.append(f"p{line.page} {line.text[:20]}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step-ja", type=int, default=6)
    parser.add_argument("--step-zh", type=int, default=15)
    args = parser.parse_args(argv)
    total, count = Found(), 0
    with tempfile.TemporaryDirectory(prefix="galley-typesetting-") as folder:
        for path, source in documents(Path(folder), args.step_ja, args.step_zh):
            found = check(path, source)
            count += 1
            total.justified += found.justified
            total.lines += found.lines
            total.short += found.short
            total.edges += found.edges
            if found.short or found.edges:
                print(f"{path.stem}: not flush {found.short}; line-edge faults {found.edges}")
    print(
        f"{count} documents: {total.justified} justified lines, {len(total.short)} not flush; "
        f"{total.lines} lines, {len(total.edges)} line-edge faults"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
