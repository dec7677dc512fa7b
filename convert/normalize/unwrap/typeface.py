"""The Latin face a typeset text was set in, told from its wrapped lines.

A wrap falls where the next word would not fit: a line ends its paragraph when it and the next
word fit the measure. Testing that needs the line's printed width. An approximate metric
(`measure.latin_width`) errs by a few per cent a line, as much as a word or an indent; the
advance widths of the face itself (`faces.FACES`) measure a line's natural width exactly, and
the natural widths of a justified text's wrapped lines then pile up just under the measure: the
face that makes that top the sharpest is the one the text was set in. Evidence
(`pdftotext -bbox-layout` of Pride and Prejudice's Word PDF, Times New Roman, every justified
line of the book): in Liberation Serif's widths (metric-compatible with Times New Roman) the
line plus the next word passes the measure for every wrap but 2 of 4,913 and fits it at 1,950
of 2,041 paragraph ends. bench/README.md, "English through pdftotext's default mode".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from .dash_run import printed_lines
from .faces import ALPHABET, FACES

# a character the tables lack counts as an average lowercase letter
UNKNOWN_WIDTH = 0.5
# a text needs this many wrapped Latin lines for its top percentiles to tell faces apart: in
# stretches of 80 lines of bench/english_books.py's tuning texts the face picked was wrong as
# often as in stretches of 100, in stretches of 50 twice as often (bench/README.md, "English
# books: the face found in more texts")
MIN_FACE_LINES = 80
# the measure: a percentile of the natural widths high enough to be the measure itself (a
# wrapped line's natural width is at most the measure) and low enough to pass over the few
# over-long lines where `pdftotext` runs two printed lines into one
FACE_PERCENTILE = 0.99
# lines enough to tell the faces apart
FACE_SAMPLE = 2000
# the top's sharpness: the gap between this percentile and FACE_PERCENTILE, over the latter
SHARP_FROM = 0.95
# a face is the text's where its top is this much sharper than any other metric's (in a face
# the tables lack, none stands out so, and the approximate metric is kept)
SHARPER = 0.8


class _Table(dict[str, float]):
    def __missing__(self, key: str) -> float:
        return UNKNOWN_WIDTH


@cache
def _table(face: str) -> _Table:
    return _Table(zip(ALPHABET, (width / 1000 for width in FACES[face]), strict=True))


def face_width(face: str, text: str) -> float:
    """The natural width of `text` in `face`, in ems: its words one space apart, as the
    typesetter measured them (`pdftotext -layout` pads a justified line's spaces)."""
    if "  " in text:
        text = " ".join(text.split())
    return sum(map(_table(face).__getitem__, text))


def _percentile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, int(len(values) * share))]


