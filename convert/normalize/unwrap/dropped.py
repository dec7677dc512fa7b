"""Paragraphs whose first-line indent the extraction dropped (`pdftotext` drops a CSS
`text-indent`): each paragraph's first line stops an indent short of the measure, which tells a
paragraph's first line from a wrap, and a subhead set flush from the paragraph under it.

`learn_paragraphing` learns whether a text's paragraphs open so (`Paragraphing.indent_dropped`);
the rules here decide breaks where they do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ...blocks import ends_paragraph
from ...chars import KANA_RE, mostly_wide
from .hung_colon import colon_over_column
from .measure import HANGING, Widths, cells
from .open_clause import clause_left_open
from .remeasured import (
    narrower_than_its_paragraph,
    narrows_under,
    short_of_its_wrap,
    widens_under,
)
from .under_wrap import stops_short_under_wrap

if TYPE_CHECKING:
    from .paragraphing import Paragraphing

# what `first_line_cells` says of a paragraph's first line (neither: None)
INDENT_SHORT, INDENT_FULL = "short", "full"
# the cells of an indent (`　　`, two ideographic spaces)
INDENT = 2


def first_line_cells(text: str, measure: int, wide: bool | None = None) -> str | None:
    """Whether a CJK paragraph's first line (stripped, going on in the next) stops an indent
    short of `measure` (`INDENT_SHORT`), fills it (`INDENT_FULL`), or neither (None).

    Measured in half cells (an ASCII character half a cell, not `cells`, which rounds up): a
    line a cell and a half short is an indent short. A wrap that goes on with a Han character
    leaves less than a cell free (the character would have fitted), and the text's measure,
    learnt in whole characters, is the column's rounded down, so a first line set after a
    two-cell indent may come within a cell and a half of it (`另外，2月份非制造业商务活动`, 13
    cells and a digit, in a column of 15; counted in `cells`, 14, it read full). Evidence:
    bench/accuracy_extracted.py, weasy-narrow through pdftotext (tuning half). A Japanese
    line (kana) is counted in `cells`, as before: no evidence was taken there, and
    bench/livedoor_wrapped.py (tuning half) joined a list's item to the line under it so
    (`・音の編集講座「ステレオとモノラル」` / `◆ビデオサロン2012年2月号`). `wide`: `mostly_wide(text)`
    where the caller knows it (None: asked here).
    """
    if not measure or not (mostly_wide(text) if wide is None else wide) or ends_paragraph(text):
        return None
    halves = 2 * measure - (2 * len(text) - len(text.encode("ascii", "ignore")))
    if halves % 2 and KANA_RE.search(text):
        halves -= 1  # (`cells` rounds up)
    if 2 * INDENT - 1 <= halves <= 2 * INDENT + 3:
        return INDENT_SHORT
    return INDENT_FULL if -2 * HANGING <= halves < 2 * INDENT - 1 else None


def opening_cells(
    text: str, next_text: str, measure: int, wide_lines: Mapping[str, bool] | None = None
) -> str | None:
    """`first_line_cells` of a line that opens a paragraph after a sentence end, `next_text`
    the line under it: a line that reads full over one an indent short is a subhead set flush
    over its paragraph, whose first line is the one under it (`新版国家医保药品目录落地实施` /
    `今天（3月1日），新版国家医` / `保药品目录落地实施，此次调整新`, in a column of 15), so the
    text's paragraphs open an indent short there, not full. A paragraph's first line that
    fills the measure goes on into a line that fills it too, not one an indent short (a wrap
    leaves less than a cell free before a Han character). Evidence: bench/accuracy_extracted.py,
    weasy-narrow through pdftotext (tuning half): the flash stories' bold subheads, counted as
    full first lines, outnumbered the paragraphs an indent short in 4 of 52 issues, and the
    dropped indent was not learnt there. A full line over a line well short of an indented
    first line that ends no sentence (`国际人士：向乌输送武器无助于和` / `平解决冲突`) is a
    subhead wrapped: it says nothing (None). Not in Japanese (kana), where no evidence was
    taken: bench/livedoor_wrapped.py (tuning half) learnt a dropped indent from a few such
    lines and joined a heading to its paragraph (`■「第4回動画アワード」グランプリ`).
    `wide_lines`: `mostly_wide` of the lines `measure_lines` judged (read, not asked again).
    """
    known = wide_lines or {}
    first = first_line_cells(text, measure, known.get(text))
    if first != INDENT_FULL or not next_text or KANA_RE.search(text):
        return first
    under = first_line_cells(next_text, measure, known.get(next_text))
    if under == INDENT_SHORT:
        return INDENT_SHORT
    if under is None and not ends_paragraph(next_text) and cells(next_text) < measure - INDENT - 1:
        return None  # a subhead wrapped: its short last line is no paragraph's
    return first


def runs_on(
    line: str,
    widths: Widths,
    paragraphing: Paragraphing,
    run: int,
    next_line: str,
    after_next: str,
    before: Sequence[str],
) -> bool:
    """A CJK line that ends no sentence goes on into the next, though it may read short: it
    opens a paragraph whose indent was dropped (`dropped_indent`), or the line over it left a
    clause open (`open_clause.clause_left_open`). `before`: the paragraph's lines so far."""
    return clause_left_open(line, before, next_line) or dropped_indent(
        line, widths, paragraphing, run, next_line, after_next
    )


