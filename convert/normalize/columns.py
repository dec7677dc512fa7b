"""Chinese lines that `pdftotext` read across a page's columns, put back in column order.

Without spaces in a line of Chinese, `pdftotext` (its default mode) makes each line of a
multi-column page a block of its own and emits them row by row: column 1's first line, column
2's first line, column 3's first line, column 1's second line... (now and then two lines of one
column as one block, or a row without a column that starts lower). Every later pass then joins
nonsense. This pass finds a run of short lines of Han text, two in three a block of their own
and most ending no sentence (a one-column page's lines come in blocks; a block of `LONG_BLOCK`
lines is a column read down and cuts the run), and asks which reading explains it best: the
lines in the order given (one column), or the lines dealt out among k = 2, 3 or 4 columns read
row by row (`_deal`, a beam search over each line's column). A reading is scored by its
junctions, a line's end against the start of the line that follows it in its column:

- where a line ends no sentence, a dictionary word (wordfreq's, `zh_words`; bucket <= 600,
  two to four characters, one to three on each side) spans the junction of a true continuation
  far more often than that of two lines taken at random: 41.5 % against 3.2 %, measured on the
  tuning half's articles cut in lines of 15 characters (bench/README.md, "Chinese columns read
  across by pdftotext (issue 12)"); a word counts +2.5, its absence -0.5 (the two log-odds);
- lines of one column share a measure (the commonest width of the run's open lines, `_shapes`):
  a paragraph's first line is indented two ems (Chinese setting), so it follows a line ending a
  sentence and never one cut mid-sentence; a line wider than the measure (a headline, a caption
  across the page) or short and open (a label, a masthead) belongs to no column;
- columns are read in turn: a line of column c is followed by one of column c + 1 (or of the
  first column, a row later); two lines of one column in turn, or a column skipped, cost;
- a story ends all its columns at once: a new set of columns may begin (a headline, the next
  story) at a cost, and a line that belongs to none (a page number) stands alone.

The costs were chosen on the tuning half of `bench/accuracy_extracted.py --layout weasy` and
`--layout office` (bench/README.md). The columns of a set are put back in the order their first
lines came, unless another order's flow (the last line of one column against the first of the
next) reads on clearly better. Where the best reading with columns beats the given order by
`MARGIN` and holds `MIN_WORDS` more words across its junctions, the run is replaced by its
columns' lines, each set's as one block (as `pdftotext` gives a one-column page), and the change
is recorded for review (`column-order`, a warning). A run that looks read across
(`_looks_across`), where the columns find some more words but not enough, is flagged
(`columns-interleaved`, a warning), never reordered. Runs end at a form feed or a double blank
line: a page's columns are its own. Text without four open one-line blocks in a row (any clean
text: paragraphs end their sentences) is left after one search (`_SEED`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..changes import Edit
from ..config import Config
from .context import Context
from .zh_words import zh_table

ORDER_NOTE = "lines read across {k} columns put back in column order ({n} lines)"
FLAG_NOTE = "lines read across columns; convert the PDF itself"

MAX_LINE = 60  # a column line's most characters (a measure of 10 to 40 Han characters)
MIN_RUN = 8  # lines of a run worth asking
LONG_BLOCK = 4  # a block of so many lines is a column read down
MIN_ACROSS = 6  # lines followed by a blank line, ending no sentence, before anything is asked
MAX_COLUMNS, BEAM = 4, 48  # columns asked about; readings kept at each line
WORD_BUCKET = 600  # wordfreq's centibels: the words counted across a junction
WORD, NO_WORD = 2.5, -0.5  # a junction's score (log-odds, module docstring)
INDENTED, NOT_INDENTED, CUT = 1.5, -1.0, -2.0
REPEAT, SKIP, START, RESET, ALONE, ALONE_SHORT = -3.0, -2.5, -1.0, -3.0, -2.5, -1.0
MARGIN = 6.0
MIN_WORDS = 3

_SENTENCE_END = frozenset("。！？；…”’」』）》!?;.")
_NO_JOIN = frozenset("，、：。！？；…“”‘’「」『』（）《》,.:;!?()\"' ")
_INDENTS = frozenset(" \t\u3000")
_HANS = re.compile(r"[\u3400-\u9fff]+")  # counted by deleting them, a run at a time
# four short lines ending no sentence, each a block of its own: where read-across columns are (a
# line taken whole, possessive, and its last character looked back at: no backtracking at every
# blank line of long lines; bench/README.md, "Normalizer speed: searches and the source map")
_SEED = re.compile(rf"\n\n(?:[^\n]{{3,{MAX_LINE}}}+(?<![。！？；…”』」）》.!?])\n\n){{4}}")
REACH = 6000  # characters around a seed in which its run is looked for


@dataclass(frozen=True)
class Line:
    start: int  # offsets in the text, without the newline
    end: int
    text: str
    joined: bool  # follows the line before it with no blank line between (in one block)


def restore_column_order(text: str, config: Config, context: Context) -> list[Edit]:
    """The edits that put each run read across columns back in column order (or flag it)."""
    edits: list[Edit] = []
    for start, end in _stretches(text):
        for run in _runs(text, start, end):
            edit = _repair(text, run)
            if edit is not None:
                edits.append(edit)
    return edits


def _stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of the text a run could lie in: around each place where four short lines
    ending no sentence follow each other as blocks of their own (`_SEED`, a search that jumps
    from blank line to blank line: text without one is left at once), out to the nearest double
    blank line or form feed (which end a run, looked for only so far) within `REACH` characters."""
    stretches: list[tuple[int, int]] = []
    position = 0
    while (seed := _SEED.search(text, position)) is not None:
        (begin, finish), low = seed.span(), max(seed.start() - REACH, 0)
        start = max(text.rfind("\n\n\n", low, begin), text.rfind("\f", low, begin), low)
        start = text.rfind("\n", 0, start) + 1 if start > 0 else 0
        high = finish + REACH
        ends = [text.find("\n\n\n", finish, high + 3), text.find("\f", finish, high + 1)]
        end = min([*(e for e in ends if e >= 0), high, len(text)])
        if stretches and start <= stretches[-1][1]:
            start = stretches.pop()[0]
        stretches.append((start, end))
        position = max(end, finish)
    return stretches


