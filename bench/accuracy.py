"""Block-exact F1 and character error rate of the normalizer, against the naive baseline.

Blocks are headings and paragraphs compared as whole strings (a block counts as found only when
Galley produced exactly that string). The character error rate is the edit distance between the
body texts (blocks joined by newlines) divided by the ground truth's length. The baseline does
what pandoc does with plain text: every blank-line block is a paragraph, its lines joined by a
space, nothing else repaired.

    .venv/bin/python bench/accuracy.py            # every set
    .venv/bin/python bench/accuracy.py --zh 325   # Chinese: how many damaged articles
    .venv/bin/python bench/accuracy.py --chapters 1-10 --chapters 11-30   # English ranges

Sets: Chinese news damaged by bench/damage.py (seeded); Pride and Prejudice chapters 1-10 from
pdftotext of the Word-made PDF against the Project Gutenberg text; 《吶喊》 as a smoke test of
Han-Han joins (how many joins inserted a space: must be 0).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.damage import damage_file  # noqa: E402
from convert.errors import InputError  # noqa: E402
from convert.model import (  # noqa: E402
    Block,
    Document,
    Inline,
    ListBlock,
    NoteRef,
    Paragraph,
    Section,
    Styled,
    Table,
    Text,
    block_texts,
)
from convert.normalize import normalize  # noqa: E402
from convert.readers.text import decode  # noqa: E402
from convert.structure import build_document  # noqa: E402
from convert.structure.notes import NOTE_LINE_RE  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
XWLB = CORPUS / "zh-news-xwlb" / "articles.jsonl"
PP_DIR = CORPUS / "en-gutenberg-pride-and-prejudice"
NAHAN = CORPUS / "zh-hant-gutenberg-nahan" / "27166-0.txt"
BLANK_RE = re.compile(r"\n\s*\n")


@dataclass
class Score:
    true_positive: int = 0
    predicted: int = 0
    expected: int = 0
    edits: int = 0
    chars: int = 0

    def add(self, predicted: Sequence[str], expected: Sequence[str]) -> None:
        predicted, expected = unspaced(predicted), unspaced(expected)
        matched = Counter(predicted) & Counter(expected)
        self.true_positive += sum(matched.values())
        self.predicted += len(predicted)
        self.expected += len(expected)
        truth = "\n".join(expected)
        self.edits += edit_distance("\n".join(predicted), truth)
        self.chars += len(truth)

    def merge(self, other: Score) -> None:
        """Pool `other`'s blocks and characters into this score."""
        self.true_positive += other.true_positive
        self.predicted += other.predicted
        self.expected += other.expected
        self.edits += other.edits
        self.chars += other.chars

    @property
    def f1(self) -> float:
        if not self.predicted or not self.expected:
            return 0.0
        precision = self.true_positive / self.predicted
        recall = self.true_positive / self.expected
        return 0.0 if not precision + recall else 2 * precision * recall / (precision + recall)

    @property
    def cer(self) -> float:
        return self.edits / max(1, self.chars)


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