def dropped_indent(
    line: str,
    widths: Widths,
    paragraphing: Paragraphing,
    run: int,
    next_line: str = "",
    after_next: str = "",
) -> bool:
    """A paragraph's first line that stops an indent short of the measure, in a text whose
    paragraphs open so: the first line of an indented paragraph whose indent the extraction
    dropped, a wrap (`中国电信与中国联通也已联合建成全球` / `最大的5G共建共享网络，…` in a
    column of 19), not a heading.

    `pdftotext` drops a CSS `text-indent`: each paragraph's first line then reads two cells
    short, and one that does not end a sentence looks like a heading. The text shows it where
    most paragraphs (after a short line that ends a sentence) open with a line short by an
    indent. Evidence: bench/accuracy_extracted.py, weasy-narrow pages through pdftotext
    (tuning half), where such first lines were cut from their paragraphs.
    """
    return (
        paragraphing.indent_dropped
        and run == len(line)
        and first_line_cells(line, widths.wide) == INDENT_SHORT
        and not opens_under(line, next_line, after_next, widths.wide)
    )


def opens_under(line: str, next_line: str, after_next: str, measure: int) -> bool:
    """The line under a paragraph's first line (stripped; `after_next` the one under it) stops
    a cell and a half short of `measure` or more, in the middle of a sentence, before a line
    that opens with a Han character or a mark: it is no wrap of the first line but a
    paragraph's first line itself, so the line over it is a subhead that stops short by
    chance (`俄气称已停止通过乌克兰向欧洲供应天然气`, 19 cells, over `俄罗斯天然气工业公司今天
    （1月1日）通报` and `称，由于…`, in a column of 22). A wrap fills the measure: it leaves
    less than a cell free before a Han character, or one more where the line-start rule pulled
    a character down with a comma. (Not before a line that opens with a digit or a Latin
    letter: a number is not broken, and the line over it may stop well short. Nor over a
    block's last line, cut by a page.) Evidence: bench/accuracy_extracted.py, weasy-narrow
    through pdftotext (tuning half), whose flash stories set a bold subhead over each item.
    Not under a Japanese `line` (kana), where no evidence was taken (bench/livedoor_wrapped.py,
    tuning half, cut a list's item from the heading under it: `・優秀で…人材が多い` /
    `【6位：早稲田大学】`).
    """
    if not measure or not after_next or not mostly_wide(next_line) or ends_paragraph(next_line):
        return False
    if KANA_RE.search(line):
        return False
    if _opens_word(after_next):
        return False
    halves = 2 * measure - (2 * len(next_line) - len(next_line.encode("ascii", "ignore")))
    return halves >= 3


def runs_on_flush(
    line: str,
    next_line: str,
    widths: Widths,
    paragraphing: Paragraphing,
    after_next: str = "",
    run: int = 0,
) -> bool:
    """A CJK line at the measure that ends a sentence, over a line that fills the measure, in a
    text whose paragraphs' first lines stop an indent short (`dropped_indent`): a wrap.

    The next line would open a paragraph an indent short; one that fills the measure does not
    open one, so the sentence end at the line's end is inside the paragraph (`今天的中国，是梦想
    接连实现的中国。` / `在距离地球约400公里的中国空间站，神舟`, in a column of 18). The line
    itself must reach the measure (less a cell: a wrap's last mark may be pulled back), as a
    wrap does. Evidence: bench/accuracy_extracted.py, weasy-narrow pages through pdftotext
    (tuning half), where such breaks split paragraphs in five issues of 52. (Chinese only: no
    Japanese text was looked at, and kana says so.) A line that opens its paragraph (`run`, the
    paragraph's characters so far, is its length) reaches the measure less the indent the
    extraction dropped (`今天的中国，是梦想接连实现的中国。`, 17 cells in a column of 19: the
    same break, where the text's measure was learnt a cell wider); not one that ends on a
    colon, a dateline over its story (`央视网消息（新闻联播）：` / `2024 年中非合作论坛峰会将于`:
    bench/accuracy_extracted.py, office layouts, tuning half). A full next line that heads a
    paragraph an indent short (`opening_cells`) is a subhead set flush: the sentence end before
    it ends a paragraph.
    """
    opens = run == len(line) and line[-1:] not in "：:"  # (`央视网消息（新闻联播）：`: a dateline)
    reach = widths.wide - 1 - (INDENT if opens else 0)
    return (
        paragraphing.indent_dropped
        and not KANA_RE.search(line)
        and bool(widths.wide)
        and cells(line) >= reach
        and mostly_wide(line)
        and opening_cells(next_line, after_next, widths.wide) == INDENT_FULL
    )


