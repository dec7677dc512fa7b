"""Real articles from the shared test corpus, as plain text for the pipeline.

The corpus (`../shared/corpus`) is read at test time and nothing derived from it is written to the
repository: the livedoor articles are CC BY-ND, and the CCTV transcripts carry no content licence
(their SOURCE.md says not to republish derived corpora). Documents are picked by a fixed rule,
never at random, so every run converts the same ones.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import SHARED

CORPUS = SHARED / "corpus"


@dataclass(frozen=True)
class CorpusText:
    name: str  # e.g. "zh-xwlb-0040"
    text: str


def chinese_news(count: int) -> list[CorpusText]:
    """Every 40th 新闻联播 story: title, blank line, then its paragraphs (sub-headings included)."""
    path = CORPUS / "zh-news-xwlb" / "articles.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    picked = records[::40][:count]
    return [
        CorpusText(f"zh-xwlb-{i * 40:04d}", "\n\n".join([r["title"], *r["paragraphs"]]) + "\n")
        for i, r in enumerate(picked)
    ]


def japanese_news(count: int) -> list[CorpusText]:
    """The first article of each livedoor category: title (line 3) and body (line 4 on)."""
    root = CORPUS / "ja-news-livedoor"
    texts = []
    for category in sorted(p for p in root.iterdir() if p.is_dir()):
        articles = sorted(p for p in category.glob("*.txt") if p.name != "LICENSE.txt")
        if articles:
            lines = articles[0].read_text(encoding="utf-8").splitlines()
            texts.append(CorpusText(f"ja-{articles[0].stem}", "\n".join(lines[2:]) + "\n"))
    return texts[:count]


_PAPER = re.compile(r"^FEDERALIST\.? No\. \d+\s*$", re.MULTILINE)


def federalist_papers(first: int, count: int) -> list[CorpusText]:
    """Federalist papers `first`… as printed: heading, title, paper, hard wraps and all.

    The Gutenberg header before No. 1 and the licence after the last paper are never included,
    because only papers after No. 1 and before the last are taken.
    """
    text = (CORPUS / "en-gutenberg-federalist" / "18.txt").read_text(encoding="utf-8")
    starts = [m.start() for m in _PAPER.finditer(text)]
    papers = [text[a:b] for a, b in itertools.pairwise(starts)]
    chosen = papers[first - 1 : first - 1 + count]
    return [CorpusText(f"en-federalist-{first + i:02d}", p) for i, p in enumerate(chosen)]


def available() -> bool:
    return all(
        (CORPUS / sub).exists()
        for sub in ("zh-news-xwlb", "ja-news-livedoor", "en-gutenberg-federalist")
    )


def corpus_path(name: str) -> Path:
    return CORPUS / name
