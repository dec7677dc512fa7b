"""What words and pages tell of a paragraph end the widths cannot (issue 12, en-word).

bench/english_ceiling.py's `--bands` shows the joins left in en-word (Pride and Prejudice's Word
PDF through `pdftotext`'s default mode) at a full line that finishes a sentence, before a line
whose width is as likely for a wrap as for an indented first line. This script counts, on the
TUNING chapters only (bench/accuracy_extracted.py's halves), the two other sources of evidence:

`--openers`: the Gutenberg text's sentence boundaries in narration (no quotation open, none
opening, none just closed), how often the next sentence opens a paragraph, by its opening and
by the paragraph's length so far: the likelihood ratio a language cue would have to beat.

`--pages`: the Word PDF's page geometry (`pdftotext -bbox-layout`). Word sets 9 pt after a
paragraph, a line every 13.8 pt, from 72.1 pt at a page's top; so a page's last line sits at
72.1 + 13.8 (L - 1) + 9 P (L lines, P paragraph ends between them), and the next line went to
the next page only where it did not fit, or where widow and orphan control moved it. Checks
that model on every tuning page and asks, for each band end (the joins of `--bands`): would
the page, that end missing, be too short for Word unless widow or orphan control explains it?

    .venv/bin/python bench/english_cues.py --openers
    .venv/bin/python bench/english_cues.py --pages
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy_extracted import english_half, pdftotext  # noqa: E402
from bench.english_ceiling import (  # noqa: E402
    WORD_PDF,
    files_of,
    paragraphed,
    tuning_files,
)
from bench.pdf_layouts import pp_chapters  # noqa: E402

SENTENCE_RE = re.compile(r'(?<=[.!?:])(["\']?)\s+(?=["A-Z])')
ABBREVIATION_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Col|Capt|Gen|Lt|No|etc)\.$")
# openers that move narration to a new time or occasion (the cue tried: bench/README.md)
NEW_TIME_RE = re.compile(
    r"(?:When|After|As soon as|Soon after|Before|Within|During|The next|The following"
    r"|The day|The evening|That evening|In the (?:evening|morning|afternoon|course))\b"
)
TOP, PITCH, AFTER = 72.1, 13.8, 9.0  # pt: the first line's top, a line, space after a paragraph
LINE_RE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</line>', re.S)


def _plain(block: str) -> str:
    quotes = {"“": '"', "”": '"', "’": "'", "‘": "'", "_": ""}
    return "".join(quotes.get(ch, ch) for ch in block)


def boundaries() -> list[tuple[bool, int, str]]:
    """Each narration boundary of the tuning chapters: whether a paragraph opens there, the
    paragraph's characters so far, the next sentence."""
    paragraphs: list[list[str]] = []
    for number, chapter in enumerate(pp_chapters(), 1):
        if english_half((number - 1) // 5 * 5 + 1) != "tuning":
            continue
        for block in chapter[1:]:
            text, last, sentences = _plain(block), 0, []
            for match in SENTENCE_RE.finditer(text):
                cut = match.start() + len(match.group(1))
                if not ABBREVIATION_RE.search(text[last:cut]):
                    sentences.append(text[last:cut])
                    last = match.end()
            paragraphs.append([*sentences, text[last:]])
    rows = []
    for i, sentences in enumerate(paragraphs[:-1]):
        run = ""
        for j, sentence in enumerate(sentences):
            run = f"{run} {sentence}".strip()
            opens = j == len(sentences) - 1
            after = paragraphs[i + 1][0] if opens else sentences[j + 1]
            if run.count('"') % 2 == 0 and after[:1] != '"' and sentence[-1:] != '"':
                rows.append((opens, len(run), after))
    return rows


def openers() -> None:
    rows = boundaries()
    ends = sum(opens for opens, _, _ in rows)
    goes = len(rows) - ends

    def line(name: str, test: Callable[..., object]) -> None:
        e = sum(1 for row in rows if row[0] and test(row))
        g = sum(1 for row in rows if not row[0] and test(row))
        ratio = (e / ends) / max(g / goes, 1e-9)
        print(f"  {name:<44} opens {e:>4}  goes on {g:>4}  ratio {ratio:5.2f}")

    print(f"tuning chapters, narration: {ends} paragraph openings, {goes} sentences going on")
    line("a new time or occasion (NEW_TIME_RE)", lambda r: NEW_TIME_RE.match(r[2]))
    for least in (150, 250, 350):
        line(
            f"  and {least} characters of paragraph",
            lambda r, n=least: NEW_TIME_RE.match(r[2]) and r[1] >= n,
        )
    for low, high in ((0, 100), (100, 250), (250, 450), (450, 800), (800, 10**6)):
        line(f"paragraph so far {low}-{high}", lambda r, a=low, b=high: a <= r[1] < b)
    for word in ("She", "He", "It", "The", "Elizabeth", "Mr.", "Mrs.", "When", "After", "If"):
        line(f"opens `{word}`", lambda r, w=word: r[2].split(maxsplit=1)[:1] == [w])


def bbox_tops() -> list[list[float]]:
    command = ["pdftotext", "-bbox-layout", str(WORD_PDF), "-"]
    out = subprocess.run(command, capture_output=True, check=True).stdout.decode("utf-8")
    return [[float(y) for _, y, _ in LINE_RE.findall(page)] for page in out.split("<page ")[1:]]


def band(plain: str, lines: list[str], opens: list[bool]) -> dict[int, bool]:
    """The tuning files' lines in narration that open after a full line finishing a sentence,
    in the band whose widths tell nothing (bench/english_ceiling.py's `--bands` "either"), and
    whether a paragraph opens there: those that do are the joins en-word keeps."""
    from convert.blocks import ends_paragraph
    from convert.normalize.unwrap.decide import ABBREVIATION_RE as ABBREVIATION
    from convert.normalize.unwrap.measure import with_next_word

    found = {}
    for start, rows, widths in tuning_files(plain, lines):
        edge, opened = widths.latin, start
        for i in range(start + 1, start + len(rows) - 1):
            opened = i - 1 if opens[i - 1] else opened
            line, following, after = lines[i - 1], lines[i], lines[i + 1]
            if not (ends_paragraph(line) and following[:1].isupper()) or line[-1:] in '"”':
                continue
            if ABBREVIATION.search(line) or following[:1] in '"“':
                continue
            if widths.width(f"{line} {following.split()[0]}") <= edge:
                continue
            if widths.width(following) > edge - widths.indent / 2:
                continue
            if after[:1].islower() and widths.width(with_next_word(following, after)) <= edge:
                continue
            paragraph = " ".join(lines[opened:i])
            if paragraph.count('"') % 2 or paragraph.count("“") > paragraph.count("”"):
                continue
            found[i] = opens[i]
    return found


def pages() -> None:
    plain = pdftotext(WORD_PDF, "default")
    _, opens = paragraphed(plain)
    texts = plain.split("\f")
    page_of = [i for i, t in enumerate(texts) for row in t.split("\n") if row.strip()]
    lines = [row.strip() for row in plain.replace("\f", "\n").split("\n") if row.strip()]
    tuning: set[int] = set()
    for first, chunk in files_of(plain).items():
        if english_half(first) == "tuning":
            rows = [r.strip() for r in chunk.replace("\f", "\n").split("\n") if r.strip()]
            start = next(i for i in range(len(lines)) if lines[i : i + 3] == rows[:3])
            tuning.update(page_of[k] for k in range(start, start + len(rows)))
    tops = bbox_tops()
    by_page: dict[int, list[int]] = {}
    for k, page in enumerate(page_of):
        by_page.setdefault(page, []).append(k)
    chapter = re.compile(r"Chapter \d+$")
    body = [
        p
        for p in sorted(tuning)
        if p + 1 in tuning
        and not any(chapter.match(lines[k]) for k in by_page[p] + by_page[p + 1][:1])
    ]
    off = odd = 0
    limit = 0.0
    for p in body:
        ks = by_page[p]
        last = TOP + PITCH * (len(ks) - 1) + AFTER * sum(opens[k] for k in ks[1:])
        gaps = [b - a for a, b in zip(tops[p], tops[p][1:], strict=False)]
        # (a blank paragraph, a scene break; or lines the text and the boxes count apart)
        wide = max(gaps, default=0.0) > PITCH + AFTER + 1 or len(ks) != len(tops[p])
        off += abs(last - tops[p][-1]) > 1.0 and not wide
        odd += wide
        limit = max(limit, tops[p][-1])
    print(
        f"tuning body pages {len(body)}: {odd} with a blank paragraph or lines counted apart; "
        f"last line off the model by > 1 pt on {off} of the others"
    )
    print(f"lowest line on a page: {limit:.1f} pt")
    unexplained = 0
    for p in body:
        ks, nks = by_page[p], by_page[p + 1]
        last = TOP + PITCH * (len(ks) - 1) + AFTER * sum(opens[k] for k in ks[1:])
        need = last + PITCH + AFTER * opens[nks[0]]
        widow = not opens[nks[0]] and len(nks) > 2 and opens[nks[2]] and not opens[nks[1]]
        orphan = opens[nks[0]]
        if need <= limit and not (widow or orphan):
            unexplained += 1
    print(f"pages that end before a line that fitted, neither widow nor orphan: {unexplained}")
    slack = [
        TOP + PITCH * len(by_page[p]) + AFTER * sum(opens[k] for k in by_page[p][1:]) - limit
        for p in body
        if not opens[by_page[p + 1][0]]
    ]
    fits = sum(0 < room <= AFTER for room in slack)
    print(
        f"pages before a line that goes on: {len(slack)}; the line lacked room on "
        f"{sum(room > 0 for room in slack)} (widow control moved it on the rest), "
        f"{AFTER:.0f} pt or less on {fits}: there a paragraph end the text misses would show"
    )
    # each band end missing (as en-word joins them): does its page show it, and alone?
    candidates = band(plain, lines, opens)
    missed = {k for k, end in candidates.items() if end}
    shown = alone = wrong = 0
    for p in body:
        ks, nks = by_page[p], by_page[p + 1]
        gaps = sum(opens[k] and k not in missed for k in ks[1:])
        need = TOP + PITCH * len(ks) + AFTER * (gaps + opens[nks[0]])
        widow = not opens[nks[0]] and len(nks) > 2 and opens[nks[2]] and not opens[nks[1]]
        orphan = opens[nks[0]] and need > limit - PITCH
        here = [k for k in ks[1:] if k in candidates]
        if need <= limit and not (widow or orphan):
            shown += any(k in missed for k in here)
            alone += len(here) == 1 and here[0] in missed
            wrong += len(here) == 1 and here[0] not in missed
    print(
        f"band lines in narration: {len(candidates)}, {len(missed)} of them paragraph ends; "
        f"pages too short for Word without their end: {shown}, with no other band line: "
        f"{alone} (a band line so flagged that is a wrap: {wrong})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--openers", action="store_true")
    parser.add_argument("--pages", action="store_true")
    args = parser.parse_args(argv)
    if args.openers or not args.pages:
        openers()
    if args.pages:
        pages()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
