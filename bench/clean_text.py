"""Clean text through Galley: does it come back with its title and every block untouched?

Every input here is correct text, written the way a user would hand it over, so the right
output is the text itself: any repair is a false one.

- zh-news-xwlb: each of the 325 articles as `title`, a blank line, then its paragraphs separated
  by blank lines. Truth: the title, then the paragraphs.
- ja-news-livedoor: each of the 131 articles as the corpus file has it without its first two
  lines (URL, date): the title line, then the body (SOURCE.md). Truth: the title, then every
  non-empty body line stripped (the body has no hard wraps: a line is a paragraph, blank lines
  or not).
- ja-livedoor-more: 540 more articles of the same corpus, none of the 131, read the same way
  (bench/livedoor_more.py: kept outside the repository; without them the set is skipped).
- en-gutenberg: the three books' plain-text files exactly as Project Gutenberg published them
  (licence header and all). Truth: the title of metadata.yaml, then every blank-line block
  between the `*** START OF …` line and the footer (`End of the Project Gutenberg EBook…`, else
  `*** END OF …`) with its lines joined by a space (the books are hard-wrapped at ~70 columns;
  a stretch set double-spaced, a blank line after every line, is read single-spaced first:
  `single_spaced`);
  the header (with the production credit after the START line, `Produced by …`, which credits
  the e-text's volunteers, not the book's authors) and the footer (licence and all) must be kept,
  word for word, as the document's licence ("licence kept").

Each set is split by a hash of the article's id (the book's folder name) into a tuning half and
a held-out half: rules are written looking at the tuning half only; the held-out half is printed
to be reported. Figures per half: title right (the document's title is the truth's title), block
F1 over all blocks (title included) and body CER (the blocks after the title), both from
bench/accuracy.py; and how many articles had their text changed at all (a change in the log whose
characters other than whitespace differ; flags and whitespace-only changes are counted apart).

    .venv/bin/python bench/clean_text.py                 # every set, both halves
    .venv/bin/python bench/clean_text.py --set zh-news --show 5   # and the first 5 misses (tuning)
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import (  # noqa: E402
    CORPUS,
    XWLB,
    Score,
    baseline_blocks,
    document_blocks,
    edit_distance,
    unspaced,
)
from bench.livedoor_more import FOLDER as LIVEDOOR_MORE  # noqa: E402
from bench.livedoor_more import article_paths, present  # noqa: E402
from convert.normalize import normalize  # noqa: E402
from convert.structure import build_document  # noqa: E402

LIVEDOOR = CORPUS / "ja-news-livedoor"
GUTENBERG = {
    "en-gutenberg-federalist": "18.txt",
    "en-gutenberg-girls-own-paper": "18195.txt",
    "en-gutenberg-pride-and-prejudice": "1342-0.txt",
}
NON_SPACE_RE = re.compile(r"\s+")
TITLE_RE = re.compile(r"^title:\s*(?P<q>['\"]?)(?P<title>.*)(?P=q)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Article:
    id: str
    text: str  # the input, as a user gives it
    title: str
    body: list[str]
    licence: str = ""  # what the document must keep as its licence (white space aside)


def half(article_id: str) -> str:
    """`tuning` or `held-out`, by the first byte of the id's SHA-1: fixed, and blind to content."""
    return "tuning" if hashlib.sha1(article_id.encode()).digest()[0] % 2 == 0 else "held-out"


def zh_news() -> Iterator[Article]:
    with XWLB.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            title, body = str(record["title"]), [str(p) for p in record["paragraphs"]]
            yield Article(str(record["id"]), "\n\n".join([title, *body]) + "\n", title, body)


def ja_livedoor() -> Iterator[Article]:
    yield from livedoor_articles(p for p in sorted(LIVEDOOR.glob("*/*-*.txt")))


def ja_livedoor_more() -> Iterator[Article]:
    if present():  # else none: `main` says the set is absent
        yield from livedoor_articles(article_paths())