def _printed(values: list[float]) -> list[float]:
    """The sorted widths less those of lines that `pdftotext` ran together.

    A hyphenated line end comes out joined to the next line (`dehyphenated`). Where such lines
    pass 1 % of the lines, the 99th percentile is one of them, twice the measure, and no face
    stands out: bench/english_books.py's tuning half, The Girl's Own Paper set by LibreOffice
    (8 of 448 lines, `office-` / `boy` and other compounds; every metric's top 47 % wide).
    Under 1 % (Pride and Prejudice's Word PDF) the percentile passes over them, and the
    measure stays as it was learnt.

    A line run together with a short one is not twice the measure: a letter's salutation and
    its first line (`“MY DEAR FRIEND,-“If you are not so compassionate as to dine to-day`), a
    dash that ended a line. Where the percentile stands past the pile of wrapped lines under
    the measure (over `PAST_PILE` times the 95th percentile), the lines past the pile go.
    Evidence: of bench/english_books.py's 86 tuning files and en-word's 8, the cut acts in two:
    prejudice-006 (LibreOffice, Liberation Sans 11 pt, 99 mm), 3 of its 217 lines so, 1.2 to
    1.8 times the median, the percentile one of them (31.06 em against a pile at 25.46), no face
    found; now Liberation Sans's, its 2 em indent learnt, `Jones--therefore` restored. And
    federalist-080 in some faces' widths, its face and measure the same (bench/README.md,
    "English real extraction, fourth round").
    """
    if not values:
        return values
    most = values[len(values) // 2] * RUN_TOGETHER
    top = _percentile(values, FACE_PERCENTILE)
    if top > most:
        return values[: bisect_right(values, most)]
    pile = _percentile(values, SHARP_FROM) * PAST_PILE
    if top <= pile:
        return values  # few such lines (under 1 %): the percentile passes over them
    return values[: bisect_right(values, pile)]


# a line wider than this many times the lines' median is two printed lines run together
RUN_TOGETHER = 1.5
# a line wider than this many times the 95th percentile is past the pile of wrapped lines
PAST_PILE = 1.15


def _sharpness(values: list[float]) -> float:
    """How sharply the sorted `values` stop at their measure (0: a wall)."""
    values = _printed(values)
    top = _percentile(values, FACE_PERCENTILE)
    return (top - _percentile(values, SHARP_FROM)) / top if top else 1.0


def choose_face(lines: list[str], approximate: list[float]) -> tuple[str, float, list[float]]:
    """The face the wrapped Latin `lines` were set in, its measure in ems and the lines' widths
    in it ("", 0, []: none stands out). `approximate`: the lines' widths in the approximate
    metric, the rival. A long text is judged on every n-th line (FACE_SAMPLE of them)."""
    if len(lines) < MIN_FACE_LINES:
        return "", 0.0, []
    step = -(-len(lines) // FACE_SAMPLE)
    sample = lines[::step]
    kept = printed_lines(sample)  # (`dash_run`: the widths of printed lines only)
    sharpness: dict[str, float] = {"": _sharpness(sorted(kept(approximate[::step])))}
    sampled: dict[str, list[float]] = {}
    for face in FACES:
        sampled[face] = [face_width(face, line) for line in sample]
        sharpness[face] = _sharpness(sorted(kept(sampled[face])))
    best = min(sharpness, key=sharpness.__getitem__)
    rivals = [value for face, value in sharpness.items() if face != best]
    clearly = sharpness[best] <= SHARPER * min(rivals)
    if clearly and not best:
        return "", 0.0, []
    shares = {face: _fitting_share(lines, step, face, sampled[face]) for face in FACES}
    # (the sharpest, unless another face's wraps clearly fit fewest: `_fewest_fitting_wraps`;
    # of faces nearly as sharp, that one, or the one both tests agree on: `_agreed`)
    best = _fewest_fitting_wraps(shares) or (best if clearly else _agreed(sharpness, shares))
    if not best:
        return "", 0.0, []
    widths = sampled[best] if step == 1 else [face_width(best, line) for line in lines]
    measure = _percentile(_printed(sorted(printed_lines(lines)(widths))), FACE_PERCENTILE)
    return best, measure, widths


def _fewest_fitting_wraps(shares: dict[str, float]) -> str:
    """Of two faces nearly as sharp, the one after whose wrapped lines the next word never
    fits the measure ("": none clearly so).

    The top of the lines' widths is a blunt test where a text is short or ragged: Pride and
    Prejudice's Word PDF cut into five-chapter files got no face in one of 13 (Times 0.56 %,
    DejaVu Serif 0.69 %), nor did 9 of bench/english_books.py's 86 tuning files (Federalist
    essays). The wrap itself is sharper: where a line neither opens its paragraph (the line
    before it finishes no sentence) nor ends it (the next line opens in lowercase), the next
    word did not fit, and in the face the text was set in it passes the measure. Share of
    such wraps that fit in each face, bench/README.md "English real extraction: the face of a
    short text": the face set 0-2.1 % on all 13 Word files, every other face 8 % or more; of
    the 83 tuning files with 80 lines, the face set had the fewest in 81 (not in a ragged one
    where every face fits 98 %, nor where Liberation Sans fits 2.0 %, DejaVu Sans 0.0 %). The test also overrules the sharpest face where more than
    `MOST_FITTING` of its wraps fit and another face's clearly fewest do: prejudice-022
    (Liberation Sans, Times sharpest but 18.8 % of its wraps fitting; 0.8571 -> 0.9268) and
    prejudice-020 (DejaVu Sans, DejaVu Serif 10.1 %), the only two tuning files so; and where
    the sharpest face's wraps fit under `MOST_FITTING` but another's clearly fewer (under
    `FEWER` of it): federalist-041, WeasyPrint in Liberation Serif, DejaVu Serif the sharpest
    (0.0023 against 0.0037) with 3.9 % of its wraps fitting, Times 0.55 %; of the 110 tuning
    files of english_books, en-word and en-weasy-*, the only one this changes (bench/README.md,
    "English real extraction: page breaks after a full line"). `shares`: each face's
    `_fitting_share`.
    """
    best = min(shares, key=shares.__getitem__)
    rivals = [value for face, value in shares.items() if face != best]
    if shares[best] > MOST_FITTING or shares[best] > FEWER * min(rivals):
        return ""
    return best


def _agreed(sharpness: dict[str, float], shares: dict[str, float]) -> str:
    """Of faces nearly as sharp, where none's wraps clearly fit fewest: the face that is both
    the sharpest and the one whose wraps fit fewest, if few of them do (under `AGREED_FITTING`;
    "": the two tests disagree). A short or ragged text leaves each test blunt, but they fail
    in different ways (the top of the widths blurred by a few long lines; the measure's
    estimate, which decides each fit). Evidence, the 110 tuning files of english_books,
    en-word and en-weasy-* (bench/README.md, "English real extraction: page breaks after a
    full line"): the two agree on 4 files that had no face (federalist-006, Times sharpest
    0.0058 against DejaVu Serif's 0.0059, its wraps fitting 2.2 % against 3.2 %;
    federalist-056, prejudice-038, en-weasy-1col's pp-01), each the face it was set in; they
    disagree, and no face is chosen, on none that had one.
    """
    faces = [face for face in sharpness if face]
    sharpest = min(faces, key=sharpness.__getitem__)
    fewest = min(faces, key=shares.__getitem__)
    return sharpest if sharpest == fewest and shares[sharpest] <= AGREED_FITTING else ""


def _fitting_share(lines: list[str], step: int, face: str, widths: list[float]) -> float:
    """The share of the certain wraps among `lines` (every `step`-th tested, `widths` theirs in
    `face`) that the next word would have fitted after at the face's measure (1.0: too few
    wraps to tell)."""
    kept = printed_lines(lines[::step])  # (`dash_run`: the measure of printed lines only)
    measure = _percentile(_printed(sorted(kept(widths))), FACE_PERCENTILE)
    space = _table(face)[" "]
    wraps = fitting = 0
    for at, width in zip(range(step, len(lines) - 1, step), widths[1:], strict=False):
        line, after = lines[at], lines[at + 1]
        if lines[at - 1][-1:] in OPENS_NEXT or line[-1:] in HYPHENS or not LOWER_RE.match(after):
            continue
        wraps += 1
        fitting += width + space + face_width(face, after.split(maxsplit=1)[0]) <= measure
    return fitting / wraps if wraps >= MIN_WRAPS else 1.0


# a line that ends so may be followed by a paragraph's first line (measured less an indent)
OPENS_NEXT = '.!?"”’:'
HYPHENS = "-‐—"
# a line opening in a lowercase word continues its paragraph (not a label: `i.`, `a)`)
LOWER_RE = re.compile(r"[a-z]+(?![\w.)])")
# certain wraps needed, the share of them the face may fit, and how many fewer than any other
# face's (the face set: at most 2.1 % on the Word files, the next 8 % or more)
MIN_WRAPS = 20
MOST_FITTING = 0.05
FEWER = 0.5
# the share of its wraps that may fit where the sharpest face is also the one fitting fewest
AGREED_FITTING = 2 * MOST_FITTING


# a line that finishes a sentence this far short of the measure ended its paragraph
CLEAR_END = 0.9
SENTENCE_ENDS = '.!?"”’'
# the percentile of the lines after a paragraph end taken for their measure (a few of them are
# wraps after a sentence that ended short by chance)
OPENING_PERCENTILE = 0.9
# an indent narrower than this share of the measure is the justification's slack, not an indent
MIN_INDENT = 0.015
# paragraph openings needed to learn the indent, and to estimate it for a paragraph's first
# line that finishes a sentence (`measure.Widths.unsure_indent`)
MIN_OPENINGS = 20
FEW_OPENINGS = 8


def learn_indent(
    measure: float, lines: list[str], widths: list[float], least: int = MIN_OPENINGS
) -> float:
    """The first-line indent of the paragraphs, in ems (0: none seen).

    `pdftotext` drops the indent, so a paragraph's first line reads a word short where it is
    full: `Here she was interrupted again. Mr. Bennet protested against any description of
    finery.` and the next word `She` fit the measure, but not the indented line, and Galley
    ended the paragraph there. The lines after a clear paragraph end (a sentence finished well
    short of the measure) stop under the measure less the indent: `bench/README.md`, "English
    through pdftotext's default mode" (Word's 1 em in 37, WeasyPrint's 1.5 in 32).
    `widths`: the lines' widths in the text's face (`choose_face`); `least`: the openings
    needed.
    """
    openings = sorted(
        width
        for before, width, previous in zip(lines, widths[1:], widths, strict=False)
        if before[-1:] in SENTENCE_ENDS and previous <= CLEAR_END * measure
    )
    if len(openings) < least:
        return 0.0
    indent = measure - _percentile(openings, OPENING_PERCENTILE)
    return indent if indent >= MIN_INDENT * measure else 0.0
