"""How far the Word PDF's paragraph ends limit en-word's figure, and what a line's width tells.

bench/accuracy_extracted.py --layout en-word scores Galley on `pdftotext`'s default-mode text of
Pride and Prejudice's Word PDF, cut into five-chapter files, against the Gutenberg HTML's
paragraphs. Two things set that figure besides Galley's paragraphing: the PDF is another edition
(`neices` / `daughters`, scene breaks `* * * * *` it does not print), and the text repairs. This
script takes the paragraph ends from the PDF itself (`pdftotext -bbox-layout`: Word sets 9 pt
after each paragraph, so a line 22.8 pt under the one before opens a paragraph, 13.8 pt goes on;
at a page's top the 1 em indent tells), runs Galley on the default-mode text as
accuracy_extracted does, cuts Galley's blocks again at those ends (`reblocked`) and scores them:
the **ceiling**, what Galley's text scores where every paragraph end is known. (Until p25c the
ends went in as blank lines before Galley ran; since `unwrap.latin_pages` reads a blank line
after a full line in a typeset text as a page break, Galley joined many of them again and the
"ceiling", 0.9844 / 0.9672, sat at the real figure.) Per half (the same halves), pooled only: no
miss of a held-out file is printed.

`--bands` counts, on the TUNING files only, every line that finishes a sentence at the measure
(its next word would not have fitted) and is followed by a line opening with a capital, by what
the next line's width in the face says (`decide._flush`, `decide._opens_indented`) and whether a
paragraph ends there: the evidence that the joins left at such lines are the prior's, not the
width's.

    .venv/bin/python bench/english_ceiling.py            # ceiling per half
    .venv/bin/python bench/english_ceiling.py --bands    # tuning files: the full-line ends
"""

from __future__ import annotations

import argparse
import difflib
import html
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import PP_DIR, Score, _plain  # noqa: E402
from bench.accuracy_extracted import CHAPTER_RE, english_half, pdftotext, predict  # noqa: E402
from bench.pdf_layouts import en_files, pp_chapters  # noqa: E402

if TYPE_CHECKING:
    from convert.normalize.unwrap.measure import Widths

WORD_PDF = PP_DIR / "1342-pdf.pdf"
LINE_RE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</line>', re.S)
WORD_RE = re.compile(r"<word[^>]*>(.*?)</word>")
# a line this far under the one before opens a paragraph (13.8 pt a line, 22.8 across an end)
PARAGRAPH_GAP = 18.0
# at a page's top, a line this far right of the margin is indented (1 em: 12 pt)
INDENT_AT = 6.0


def bbox_pages() -> list[list[tuple[list[str], bool]]]:
    """Each page's lines: their words and whether the line opens a paragraph."""
    command = ["pdftotext", "-bbox-layout", str(WORD_PDF), "-"]
    out = subprocess.run(command, capture_output=True, check=True).stdout.decode("utf-8")
    pages = []
    for page in out.split("<page ")[1:]:
        lines = [
            (float(x), float(y), [html.unescape(w) for w in WORD_RE.findall(body)])
            for x, y, body in LINE_RE.findall(page)
        ]
        margin = min((x for x, _, _ in lines), default=0.0)
        found = []
        for i, (x, y, words) in enumerate(lines):
            opens = y - lines[i - 1][1] > PARAGRAPH_GAP if i else x - margin > INDENT_AT
            found.append((words, opens))
        pages.append(found)
    return pages


def paragraphed(text: str) -> tuple[str, list[bool]]:
    """`text` (pdftotext's default mode) with a blank line before each paragraph the PDF opens,
    and, for each of its lines, whether it opens one."""
    pages = text.split("\f")
    bbox = bbox_pages()
    out_pages = []
    opens_all: list[bool] = []
    for page, lines in zip(pages, bbox + [[]] * (len(pages) - len(bbox)), strict=True):
        tokens = [w for words, _ in lines for w in words]
        starts = set()
        at = 0
        for words, opens in lines:
            if opens and words:
                starts.add(at)
            at += len(words)
        rows = page.split("\n")
        row_tokens = [row.split() for row in rows]
        flat = [w for ws in row_tokens for w in ws]
        matcher = difflib.SequenceMatcher(None, flat, tokens, autojunk=False)
        mapped = {}
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size):
                mapped[a + k] = b + k
        out_rows = []
        at = 0
        for row, ws in zip(rows, row_tokens, strict=True):
            opens = bool(ws) and mapped.get(at) in starts
            if opens and (not out_rows or out_rows[-1].strip()):
                out_rows.append("")  # (at a page's top: a blank line after the form feed)
            out_rows.append(row)
            if ws:
                opens_all.append(opens)
            at += len(ws)
        out_pages.append("\n".join(out_rows))
    return "\f".join(out_pages), opens_all


def files_of(text: str) -> dict[int, str]:
    """The five-chapter files, cut as accuracy_extracted.word_pdf_files cuts them."""
    starts = [m.start(1) for m in CHAPTER_RE.finditer(text)][-61:]
    starts.append(text.index("End of the Project Gutenberg"))
    return {first: text[starts[first - 1] : starts[min(first + 4, 61)]] for first in en_files()}