def _runs(text: str, begin: int, finish: int) -> list[list[Line]]:
    """Maximal runs of short lines of Han text with at most one blank line between two, cut
    at form feeds; those of `MIN_RUN` lines or more with `MIN_ACROSS` lines ending no sentence."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    blanks = 0
    offset = begin
    for raw in text[begin:finish].split("\n"):
        start, offset = offset, offset + len(raw) + 1
        stripped = raw.strip()
        if not stripped and "\f" not in raw:
            blanks += 1
            if blanks > 1:
                runs.append(current)
                current = []
            continue
        blanks, was = 0, blanks
        if not _column_line(raw, stripped):
            runs.append(current)
            current = []
            continue
        lead = len(raw) - len(raw.lstrip())
        joined = bool(current) and was == 0
        current.append(Line(start + lead, start + lead + len(stripped), stripped, joined))
    runs.append(current)
    return [piece for r in runs for piece in _without_long_blocks(r) if _one_line_blocks(piece)]


def _column_line(raw: str, stripped: str) -> bool:
    """A line as `pdftotext` gives a column's: short, mostly Han, not indented (its default mode
    sets no line in: an indented line is a text file's own), no form feed."""
    if "\f" in raw or len(stripped) > MAX_LINE or raw[:1] in _INDENTS:
        return False
    return 2 * (len(stripped) - len(_HANS.sub("", stripped))) + stripped.count(" ") >= len(stripped)


def _without_long_blocks(run: list[Line]) -> list[list[Line]]:
    """The run cut at its blocks of `LONG_BLOCK` lines or more, which leave the run: `pdftotext`
    read those lines down a column already."""
    starts = [j for j, line in enumerate(run) if not line.joined] + [len(run)]
    pieces: list[list[Line]] = [[]]
    for start, end in itertools.pairwise(starts):
        if end - start >= LONG_BLOCK:
            pieces.append([])
        else:
            pieces[-1].extend(run[start:end])
    return pieces


def _one_line_blocks(run: Sequence[Line]) -> bool:
    """`MIN_RUN` lines or more, `MIN_ACROSS` ending no sentence, and two in three a block of
    their own (a one-column page's lines come in blocks: `pdftotext` joins the lines of a
    paragraph, or of a column, that follow each other down the page)."""
    if len(run) < MIN_RUN or sum(not _ends(line.text) for line in run) < MIN_ACROSS:
        return False
    return sum(line.joined for line in run) * 3 <= len(run)


def _ends(line: str) -> bool:
    return line[-1] in _SENTENCE_END


