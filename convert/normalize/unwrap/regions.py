"""The measure of a region: narrow columns whose width changes from story to story.

A page sets a story around a picture in a column of 12, the next paragraph in 22, a third in 16
(issue 12, item 4). One measure for the whole text calls every line of the narrow region short,
and a short line without a stop reads as a heading: the region falls apart one block a line.
Where the longest wrapped lines of its paragraphs differ by more than a hanging mark or two,
the measure is taken per line from the lines
around it: the longest of the paragraph's lines so far, or, at a paragraph's first line, the
next line. Evidence: bench/damage_print.py's narrow pages (tuning half); a text with one measure
(bench/damage.py's narrow columns, pdftotext of a book) keeps the measure of the whole text.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from ...chars import KANA_RE, SENTENCE_END, mostly_wide
from ...headings import opens_own_line
from .flush_runs import MEASURE_SPREAD, MIN_RUN, runs_disagree
from .measure import HANGING, LINE_SPACES, WRAP_ONLY_ENDS, Widths, cells

# paragraphs a text needs, and how far apart their measures, before it has several measures
MIN_SEGMENTS = 2
# inner lines (neither a paragraph's first nor its last) a paragraph needs to show its measure;
# one for a paragraph that opens with an indent (`measures_vary`)
MIN_WRAPPED = 2
MIN_WRAPPED_INDENTED = 1
# lines of the paragraph so far that give its measure
LINES_BEFORE = 3
# lines under a paragraph's first line that, with it, give its measure (`region_measure`)
OPENING_MEASURED = 2


def measures_vary(
    block_lines: list[list[str]],
    opened: Sequence[bool] = (),
    all_wide: Collection[str] = (),
    headlines: Sequence[Collection[int]] = (),
    wide: int = 0,
    at_start: bool = False,
) -> bool:
    """The text's paragraphs were set to several measures: paragraphs (blocks, cut again at
    indented lines) whose inner lines agree on a length, three or more, and those lengths
    differ by more than a hanging mark or two. (Inner lines that disagree, shortened by a
    repair, say nothing: a text with one measure and repaired mojibake is no region.)

    `opened[i]`: block i opens with an indent (which the block's text starts after). A
    paragraph that opens with an indent shows its measure with one inner line: its first and
    last lines are its own, where a block of three lines may be two paragraphs. Evidence:
    bench/print_misses.py, damage_indep's narrow pages (tuning half), whose paragraphs of three
    or four lines left a story in 23 and paragraphs in 19 and 17 one measure; counting one
    inner line in every block instead set regions on blank-line pages of one measure.

    Lines are measured in cells (`cells`: ASCII half a cell): counted in characters, a column
    of 10 with digits in a line (`的280万株各色郁金香`, 11) and one of 13 looked two apart, one
    measure, and the 10-column story read short at every sentence end. The notes, items and
    table rows that close a paragraph (`opens_own_line`: `…106种[1]。` / `[1] 资料来源：…`) are
    no lines of it: left in, the paragraph's last line counted as an inner one, and gave a page
    of one measure a second. Evidence: bench/print_misses.py, narrow pages of damage_print and
    damage_indep; the unwrap pass's texts of damage_indep's indented pages (tuning halves).
    `all_wide`: lines known to hold wide characters only (`measure_lines`). `headlines[i]`:
    the lines of block i that a headline at its own measure takes (`headline_runs`), which
    show no run of the body's (`run_measures`); `wide`: the text's measure (0: none learnt, or
    a guess), which a flush block's runs are compared with (`flush_runs.runs_disagree`). `at_start`: the
    first block opens the text, after no indent, though `opened[0]` says it does (the
    character before offset 0 is no character, and `"" in INDENTS`): its flush runs are asked
    too. Evidence: bench/accuracy_blind.py narrow pages, seed 0 (tuning half), where the first
    block of `汪洋主持召开全国政协主席会议` (no blank line under its masthead) held ten lines
    of 10 in a text whose measure read 20; counting the first block as flush everywhere
    (`MIN_WRAPPED`, not `MIN_WRAPPED_INDENTED`) lowered the blind blocks and indented shapes
    (seeds 0-4, tuning: 0.8560 → 0.8554, 0.7920 → 0.7904), so only the runs are asked.
    """
    # the longest wrapped line of each paragraph that shows its measure: how many, the least
    # and the most of them
    count, least, most = 0, 0, 0
    runs: list[int] = []  # (the flush paragraphs' runs so far: `flush_runs.runs_disagree`)
    for index, lines in enumerate(block_lines):
        segment: list[str] = []
        indented = index < len(opened) and opened[index]
        taken = headlines[index] if index < len(headlines) else ()
        first = 0  # (the segment's first line in the block)
        # (an indented sentinel closes the last segment)
        for at, line in enumerate([*lines, "\u3000"]):
            if line[:1] in INDENTS and segment:
                # (the pops below leave the first line and only take inner ones: a segment
                # without enough inner lines, or not opening wide, shows no measure whatever)
                needed = MIN_WRAPPED_INDENTED if indented else MIN_WRAPPED
                if len(segment) - 2 >= needed and mostly_wide(segment[0]):
                    while len(segment) > 2 and opens_own_line(segment[-1], segment[-2]):
                        segment.pop()  # a note, an item or a table row under the paragraph
                    wrapped = [
                        len(t) if t in all_wide else cells(t.strip(LINE_SPACES))
                        for t in segment[1:-1]
                    ]
                    if len(wrapped) >= needed and max(wrapped) - min(wrapped) <= HANGING:
                        longest = max(wrapped)
                        if _apart_from_text(wrapped, wide):
                            return True
                        least = min(least, longest) if count else longest
                        most = max(most, longest)
                        count += 1
                        if count >= MIN_SEGMENTS and most - least > MEASURE_SPREAD:
                            return True  # (more paragraphs only widen the spread)
                    elif (not indented or (at_start and not index and not first)) and (
                        runs_disagree(wrapped, segment, first, taken, wide, runs)
                    ):
                        return True
                segment = []
                indented = True
            if not segment:
                first = at
            segment.append(line)
    return False


def _apart_from_text(wrapped: list[int], wide: int) -> bool:
    """A paragraph of `MIN_RUN` inner lines or more that agree (`wrapped`: their cells) on a
    measure more than a hanging mark or two from the text's (`wide`; 0: none learnt): the
    text has regions, though no second paragraph shows a measure of its own. A page of
    flush paragraphs in 25 (a block whose short last lines leave no run of four) over a
    story of 11 in a block of its own read one measure, 25, the commonest length of the long
    lines: every line of 11 read short, and `…北京市所有小` / `学和初中的课间时间从10` were
    cut (the blind damage model's narrow pages, seed 1, tuning half: its one change there;
    narrow seeds 0-1 tuning 0.9284 → 0.9295). `flush_runs.runs_disagree` asks the same of a flush
    paragraph's runs. On the pdftotext text of the typeset PDFs (bench/accuracy_extracted.py,
    weasy-narrow, weasy-1col, office-1col, office) it changes nothing."""
    return bool(wide) and len(wrapped) >= MIN_RUN and abs(max(wrapped) - wide) > MEASURE_SPREAD


def wraps_disagree(widths: Widths, wide_lines: dict[str, bool]) -> bool:
    """The text shows no one measure (`widths`: none found, `_guess_measure`'s ragged case)
    because its certain wraps, the lines that end on a comma or an enumeration mark
    (`WRAP_ONLY_ENDS`), differ by more than a hanging mark or two: each line's measure is then
    taken from the lines around it (`region_measure`), as in a text whose paragraphs show
    several (`measures_vary`). `wide_lines`: `measure_lines`'s stripped lines, whether each is
    mostly wide.

    With no measure at all, no line reads short and no sentence end ends a paragraph: a flush
    page whose measure changes from story to story ran every paragraph of a block into one,
    subheads and all. Evidence (tuning halves): bench/accuracy_blind.py, flush pages, seed 0
    (`xwlb-20250101-0209`, a news-in-brief column in 35, 38, 39, 33 and 29: its 13 stories
    and their subheads ran into a few blocks); bench/accuracy_extracted.py through pdftotext,
    weasy-1col (a column of 36 whose wraps with digits in them hold fewer characters:
    `上》，今晚（7月1日）8点档…频道、`) and office-1col (LibreOffice's spaces around digits),
    whose paragraphs and subheads were run together the same way."""
    if widths.wide or not widths.guessed:
        return False
    lengths = [len(t) for t, wide in wide_lines.items() if wide and t[-1:] in WRAP_ONLY_ENDS]
    return bool(lengths) and max(lengths) - min(lengths) > MEASURE_SPREAD


# what an indented line opens with
INDENTS = " \u3000\t"


def _length(line: str) -> int:
    """A line's cells (`cells`) with its indent, which takes the measure's room."""
    return cells(line.strip(LINE_SPACES)) + indent_cells(line)


def indent_cells(line: str) -> int:
    """The Han cells a line's indent takes: one an ideographic space, one two spaces.

    Measured against its region, a paragraph's indented first line is as full as the wrapped
    lines under it only with its indent (`　　音乐会将于7月1日晚在` / `中央广播电视总台综合频道、`,
    `    本期进口展有众多国际` / `知名品牌企业参展，全面发`): without it, a first line that fills
    its column reads two cells short, and a short line without a stop as a heading. Evidence:
    bench/print_misses.py, damage_print and damage_indep narrow pages (tuning half).
    """
    indent = line[: len(line) - len(line.lstrip(" \u3000"))]
    return indent.count("\u3000") + indent.count(" ") // 2


def local_widths(widths: Widths, lines: list[str], start: int, index: int) -> Widths:
    """`widths` with the CJK measure of line `index`'s region (its paragraph opened at `start`)."""
    return region_widths(widths, line_lengths(lines), start, index)


def line_lengths(lines: list[str], all_wide: Collection[str] = ()) -> list[int]:
    """`_length` of each line (most lines have no space at either edge: their length), less
    one where it ends on a mark that kinsoku may hang past the measure.

    A hung mark set the measure one cell too wide for the lines under it: an indented
    `央视网消息（新闻联播）：` fills 14 with its colon over wraps of 13, and the next line,
    `政协第十四届全国委员会常务`, read short, a heading. A mark that did not hang makes the measure one cell narrower, which only a line
    one cell short (a wrap, nearly always) feels. Evidence: bench/print_misses.py, narrow
    pages of damage_print and damage_indep (tuning half), both of which hang marks.

    ASCII (digits, Latin letters, `%`) is set half a cell wide beside Han characters (`cells`).
    `all_wide`: lines known to hold wide characters only (`measure_lines`), whose length is
    their cells.
    """
    return [
        (
            len(line)  # (asked first: most lines; a line stripped of nothing, so no indent)
            if line in all_wide
            else _length(line)
            if line[:1] in LINE_SPACES or line[-1:] in LINE_SPACES
            else cells(line)
        )
        - (line[-1:] in HANG_MARKS)
        for line in lines
    ]


# the marks a line may end on past the measure
HANG_MARKS = "，。、：；！？”’）》」』"


def region_measure(
    lengths: list[int], start: int, index: int, front: bool = False, under: str = ""
) -> int | None:
    """The CJK measure of line `index`'s region, from the `line_lengths` of its block (None:
    the text's own, at a block's last line).

    A line that opens its paragraph takes the longest of itself and the two lines under it:
    the line right under may stop short, a paragraph's last line or a subhead, and read alone
    it made a full line over a subhead look full at the subhead's length and the subhead read
    full too (LibreOffice's one-column pages through pdftotext: `红十字国际委员会…运抵苏丹。`
    (46) / `海合会秘书长呼吁停止暴力升级` (14) / `海湾阿拉伯国家合作委员会…` (43), measured at 14,
    ran the three into one block). Evidence: `bench/accuracy_extracted.py`, tuning halves:
    office-1col 0.9443 → 0.9498, weasy-1col 0.9725 → 0.9747 (bench/README.md, "Narrow and
    flush pages: a paragraph's first line measured under a short line").

    `front`: the line is in the text's front (`front_end`), whose first lines keep the line
    under as their measure: a headline's lines there are set large, each to its own length,
    and the lines two under belong to what follows it, a subtitle or the body. Measured with
    them, `海军福建舰出海开展` (9) / `首次航行试验` (6) / `——本报记者现场直击` (10) read its
    first line short and cut the headline (bench/accuracy_blind.py, indented, seed 12,
    `xwlb-20240501-0153`), as did `庆祝中国共产党成立105` / `周年大会在京隆重举行` over the
    body's wider lines (narrow seed 4, flush seeds 10 and 14, `xwlb-20260701-0316`; tuning
    halves): the held-out two-line titles fell with them (bench/README.md, "The front's first
    lines keep the line under").

    `under`: the line under; where it ends a sentence (`ends_sentence`), it is the paragraph's
    last line, under which another paragraph opens, and the measure is the line under's, as
    the front's: measured with the next paragraph's line, `习近平就开辟中韩关系新局面` (13) /
    `提出4点建议。` (7) / `一是加强战略沟通，夯实互信根` (14) read the first line short and
    split a paragraph of two lines (bench/accuracy_blind.py, narrow, seed 4,
    `xwlb-20251101-0277`, tuning half). The longer of the line and the line under instead
    lowered bench/accuracy_blind.py's held-out ascii-punct line (bench/README.md).
    """
    first = index - LINES_BEFORE
    if first < start:
        first = start  # (not `max()`: asked at every line break of a text with regions)
    if first < index:
        return max(lengths[first:index])
    if index + 1 < len(lengths):
        if front or ends_sentence(under):
            return lengths[index + 1]
        return max(lengths[index : index + 1 + OPENING_MEASURED])
    return None


def front_end(lines: Sequence[str]) -> int:
    """The first of `lines` that ends a sentence (its closing marks aside; len(lines): none):
    the lines of the text's first block up to it are the front, a masthead, kickers, headlines
    and subtitles, which no sentence ends (`region_measure`)."""
    for at, line in enumerate(lines):
        if ends_sentence(line):
            return at
    return len(lines)


def ends_sentence(line: str) -> bool:
    """The line ends a sentence, its closing marks aside."""
    end = line.rstrip(_PAST_END)[-1:]
    return bool(end) and end in SENTENCE_END


# the marks that close a quotation or an aside after a sentence's end
CLOSING = "”’）」』》\"')"
_PAST_END = LINE_SPACES + CLOSING  # (what `ends_sentence` looks past: joined once, not per call)


def region_widths(
    widths: Widths, lengths: list[int], start: int, index: int, indent: int = 0
) -> Widths:
    """`local_widths`, from the `line_lengths` of the block; `indent`: the cells the line's
    indent takes (`indent_cells`), which the line, tested without it, does not have."""
    return widths_at(widths, region_measure(lengths, start, index), indent)


def widths_at(widths: Widths, local: int | None, indent: int = 0) -> Widths:
    """`region_widths` of a line whose `region_measure` is `local`."""
    if local is None:
        return widths
    return _with_wide(local - indent, widths.latin, widths.monospace, widths.face, widths.indent)


@lru_cache(maxsize=256)
def _with_wide(wide: int, latin: float, monospace: bool, face: str, indent: float) -> Widths:
    """`replace(widths, wide=wide, guessed=False)`, made once for each of the few lengths a text
    has: it is asked at every line break of a text with regions, and making (or hashing) a
    frozen dataclass costs several times a look-up by plain values."""
    return Widths(wide, latin, monospace, False, face, indent)


def even_lines(line: str, next_line: str, measure: int) -> bool:
    """`line` and `next_line` (stripped, mostly wide) hold as many characters as each other, a
    cell or two short of `measure` (`HANGING`), neither ends a sentence or a clause before a
    colon, and `line` holds a mark of running text (`，；、`): two wraps of a column a cell or
    two narrower than the measure learnt, not a paragraph's short last line, nor a line over a
    heading (`paragraph_ends_here` read the first as short and the second as a short heading:
    `是“预防为主、生命至上”，…宣传教育活动，通` / `过消防疏散演练、…培训等`, 31 characters
    each under a measure of 32 learnt from the text's other stories). A wrap fills its own
    column's measure, so two lines in a row of one length show that measure; a paragraph's last
    line or a heading stops short at its own length, which the line over it matches only by
    chance. Chinese only (the caller asks no text with kana).

    Evidence (tuning halves): bench/accuracy_blind.py, seeds 0-1, narrow 0.8937 → 0.8980 and
    flush 0.9138 → 0.9147, where a story's measure differs from the text's by a cell or two;
    bench/accuracy_extracted.py, weasy-narrow through pdftotext (a measure that changes with
    digits and marks by a cell), tuning half unchanged (0.9727). Without the running-text mark
    a headline's last line over its story's first (`保骗保刑事案件指导意见` / `最高人民法院、最高
    人民`, 11 each in 13) and a subhead over its story (`标识办法》今起施行` / `国家网信办等四部
    门`) ran together: weasy-narrow tuning fell 0.9727 → 0.9710.
    """
    if not measure or len(line) != len(next_line) or not measure - HANGING <= len(line) < measure:
        return False
    if ends_sentence(line) or ends_sentence(next_line) or line[-1:] in "：:":
        return False
    if not any(mark in line for mark in "，；、"):
        return False  # (a heading holds no mark of running text)
    return mostly_wide(line) and mostly_wide(next_line) and not KANA_RE.search(line)
