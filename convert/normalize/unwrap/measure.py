"""The measure a text was set to, learnt from its wrapped lines.

A wrap falls at the measure; a line that stops short of it was ended by its writer. CJK lines are
measured in characters, a line whose ASCII is digits in `cells` (a region's measure in `cells`,
`unwrap.regions`); Latin lines in characters (typewriter text) or in printed width (typeset
text), whichever makes the wrapped lines the more even.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ...chars import KANA_RE, WIDE_RUNS_RE, is_han, is_wide, mostly_wide
from .faces import FACES
from .typeface import FEW_OPENINGS, MIN_FACE_LINES, choose_face, face_width, learn_indent

# white space at the edges of a line, stripped before it is measured
LINE_SPACES = " \t\u3000\u00a0"


# longer lines than any print measure: without a measure learnt from the text, a line this long
# (characters) that ends a sentence is a paragraph of its own
UNWRAPPED_WIDE = 50
UNWRAPPED_LATIN = 110
# a Latin line ends its paragraph where it and the next line's first word fit in this share of
# the measure
LATIN_FIT = 1.0


@dataclass(frozen=True)
class Widths:
    """The measure the text was set to, learnt from the wrapped lines themselves."""

    wide: int  # most common length of CJK lines inside blocks (0: none)
    latin: float  # a long Latin line's width in the chosen metric, a high percentile (0: none)
    monospace: bool = False  # Latin lines measured in characters (typewriter-style wraps)
    guessed: bool = False  # `wide` is a guess from too few lines to show a common length
    face: str = ""  # the Latin face the text was set in (`typeface`; "": `latin_width`)
    indent: float = 0.0  # the first-line indent of its paragraphs, in the face's ems
    unsure_indent: float = 0.0  # the indent from too few paragraphs to learn it (`is_short`)

    def width(self, text: str) -> float:
        if self.face:
            return face_width(self.face, text)
        return len(text) if self.monospace else latin_width(text)

    def is_short(
        self, line: str, next_line: str, opening: bool = False, finished: bool = False
    ) -> bool:
        """True where the line stops before the measure: the writer ended it, not the wrap.

        Without a measure (no run of wrapped lines to learn it from), a line longer than any
        wrap is a paragraph of its own. `opening`: the line opens its paragraph, so its
        measure is less the paragraphs' indent (`typeface.learn_indent`). `finished`: it also
        finishes a sentence, and where too few paragraphs showed the indent it is measured
        less the indent they do show (`unsure_indent`). That estimate errs wide, and a wrap's
        line and next word pass the measure less any indent at least the true one: measured
        in full, a Federalist essay's first line that its next word would have filled
        (`…confederacy.` / `How, and when…`, 2 em indent) ended its paragraph. Not where the
        line finishes no sentence: a title's line near the measure would then not be short
        (`…Preserve the Union)` / `From the New York Packet.`). Evidence:
        bench/README.md, "English real extraction: the face of a short text".

        A line that finishes a sentence on a wide mark but is not mostly wide (`跌97%。`, a
        paragraph's last line of digits) is measured against the CJK measure where the text
        has no Latin measure (in characters, as a mostly wide line: never fewer than its
        cells): it was taken as Latin, never short, and a paragraph ran
        on into the subhead under it (bench/accuracy_extracted.py, weasy-narrow through
        pdftotext, tuning half). So too a line of Han and digits only (`濒危神农架金丝猴种群增` /
        `至1600余只`, a subhead's last line, blind narrow, tuning). Not in Japanese (kana).
        """
        if mostly_wide(line):
            return self.wide_is_short(len(line))
        if not self.latin:
            digits = finished or all(is_han(c) or "0" <= c <= "9" for c in line)  # `至1600余只`
            if digits and self.wide and is_wide(line[-1:]) and not KANA_RE.search(line):
                return self.wide_is_short(len(line))  # (a CJK text's line of digits)
            return len(line) > UNWRAPPED_LATIN
        next_word = next_line.split(maxsplit=1)[0] if next_line.split() else ""
        indent = (self.indent or (self.unsure_indent if finished else 0.0)) if opening else 0.0
        limit = self.latin * LATIN_FIT - indent
        return self.width(f"{line} {next_word}") <= limit

    def wide_is_short(self, length: int) -> bool:
        """`is_short` of a mostly wide line of `length` characters (for a caller that knows)."""
        if not self.wide or (self.guessed and length > UNWRAPPED_WIDE):
            return length > UNWRAPPED_WIDE
        return length < self.wide


def cells(text: str) -> int:
    """The Han cells `text` fills, an ASCII character counted half (rounded up).

    A CJK column sets digits and Latin letters half-width: `央视网消息（新闻联播）：9月1日下`
    (17 characters after an indent of two) fills a column of 18 cells, and counted in
    characters set its paragraph's measure at 19, so the full lines under it (18 characters)
    read short, and one ending a sentence (`…塔隆举行会谈。` / `两国元首宣布，…`) ended the
    paragraph. A wrapped line fills more than its measure less one cell, so its cells,
    rounded up, are the measure. (A line is still tested by its characters, never fewer than
    its cells: a line with digits reads short a little later, a wrap.) Evidence:
    bench/print_misses.py, narrow pages of damage_print and damage_indep (tuning half), whose
    generators set ASCII half a cell wide, as CJK fonts set digits and Latin letters. The
    text's own measure counts in cells only the lines whose ASCII is digits (`_numbers_only`).
    """
    return len(text) - len(text.encode("ascii", "ignore")) // 2


def with_next_word(line: str, following: str) -> str:
    """`line` with the first word of the line after it (`following`) set on it, as the
    typesetter would have set it there: after a space, or closing up a word it broke at the
    line end, at a hyphen of its own (U+2010: `…any descrip‐` / `tion of finery`, `…any
    description`) or at the word's (`grown-` / `up`, `grown-up`). A typesetter breaks a word
    only where the whole of it does not fit, so a line it would have fitted on whole stopped
    short: `decide._opens_indented` reads such a line as indented. Evidence: the tuning files
    of bench/english_books.py, en-word and en-weasy-* (bench/README.md, "English real
    extraction: page breaks after a full line"): 8 paragraphs' first lines so found, each
    opening a paragraph of the truth, none wrong.
    """
    word = following.split(maxsplit=1)[0] if following.split() else ""
    if line.endswith("\u2010"):
        return line[:-1] + word
    if line.endswith("-"):
        return line + word
    return f"{line} {word}"


# Approximate advance widths (in ems) of a proportional Latin typeface: pdftotext keeps the
# printed lines, and a line of narrow letters holds more characters than one of capitals.
# (Times-Roman's exact metrics were tried: they separate wraps from paragraph ends no better on
# Pride and Prejudice, whose Word PDF is set in Times New Roman; justification blurs both.)
NARROW_GLYPHS = frozenset("ijlt.,;:'!|()[]-\"‘’“”fIr ")
WIDE_GLYPHS = frozenset("mwMWOQDGHNU—")


def latin_width(text: str) -> float:
    """The printed width of a Latin line, near enough to tell a full line from a short one."""
    width = 0.0
    for ch in text:
        if ch in NARROW_GLYPHS:
            width += 0.3
        elif ch in WIDE_GLYPHS:
            width += 0.85
        elif ch.isupper():
            width += 0.68
        else:
            width += 0.5
    return width


# the measure is the width that wrapped lines reach but seldom pass: a high percentile, so that a
# few over-long lines (pdftotext merging two printed lines) do not stretch it
MEASURE_PERCENTILE = 0.9


def _spread(values: list[float]) -> float:
    """How ragged wrapped lines are in a metric: the gap between a typical and a long line."""
    values = sorted(values)
    high = values[int(len(values) * MEASURE_PERCENTILE)]
    return (high - values[len(values) // 2]) / high if high else 1.0


def _guess_measure(wide_lines: dict[str, bool], wide: Counter[int]) -> int:
    """The measure of a text too short to show a common line length (0: none).

    A CJK line that ends on a comma or an enumeration mark is a wrap for certain: no paragraph
    ends there. The shortest such line is at most the measure (kinsoku may hang a mark past
    it), so a line that finishes a sentence before it stopped short. Three lines of a short
    article (`…源远流长，博大精深。` / `…历史文化遗产,` / `探寻中华文脉的根基。`) are enough.
    Without such a line, a length that three lines and half of all share is the measure
    (`央视网消息（新闻联播）：新华社` and two more lines of 15 under a headline of 43), else the
    longest line less a hanging mark or two: a line that finishes a sentence well before it was
    ended by its writer.

    `wide_lines`: the stripped lines and whether each is `mostly_wide` (`measure_lines`; only
    the shortest and the longest length count, so each text once is enough).
    """
    lengths = [
        len(text)
        for text, is_wide_line in wide_lines.items()
        if is_wide_line and text[-1:] in WRAP_ONLY_ENDS
    ]
    if lengths:
        # ragged: one paragraph a line, or no wrap at all
        return 0 if max(lengths) > min(lengths) + HANGING else min(lengths)
    repeated = [
        length
        for length, count in wide.items()
        if count >= MIN_GUESS_LINES and count * 2 >= wide.total()
    ]
    if repeated:
        return max(repeated)  # a column of equal lines under a long headline
    if wide.total() < MIN_GUESS_LINES:
        return 0
    return _percentile(wide, MEASURE_PERCENTILE) - HANGING


def _percentile(counts: Counter[int], share: float) -> int:
    """The length below which `share` of the lines fall (counts: length -> lines)."""
    rank = int(counts.total() * share)
    seen = 0
    for length in sorted(counts):
        seen += counts[length]
        if seen > rank:
            return length
    return max(counts)


# CJK lines inside blocks that a guessed measure needs: sharing one length, or at all
MIN_GUESS_LINES = 3


WRAP_ONLY_ENDS = "，、,"
# marks kinsoku may hang past the measure (`。”`)
HANGING = 2


def _inner_lines(blocks: list[list[str]]) -> tuple[list[str], list[str]]:
    """Each line of the blocks but their last, and what is left of it once its wide characters
    are deleted (`WIDE_RUNS_RE`: no run holds a line feed).

    The wide characters of every line are deleted by one substitution over all the blocks, not
    one per line (`measure` asks of every line of a text, most of them distinct). LINE_SPACES are
    not wide, so a stripped text keeps what its line keeps less the LINE_SPACES stripped. A text
    that keeps at most half its characters is mostly wide (what `mostly_wide` asks first); any
    other is asked of `mostly_wide` itself (`measure_lines`).
    """
    inner = [line for lines in blocks for line in lines[:-1]]
    if not inner:
        return [], []
    return inner, WIDE_RUNS_RE.sub("", "\n".join(inner)).split("\n")


def measure(blocks: list[list[str]]) -> Widths:
    """The measure of the blocks' lines (a block's last line, which no wrap ends, left out)."""
    return measure_lines(blocks)[0]


def measure_lines(blocks: list[list[str]]) -> tuple[Widths, dict[str, bool], set[str]]:
    """`measure`, `mostly_wide` of each line it measured (stripped), and those lines that hold
    wide characters only (their `cells` are their length), found on the way: the unwrap pass
    asks them again of most of them."""
    narrow_lines: list[str] = []  # mostly wide lines holding another character
    latin: list[str] = []
    wide_lines: dict[str, bool] = {}
    all_wide: set[str] = set()
    wide_lengths: list[int] = []
    # (one loop over the lines, no generator, the lengths counted by `Counter` at the end: the
    # unwrap pass measures every line of a text)
    for line, rest in zip(*_inner_lines(blocks), strict=True):
        text = line.strip(LINE_SPACES)
        if not text:
            continue
        kept = len(rest) - (len(line) - len(text))  # (not wide: ASCII among them)
        if kept * 2 <= len(text) or mostly_wide(text):
            wide_lines[text] = True
            wide_lengths.append(len(text))
            if kept > 0:
                narrow_lines.append(text)
            else:
                all_wide.add(text)
        else:
            wide_lines[text] = False
            latin.append(text)
    wide = Counter(wide_lengths)  # (in the order of the lines, as counted one by one)
    mode, guessed = 0, False
    if wide:
        mode, even = _common_length(wide)
        numbers = _numbers_only(narrow_lines)
        if numbers:
            # the same lengths, those lines counted in `cells`
            in_cells = wide.copy()
            in_cells.subtract(Counter(map(len, numbers)))  # (a counter: walked by its keys)
            in_cells.update(map(cells, numbers))
            cell_mode, cell_even = _common_length(+in_cells)
            if cell_even > even and cell_mode:
                mode, even = cell_mode, cell_even  # (`_numbers_only`)
        if not even:
            mode, guessed = _guess_measure(wide_lines, wide), True
        else:
            mode = _unhung_measure(blocks, mode)
    if len(latin) < 5:
        return Widths(mode, 0, guessed=guessed), wide_lines, all_wide
    # typewriter text (a fixed column count) is measured in characters, typeset text in printed
    # width: whichever metric makes the wrapped lines the more even is the one they were set in
    chars = [float(len(t)) for t in latin]
    widths = [latin_width(t) for t in latin]
    spread = _spread(chars)
    monospace = spread < _spread(widths) and not _evener_in_a_face(latin, spread)
    if not monospace:
        face, face_measure, face_widths = choose_face(latin, widths)
        if face:
            indent = learn_indent(face_measure, latin, face_widths)
            unsure = 0.0 if indent else learn_indent(face_measure, latin, face_widths, FEW_OPENINGS)
            found = Widths(mode, face_measure, False, guessed, face, indent, unsure)
            return found, wide_lines, all_wide
    values = sorted(chars if monospace else widths)
    latin_measure = values[int(len(values) * MEASURE_PERCENTILE)]
    return Widths(mode, latin_measure, monospace, guessed), wide_lines, all_wide


def _evener_in_a_face(lines: list[str], char_spread: float) -> bool:
    """Whether one of the faces (`faces.FACES`) makes the wrapped `lines` more even than
    counting characters does: typeset, then, though the approximate metric lost to characters.

    The approximate metric errs by a few per cent a line, and in a text of common words set in a
    face it lacks, characters may come out more even than it: Pride and Prejudice set by
    LibreOffice in DejaVu Serif at 88 mm and in Liberation Sans at 129 mm were judged
    typewritten, and without their face every paragraph end fell back to the width classes
    (bench/README.md, "English books: the face found in more texts"). A text too short to tell
    faces apart (`typeface.MIN_FACE_LINES`) is not asked.
    """
    if len(lines) < MIN_FACE_LINES:
        return False
    sample = lines[:: -(-len(lines) // SPREAD_SAMPLE)]
    return any(_spread([face_width(face, t) for t in sample]) < char_spread for face in FACES)


# lines enough for a steady median and 90th percentile (`_spread`): measuring a whole
# typewritten book's 2,000 sampled lines in four faces added 3 % to its normalize
SPREAD_SAMPLE = 500


def _common_length(wide: Counter[int]) -> tuple[int, float]:
    """The length most long lines share (short lines end paragraphs), and the share of the long
    lines within a character of it (0: too few, or too ragged, to show a measure). Long is
    judged against a high percentile, not the longest line, which may be a headline above the
    text in the same block."""
    longest = _percentile(wide, MEASURE_PERCENTILE)
    long_lines = Counter({n: c for n, c in wide.items() if n >= 0.6 * longest})
    mode = long_lines.most_common(1)[0][0]
    near = long_lines[mode] + long_lines[mode + 1] + long_lines[mode - 1]
    if near < 3 or near * 2 < long_lines.total():
        return mode, 0.0
    return mode, near / long_lines.total()


def _numbers_only(lines: list[str]) -> list[str]:
    """The lines (stripped) whose ASCII is digits and the marks of numbers only (`9月5日`,
    `30.3%`): set half a cell each, so the line is counted in `cells` towards the text's
    measure. (Found by one substitution over all the lines: most lines of a news text hold
    digits.)

    Counted in characters, the lines of a column that hold dates and figures are longer than
    its Han-only lines, and a one-story page of them showed no common length, or the longest:
    every Han-only line read short (`…国务院总` / `理李强将于9月5日…`, `…完成任务。` /
    `截至9月末，…`). Latin letters are set at their own widths, and a line holding them, or a
    space between words, counts in characters: counted in cells, the rows of a Japanese spec
    sheet (`インカメラ 0.3M`, `チップセット MSM8960`) shared a length and were joined
    (bench/clean_text.py, ja-livedoor tuning half). Evidence: bench/print_misses.py, narrow
    pages of damage_print and damage_indep (tuning half).
    """
    if not lines:
        return []
    rests = "\n".join(lines).encode("ascii", "ignore").translate(None, NUMBER_ASCII).split(b"\n")
    return [line for line, rest in zip(lines, rests, strict=True) if not rest]


# what a line may hold besides characters that are not ASCII: digits, the marks of a number. The
# lines' ASCII is kept by encoding (the rest dropped) and these deleted, in C: a substitution of
# `[0-9%+\-.\u0080-\U0010ffff]+` tested every character against its class (4 against 1.2 ms a MB)
NUMBER_ASCII = b"0123456789%+-."


def _unhung_measure(blocks: list[list[str]], mode: int) -> int:
    """The measure, where a few lines longer than the commonest length end on a Han character.

    Only a punctuation mark may hang past the measure; a line of CJK characters alone that
    ends on a Han character and goes on in the next line was cut at the measure. Where two such
    lines are a character or two longer than the commonest length, that length was paragraph
    ends that happened to agree (`…开展。`, `…吸引眼球。` at 34 in a column of 36).

    A block's line over its last is not asked: a photo caption set smaller than the body, at
    the end of its headline's block, wraps at a measure of its own over a short last line
    (`图为《求是》杂志发表习近平总现场画` / `面。`, 17 characters in a column of 15), and two
    such captions set the text's measure two cells wide, so its paragraphs' first lines read
    neither full nor an indent short (bench/accuracy_extracted.py, weasy-narrow through
    pdftotext, tuning half).
    """
    longer: Counter[int] = Counter()
    for lines in blocks:
        for line in lines[:-2]:
            if len(line) <= mode:
                continue  # cheap: most lines are at or under the measure
            text = line.strip(LINE_SPACES)
            if mode < len(text) <= mode + HANGING and is_han(text[-1]) and _all_wide(text):
                longer[len(text)] += 1
    unhung = [length for length, count in longer.items() if count >= MIN_UNHUNG_LINES]
    return max(unhung, default=mode)


# lines ending on a Han character that show the measure is longer than the commonest length
MIN_UNHUNG_LINES = 2


def _all_wide(text: str) -> bool:
    """No ASCII in the line: a Latin word or digits (`梦想 of远`, a stray word) make a line
    longer in characters than the measure it was set to."""
    return not any(ch.isascii() for ch in text)
