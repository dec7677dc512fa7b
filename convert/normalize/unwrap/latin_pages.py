"""Page breaks inside an English paragraph that the page's last line hides.

The furniture pass takes a page's foot and the next page's head away and leaves a blank line;
the layout pass then joins the two blocks only where the first ends mid-sentence. A page that
ends with a full line finishing a sentence reads as a paragraph end there, though in a text
whose paragraphs open with an indent the next page's first line may say otherwise: too wide to
have been indented (`…but she checked herself.` / page / `She remembered that he had yet to
learn to be laughed at, and it was rather too`), it goes on with the paragraph above it. A
paragraph's first line stops at the measure less the indent (`decide._flush`, its evidence).

Asked only of a text set in a known face (`Widths.face`): a typeset page `pdftotext` read, not
a typewritten text whose blank lines are the writer's. So is `spread_lines`: a justified line
`pdftotext` cut into one-word lines is one printed line, and a wrap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...blocks import Block, ends_paragraph
from ...changes import Edit
from ...chars import mostly_wide
from ...config import Config
from ...headings import in_capitals, looks_like_heading
from .decide import SINGLE_LINE, paragraph_ends_here
from .flush_latin import indent_tells, spaced_rows
from .join import joiner
from .measure import LINE_SPACES, Widths

NOTE = "page break inside a paragraph: joined (the next page's first line goes on with it)"


def latin_page_joins(blocks: Sequence[Block], widths: Widths, config: Config) -> list[Edit]:
    """The blank lines between two blocks of a typeset English text where the second goes on
    with the paragraph the first ends with: the first's last line is full (the next word would
    not have fitted) and finishes a sentence; the second's first line, more lines after it, is
    too wide to have been indented.

    Only where the face was learnt (`Widths.face`), and the indent test (`_goes_on`) only where
    the indent was too: elsewhere a line's width says nothing of an indent. Evidence:
    bench/README.md, "English real extraction: page breaks after a full line (issue 12)". Where
    the unwrap pass would have called the break a wrap inside a page, it is one across pages too
    (`_wraps_across`); a row of asterisks `pdftotext` closed up is spaced again (`spaced_rows`).
    """
    if not widths.face or widths.monospace:
        return []
    edits = spaced_rows(blocks)  # (`flush_latin`: `*****`, a row closed up, spaced again)
    for block, following in pairwise(blocks):
        if "\n" not in following.text:
            continue  # a line alone (a heading, a signature) shows no measure to go on at
        lines = block.text.rsplit("\n", 2)
        last = lines[-1].strip(LINE_SPACES)
        first, _, rest = following.text.partition("\n")
        first = first.strip(LINE_SPACES)
        if (indent_tells(widths) and _goes_on(last, first, widths, config)) or _wraps_across(
            lines[-2] if len(lines) > 1 else "", last, first, rest, widths, config
        ):
            edits.append(Edit(block.end, following.start, joiner(last, first), "unwrap", NOTE))
    return edits


def _wraps_across(
    above: str, last: str, first: str, rest: str, widths: Widths, config: Config
) -> bool:
    """A page's full last line that finishes a sentence, and a next page whose first line the
    unwrap pass would have joined to it inside a page (`decide.paragraph_ends_here`).

    A page break falls where the page is full, not where a paragraph ends, so it is no evidence
    of one: a full line finishing a sentence is most often a wrap (a flush page, no indent, no
    space `pdftotext` keeps: 85 wraps to 13 paragraph ends inside the pages of
    bench/english_books.py's tuning half), and the layout pass, which joins a page break only
    mid-sentence, cut the paragraph there (`…within the same period.` / page / `Thirdly. Every
    page of their proceedings…`). Evidence (bench/english_books.py and the English layouts of
    bench/accuracy_extracted.py, tuning halves: every page break after a full line that finishes
    a sentence, against the truth): where the unwrap pass calls it a wrap and `_goes_on` did
    not join it, 10 wraps and 3 paragraph ends (the three after a line that fills the measure
    under a learnt indent, where a paragraph's full last line and a wrap look alike); where it
    calls it a paragraph end, 12 ends and 1 wrap (left as they are).
    """
    if not (last and first[:1].isupper()) or mostly_wide(last) or mostly_wide(first):
        return False
    if not ends_paragraph(last) or widths.is_short(last, first):
        return False
    after = rest.split("\n", 1)[0].strip(LINE_SPACES)
    before = (above.strip(LINE_SPACES),) if above else ()
    return not paragraph_ends_here(last, first, widths, config, before=before, after_next=after)


def _goes_on(last: str, first: str, widths: Widths, config: Config) -> bool:
    if not (last and first[:1].isupper()) or mostly_wide(last) or mostly_wide(first):
        return False
    if not ends_paragraph(last) or widths.is_short(last, first):
        return False  # (mid-sentence: the layout pass's; a short line ends its paragraph)
    if in_capitals(last, config) or in_capitals(first, config):
        return False
    if looks_like_heading(first, config):
        return False
    # (`decide._flush`: wider than the measure less half the indent, no two lines run together)
    return widths.latin - widths.indent / 2 < widths.width(first) <= widths.latin * SINGLE_LINE


# a Latin word alone on its line (a letter, then no space)
ONE_WORD_RE = re.compile(r"[^\s]*[A-Za-z][^\s]*")


def spread_lines(lines: Sequence[str], widths: Widths) -> set[int]:
    """The breaks (each the index of the line before it) inside a printed line that `pdftotext`
    cut into one-word lines, and the break after it: a wrap.

    A justified line of few words is set with wide spaces, and `pdftotext` reads a space that
    wide as a line's end: `THE` / `last` / `paper` / `having` / `concluded` / `the` /
    `observations which were meant to introduce a`. A run of two one-word lines or more whose
    words fit the measure as one line, where the next line's first word would not have fitted
    after them, was one printed line stretched to the measure; only a wrap's line is stretched,
    so its words and the next line go on as one paragraph. Cut apart, each word read as a line
    of its own: a word in capitals as a heading (`THE`), a sentence's last word as a paragraph's
    end (`people` / `themselves.` / `The` / `act,` / `therefore,`). Evidence: bench/README.md,
    "English real extraction: justified lines cut into words" (issue 12).

    Only in a text set in a known face (`Widths.face`): the widths must be the page's.
    """
    if not widths.face or widths.monospace:
        return set()
    found: set[int] = set()
    start = 0
    while start < len(lines) - 1:
        end = start
        while end < len(lines) and ONE_WORD_RE.fullmatch(lines[end].strip(LINE_SPACES)):
            end += 1
        if end - start >= MIN_SPREAD and end < len(lines):
            words = " ".join(line.strip(LINE_SPACES) for line in lines[start:end])
            following = lines[end].strip(LINE_SPACES).split(" ", 1)[0]
            fits = widths.width(words) <= widths.latin * SINGLE_LINE
            if fits and widths.width(f"{words} {following}") > widths.latin:
                found.update(range(start, end))
        start = max(end, start + 1)
    return found


# one-word lines in a row that may be one printed line spread out
MIN_SPREAD = 2