def tuning_files(plain: str, lines: list[str]) -> Iterator[tuple[int, list[str], Widths]]:
    """Each tuning file of the Word PDF's text: where its lines start in `lines` (the whole
    text's non-blank rows), its rows, and the measure Galley's unwrap pass learns from it."""
    from convert.normalize.unwrap.measure import measure

    for first, chunk in files_of(plain).items():
        if english_half(first) != "tuning":
            continue
        rows = [r.strip() for r in chunk.replace("\f", "\n").split("\n") if r.strip()]
        start = next(i for i in range(len(lines)) if lines[i : i + 3] == rows[:3])
        yield start, rows, measure([b.split("\n") for b in chunk.split("\n\n") if b.strip()])


def reblocked(blocks: list[str], chunk: str) -> list[str]:
    """Galley's `blocks` of a file cut again at the paragraph ends the PDF prints: `chunk` is the
    file's `paragraphed` text (a blank line before each paragraph the PDF opens).

    Galley's words are matched to the chunk's (`difflib`, word by word); a block opens at a word
    matched to a paragraph's first word, and a break of Galley's before a word matched to any
    other word is taken out. Galley's own breaks stand where its word matches none (a word it
    repaired). So the text is Galley's and only the paragraphing is the PDF's. (The blank lines
    themselves cannot carry the ends into Galley: in a typeset text a blank line after a full
    line finishing a sentence reads as a page break, `unwrap.latin_pages`.)
    """
    pdf_words: list[str] = []
    opens: list[bool] = []
    # (`pdftotext` ends each page with a blank line before its form feed: no paragraph's end)
    for paragraph in re.split(r"\n[ \t]*\n", re.sub(r"\n[ \t]*\n?\f", "\n", chunk)):
        words = paragraph.split()
        pdf_words += words
        opens += [True] + [False] * (len(words) - 1) if words else []
    ours = [(i, word) for i, block in enumerate(blocks) for word in block.split()]
    matcher = difflib.SequenceMatcher(None, [w for _, w in ours], pdf_words, autojunk=False)
    matched: dict[int, int] = {}
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            matched[a + k] = b + k
    out: list[list[str]] = []
    for k, (block, word) in enumerate(ours):
        first_of_block = k == 0 or ours[k - 1][0] != block
        at = matched.get(k)
        starts = opens[at] if at is not None else first_of_block
        if starts or not out:
            out.append([])
        out[-1].append(word)
    return [" ".join(words) for words in out]


def ceiling() -> None:
    plain = pdftotext(WORD_PDF, "default")
    text, _ = paragraphed(plain)
    chunks = files_of(text)
    chapters = pp_chapters()
    scores: dict[str, Score] = {}
    for first, chunk in files_of(plain).items():
        truth = _plain([b for c in chapters[first - 1 : first + 4] for b in c])
        _, blocks = predict(chunk)
        one = Score()
        one.add(_plain(reblocked(blocks, chunks[first])), truth)
        scores.setdefault(english_half(first), Score()).merge(one)
    for which, score in scores.items():
        print(
            f"en-word, paragraph ends from the PDF  {which:<9} F1 {score.f1:.4f}  CER {score.cer:.5f}"
        )


def bands(show: bool) -> None:
    from convert.blocks import ends_paragraph
    from convert.normalize.unwrap.decide import ABBREVIATION_RE
    from convert.normalize.unwrap.measure import with_next_word

    text, opens = paragraphed(pdftotext(WORD_PDF, "default"))
    plain = pdftotext(WORD_PDF, "default")
    lines = [row.strip() for row in plain.replace("\f", "\n").split("\n") if row.strip()]
    assert len(lines) == len(opens)
    del text
    counts: dict[str, list[int]] = {}
    for start, rows, widths in tuning_files(plain, lines):
        edge = widths.latin
        for i in range(start + 1, start + len(rows) - 1):
            line, following, after = lines[i - 1], lines[i], lines[i + 1]
            if not (ends_paragraph(line) and following[:1].isupper()):
                continue
            if line.endswith(".") and ABBREVIATION_RE.search(line):
                continue  # `…by Mr.` / `Darcy`: no sentence ends (decide's)
            if widths.width(f"{line} {following.split()[0]}") <= edge:
                continue  # the next word fitted: a short line (the measure's rule)
            width = widths.width(following)
            if width > edge * 1.02:
                band = "run together"
            elif width > edge - widths.indent / 2:
                band = "too wide to be indented"
            elif widths.width(with_next_word(following, after)) <= edge and after[:1].islower():
                band = "fits with the next word"
            else:
                band = "either"
            if line[-1:] in '"”':
                band += ", after a quotation"
            if band == "either" and show:
                print(
                    f"  {'end ' if opens[i] else 'wrap'} {edge - width:5.2f} {line[-40:]} | {following[:40]}"
                )
            tally = counts.setdefault(band, [0, 0])
            tally[0 if opens[i] else 1] += 1
    print("tuning files: a full line that finishes a sentence, then a capital")
    for band, (ends, wraps) in sorted(counts.items()):
        print(f"  next line {band:<38} paragraph ends {ends:>4}  wraps {wraps:>4}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bands", action="store_true")
    parser.add_argument("--lines", action="store_true", help="with --bands: the lines either way")
    args = parser.parse_args(argv)
    if args.bands:
        bands(args.lines)
    else:
        ceiling()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
