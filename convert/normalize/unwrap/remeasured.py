"""A column whose measure changes at a sentence end: the paragraph ends there (issue 12).

A page sets a story's paragraphs to different measures where it runs them around a picture or
from one column into a wider one (issue 12, item 4: `anywhere from 10 to 25 characters`). A
wrap fills its measure, so no line of a paragraph passes the lines before it by more than a
hanging mark or two: a line set wider than its paragraph's measure opens another paragraph.
`decide._shorter_than_next` holds the same fact for a line and the next alone (20 % and two
characters longer, whatever the measure); here the measure is the paragraph's own (the
region's, `regions.region_measure`), so a full last line over a paragraph set a few cells
wider ends its paragraph as well (`widens_under`), and so does one over lines set narrower
(`narrows_under`): a wrap that stops short of its measure is no wrap of that measure.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...blocks import ends_paragraph
from ...chars import KANA_RE, mostly_wide
from .measure import HANGING, LINE_SPACES, Widths, cells

# the marks a line may end on past the measure (`regions.HANG_MARKS`)
_HUNG = "，。、：；！？”’）》」』"
# the marks that end a paragraph's last line (a short line under a wider one)
_SENTENCE_END = "。！？"


def _chinese_end(line: str) -> bool:
    """`line` (stripped) ends a sentence, is mostly wide and holds no kana: what each rule here
    asks of it first. `known` (each rule's last argument): the caller asked it already
    (`dropped.flush_break` asks the four rules of one line)."""
    return ends_paragraph(line) and mostly_wide(line) and not KANA_RE.search(line)


def _width(line: str) -> int:
    """A line's cells (ASCII half a cell) less a mark hung past the measure."""
    return cells(line) - (line[-1:] in _HUNG)


def widens_under(
    line: str, next_line: str, after_next: str, widths: Widths, run: int, known: bool = False
) -> bool:
    """`line` (stripped, ending a sentence, not its paragraph's first: `run`, the paragraph's
    characters so far, passes its length) stays within its paragraph's measure
    (`widths.wide`, learnt, not guessed) and the next line passes it by more than a hanging
    mark or two (`HANGING`), as does the line after it, unless that one is the new paragraph's
    last line (it ends a sentence): the break opens a new measure, and a new paragraph.

    The second line guards against a line that passes the measure alone (a line of Latin
    text, whose cells are a guess). A first line is measured with the lines under it
    (`region_measure`), so it never passes. Chinese only (no kana): no Japanese text was
    looked at.

    Evidence: no line of a typeset page passes its paragraph's measure, and the rule never
    holds on the pdftotext text of the typeset PDFs (bench/accuracy_extracted.py, every
    layout, both halves: 0 breaks), nor changes any clean text. On the blind model's tuning
    half, seeds 0-1 (bench/README.md, "Narrow and flush pages: a paragraph set wider"), it
    changes 8 breaks, each a paragraph end of the corpus article (`…共创亚太美好明天。` /
    `与会经济体领导人积极支持中国…`, 29 cells then 35; `…何立峰等出席欢迎仪式。` / `陪同卢卡申科
    访华的有…外交` / `部部长等。`, 19 then 25), three of them before an opener the corpus
    says goes on (`与此同时`, `二是`: `openers`), which the width outweighs.
    """
    measure = widths.wide
    if not measure or widths.guessed or run <= len(line) or not after_next:
        return False
    if not known and not _chinese_end(line):
        return False
    room = measure + HANGING
    return (
        _width(line) <= room
        and _width(next_line) > room
        and (_width(after_next) > room or after_next[-1:] in _SENTENCE_END)
    )


def narrows_under(
    line: str, next_line: str, after_next: str, widths: Widths, run: int, known: bool = False
) -> bool:
    """`line` (stripped, ending a sentence, not its paragraph's first) fills its paragraph's
    measure (less a cell), and the next line, which ends no sentence, stops more than a hanging
    mark or two short of it, as long as the line under it (within a cell) or over that line's
    sentence end: a narrower measure opens at the break, and a new paragraph. The mirror of
    `widens_under`: a wrap fills its measure, so a line that stops short and goes on is no
    wrap of the paragraph above. Not before a line that opens with ASCII (`after_next`): a
    number or a Latin word is not broken, and the line over it may stop short.

    Evidence: on the pdftotext text of the typeset PDFs (bench/accuracy_extracted.py, every
    layout, both halves) it holds at 6 breaks, each already a paragraph end (columns that
    pdftotext interleaved: `…在全国落地实施。` / `中国人民银行增加支农支小再贷` / `在庆祝中国共产
    党…`; `…等出席欢迎仪式。` / `军乐团奏斯中两国国` / `歌。`): outputs unchanged. On the blind
    model's tuning half, seeds 0-1, it changes 3 breaks of the flush pages, each a paragraph
    end of the corpus article (`…营造出浓浓的节日气氛。` / `喜迎新年，尽享欢乐。今天`, 24
    cells then 12): flush 0.9147 → 0.9154. The next lines are measured in characters: with
    their cells, bench/accuracy.py's seed 6 (substitution damage, Han commas turned ASCII after
    the text was wrapped, neither a tuning nor a held-out seed) cut a paragraph before a line
    of 39 characters and 35 cells under a measure of 40 (`…融合发展。` / `以国家高新区、…力争到
    2027年建成200个左右高标准数字` / `园区。`); counted in characters seeds 5-9 are as on the base.
    """
    measure = widths.wide
    if not measure or widths.guessed or run <= len(line) or not after_next:
        return False
    if not known and not _chinese_end(line):
        return False
    if ends_paragraph(next_line) or not after_next[:1] or not mostly_wide(next_line):
        return False
    if after_next[:1].isascii():
        return False  # (a number or a Latin word the line above could not hold)
    # (in characters, which ASCII set half a cell never makes fewer: a line whose Han commas
    # turned ASCII after it was wrapped holds fewer cells than it filled)
    width, under = len(next_line), len(after_next)
    return (
        _width(line) >= measure - 1
        and width < measure - HANGING
        and (abs(under - width) <= 1 or ends_paragraph(after_next))
    )


def narrower_than_its_paragraph(
    line: str, next_line: str, after_next: str, before: Sequence[str], known: bool = False
) -> bool:
    """`line` (stripped) ends a sentence under two or more lines of its paragraph (`before`),
    and the next line, which ends none, stops more than a hanging mark or two (`HANGING`)
    short of the narrowest of them, as the line under it does (within a character) unless that
    one ends a sentence: a narrower measure opens at the break, and a new paragraph. The
    measure is the paragraph's own, learnt from its lines above, not the text's: a lead or a
    paragraph set wider than the column under it (`…守护着百姓平安出行。“90后”驾驶员` /
    `李长青就是其中最年轻的队员。` / `气温回升，正是公路养`, 23 cells then 14 then 10, in a text
    whose measure reads 10) is not the text's measure, and against it the line read full and
    the break a wrap; `narrows_under` asks the text's (or the region's) measure. A wrap fills
    its measure, so a line that goes on far short of the lines above is no wrap of theirs.
    Not before a line that opens with ASCII (a number or a Latin word is not broken), and the
    next lines are counted in characters (never fewer than their cells: `narrows_under`).

    Evidence: the blind damage model's narrow and flush pages, seeds 0-1 tuning half: three
    breaks changed (the lead above; `…整整4天奔波在山野湿地之间。` at 36 over lines of 28;
    `…协议于2024年12月31日到期。` under lines of 39, over a paragraph set at 26), each a
    paragraph end of the corpus article (narrow 0.9277 → 0.9284, flush 0.9418 → 0.9432);
    the third model's pages and bench/accuracy.py's seeds 0-9 change nowhere.
    """
    if len(before) < 2 or not (known or _chinese_end(line)):
        return False
    if ends_paragraph(next_line) or not after_next[:1] or after_next[:1].isascii():
        return False
    if not mostly_wide(next_line):
        return False
    low = min(cells(above.strip(LINE_SPACES)) for above in before)
    width = len(next_line)
    return width < low - HANGING and (
        abs(len(after_next) - width) <= 1 or ends_paragraph(after_next)
    )


def short_of_its_wrap(line: str, before: Sequence[str], wide: int, known: bool = False) -> bool:
    """`line` (stripped) ends a sentence and reaches the text's measure `wide`, yet stops more
    than a hanging mark or two (`HANGING`) short of the line over it in its paragraph
    (`before[-1]`), a wrap: a line that ends no sentence. A wrap fills its measure, so the
    paragraph's measure is at least that wrap's, the text's is not this paragraph's (a story
    set wider than the text's other stories, the measure a guess of a short text), and the
    line stops short of it: the writer ended the paragraph. `narrower_than_its_paragraph`
    asks the same of the next line. The line is counted in characters (never fewer than its
    cells: ASCII put in after the wrap narrows a line's cells, `narrows_under`), the wrap in
    cells less a hung mark.

    Evidence: the blind damage model's flush pages, seeds 0-4 tuning half: 8 texts changed,
    7 nearer the corpus (`…举行` (34 cells) / `仪式，欢迎…对我国进行国事访问。` (30) /
    `天安门广场上鸣礼炮21响。`, in a text whose measure reads 27; `…第二十四次会` (40) / `议1日上午
    …汪洋出席。` (34) / `大家一致表示，…`), one with a paragraph end found and another lost.
    """
    if not wide or len(line) < wide or not before or not (known or _chinese_end(line)):
        return False
    above = before[-1].strip(LINE_SPACES)
    if not mostly_wide(above) or ends_paragraph(above):
        return False
    return len(line) < _width(above) - HANGING
