"""Words `pdftotext` split off a stretched justified line, put back at the line's end.

On a narrow justified page a line of few long words is stretched until a gap in it is wider
than `pdftotext` (default mode) takes for a space between words: it reads the words after that
gap as a column of its own and puts them after the block the line stands in, one short
paragraph each (`Charlotte's reply was spared` / `entrance of Jane and Elizabeth.` / `6` / `` /
`by` / `` / `the`; a title `(Concerning` / `Taxation)` / `` / `the` / `` / `General` ...). Left
so, the unwrap pass makes each a paragraph and the line's sentence loses its words.

The evidence is the wrap itself. A wrap falls where the next word would not fit
(`unwrap.typeface`): the line that lost its end is one where the next line's first word would
have fitted after it, which no wrap leaves; the split-off words fit after it, and with them the
next word no longer does. A run of one-to-four-word paragraphs (no sentence end, a phrase of
several words seen once: a running head repeats) goes back to the end of the one line of the
block before it that passes all three tests, measured against the measure of the lines around
it; where no line or more than one line does, the text is left as it is.

Counts (bench/README.md, "English running heads and narrow LibreOffice pages"): in the raw
`pdftotext` text of every tuning file of bench/english_heads.py, english_office_flush,
english_weasy_flush and english_books, 5 runs of 14 words split off so, all on pages 80-100 mm
wide; every one is put back where the truth has it, and no other run qualifies. A real book
shows the same: justification on a narrow measure stretches a line of long words, and every
page of such a PDF read by `pdftotext` can lose the words after the widest gap.

The tests hold only where lines were broken by a measure. Lines broken by hand (verse, an
address, ragged text) are often short of it, and one of them would pass by chance: a run is
put back only where, among the lines around it that end no sentence and go on in their block,
at most a third would have taken the next line's first word (`MAX_FITTING`). At the five
put-backs of the tuning material that share is 0.04-0.22; on a megabyte of hard-broken lines of
random length with short headings between paragraphs it is 0.50 or more everywhere, and the
pass, without this test, moved 4,508 headings into the paragraphs above them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, pairwise

from ..changes import Edit
from ..config import Config
from .context import Context
from .unwrap.typeface import face_width

GAP_NOTE = "words read after their line's wide gap put back at its end"

_WORD = r"[\"'(\u201c\u2018]?[A-Za-z][\w'\u2019-]*[,)\"\u201d]?"
_PIECE = rf"{_WORD}(?: {_WORD}){{0,3}}"
# a run: a blank line after the block's last line, then pieces each followed by a blank line
RUN_RE = re.compile(rf"\n\n((?:{_PIECE}\n\n)*{_PIECE})(?=\n\n)")
SENTENCE_END_RE = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
FACE = "times"  # widths are compared with the measure in the same face: the ratio is what counts
AROUND = 6000  # characters either side of a run whose lines give its page's measure
MEASURE_SHARE = 0.9  # the percentile of the full lines' widths taken for the measure
MIN_FULL = 12  # lines of four words or more needed for a measure
TOLERANCE = 0.03  # of the measure: a face's estimate errs by a few per cent
MAX_FITTING = 1 / 3  # of the open lines around a run that would have taken the next word


class _Widths(dict[str, float]):
    """A candidate line's width in `FACE`, measured once a call."""

    def __missing__(self, line: str) -> float:
        width = self[line] = face_width(FACE, line.strip())
        return width


