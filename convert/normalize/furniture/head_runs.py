"""Running heads set in boxes: the lines of one head between two pages, found from one of them.

A paper's running head comes out of `pdftotext` a box a line (the paper's name, the date, the
edition or the page with its desk), with blank lines between. `page_lines` finds the box beside
a page mark; `masthead_runs` takes the other boxes with it; `unmarked_heads` finds a head where
the extraction left no page number beside it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ...blocks import ends_paragraph
from ...chars import mostly_wide
from .dated_heads import SHARED_DATE_CHARS, TextDays, day_head, short_line_spans
from .masthead import (
    DATED_RE,
    EDITION_RE,
    PAGE_AND_DESK_RE,
    is_masthead,
    is_masthead_extra,
    is_paper,
    masthead_patterns,
)

if TYPE_CHECKING:
    from .page_lines import Line

MAX_HEAD_CHARS = 40


def beside_marks(lines: list[Line], marks: list[int]) -> Iterator[int]:
    """The first line with content above and below each page mark (`marks`)."""
    for mark in marks:
        for step in (-1, 1):
            pos = mark + step
            while 0 <= pos < len(lines) and not lines[pos].key:
                pos += step
            if 0 <= pos < len(lines):
                yield pos


# a character every box holds one of (a date's `年` or `.`/`-`/`/`, an edition's `版`, an
# issue's `期`, a code's `号` or `-`, the space between a section and its page, a Latin name's)
HEAD_PART_SIGNS = frozenset("年版期号-./ \t\u3000")


@lru_cache(maxsize=4096)
def head_part(key: str) -> bool:
    """A box of a running head on a line of its own: a masthead, a date, an edition marker or
    one of `masthead.EXTRA` (`要闻 3`). A box is short: most lines beside a page mark are
    the text's own, and the length alone turns them away. Cached: a running head's boxes repeat
    on every page, and `unmarked_heads` asks each short dated line of the text."""
    if len(key) > MAX_HEAD_CHARS or not HEAD_PART_SIGNS.intersection(key):
        return False
    return bool(
        is_masthead(key) or DATED_RE.fullmatch(key) or EDITION_RE.fullmatch(key)
    ) or is_masthead_extra(key)


def masthead_runs(lines: list[Line], found: set[int]) -> set[int]:
    """`found` and the lines next to them (blank lines between) that are parts of the same
    running head: a head set in boxes comes out of `pdftotext` a box a line, with blank lines
    between (weasy-1col: `新闻联播文字版` / `2022年11月1日 星期二` / `第2版`), and only the box
    next to the page number was found. The paper's name (`is_paper`) counts above a dated line
    only: the line found, or a box the walk passed on its way up (`人民日报` / `2023年1月1日` /
    `4 综合`, found from `4 综合`: the name stayed, blind model, flush, seed 2, tuning half). Evidence: bench/accuracy_blind.py's tuning half, where such boxes became paragraphs
    or ran into the sentence the page cut.

    >>> from .page_lines import lines_of
    >>> lines = lines_of("正文。\\n人民日报\\n\\n2024年3月1日 星期五\\n\\n要闻 3\\n下文")
    >>> sorted(masthead_runs(lines, {3}))
    [1, 3, 5]
    >>> lines = lines_of("正文没有写完的一行字\\n人民日报\\n\\n2023年1月1日\\n\\n4 综合\\n下文")
    >>> sorted(masthead_runs(lines, {5}))
    [1, 3, 5]
    """
    out = set(found)
    for index in sorted(found):
        for step in (-1, 1):
            # (the paper's name stands above the date, which may be a box the walk passed)
            dated = DATED_RE.search(lines[index].key) is not None
            pos = index + step
            while 0 <= pos < len(lines) and pos not in out:
                key = lines[pos].key
                if key and not (head_part(key) or (step < 0 and dated and is_paper(key))):
                    break
                if key:
                    out.add(pos)
                    dated = dated or DATED_RE.search(key) is not None
                pos += step
    return out


# a line that may be a dated or an edition box holds one of these (YEAR_DATE's `年`, EDITION's
# `版`, an ISO date's `-`), and is short: spaces and form feeds around its key allowed for
EDITION_CHAR = "版"
MARK_CHARS = SHARED_DATE_CHARS + EDITION_CHAR
MAX_RAW_HEAD = 2 * MAX_HEAD_CHARS
# what every box holding `年` or `版` has: a year's (`2024年`, `二〇二四年`), an edition's
# (`第2版`, `今日8版`) or the lunar date's (`农历甲辰年`); or a date in digits, ISO's form
# (`2025-11-01 星期六`: a web page's or an e-paper's head printed with the page);
# asked before `head_part`, whose patterns cost twenty times as much, of the short lines with a
# date in a narrow column
# (`[0-9〇零一二三四五六七八九十] ?[年版]|农历|\d{4}-\d{1,2}-\d{1,2}`, each branch after the class of
# their first characters, told apart by looking back at it: branches that open with no common
# class were tried at every character)
NUMBERED = "0-9〇零一二三四五六七八九十"
NUMBERED_MARK_RE = re.compile(
    rf"[{NUMBERED}农\d](?:(?<=[{NUMBERED}]) ?[年版]|(?<=农)历|(?<=\d)\d{{3}}-\d{{1,2}}-\d{{1,2}})"
)
# a line the page cut mid-sentence is a line of text, not a heading
MIN_CUT_LINE = 10
# a line ending on a comma or an enumeration comma stops inside a sentence, even a paragraph's
# first line, which no wrap stands over (a running head under a story's first line:
# bench/damage_fifth.py's running-head pages, tuning half; no heading or byline ends so)
CLAUSE_ENDS = "，、"
# a paragraph's first line that holds a comma and ends on no mark is a sentence the page cut
# (`重温入党誓词，汲取奋进` over a dated box): no subhead of zh-news-xwlb (274 short paragraphs
# ending on no mark) holds one; of its 325 headlines, one outside quotes (`…文章：坚定信心，…`)
INNER_CLAUSE_MARK = "，"


def unmarked_heads(
    text: str, lines: list[Line], found: set[int], starts: list[int] | None = None
) -> set[int]:
    """Running heads between two pages with no page number beside them (the extraction lost it,
    or the folio was printed elsewhere on the page): the runs of boxes (`masthead_runs`) around
    a dated box or a masthead that have text on both sides, and either

    - hold a date and an edition (`第2版`, `8 经济`, `今日8版`: `has_edition`), a form no line
      of the shared corpus's texts has (see `masthead`); or
    - cut a sentence: the line above is a line of Chinese text that ends inside a sentence.

    A lone date (`2024年3月1日`) closes letters and statements, but not in the middle of a
    sentence; with its weekday it is a head where the text names no other day so
    (`dated_heads`). A bracketed line (`（人民日报 2024年3月1日 第5版）`) is a source
    cited, not a head. Evidence: bench/accuracy_blind.py's tuning half (seeds 0-1), where a third
    of the page breaks carry no page number and their heads (`新华每日电讯` / `2022年11月1日
    星期二` / `8 经济`, `解放日报 2023年1月1日 第2版 国内`) became paragraphs or ran into the
    sentence the page cut (a real page may set its folio in another corner, or the extraction
    loses it). `starts`: where each line starts, if the caller listed them.

    >>> from .page_lines import lines_of
    >>> text = "正文的一行字写到了这一页的最后\\n还没有写完的一行字写到了这一页的\\n\\n2024年3月1日 星期五\\n\\n写完的句子。"
    >>> sorted(unmarked_heads(text, lines_of(text), set()))
    [3]
    >>> text = "特此通知。\\n\\n2024年3月1日\\n\\n下一篇。"
    >>> sorted(unmarked_heads(text, lines_of(text), set()))
    []
    """
    if starts is None:
        starts = [line.start for line in lines]
    taken: set[int] = set()
    dated = short_line_spans(text, SHARED_DATE_CHARS)  # (read once for both)
    days = TextDays(text, dated)
    opens: dict[str, bool] = {}  # `may_open_head` of each distinct line: heads repeat
    for index in _short_mark_lines(short_mark_spans(text, dated), starts):
        if index in found or index in taken:
            continue
        key = lines[index].key
        may_open = opens.get(key)
        if may_open is None:
            may_open = opens[key] = may_open_head(key)
        if not may_open:
            continue
        run = head_run(lines, index, found, days)
        if run is not None:
            taken |= run
    return taken


def may_open_head(key: str) -> bool:
    """A short dated or edition line `unmarked_heads` asks about (`head_run`)."""
    if key[:1] in "（(" or "，" in key or "。" in key:
        return False  # (a sentence's marks: most short lines with a date are text)
    return NUMBERED_MARK_RE.search(key) is not None and head_part(key) and not _dateline(key)


def head_run(
    lines: list[Line], index: int, found: set[int], days: TextDays | None = None
) -> set[int] | None:
    """The running head `unmarked_heads` takes from the line at `index` (`may_open_head`), if
    any: its run of boxes, with text on both sides, holding a date and an edition, cutting a
    sentence, or holding a date with its weekday in a text that names one day so
    (`dated_heads`, asked of `days`). It reads the run's lines (the boxes and blank lines around
    `index`), the nearest line with content on either side of the run, and the line right above
    the one before it."""
    run = masthead_runs(lines, {index})
    if run & found or any(lines[i].key[:1] in "（(" for i in run):
        return None
    above = _content_line(lines, min(run), -1)
    below = _content_line(lines, max(run), 1)
    if above is None or above in found:
        return None
    if below is None:  # (the text's last lines)
        return run if _edition_alone(lines, run | {above}) else None
    return (
        run
        if _has_date_and_edition(lines, run)
        or _numbered_edition(lines, run)
        or _cut(lines, above)
        or day_head(lines, run, days)
        else None
    )


def _dateline(key: str) -> bool:
    """A colon before the date and no edition: a dateline's first line (`央视网消息（新闻联播）：
    2026年1月1日`, its story's first words wrapped to the next line; bench/accuracy_print.py
    narrow, seed 10, tuning half) or a field (`日期：…`). A head's colon stands between its
    edition and its desk (`第5版：要闻`)."""
    return ("：" in key or ":" in key) and EDITION_RE.search(key) is None


def _content_line(lines: list[Line], index: int, step: int) -> int | None:
    """The nearest line with content from `index` on in the direction `step`."""
    pos = index + step
    while 0 <= pos < len(lines) and not lines[pos].key:
        pos += step
    return pos if 0 <= pos < len(lines) else None


def _has_date_and_edition(lines: list[Line], run: set[int]) -> bool:
    """The run holds a full date and an edition: `第N版`, a page and its desk (`8 经济`,
    `要闻 3`), or one of the front page's other boxes (`masthead.EXTRA`)."""
    keys = [lines[i].key for i in sorted(run)]
    if not any(DATED_RE.search(key) for key in keys):
        return False
    return any(
        EDITION_RE.search(key)
        or (DATED_RE.search(key) is None and is_masthead_extra(key))
        or (DATED_RE.search(key) is not None and PAGE_AND_DESK_RE.search(key) is not None)
        for key in keys
    )


def _numbered_edition(lines: list[Line], run: set[int]) -> bool:
    """The run holds an edition numbered in digits (`第2版 要闻`, `A05版`) with text on both sides:
    a page's head between two pages, even without a date, where the page break fell between two
    paragraphs (`…具有决定性意义。` / `第2版 要闻` / blank / `党的二十大报告…`). No line of the
    shared corpus holds a digit before `版` (`masthead.EDITION`); an edition in Han numerals
    (`第一版`, a book's) is not taken. Evidence: bench/accuracy_fifth.py's tuning half, seeds 0-4,
    7 pages whose head stayed as a paragraph or ran into the one above it."""
    return any(
        (found := EDITION_RE.search(lines[i].key)) is not None
        and any(char.isascii() and char.isdigit() for char in found.group())
        for i in run
    )


def _edition_alone(lines: list[Line], run: set[int]) -> bool:
    """The run that ends the text, with the line above it, holds an edition numbered in digits
    (`第2版 专题`, `_numbered_edition`) and no date and no paper's name: the last page's head or
    foot with no text of its own under it. A source cited under a story names its paper (`人民日报
    2024年3月1日 第5版`, `人民日报` / `第5版`), so a date or a name keeps the run. Evidence: bench/accuracy_fifth.py's tuning halves (seeds 0-4, 10-14), 2
    texts whose last line `第2版 专题` stayed as a paragraph; no line of the shared corpus holds a
    digit before `版` (`masthead.EDITION`)."""
    keys = [lines[i].key for i in run]
    return _numbered_edition(lines, run) and not any(
        DATED_RE.search(key) or any(map(is_paper, masthead_patterns()[2].findall(key)))
        for key in keys
    )


def _cut(lines: list[Line], index: int) -> bool:
    """The line is a line of Chinese text that ends inside a sentence, and a wrap: the line
    above it in its block is no longer than a third more. A heading or a byline standing alone
    (`□本报记者 赵磊` over an indented `央视网消息（新闻联播）：2025年1月1日`, a dateline's
    first line, bench/accuracy_print.py narrow, tuning half) is no page cut."""
    key = lines[index].key
    if len(key) < MIN_CUT_LINE or not mostly_wide(key) or ends_paragraph(key):
        return False
    if key[-1] in CLAUSE_ENDS:
        return True  # (`CLAUSE_ENDS`) the sentence goes on past the box, whatever stands above
    above = lines[index - 1].key if index else ""
    if not above:
        return INNER_CLAUSE_MARK in key  # (`INNER_CLAUSE_MARK`: a paragraph's first line)
    return 3 * len(above) <= 4 * len(key)


def _short_mark_lines(spans: set[tuple[int, int]], starts: list[int]) -> list[int]:
    """Indexes of the lines (starting at `starts`) of `spans` (`short_mark_spans`)."""
    return sorted({bisect_right(starts, start) - 1 for start, _ in spans})


def short_mark_spans(text: str, dated: set[tuple[int, int]] | None = None) -> set[tuple[int, int]]:
    """(start, end) of each line that holds a `MARK_CHARS` character and is shorter than
    `MAX_RAW_HEAD` (`dated_heads.short_line_spans`, which keeps lines one character longer).
    `dated`: `short_line_spans(text, SHARED_DATE_CHARS)`, if the caller found them for
    `TextDays` (`MARK_CHARS` holds those characters and `版`)."""
    if dated is None:
        dated = short_line_spans(text, SHARED_DATE_CHARS)
    spans = dated | short_line_spans(text, EDITION_CHAR)
    return {(start, end) for start, end in spans if end - start < MAX_RAW_HEAD}


# a short line holding a year's `年`, an edition's `版` or a `-` and no comma or stop (possessive: no
# backtracking), found from the line feed before it: the lines `may_hold_unmarked_head` asks about
_SHORT_MARK_LINE_RE = re.compile(r"\n[^\n年版，。-]{0,40}+[年版-][^\n，。]{0,40}+(?=\n|\Z)")


def may_hold_unmarked_head(text: str) -> bool:
    """A line `unmarked_heads` may take stands in the text: a short dated or edition box
    (`head_part`, with `NUMBERED_MARK_RE`'s year or edition), no sentence's marks, no bracket,
    no dateline. Asked by the pass's gate of a text with no page mark and no masthead opening
    it, which it otherwise leaves unread: a third of the blind damage model's page breaks carry
    no page number, and in a text with none of them the running head at each break
    (`解放日报` / `2024年3月1日 星期五` / `第4版 时政`, `新华每日电讯` / `2024年7月1日` /
    `评论 5`) stayed, or ran into the sentence the page cut (bench/accuracy_blind.py, tuning
    half, seeds 0-4: ~80 heads in the indented, blocks and flush pages). One search finds the
    short lines with `年` or `版` and no comma or stop (a clean text's paragraphs are long
    lines, a wrapped text's hold commas: 1-3 ms a 0.5 MB text)."""
    return any(_box(match.group().strip()) for match in _SHORT_MARK_LINE_RE.finditer(text))


def _box(key: str) -> bool:
    """A short line with a year or an edition that `unmarked_heads` would ask about."""
    return (
        key[:1] not in "（("
        and "，" not in key
        and "。" not in key
        and NUMBERED_MARK_RE.search(key) is not None
        and head_part(key)
        and not _dateline(key)
    )
