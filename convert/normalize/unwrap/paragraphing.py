"""What the whole text says about its paragraphs, beyond the two lines at a break.

A CJK line that fills the measure and finishes a sentence may be a wrap or a paragraph end; the
width cannot tell. How the text's other paragraphs open, and whether blank lines already mark
them, can.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple

from ...blocks import CONTINUATION_RE, ends_paragraph
from ...chars import CLOSERS, SENTENCE_END, mostly_wide
from ...headings import opens_own_line
from .dialogue import quoted_paragraphs, writes_dialogue
from .dropped import INDENT_FULL, INDENT_SHORT, opening_cells
from .kept import may_keep_line
from .measure import LINE_SPACES, Widths, cells
from .openers import opener_says
from .regions import INDENTS, indent_cells, line_lengths, region_widths, widths_at


class Paragraphing(NamedTuple):
    """What the whole text says about its paragraphs, beyond the two lines at a break."""

    # the first words of lines known to open a paragraph (after a short last line, or a blank)
    openings: frozenset[str]
    # paragraphs are set apart by blank lines: a break inside a block is a wrap unless the
    # line stops well short of the measure
    blank_lines: bool
    # the same of the text's Latin lines: a break inside a block is a wrap, short line or not
    latin_blank_lines: bool = False
    # a paragraph's first line stops an indent short of the measure: the extraction dropped
    # the indent (`dropped_indent`)
    indent_dropped: bool = False
    # the text's wraps count digits half a cell: a sentence end is measured so (`half_digits`)
    digits_half: bool = False
    # the openings learnt at two breaks or more: where the break asked is itself one the
    # openings were learnt from, only these say something (`story_measure.openings_elsewhere`)
    repeated_openings: frozenset[str] = frozenset()
    # an English text set in a face that quotes but writes no dialogue
    # (`dialogue.writes_dialogue`): a quotation after a full line's colon is a citation going on
    quoting: bool = False
    # where `quoting`, the lines opening a quotation set as paragraphs of its own
    # (`dialogue.quoted_paragraphs`): the colon before each still ends a paragraph
    quoted_paragraphs: frozenset[str] = frozenset()


# a Han line that ends a sentence this many characters or more before the measure is short even
# in a text that marks paragraphs by blank lines (a removed zero-width character or a repaired
# stray word shortens a wrapped line by one or two)
BLANK_LINES_SLACK = 3
# a line that ends a sentence ends with one of these (`ends_paragraph` looks past the closers)
SENTENCE_MARKS = frozenset(SENTENCE_END + CLOSERS)
# blocks (single lines included) a text needs before its blank lines are taken to mark paragraphs
MIN_BLANK_LINE_BLOCKS = 3
# the first Han characters of a line (`_opening`): the key by which a text's paragraph
# openings are compared
OPENING_LENGTH = 3
# a sentence that opens with a speaker and a verb of saying (`威廉斯表示，`, `会议指出，`)
# (`胡塞武装还称，`, `他也表示，`: a speaker who "also" says goes on from the sentence before)
ATTRIBUTION_RE = re.compile(
    r"[^，。！？；：“”‘’\s]{1,16}?(?<![还也])(?:表示|指出|强调|认为|介绍|说|称)[，：,:]"
)
# characters of a paragraph after which a new attributed sentence more likely opens the next
# paragraph than goes on with this one (most such sentence ends in the news corpus are paragraph
# ends)
LONG_PARAGRAPH = 80
# a sentence of who attended, on a line of its own: `何立峰、肖捷等参加。`, `吴政隆参加上述活动。`
ATTENDANCE_RE = re.compile(r"[^，。！？；：\s]*(?:参加|出席|陪同)[^，。！？；：\s]{0,8}。")
# a sentence that opens by setting its scene: a date or a day (`8月31日晚，`, `今天零时起，`,
# `去年，`), the next stage of the event (`会谈后，`, `调研期间，`, `同日，`) or an aspect
# (`民航方面，`), then a comma (`full_line_ends_paragraph`)
FRAME_RE = re.compile(
    r"(?:(?:[0-9]{4}年)?[0-9]+[月日时]|今天|昨天|当天|当晚|昨晚|今晚|今年|去年|同日|同一天|随后)"
    r"[^，。！？；：]{0,10}，"
    r"|[^，。！？；：]{1,14}?(?:后|期间|之际|前夕)，"
    r"|[^，。！？；：]{1,8}方面，"
)


NO_PARAGRAPHING = Paragraphing(frozenset(), blank_lines=False)


def _opening(line: str) -> str:
    opening = line[:OPENING_LENGTH]  # (no pattern: a Han class costs ~2 ms to compile)
    if len(opening) != OPENING_LENGTH:
        return ""
    # (the commonest Han characters, `han`'s first range, told by `min` and `max` in C)
    uro = min(opening) >= "\u4e00" and max(opening) <= "\u9fff"
    return opening if uro or all(map(han, opening)) else ""


def han(ch: str) -> bool:
    """`chars.is_han(ch)` (`HAN`) by comparisons (URO first: most are), not a call of the regex engine."""
    return (
        "\u4e00" <= ch <= "\u9fff"
        or "\u3400" <= ch <= "\u4dbf"
        or "\uf900" <= ch <= "\ufaff"
        or "\U00020000" <= ch <= "\U0003134f"
    )


def learn_paragraphing(
    block_lines: list[list[str]],
    widths: Widths,
    block_count: int,
    block_lengths: Sequence[tuple[list[int], int]] = (),
    wide_lines: Mapping[str, bool] | None = None,
    wraps: Sequence[BlockWrap] = (),
) -> Paragraphing:
    """Learn the openings of unambiguous paragraphs and whether blank lines mark paragraphs.

    `block_lines` are the lines of the blocks that hold more than one; `block_count` counts
    every block.

    A Han line that finishes a sentence short of the measure ends a paragraph; the line after
    it opens one, as does every block after the first. In a text whose paragraphs are set
    apart by blank lines (three blocks or more: a title and one block may be pdftotext) such
    short lines inside blocks are rare, fewer than one block in four has one: there the breaks
    inside a block are wraps.

    Latin lines alike (`latin_blank_lines`): a typewritten book set in blank-line paragraphs
    wraps ragged, so a line may finish a sentence well short of the measure and still be a wrap
    (`This intelligent people perceived and regretted these defects.` / `Still continuing…`).
    Evidence (bench/clean_text.py's Gutenberg books as published): such lines stand in 41 of
    P&P's 1,784 Latin blocks of several lines, 8 of the Girl's Own Paper's 283, and each was
    cut into paragraphs of its own (block F1 0.9490 for the two); pdftotext of P&P's chapters
    1-10, with no blank lines, has 309 in its 39 blocks.

    `block_lengths`: where the text's measure varies (`regions`), each block's `line_lengths`
    and the cells of its first line's indent (`indent_cells`), a line judged short against its region's measure as the unwrap pass judges it. Judged
    against the text's one measure, every sentence end of a column narrower than the page
    read short: a narrow page set in blank-line paragraphs was not learnt as one, and a full
    line ending a sentence inside a paragraph ended it (`…塔隆举行会谈。` / `两国元首宣布，…`,
    its opening taken for a paragraph's). Evidence: bench/print_misses.py, narrow pages of
    damage_print and damage_indep (tuning half).

    A paragraph's short last line above a table row, a note or a list item (`opens_own_line`)
    says nothing of how the text marks paragraphs: pages set in blank-line paragraphs put
    their tables and notes right under a paragraph, and counted, two such ends in a short
    story denied it blank-line paragraphing, so a full line ending a sentence inside a block
    ended its paragraph (`…检阅仪仗队。` / `两国元首分别…`). Evidence: bench/print_misses.py,
    damage_print's blocks pages (tuning half).

    `wide_lines`: `mostly_wide` of lines (stripped) already judged (`measure_lines`), not
    judged again. `wraps`: each block's `BlockWrap`, which the unwrap pass asks again (made
    here where not given).
    """
    openings: Counter[str] = Counter()
    short_ends = latin_short_ends = latin_blocks = 0
    first_short = first_full = 0  # paragraphs' first lines an indent short, and full
    for index, lines in enumerate(block_lines):
        wrap = wraps[index] if wraps else BlockWrap(lines, wide_lines)
        head = lines[0].strip(LINE_SPACES)
        # (`mostly_wide` of a line is that of its stripped text, which `wide_lines` may know)
        known = wide_lines.get(head) if wide_lines else None
        latin_blocks += not (mostly_wide(lines[0]) if known is None else known)
        if index and (opening := _opening(head)):
            openings[opening] += 1
        lengths, opened = block_lengths[index] if block_lengths else (None, 0)
        start = 0  # (where `lengths`: the line that opened the paragraph)
        for at, (line, next_line) in enumerate(pairwise(lines)):
            if lengths and line[:1] in INDENTS:
                start = at
            last = line[-1:]
            if last in LINE_SPACES:
                last = line.rstrip(LINE_SPACES)[-1:]
            if last not in SENTENCE_MARKS:
                continue  # cheap: most wrapped lines end inside a sentence
            text = line.strip(LINE_SPACES)
            if not ends_paragraph(text):
                continue
            wide = wide_lines.get(text) if wide_lines else None
            if not (mostly_wide(text) if wide is None else wide):
                latin_short_ends += widths.is_short(text, next_line.strip(LINE_SPACES))
                continue
            here = widths
            if lengths:
                indent = opened if at == 0 else indent_cells(line)
                here = region_widths(widths, lengths, start, at, indent)
            if not here.wide_is_short(len(text)):
                continue
            start = at + 1
            next_text = next_line.strip(LINE_SPACES)
            if at + 2 < len(lines) and next_line[:1] not in INDENTS:
                after = lines[at + 2].strip(LINE_SPACES)
                first = opening_cells(next_text, after, here.wide, wide_lines)
                first_short += first == INDENT_SHORT
                first_full += first == INDENT_FULL
            # (not above a table, a note or a list set under the paragraph with no blank line;
            # not a full line of a block narrower than the text; counted until they are enough
            # to deny blank-line paragraphing, `blank_lines`: more change nothing)
            if (
                short_ends * 4 < len(block_lines)
                and len(text) <= here.wide - BLANK_LINES_SLACK
                and not (may_keep_line(next_text) and opens_own_line(next_text, text))
            ):
                wrapped_at = wrap.at(here.wide)
                short_ends += _line_cells(line) <= wrapped_at - BLANK_LINES_SLACK
            if opening := _opening(next_text):
                openings[opening] += 1
    blank_lines = block_count >= MIN_BLANK_LINE_BLOCKS and short_ends * 4 < len(block_lines)
    latin_blank_lines = (
        block_count >= MIN_BLANK_LINE_BLOCKS
        and latin_blocks >= MIN_BLANK_LINE_BLOCKS
        and latin_blocks * 2 > len(block_lines)  # a Latin text, not a figure among CJK lines
        and latin_short_ends * 4 < latin_blocks
    )
    indent_dropped = first_short >= MIN_DROPPED and first_short > first_full * DROPPED_SHARE
    repeated = frozenset(opening for opening, count in openings.items() if count > 1)
    typeset = bool(widths.face) and latin_blocks * 2 > len(block_lines)  # (an English text)
    quoting = typeset and not writes_dialogue(block_lines)
    return Paragraphing(
        frozenset(openings),
        blank_lines,
        latin_blank_lines,
        indent_dropped,
        repeated_openings=repeated,
        quoting=quoting,
        quoted_paragraphs=quoted_paragraphs(block_lines) if quoting else frozenset(),
    )


class BlockWrap:
    """A block's lines, and the cells of its longest wrap, found once, when first asked:
    `learn_paragraphing` and `block_widths` ask at every sentence end of the block (asked
    afresh each time, a block of thousands of lines cost seconds).

    A block set at a measure of its own fills it with its wraps, and a sentence end as long
    is a full line of that block, not one stopped short: judged against the text's widest
    measure, a full line of a narrower block read short, and one such line among four
    blocks of several lines denied a text blank-line paragraphing (`learn_paragraphing`),
    so full-line sentence ends split its blank-line blocks
    (`2022年，对革命老区陕西延安南沟村的老乡们来说意义非凡。`, 27 cells over a wrap of 27 in a
    text whose measure is 33). Evidence: bench/accuracy_blind.py, `blocks` pages wrapped at
    26-40 cells per block (tuning half; bench/README.md, "Blank-line blocks wrapped at their
    own measures").
    """

    __slots__ = ("_longest", "lines", "wide_lines")

    def __init__(self, lines: list[str], wide_lines: Mapping[str, bool] | None = None) -> None:
        self.lines, self.wide_lines = lines, wide_lines  # (`measure_lines`' `mostly_wide`)
        self._longest: int | None = -1  # (-1: not yet found)

    def at(self, wide: int) -> int:
        """The block's longest wrap: its longest inner line that ends no sentence, of wide
        characters mostly (`line_lengths`); `wide` where it has none."""
        if self._longest == -1:
            self._longest = _longest_wrap(self.lines, self.wide_lines)
        return wide if self._longest is None else self._longest


def _longest_wrap(lines: list[str], wide_lines: Mapping[str, bool] | None = None) -> int | None:
    """`BlockWrap`'s longest wrap, None where the block has none (`wide_lines`: `mostly_wide`
    of the lines, stripped, where already judged)."""
    known = wide_lines or {}
    wraps = [
        line.rstrip(LINE_SPACES)
        for line in lines[:-1]
        if (text := line.strip(LINE_SPACES))
        and text[-1] not in SENTENCE_MARKS
        and (mostly_wide(text) if (wide := known.get(text)) is None else wide)
    ]
    return max(line_lengths(wraps), default=None)


def _line_cells(line: str) -> int:
    """The cells a line fills with its indent, ASCII half a cell (`cells`), as `BlockWrap`
    counts its wraps: a line with digits is shorter than its characters."""
    return cells(line.strip(LINE_SPACES)) + indent_cells(line)


def block_widths(
    widths: Widths, lines: list[str], index: int, blank_lines: bool, wrap: BlockWrap | None = None
) -> Widths:
    """The widths a sentence end at `lines[index]` is judged by where blank lines mark the
    paragraphs (`blank_lines`) and the text has one measure: the block's own measure
    (`BlockWrap`) where the line is as long as the block's longest wrap, a cell less at most,
    and that wrap is narrower than the text's measure; else `widths`.

    A block wrapped at a measure of its own is one paragraph, and its sentence end at a full
    line is a wrap; judged against the text's widest measure it read short and ended the
    paragraph (`…老乡们来说意义非凡。` / `村里的苹果种植…`, 27 cells over a wrap of 27 in a text
    whose measure is 33). Evidence: as `BlockWrap`.
    """
    if not blank_lines:
        return widths
    text = lines[index].strip(LINE_SPACES)
    if text[-1:] not in SENTENCE_MARKS or not ends_paragraph(text) or not mostly_wide(text):
        return widths
    own = (wrap or BlockWrap(lines)).at(widths.wide)
    fills = _line_cells(lines[index]) >= own - 1
    return widths_at(widths, own) if fills and own < widths.wide else widths


# the paragraphs whose first line is short by an indent a text needs (`dropped`), and how many
# times those whose first line is full
MIN_DROPPED = 2
DROPPED_SHARE = 2


def full_line_ends_paragraph(
    line: str, next_line: str, paragraphing: Paragraphing, run: int, lead: bool = False
) -> bool:
    """A CJK line that fills the measure and finishes a sentence: a wrap or a paragraph end?

    Both are equally likely to fall exactly at the measure, so the width cannot tell; what
    follows can. The next line opens a paragraph when it begins as other paragraphs of the
    text begin (`会议指出` after `会议指出`, `习近平` after `习近平`); when it opens with a
    speaker and a verb of saying after a long paragraph, or after the lead (the paragraph that
    opens with the dateline: a news story states its facts, then quotes); or when it is a
    whole sentence of who attended (`王毅、何立峰等参加。`), which a news story sets as a
    paragraph of its own; or when it sets its scene (`FRAME_RE`: a date or a day, the next
    stage of the event, an aspect: `会谈后，`, `8月31日晚，`, `民航方面，`) after a long
    paragraph. (In zh-news-xwlb a sentence end at a full line before any of these is a
    paragraph end far more often than sentence ends at a full line in general: each sentence
    end of the corpus counted once, 50 of 63 before a scene set after 80 characters, against
    37 % of all; bench/README.md, "Substitution damage: paragraphs split or joined".)
    Before all these, a form whose odds the corpus knows decides after a sentence's end
    (`openers`: `会议…` opens a paragraph, `一是…`, `中方…` go on with one).
    """
    if paragraphing.blank_lines or CONTINUATION_RE.match(next_line):
        return False
    if line[-1:] not in "：:" and (said := opener_says(next_line)) is not None:
        return said
    opening = _opening(next_line)
    if opening and opening in paragraphing.openings:
        return True
    if ATTENDANCE_RE.fullmatch(next_line):
        return True
    if run >= LONG_PARAGRAPH and FRAME_RE.match(next_line):
        return True
    return (run >= LONG_PARAGRAPH or lead) and bool(ATTRIBUTION_RE.match(next_line))