class _Page:
    """The text's lines with two widths each, measured once a call as the runs reach them:
    the windows of neighbouring runs overlap, and a text of thousands of short headings would
    otherwise measure the ~200 lines around each again. `full`: a line of four words or more,
    else -1; `with_next`: an open line (no sentence end, a line under it) with the next
    line's first word, else infinity. A window's measure and share are then sorts and
    bisections of slices."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.starts = list(accumulate((len(line) + 1 for line in self.lines), initial=0))
        self.full: list[float] = []
        self.with_next: list[float] = []

    def window(self, start: int, end: int) -> tuple[int, int]:
        """The lines (first, past the last) that hold the characters from `start` to `end`."""
        first = bisect_right(self.starts, max(0, start)) - 1
        last = min(len(self.lines) - 1, bisect_right(self.starts, end) - 1)
        self._measure_upto(last + 1)
        return first, last + 1

    def _measure_upto(self, count: int) -> None:
        lines = self.lines
        for index in range(len(self.full), count):
            line = lines[index]
            self.full.append(face_width(FACE, line.strip()) if line.count(" ") >= 3 else -1.0)
            own = line.rstrip()
            after = lines[index + 1] if index + 1 < len(lines) else ""
            next_word = after.split(" ", 1)[0]
            if own and next_word and not SENTENCE_END_RE.search(own):
                self.with_next.append(face_width(FACE, f"{own} {next_word}".strip()))
            else:
                self.with_next.append(float("inf"))

    def measure(self, first: int, past: int) -> float | None:
        """The measure of the lines `first` to `past`: the `MEASURE_SHARE` percentile of the
        full lines' widths, if there are `MIN_FULL` of them."""
        widths = sorted(self.full[first:past])
        full = widths[bisect_right(widths, -1.0) :]
        if len(full) < MIN_FULL:
            return None
        return full[int(len(full) * MEASURE_SHARE)]

    def fitting_share(self, first: int, past: int, measure: float) -> float:
        """The share of the window's open lines (the last has no line under it in the
        window) after which the next line's first word would still have fitted."""
        widths = sorted(self.with_next[first : past - 1])
        open_lines = bisect_left(widths, float("inf"))
        fitting = bisect_right(widths, measure * (1 - TOLERANCE))
        return fitting / open_lines if open_lines else 1.0


def restore_gap_words(text: str, config: Config, context: Context) -> list[Edit]:
    """The edits that move each run of split-off words back to the end of its line."""
    if "\n\n" not in text:
        return []
    edits: list[Edit] = []
    widths = _Widths()
    page = _Page(text)
    for match in RUN_RE.finditer(text):
        start = match.start()
        if start == 0 or text[start - 1] == "\n":
            continue  # (no block before it)
        pieces = match.group(1).split("\n\n")
        if any(
            " " in piece and text.count(piece, max(0, start - 2 * AROUND), start + 2 * AROUND) > 1
            for piece in pieces
        ):
            continue  # (a running head)
        edits.extend(_put_back(text, match.start(1), match.end(1), " ".join(pieces), widths, page))
    return edits


def _put_back(
    text: str, start: int, end: int, words: str, widths: _Widths, page: _Page
) -> list[Edit]:
    """The run `text[start:end]` (`words`) removed and added at the end of its line, if one
    line of the block before it passes the tests."""
    block_end = start - 2  # the block's last line ends here (the "\n" before the blank)
    block_start = text.rfind("\n\n", 0, block_end) + 2
    if block_start < 2:
        block_start = 0
    block = text[block_start:block_end].split("\n")
    open_lines = [
        (index, own, next_word)
        for index, (line, after) in enumerate(pairwise(block))
        if (own := line.rstrip())
        and (next_word := after.split(" ", 1)[0])
        and not SENTENCE_END_RE.search(own)
    ]
    if not open_lines:
        return []  # (a paragraph joined into one line, as every later round sees it: no measure)
    first, past = page.window(block_start - AROUND, end + AROUND)
    measure = page.measure(first, past)
    if measure is None:
        return []
    fits = measure * (1 + TOLERANCE)
    found = []
    for index, own, next_word in open_lines:
        joined = f"{own} {words}"
        if (
            widths[f"{own} {next_word}"] <= measure * (1 - TOLERANCE)
            and widths[joined] <= fits
            and widths[f"{joined} {next_word}"] > measure * (1 - TOLERANCE)
        ):
            found.append(index)
    if len(found) != 1 or page.fitting_share(first, past, measure) > MAX_FITTING:
        return []
    at = block_start + sum(len(line) + 1 for line in block[: found[0]])
    line_end = at + len(block[found[0]].rstrip())
    return [
        Edit(line_end, line_end, f" {words}", "gap-word", GAP_NOTE),
        Edit(start - 1, end + 1, "", "gap-word", GAP_NOTE),
    ]