@lru_cache(maxsize=1 << 16)  # bounded: a batch of millions of files must not grow it
def _word_across(left: str, right: str) -> bool:
    """A dictionary word of two to four characters spans the junction of `left` + `right`."""
    table = zh_table()
    for i in (1, 2, 3):
        for j in (1, 2, 3):
            if 2 <= i + j <= 4 and i <= len(left) and j <= len(right):
                bucket = table.bucket(left[-i:] + right[:j])
                if bucket is not None and bucket <= WORD_BUCKET:
                    return True
    return False


def _junction(left: str, right: str, shapes: tuple[str, str]) -> float:
    """The evidence that `right` continues `left` in one column (module docstring)."""
    before, after = shapes
    if _ends(left):
        if before == "end":  # a paragraph's last line: the next opens one, indented
            return INDENTED if after == "indent" else NOT_INDENTED
        return INDENTED / 3 if after == "indent" else 0.0
    if after == "indent" or before == "short":  # a paragraph begun mid-sentence; a label
        return CUT
    if left[-1] in _NO_JOIN or right[0] in _NO_JOIN:
        return 0.0
    # (a word may straddle the space `pdftotext` sets between Han and a digit: `2025 年`)
    left, right = left[-6:].replace(" ", ""), right[:6].replace(" ", "")
    return WORD if _word_across(left[-3:], right[:3]) else NO_WORD


@dataclass(frozen=True)
class State:
    score: float
    last: tuple[int, ...]  # each column's last line in the present set of columns, -1 if none
    previous: int  # the column of the line before, -1 after a reset
    labels: tuple[tuple[int, int], ...]  # (set of columns, column or -1 for alone), per line


class Run:
    """A run's lines, each line's shape (`_shapes`) and the junctions asked so far."""

    def __init__(self, lines: Sequence[str], joined: Sequence[bool]) -> None:
        self.lines, self.joined = lines, joined
        self.shapes = _shapes(lines, joined)
        self._asked: dict[tuple[int, int], float] = {}

    def junction(self, i: int, j: int) -> float:
        score = self._asked.get((i, j))
        if score is None:
            shapes = (self.shapes[i], self.shapes[j])
            score = self._asked[i, j] = _junction(self.lines[i], self.lines[j], shapes)
        return score


def _deal(run: Run, k: int) -> State:
    """The best reading of the run as sets of k columns read row by row (module docstring)."""
    beam = [State(0.0, (-1,) * k, -1, ())]
    for j, kind in enumerate(run.shapes):
        options: dict[tuple[tuple[int, ...], int, int], State] = {}
        for state in beam:
            group = _group(state)
            for new in _moves(state, j, run, k, group, kind):
                key = (new.last, new.previous, len(new.labels) and new.labels[-1][0] - group)
                if key not in options or options[key].score < new.score:
                    options[key] = new
        beam = sorted(options.values(), key=lambda s: -s.score)[:BEAM]
    return beam[0]


def _moves(state: State, j: int, run: Run, k: int, group: int, kind: str) -> list[State]:
    alone = State(
        state.score + (ALONE_SHORT if kind == "short" else ALONE),
        (-1,) * k,
        -1,
        (*state.labels, (group + 1, -1)),
    )
    if kind == "wide":
        return [alone]
    moves = []
    for c in range(k):
        if state.previous < 0 or c == (state.previous + 1) % k:
            turn = 0.0
        elif c == state.previous:
            turn = 0.0 if run.joined[j] else REPEAT
        else:
            turn = SKIP
        last = state.last[c]
        gain = START if last < 0 else run.junction(last, j)
        moves.append(
            State(
                state.score + turn + gain,
                (*state.last[:c], j, *state.last[c + 1 :]),
                c,
                (*state.labels, (group, c)),
            )
        )
    if state.labels:  # a new set of columns, this line in its first
        fresh = (j,) + (-1,) * (k - 1)
        moves.append(State(state.score + RESET + START, fresh, 0, (*state.labels, (group + 1, 0))))
    moves.append(alone)  # a line of no column, between two sets
    return moves


def _group(state: State) -> int:
    """The set of columns the next line joins (a line alone is a set of its own)."""
    group, column = state.labels[-1] if state.labels else (0, 0)
    return group + 1 if column < 0 else group


def _width(line: str) -> float:
    """A line's width in ems: a Han character or full-width sign 1, a space 1/4, the rest 1/2."""
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.25 if ch == " " else 0.5 for ch in line)