TOKEN_RE = re.compile(r"[^\s\u2e80-\uffff]+\s*|\s+|.", re.DOTALL)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, computed exactly inside each region difflib finds different.

    difflib aligns words (Latin) and characters (CJK) first, which keeps whole chapters fast;
    the result is an upper bound of the true distance (difflib's alignment may not be optimal),
    exact for the scattered, local differences this harness measures.
    """
    tokens_a, tokens_b = TOKEN_RE.findall(a), TOKEN_RE.findall(b)
    total = 0
    matcher = difflib.SequenceMatcher(None, tokens_a, tokens_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left, right = "".join(tokens_a[i1:i2]), "".join(tokens_b[j1:j2])
        if len(left) * len(right) > 4_000_000:
            total += max(len(left), len(right))
        else:
            total += _levenshtein(left, right)
    return total


def unspaced(blocks: Sequence[str]) -> list[str]:
    """Blocks with the space after a leading note marker left out (`[1] 甲` -> `[1]甲`): a note
    is compared as its label and its text (`document_blocks`), and the model keeps no space
    between them. A list item is compared as printed: its label keeps the space the text had
    after the marker (`model.ListBlock.labels`), so `1. 甲` must come back `1. 甲`."""
    out = []
    for block in blocks:
        match = NOTE_LINE_RE.match(block)
        if match is not None:
            block = match.group().rstrip(" \u3000") + block[match.end() :]
        out.append(block)
    return out


def _shown(inlines: Sequence[Inline]) -> str:
    """A paragraph's text as the page shows it: a note call as its label (`[1]`)."""
    parts = []
    for inline in inlines:
        if isinstance(inline, Text):
            parts.append(inline.text)
        elif isinstance(inline, NoteRef):
            parts.append(inline.label)
        elif isinstance(inline, Styled):
            parts.append(_shown(inline.children))
    return "".join(parts)


def body_lines(blocks: Sequence[Block]) -> list[str]:
    """The body as the lines a text gives it: a list item as its label (with the space printed
    after it, if any) and text, a table row as its cells apart by tabs, a note call as its
    label; other blocks as `model.block_texts`."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Section):
            lines.append(block.title)
            lines.extend(body_lines(block.children))
        elif isinstance(block, Paragraph):
            lines.append(_shown(block.inlines) if block.inlines else block.text)
        elif isinstance(block, ListBlock) and block.labels:
            for label, item in zip(block.labels, block.items, strict=True):
                inner = body_lines(item)
                lines.extend([label + inner[0], *inner[1:]] if inner else [label])
        elif isinstance(block, Table):
            for row in (*block.head, *block.rows):
                lines.append("\t".join(_shown(cell) for cell in row))
        else:
            lines.extend(block_texts((block,)))
    return lines


def document_blocks(doc: Document) -> list[str]:
    """The document's headings and paragraphs in reading order, as strings; a plain-text list,
    table or note as the lines it was read from (`body_lines`)."""
    blocks = [t for t in (doc.kicker, doc.title) if t]
    if doc.subtitle:
        blocks.append(doc.subtitle)
    if doc.contributors:
        blocks.append(doc.byline())
    notes = [note.label + " ".join(body_lines(note.children)) for note in doc.notes]
    return blocks + body_lines(doc.body) + notes


def galley_blocks(text: str) -> list[str]:
    return document_blocks(build_document(normalize(text).text))


def baseline_blocks(text: str) -> list[str]:
    """pandoc's view of plain text: blank-line blocks, lines joined by a space."""
    blocks = []
    for chunk in BLANK_RE.split(text.replace("\r\n", "\n").replace("\f", "\n")):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if lines:
            blocks.append(" ".join(lines))
    return blocks


def load_articles(limit: int | None = None) -> list[dict[str, object]]:
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    return articles[:limit] if limit else articles


@dataclass
class ChineseScores:
    """Galley and the baseline over every document, and Galley's score per kind of damage."""

    galley: Score = field(default_factory=Score)
    baseline: Score = field(default_factory=Score)
    by_kind: dict[str, Score] = field(default_factory=dict)
    documents: Counter[str] = field(default_factory=Counter)
    refused: int = 0
    # Galley's score per group of files: what can be repaired, and the two damages that destroy
    # text (a `□` for a lost character, UTF-8 read as GBK with its lost bytes)
    by_group: dict[str, Score] = field(default_factory=dict)


def damage_group(kinds: Sequence[str]) -> str:
    """Which of three groups a damaged file falls in, by the damage it holds."""
    if any(k.startswith("mojibake-") for k in kinds):
        lossy = any(k.endswith("utf8-as-gbk") for k in kinds)
        return "mojibake, some lossy (UTF-8 read as GBK)" if lossy else "mojibake, lossless only"
    if "missing-glyph" in kinds:
        return "a lost character (□), no mojibake"
    return "neither mojibake nor □"


def file_blocks(data: bytes) -> list[str]:
    """The file's bytes through the reader `galley convert` uses, then repaired and structured;
    a refused file has no blocks."""
    try:
        decoded = decode(data)
    except InputError:
        return []
    return galley_blocks(decoded.text)


def chinese_scores(count: int, seed: int = 0) -> ChineseScores:
    scores = ChineseScores()
    for index, article in enumerate(load_articles(count)):
        title = str(article["title"])
        paragraphs = [str(p) for p in article["paragraphs"]]  # type: ignore[attr-defined]
        damaged = damage_file(title, paragraphs, seed * 100_003 + index)
        truth = [title, *paragraphs]
        predicted = file_blocks(damaged.data)
        scores.refused += not predicted
        scores.galley.add(predicted, truth)
        scores.baseline.add(baseline_blocks(damaged.text), truth)
        for kind in damaged.kinds:
            scores.by_kind.setdefault(kind, Score()).add(predicted, truth)
            scores.documents[kind] += 1
        group = damage_group(damaged.kinds)
        scores.by_group.setdefault(group, Score()).add(predicted, truth)
        scores.documents[group] += 1
    return scores


def chinese_set(count: int, seed: int = 0) -> tuple[Score, Score]:
    scores = chinese_scores(count, seed)
    return scores.galley, scores.baseline


QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "_": None, "—": "--"})


def _plain(blocks: list[str]) -> list[str]:
    """Quote style, dash style (`—` or `--`) and `_italics_` marks aside, as the issue says."""
    return [b.translate(QUOTES) for b in blocks]