def livedoor_articles(paths: Iterable[Path]) -> Iterator[Article]:
    for path in paths:
        if path.name == "LICENSE.txt":
            continue
        lines = path.read_text(encoding="utf-8").split("\n")[2:]
        body = [line.strip() for line in lines[1:] if line.strip()]
        yield Article(path.stem, "\n".join(lines), lines[0].strip(), body)


def gutenberg_book(folder: str, name: str) -> tuple[str, list[str], int, int]:
    """A Gutenberg book's text, its lines, and where its body starts and ends among them:
    after the `*** START OF` line (and the `Produced by` credit, the header's), before the
    footer (`End of the Project Gutenberg…`, else `*** END OF`)."""
    raw = (CORPUS / folder / name).read_bytes().decode("utf-8-sig", errors="replace")
    text = raw.replace("\r\n", "\n")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("*** START OF"))
    end = next(i for i, line in enumerate(lines) if line.startswith("*** END OF"))
    foot = next(
        (i for i in range(start, end) if line_starts(lines[i], "End of the Project Gutenberg")),
        end,
    )
    head = start + 1
    while head < foot and not lines[head].strip():
        head += 1
    if line_starts(lines[head], "Produced by"):  # the e-text's credit: the header's
        while head < foot and lines[head].strip():
            head += 1
    return text, lines, head, foot


def gutenberg() -> Iterator[Article]:
    for folder, name in GUTENBERG.items():
        metadata = (CORPUS / folder / "metadata.yaml").read_text(encoding="utf-8")
        match = TITLE_RE.search(metadata)
        title = match.group("title").replace("''", "'") if match else ""
        text, lines, head, foot = gutenberg_book(folder, name)
        body = baseline_blocks(single_spaced(lines[head:foot]))
        licence = "\n".join(lines[:head] + lines[foot:])
        yield Article(folder, text, title, body, licence)


# text lines in a row, each followed by one blank line, that show a stretch is double-spaced
DOUBLE_SPACED_RUN = 6
# a wrapped line of running text (the Federalist wraps at 60-70 columns; its headings are shorter)
RUNNING_LINE = 40


def single_spaced(lines: list[str]) -> str:
    """The lines, with each double-spaced stretch set single-spaced: its one blank line after a
    line is a line feed, and two or more end a block.

    Evidence (The Federalist, 18.txt as published): from No. 40 on, the essays are set with a
    blank line after every line (4,356 lines in 25 stretches of 48-336 lines). Inside them no
    blank line marks a paragraph: the text was reflowed across its paragraph ends, so a
    signature shares a line with the last sentence (`…is the subject under investigation.
    PUBLIUS.`) and a quotation with the words before it (`…is in the words` / `following:"WHEREAS,
    There is…`); only the essays' headings, bylines and endings stand apart, by two blank lines or
    more. Taking every line there for a paragraph of its own (this truth's first version) asked
    Galley for ~4,400 paragraphs the file does not have; the file's blocks are the stretches
    between two blank lines or more. A stretch is a run of at least DOUBLE_SPACED_RUN long lines
    (RUNNING_LINE characters) each followed by exactly one blank line, and it runs on, short
    lines included, while one blank line follows each line.
    """
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while _one_blank_after(lines, end) and len(lines[end]) > RUNNING_LINE:
            end += 2
        if (end - index) // 2 < DOUBLE_SPACED_RUN:
            out.append(lines[index])
            index += 1
            continue
        while _one_blank_after(lines, end):
            end += 2
        out.extend(lines[index : end + 1 : 2])  # the stretch's lines without its blank lines
        index = end + 1
    return "\n".join(out)


def _one_blank_after(lines: list[str], index: int) -> bool:
    """A text line, one blank line, then another text line."""
    return (
        index + 2 < len(lines)
        and bool(lines[index].strip())
        and not lines[index + 1].strip()
        and bool(lines[index + 2].strip())
    )


def line_starts(line: str, prefix: str) -> bool:
    return line.lower().startswith(prefix.lower())