def _shapes(lines: Sequence[str], joined: Sequence[bool]) -> list[str]:
    """Each line by its width against the run's measure (the commonest width of the lines that
    end no sentence, to the nearest em): `wide` (wider than a column: a headline, a caption
    across the page), `indent` (two ems short, ending no sentence: a paragraph's first line,
    indented), `short` (narrower still: furniture, a label), `end` (short, ending a sentence: a
    paragraph's last line) or `full`."""
    widths = [_width(line) for line in lines]
    counts: dict[int, int] = {}
    for line, width in zip(lines, widths, strict=True):
        if not _ends(line):
            counts[round(width)] = counts.get(round(width), 0) + 1
    measure = max(counts, key=lambda w: (counts[w], w)) if counts else 0
    shapes = []
    for line, width in zip(lines, widths, strict=True):
        if width > measure + 0.75:
            shapes.append("wide")
        elif _ends(line):
            shapes.append("end" if width < measure - 0.75 else "full")
        elif width < measure - 2.75:
            shapes.append("short")
        elif width < measure - 1.25:
            shapes.append("indent")
        else:
            shapes.append("full")
    for j in range(len(lines) - 1):  # a headline in one block with a paragraph's first line
        if joined[j + 1] and shapes[j + 1] == "indent" and not _ends(lines[j]):
            shapes[j] = "wide"
    return shapes


def _given(run: Run) -> tuple[float, int]:
    """The score and the words across the junctions of the lines in the order given."""
    score, words = 0.0, 0
    for j in range(1, len(run.lines)):
        gain = run.junction(j - 1, j)
        score += gain
        words += gain == WORD
    return score, words


def _columns(run: Run, state: State) -> tuple[list[list[int]], int]:
    """The reading's blocks (line numbers, in column order) and the words across its junctions."""
    blocks: list[list[int]] = []
    words = 0
    groups: dict[int, dict[int, list[int]]] = {}
    for j, (group, label) in enumerate(state.labels):
        groups.setdefault(group, {}).setdefault(label, []).append(j)
    for key in sorted(groups):
        columns = [groups[key][c] for c in sorted(groups[key], key=lambda c: groups[key][c][0])]
        for lines in columns:
            words += sum(run.junction(a, b) == WORD for a, b in itertools.pairwise(lines))
        blocks.append([j for lines in _ordered(run, columns) for j in lines])
    return blocks, words


def _ordered(run: Run, columns: list[list[int]]) -> list[list[int]]:
    """The columns in the order their flow reads on (the rotation whose column ends join the
    next columns' starts best), in the order of their first lines where nothing tells."""
    if len(columns) < 2:
        return columns

    def flow(order: list[list[int]]) -> float:
        return sum(run.junction(a[-1], b[0]) for a, b in itertools.pairwise(order))

    rotations = [columns[r:] + columns[:r] for r in range(len(columns))]
    best = max(rotations, key=flow)
    return best if flow(best) >= flow(columns) + WORD else columns


def _repair(text: str, run: list[Line]) -> Edit | None:
    lines = [line.text for line in run]
    shaped = Run(lines, [line.joined for line in run])
    given, given_words = _given(shaped)
    best: tuple[float, int, list[list[int]], int] | None = None
    for k in range(2, MAX_COLUMNS + 1):
        state = _deal(shaped, k)
        blocks, words = _columns(shaped, state)
        if best is None or state.score > best[0]:
            best = (state.score, words, blocks, k)
    start, end = run[0].start, run[-1].end
    assert best is not None
    score, words, blocks, k = best
    if score >= given + MARGIN and words >= given_words + MIN_WORDS:
        after = _text(lines, [line.joined for line in run], blocks)
        note = ORDER_NOTE.format(k=k, n=len(lines))
        return Edit(start, end, after, "column-order", note, "warning")
    if words >= given_words + MIN_WORDS - 1 and _looks_across(lines, given_words):
        return Edit(start, end, text[start:end], "columns-interleaved", FLAG_NOTE, "warning")
    return None


def _text(lines: Sequence[str], joined: Sequence[bool], blocks: list[list[int]]) -> str:
    """The blocks' lines, a blank line between two blocks but where the second goes on a block
    of the given text (a headline's second line)."""
    parts = ["\n".join(lines[j] for j in blocks[0])]
    for before, block in itertools.pairwise(blocks):
        follows = block[0] == before[-1] + 1 and joined[block[0]]
        parts.append(("\n" if follows else "\n\n") + "\n".join(lines[j] for j in block))
    return "".join(parts)


def _looks_across(lines: Sequence[str], given_words: int) -> bool:
    """Most lines end no sentence, yet few junctions of the given order form words: lines that
    do not follow each other."""
    open_lines = sum(not _ends(line) for line in lines)
    return open_lines * 3 >= len(lines) * 2 and given_words * 5 < open_lines