def ends_over_indent(
    line: str, next_line: str, after_next: str, widths: Widths, paragraphing: Paragraphing
) -> bool:
    """A CJK sentence end over a line an indent short that goes on into the next, in a text
    whose paragraphs' first lines stop an indent short (`dropped_indent`): a paragraph end,
    whatever the line's own width (`…肯尼亚走变革性增长道路的决心。` / `白俄罗斯总统卢卡申科
    表示，` / `习近平总书记提出…`, in a column of 15; `…冯攀峰/周影夺得冠军。`, 18 cells and
    19 characters in a column of 19, a line a measure by its characters). The mirror of
    `runs_on_flush`: the next line opens a paragraph as the text's paragraphs open. A wrap
    stops an indent short only before a number or a Latin word, which is not broken
    (`after_next` opening with one is refused). Evidence: bench/accuracy_extracted.py,
    weasy-narrow through pdftotext (tuning half), where such breaks ran two paragraphs into
    one in 3 issues of 52. Not in Japanese (kana): no evidence was taken there. Not where
    blank lines mark the paragraphs (`blank_lines`): a line inside a block is a wrap there,
    a few cells short or not (bench/accuracy_print.py's blocks pages, tuning half: `…理解未来
    中国。` / `中华文明具有突出的创新性。…守正不`, 36 characters in a column of 38).
    """
    return (
        paragraphing.indent_dropped
        and not paragraphing.blank_lines
        and bool(widths.wide)
        and bool(after_next)
        and not _opens_word(after_next)
        and not KANA_RE.search(line)
        and first_line_cells(next_line, widths.wide) == INDENT_SHORT
    )


def flush_break(
    line: str,
    next_line: str,
    widths: Widths,
    paragraphing: Paragraphing,
    after_next: str = "",
    run: int = 0,
    before: Sequence[str] = (),
) -> bool | None:
    """A CJK sentence end where the text's paragraphs lost their indents: a wrap over a line
    that fills the measure (`runs_on_flush`), a paragraph end over a line an indent short
    (`ends_over_indent`) or over lines set wider than its paragraph (`widens_under`; not where
    blank lines mark the paragraphs), else None (the other rules decide)."""
    if not mostly_wide(line) or KANA_RE.search(line):
        return None  # (each rule below asks a line without kana)
    # (the line's sentence end asked once for the four rules that need it: `known`)
    remeasured = not paragraphing.blank_lines and ends_paragraph(line)
    if remeasured and (
        narrower_than_its_paragraph(line, next_line, after_next, before, known=True)
        or short_of_its_wrap(line, before, widths.wide, known=True)
        or stops_short_under_wrap(line, before, widths.wide, paragraphing.digits_half)
    ):
        return True
    if colon_over_column(line, next_line, after_next, before):
        return False  # (`hung_colon`) `央视网消息（新闻联播）：` / `全国人大常委会委员长`
    if runs_on_flush(line, next_line, widths, paragraphing, after_next, run):
        return False
    if remeasured and widens_under(line, next_line, after_next, widths, run, known=True):
        return True
    if remeasured and narrows_under(line, next_line, after_next, widths, run, known=True):
        return True
    return True if ends_over_indent(line, next_line, after_next, widths, paragraphing) else None


def over_dropped_indent(
    line: str, next_line: str, after_next: str, widths: Widths, paragraphing: Paragraphing
) -> bool:
    """A CJK line at the measure over a line an indent short that goes on into a full one, in
    a text whose paragraphs' first lines stop an indent short (`dropped_indent`): the next line
    opens a paragraph, so a heading-like line ends here (`电视剧《许你万家灯火》今晚开播` /
    `电视剧《许你万家灯火》今晚` / `（3月1日）起在总台央视综合频道`, in a column of 15: a
    subhead set flush, at the measure by chance, over its paragraph). A wrap fills the measure;
    a line an indent short between full ones is a paragraph's first. Evidence:
    bench/accuracy_extracted.py, weasy-narrow pages through pdftotext (tuning half), whose
    flash stories set a bold subhead over each item. Not in Japanese (kana), where no evidence
    was taken: bench/livedoor_wrapped.py (tuning half) cut a katakana word so (`イー・ア` /
    `クセスの発表会が`). Nor where the line after next opens with a digit or a Latin letter:
    a number is not broken, so the line before it may stop short anywhere (`统计局今天（3月
    1日）发布：2月份` / `中国制造业采购经理指数为` / `52.6%，较上月…`, in a column of 15:
    bench/accuracy_extracted.py, weasy-narrow, tuning half). A heading-like line an indent
    short itself is no paragraph's first line over another's (`2024年暑期档全国电影票房116.43
    亿元`, 17 cells, over `根据国家电影局统计，2024年暑期档全`, 17 cells, in a column of 19).
    """
    return (
        paragraphing.indent_dropped
        and not KANA_RE.search(line)
        and bool(widths.wide)
        and (cells(line) >= widths.wide - 1 or first_line_cells(line, widths.wide) == INDENT_SHORT)
        and not _opens_word(after_next)
        and first_line_cells(next_line, widths.wide) == INDENT_SHORT
        and first_line_cells(after_next, widths.wide) == INDENT_FULL
    )