SETS = {
    "zh-news": zh_news,
    "ja-livedoor": ja_livedoor,
    "ja-livedoor-more": ja_livedoor_more,
    "en-gutenberg": gutenberg,
}
OUTSIDE = {"ja-livedoor-more": (present, LIVEDOOR_MORE)}  # sets kept outside: (there?, where)


@dataclass
class HalfScore:
    articles: int = 0
    titles_right: int = 0
    blocks: Score = field(default_factory=Score)
    body: Score = field(default_factory=Score)
    text_changed: int = 0
    whitespace_only: int = 0
    flagged: int = 0
    licences: int = 0  # articles with a licence to keep
    licences_kept: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        title = 100 * self.titles_right / max(1, self.articles)
        return (
            f"{name:<24} articles {self.articles:>4}  title right {title:5.1f} %  "
            f"block F1 {self.blocks.f1:.4f}  body CER {self.body.cer:.5f}  "
            f"text changed {self.text_changed:>3}  (whitespace only {self.whitespace_only}, "
            f"flagged {self.flagged})"
            + (f"  licence kept {self.licences_kept}/{self.licences}" if self.licences else "")
        )


def body_edits(predicted: list[str], truth: list[str]) -> int:
    """`edit_distance` of the bodies joined by newlines, computed only inside the runs of blocks
    that differ (a whole book at once is too slow where it differs in many places)."""
    predicted, truth = unspaced(predicted), unspaced(truth)
    total = 0
    matcher = difflib.SequenceMatcher(None, predicted, truth, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            total += edit_distance("\n".join(predicted[i1:i2]), "\n".join(truth[j1:j2]))
    return total


def add_blocks(score: Score, predicted: list[str], truth: list[str]) -> None:
    """The block counts of `Score.add`, without its character count (`body_edits` does that)."""
    predicted, truth = unspaced(predicted), unspaced(truth)
    score.true_positive += sum((Counter(predicted) & Counter(truth)).values())
    score.predicted += len(predicted)
    score.expected += len(truth)


def score_article(article: Article, into: HalfScore) -> None:
    result = normalize(article.text)
    doc = build_document(result.text)
    predicted = document_blocks(doc)
    into.articles += 1
    title_right = doc.title.strip() == article.title
    into.titles_right += title_right
    add_blocks(into.blocks, predicted, [article.title, *article.body])
    body = predicted[1:] if doc.title and not doc.kicker else predicted
    edits = body_edits(body, article.body)
    into.body.edits += edits
    into.body.chars += len("\n".join(article.body))
    changes = [c for c in result.changes if not c.is_flag]
    altered = [
        c for c in changes if NON_SPACE_RE.sub("", c.before) != NON_SPACE_RE.sub("", c.after)
    ]
    into.text_changed += bool(altered)
    into.whitespace_only += bool(changes) and not altered
    into.flagged += any(c.is_flag for c in result.changes)
    if article.licence:
        into.licences += 1
        into.licences_kept += NON_SPACE_RE.sub("", "".join(doc.licence)) == NON_SPACE_RE.sub(
            "", article.licence
        )
    if not title_right or altered or edits:
        what = [f"{c.kind}: {c.before!r} -> {c.after!r}" for c in altered[:3]]
        title = "" if title_right else f" title {doc.title[:40]!r}"
        into.misses.append(f"{article.id}{title} {'; '.join(what)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--show", type=int, default=0, help="list the tuning half's first misses")
    args = parser.parse_args(argv)
    for name in args.set or list(SETS):
        if name in OUTSIDE and not OUTSIDE[name][0]():
            where = OUTSIDE[name][1]
            print(f"{name:<24} skipped: absent from {where} (bench/livedoor_more.py --fetch)")
            continue
        halves = {"tuning": HalfScore(), "held-out": HalfScore()}
        for article in SETS[name]():
            score_article(article, halves[half(article.id)])
        for which, score in halves.items():
            print(score.line(f"{name} {which}"))
        for miss in halves["tuning"].misses[: args.show]:
            print(f"    {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