def _between(text: str, start: str, end: str, occurrence: int) -> str:
    starts = [m.start(1) for m in re.finditer(rf"(?m)^\f?({start})$", text)]
    ends = [m.start(1) for m in re.finditer(rf"(?m)^\f?({end})$", text)]
    return text[starts[occurrence] : ends[occurrence]]


def english_set(first: int = 1, last: int = 10) -> tuple[Score, Score] | None:
    """Chapters `first`..`last` of the PDF's text against the same chapters of the source."""
    if not shutil.which("pdftotext"):
        return None
    extracted = subprocess.run(
        ["pdftotext", str(PP_DIR / "1342-pdf.pdf"), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    start, end = f"Chapter {first}", f"Chapter {last + 1}"
    damaged = _between(extracted, start, end, 1)  # the first is in the table of contents
    source = (PP_DIR / "1342-0.txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    clean = _between(source, start, end, 0)
    truth = _plain(baseline_blocks(clean))
    galley, baseline = Score(), Score()
    galley.add(_plain(galley_blocks(damaged)), truth)
    baseline.add(_plain(baseline_blocks(damaged)), truth)
    return galley, baseline


def nahan_smoke() -> tuple[int, int]:
    """Joins of hard-wrapped lines in 《吶喊》 and how many of them inserted a space."""
    text = NAHAN.read_text(encoding="utf-8-sig")
    start = text.find("吶喊")
    body = text[start : text.find("*** END")] if "*** END" in text else text[start:]
    result = normalize(body)
    joins = [c for c in result.changes if c.kind in ("unwrap", "layout-break")]
    spaced = [c for c in joins if " " in c.after]
    return len(joins), len(spaced)


def _line(name: str, galley: Score, baseline: Score) -> str:
    return (
        f"{name:<28} galley  F1 {galley.f1:.4f}  CER {galley.cer:.4f}   "
        f"baseline  F1 {baseline.f1:.4f}  CER {baseline.cer:.4f}   "
        f"(blocks {galley.expected})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zh", type=int, default=325, help="damaged Chinese articles (max 325)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--seeds",
        metavar="FIRST-LAST",
        help="Chinese set only, one line per damage seed and the blocks of all seeds pooled",
    )
    parser.add_argument(
        "--chapters",
        action="append",
        metavar="FIRST-LAST",
        help="English chapter range (repeatable; default 1-10)",
    )
    args = parser.parse_args(argv)
    if args.seeds:
        return _seed_range(args.zh, args.seeds)
    if args.zh:  # --zh 0: English only
        scores = chinese_scores(args.zh, args.seed)
        print(_line(f"zh-news damaged ({args.zh})", scores.galley, scores.baseline))
        print(f"  refused by the reader: {scores.refused}; Galley per kind of damage present:")
        for kind in sorted(scores.by_kind):
            score = scores.by_kind[kind]
            print(
                f"  {kind:<32} docs {scores.documents[kind]:>4}  F1 {score.f1:.4f}  "
                f"CER {score.cer:.4f}  (blocks {score.expected})"
            )
        print("  Galley per group of files:")
        for group, score in sorted(scores.by_group.items()):
            print(
                f"  {group:<42} docs {scores.documents[group]:>4}  F1 {score.f1:.4f}  "
                f"CER {score.cer:.4f}  (blocks {score.expected})"
            )
    for chapters in args.chapters or ["1-10"]:
        first, _, last = chapters.partition("-")
        english = english_set(int(first), int(last or first))
        name = f"en P&P pdftotext ch. {chapters}"
        if english:
            print(_line(name, *english))
        else:
            print(f"{name:<28} skipped: pdftotext not found (apt install poppler-utils)")
    joins, spaced = nahan_smoke()
    print(f"{'zh-hant 吶喊 unwrap':<28} joins {joins}  with a space inserted {spaced}")
    return 0


def _seed_range(count: int, seeds: str) -> int:
    """The Chinese set under each damage seed of a range, and all its blocks pooled: one seed
    is 325 files, and the seeds differ by more than a rule's worth (0.961-0.978 F1)."""
    first, _, last = seeds.partition("-")
    pooled, pooled_baseline = Score(), Score()
    groups: dict[str, Score] = {}
    for seed in range(int(first), int(last or first) + 1):
        scores = chinese_scores(count, seed)
        print(_line(f"zh-news seed {seed}", scores.galley, scores.baseline))
        pooled.merge(scores.galley)
        pooled_baseline.merge(scores.baseline)
        for group, score in scores.by_group.items():
            groups.setdefault(group, Score()).merge(score)
    print(_line(f"zh-news seeds {seeds} pooled", pooled, pooled_baseline))
    for group, score in sorted(groups.items()):
        print(f"  {group:<42} F1 {score.f1:.4f}  CER {score.cer:.4f}  (blocks {score.expected})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