def _opens_word(line: str) -> bool:
    """The line opens with a digit or a Latin letter: a number or a word no wrap breaks, which
    may leave the line before it well short of the measure."""
    return line[:1].isascii() and line[:1].isalnum()


# a subhead reads at most this share of the line under it, in cells
SUBHEAD_SHARE = 2 / 3


def flush_subhead(
    line: str, next_line: str, widths: Widths, run: int, after_next: str = ""
) -> bool:
    """A heading-like line (asked by the caller) that opens its paragraph and stops at two
    thirds of the line under it or less, where the text showed no measure: a subhead set flush
    over its item (the 快讯 items: `江苏宁扬长江大桥正式通车` / `今天（1月1日），江苏宁扬长江…`).
    With no indent, a paragraph's first line is as full as its second; a paragraph of one line
    is followed by a line as full as the column. Without a measure `is_short` holds for no
    line, and every such subhead ran into its item. Evidence: bench/accuracy_blind.py's
    `flush` shape (tuning half, seed 0), whose items change measure from one to the next, so
    none is learnt. The line under it must read as running text (`TEXT_MARKS`): a headline
    set in two lines stops short over its second as well. The item must run on over the next
    line to `after_next`: a text's first line cut short over the rest of its sentence
    (`我们在北京开` / `会讨论了明年的计划。`, tests/normalize/unwrap/test_breaks.py) is a wrap.
    Not in Japanese (kana), where no evidence was taken.
    """
    return (
        not widths.wide
        and run == len(line)
        and mostly_wide(line)
        and mostly_wide(next_line)
        and not KANA_RE.search(line)
        and cells(line) <= SUBHEAD_SHARE * cells(next_line)
        and any(mark in next_line for mark in TEXT_MARKS)
        and bool(after_next)
        and not ends_paragraph(next_line)
    )


# marks of running text: a headline's second line holds none (`世界超高海拔地区` /
# `规模最大风电项目在西藏投产` is one headline, bench/accuracy_blind.py seed 0, indented)
TEXT_MARKS = "，。；、"


def sentence_far_short(line: str, widths: Widths, opening: bool) -> bool:
    """Under indents, a Chinese line that finishes a sentence well short of its measure ends its
    paragraph, though the next line is not indented.

    A Han line one or two cells short is a wrap under the line-start rules (a mark hung or
    pushed on); one that stops `FAR_SHORT` cells or more before the measure on a full stop was
    ended by the writer. The flush line under it is a subhead set flush over the next indented
    paragraph, as news-in-brief columns set their items (`…新增广告代言人` / `的管辖规定。` /
    `2023年伏季休渔今天正式开始` / `　　今天（5月1日），…`), or a paragraph that lost its indent
    at a page break: joined, the subhead ran into the paragraph before, which then ended on no
    mark and was joined to the next one too. Evidence: bench/accuracy_blind.py, indented pages
    (tuning half, seed 0); flush subheads in typeset Chinese PDFs through pdftotext are
    bench/README.md's "Narrow Chinese columns through pdftotext: subheads set flush". Not in
    Japanese (kana), where no evidence was taken. `opening`: the line is indented, its measure
    less the indent. The line is counted in characters, never in cells: in text wrapped by
    characters a line of digits (`…9.9%，为1997年以来的新高。`) fills the measure in fewer cells
    (bench/accuracy.py, seed 0, tuning half). Asked of text without kana only (a Japanese paragraph's last line may hold
    none: `３本。`; bench/livedoor_wrapped.py).
    """
    if not widths.wide or widths.guessed:
        return False
    room = widths.wide - (INDENT_CELLS if opening else 0)
    if len(line) + FAR_SHORT > room or not ends_paragraph(line):
        return False  # (most lines under indents: asked before `mostly_wide`, a substitution)
    return mostly_wide(line) and not KANA_RE.search(line)


# cells before the measure a Chinese line ends its sentence at to end its paragraph under indents
FAR_SHORT = HANGING + 3
# the cells a Chinese paragraph's indent takes (two ideographic spaces)
INDENT_CELLS = 2
