"""A running head reduced to its date and weekday, or to the paper's name and the date, between
two stretches of text.

A paper prints the issue's date in the head of every page, with its weekday or its own name
beside it (`2024年3月1日 星期五`, `2025-11-01 星期六`, `新闻联播  2024年7月1日`); where the
extraction kept only that box, the head stands alone between two pages' text.
`head_runs.unmarked_heads` takes such a head only where it cuts a sentence (`_cut`), and keeps it
under a line that ends one, as the closing date of a letter or a statement. A closing date
carries no weekday (an official document's date is year, month and day: GB/T 9704-2012, 成文日期;
so are a letter's and a statement's), and the name signed over it is the sender's, on a line of
its own, not a paper's or a programme's beside the date. A diary or a chronicle sets a date with
its weekday over each entry, but each names another day; every head of one issue names the same
one. So a run of boxes holding such a line (`head_line`), with text on both sides, is a head
where every such line of the text names that one day.

Evidence: no line of the shared corpus is a date with its weekday or a name beside a date (two
of livedoor's are a date alone); bench/accuracy_fifth.py's tuning halves, seeds 0-4 and 10-14:
12 heads of a date and its weekday and 6 of a programme's name and the date left under a
sentence's end or a subhead (`…经历了深刻变革。` / `2026-07-01 星期三` / `这一切成就的根源…`),
as a paragraph of their own or run into the next block.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .masthead import (
    DATED_RE,
    SPACE,
    WEEKDAY,
    WEEKDAY_RE,
    YEAR_DATE,
    is_masthead,
    is_paper,
    masthead_patterns,
)

if TYPE_CHECKING:
    from .page_lines import Line

# a full date with its weekday after it (`第2版 经济 2026年7月1日 星期三`)
DAY_RE = re.compile(rf"(?:{YEAR_DATE}){SPACE}*{WEEKDAY}")
DIGITS_RE = re.compile(r"\d+")
# a head's box is short (`head_runs.MAX_HEAD_CHARS`)
MAX_HEAD_CHARS = 40


def head_line(key: str) -> bool:
    """A line of a head's form (`masthead.is_masthead`) with a full date and, beside it, its
    weekday or a paper's or programme's name (`masthead.is_paper`).

    >>> head_line("2026-07-01 星期三"), head_line("新闻联播  2024年7月1日")
    (True, True)
    >>> head_line("2024年3月1日"), head_line("中共中央办公厅 2024年3月1日")
    (False, False)
    """
    if len(key) > MAX_HEAD_CHARS or not is_masthead(key) or not DATED_RE.search(key):
        return False
    return DAY_RE.search(key) is not None or any(
        is_paper(name) for name in masthead_patterns()[2].findall(DATED_RE.sub(" ", key))
    )


def day_of(dated: str) -> tuple[int, ...] | str:
    """The day a date names: its year, month and day in digits, whatever form (`2026-07-01`,
    `2026年7月1日`, `2022 年 11 月 1 日`); a date in Han numerals as written.

    >>> day_of("2026-07-01") == day_of("2026年7月1日")
    True
    """
    numbers = tuple(int(n) for n in DIGITS_RE.findall(dated))
    return numbers[:3] if len(numbers) >= 3 else WEEKDAY_RE.sub("", dated).replace(" ", "")


# a character every date `DATED_RE` finds holds: `年`, or a separator of the digits' form
DATE_CHARS = "年-./"
# those `head_runs.MARK_CHARS` holds too (its short lines with them are read once for both), and
# the others
SHARED_DATE_CHARS = "年-"
OWN_DATE_CHARS = "./"
# a line longer than this is no head's (its key is at most `MAX_HEAD_CHARS`, spaces around it)
MAX_RAW_HEAD = 2 * MAX_HEAD_CHARS


def short_line_spans(text: str, chars: str) -> set[tuple[int, int]]:
    """(start, end) of each line that holds one of `chars` and is no longer than
    `MAX_RAW_HEAD`, found by `str.find` from one such line's end to the next (a regular
    expression's search of the whole text cost three times as much: bench/README.md, round 26).

    >>> sorted(short_line_spans("2024年3月1日\\n正文。\\n2024-03-01\\n", "年-"))
    [(0, 9), (14, 24)]
    """
    found: set[tuple[int, int]] = set()
    for char in chars:
        at = text.find(char)
        while at != -1:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            start = text.rfind("\n", 0, at) + 1
            if end - start <= MAX_RAW_HEAD:
                found.add((start, end))
            at = text.find(char, end)
    return found


class TextDays:
    """Whether every line of a head's form (`head_line`) in a text names one day, found at the
    first asking (one look at the text's short lines with a date, however many heads are
    asked about). `shared_lines`: `short_line_spans(text, SHARED_DATE_CHARS)`, if the caller
    found them (`head_runs.unmarked_heads` does, for its own lines)."""

    def __init__(self, text: str, shared_lines: set[tuple[int, int]] | None = None) -> None:
        self.text = text
        self._shared_lines = shared_lines
        self._one: bool | None = None
        self._head_lines: dict[str, bool] = {}

    def head_line(self, key: str) -> bool:
        """`head_line(key)`, each distinct line asked once (the same head is asked about on
        every page it stands on)."""
        answer = self._head_lines.get(key)
        if answer is None:
            answer = self._head_lines[key] = head_line(key)
        return answer

    def one_day(self) -> bool:
        if self._one is None:
            self._one = len(self._days()) == 1
        return self._one

    def _days(self) -> set[tuple[int, ...] | str]:
        """The day each head's line names: its first date's. Only a short line (`MAX_RAW_HEAD`)
        holding a `DATE_CHARS` character is read (`short_line_spans`), each distinct line asked
        once (a head repeats on every page); a line with a comma or a stop is no head's
        (`masthead.is_masthead`: no such mark in a head's parts). A search of every date of the
        text (`DATED_RE.finditer`) cost four times as much (bench/README.md, round 24);
        tests/normalize/furniture/test_dated_heads.py holds this to that scan's answer."""
        text, days = self.text, set()
        shared = self._shared_lines
        if shared is None:
            shared = short_line_spans(text, SHARED_DATE_CHARS)
        asked: dict[str, tuple[int, ...] | str | None] = {}
        for start, end in shared | short_line_spans(text, OWN_DATE_CHARS):
            line = text[start:end]
            if line not in asked:
                asked[line] = _line_day(line)
            if (day := asked[line]) is not None:
                days.add(day)
        return days


def _line_day(line: str) -> tuple[int, ...] | str | None:
    """The day a head's line names (its first date's), or None for another line."""
    if "，" in line or "。" in line:
        return None
    dated = DATED_RE.search(line)
    if dated is None or not head_line(line.replace("\f", "").strip()):
        return None
    return day_of(dated.group())


def day_head(lines: list[Line], run: set[int], days: TextDays | None) -> bool:
    """The run of boxes (text on both sides: the caller's) holds a line of a head's form
    (`head_line`), and the text names no other day in one (module docstring).

    >>> from .page_lines import lines_of
    >>> text = "变革。\\n2026-07-01 星期三\\n\\n这一切成就的根源。\\n第2版 经济 2026年7月1日 星期三\\n下文。"
    >>> day_head(lines_of(text), {1}, TextDays(text))
    True
    >>> text = "晴，出门散步。\\n2024年3月2日 星期六\\n\\n雨。\\n2024年3月1日 星期五\\n"
    >>> day_head(lines_of(text), {1}, TextDays(text))
    False
    """
    if days is None or not any(days.head_line(lines[i].key) for i in run):
        return False
    return days.one_day()
