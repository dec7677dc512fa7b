"""A running head reduced to its date and weekday, between two stretches of text.

A paper prints the issue's date with its weekday in the head of every page (`2024年3月1日
星期五`, `2025-11-01 星期六`, beside its name and the page's edition); where the extraction kept
only that box, the head stands alone between two pages' text. `head_runs.unmarked_heads` takes
such a head only where it cuts a sentence (`_cut`), and keeps it under a line that ends one, as
the closing date of a letter or a statement. A closing date carries no weekday: an official
document's date is year, month and day (GB/T 9704-2012, 成文日期), and so are a letter's and a
statement's. A diary or a chronicle sets a date with its weekday over each entry, but each names
another day; every head of one issue names the same one. So a run of boxes holding a full date
with its weekday, with text on both sides, is a head where every date with a weekday in the text
names that one day.

Evidence: no line of the shared corpus is a date with its weekday (two of livedoor's are a date
alone); bench/accuracy_fifth.py's tuning halves, seeds 0-4 and 10-14: 12 such heads left under a
sentence's end or a subhead (`…经历了深刻变革。` / `2026-07-01 星期三` / `这一切成就的根源…`),
as a paragraph of their own or run into the next block.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .masthead import SPACE, WEEKDAY, WEEKDAY_RE, YEAR_DATE

if TYPE_CHECKING:
    from .page_lines import Line

# a full date with its weekday after it, anywhere in a line (`第2版 经济 2026年7月1日 星期三`)
DAY_RE = re.compile(rf"(?:{YEAR_DATE}){SPACE}*{WEEKDAY}")
DIGITS_RE = re.compile(r"\d+")


def day_of(dated: str) -> tuple[int, ...] | str:
    """The day a `DAY_RE` match names: its year, month and day in digits, whatever form
    (`2026-07-01`, `2026年7月1日`, `2022 年 11 月 1 日`); a date in Han numerals as written.

    >>> day_of("2026-07-01 星期三") == day_of("2026年7月1日\u3000星期三")
    True
    """
    numbers = tuple(int(n) for n in DIGITS_RE.findall(dated))
    return numbers[:3] if len(numbers) >= 3 else WEEKDAY_RE.sub("", dated).replace(" ", "")


class TextDays:
    """Whether every date with a weekday in a text names one day, found at the first asking
    (one search of the text, however many heads are asked about)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._one: bool | None = None

    def one_day(self) -> bool:
        if self._one is None:
            days = {day_of(match.group()) for match in DAY_RE.finditer(self.text)}
            self._one = len(days) == 1
        return self._one


def day_head(lines: list[Line], run: set[int], days: TextDays | None) -> bool:
    """The run of boxes (text on both sides: the caller's) holds a full date with its weekday,
    and the text names no other day so (module docstring).

    >>> from .page_lines import lines_of
    >>> text = "变革。\\n2026-07-01 星期三\\n\\n这一切成就的根源。\\n第2版 经济 2026年7月1日 星期三\\n下文。"
    >>> day_head(lines_of(text), {1}, TextDays(text))
    True
    >>> text = "晴，出门散步。\\n2024年3月2日 星期六\\n\\n雨。"
    >>> day_head(lines_of(text), {1}, TextDays(text + "\\n2024年3月1日 星期五"))
    False
    """
    if days is None or not any(DAY_RE.search(lines[i].key) for i in run):
        return False
    return days.one_day()
