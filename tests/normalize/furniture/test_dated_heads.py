"""`dated_heads`: a head of a date with its weekday or a paper's name, where the text names one day."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.furniture.dated_heads import (
    MAX_HEAD_CHARS,
    TextDays,
    day_of,
    head_line,
)
from convert.normalize.furniture.masthead import DATED_RE


def scanned_days(text: str) -> set[tuple[int, ...] | str]:
    """The days of a text's heads as `TextDays` found them before round 24: every date of the
    whole text searched, the first of each line kept where that line is a head's."""
    days, seen = set(), -1
    for match in DATED_RE.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        if start == seen:
            continue
        seen = start
        end = text.find("\n", match.end())
        line = text[start : len(text) if end < 0 else end]
        if len(line) <= 2 * MAX_HEAD_CHARS and head_line(line.replace("\f", "").strip()):
            days.add(day_of(match.group()))
    return days


# lines that hold a date of every form, beside a weekday, a paper's name, a sentence's marks, a
# form feed; lines at and past a head's longest raw line; a line with two days
LINES = [
    "2024年3月1日 星期五",
    "2024年3月2日 星期六",
    "2026-07-01 星期三",
    "2026.07.01 星期三",
    "2026/7/1 星期三",
    "2026/7/2 周四",
    "二〇二四年三月一日 星期五",
    "2022 年 11 月 1 日  星期二",
    "新闻联播  2024年7月1日",
    "新华每日电讯  2024.7.1",
    "人民日报 2024年3月1日 第5版",
    "中共中央办公厅  2022年11月1日",
    "2024年3月1日",
    "2024年3月1日 星期五，晴。",
    "今年是2024年3月1日 星期五。",
    "\f2024年3月2日 星期六",
    "2024年3月1日 星期五\f",
    " " * 67 + "2024年3月2日 星期六",  # (80 characters: read)
    " " * 68 + "2024年3月2日 星期六",  # (81: not)
    "2024年3月1日 星期五 2024年3月2日 星期六",
    "2026-07-01 星期三 2026-07-02",
    "会议强调，要深入贯彻习近平总书记关于长三角一体化发展的",
    "版面-3./2",
    "",
]


def test_the_days_are_those_the_whole_text_s_scan_found_on_known_lines() -> None:
    """Each line alone, each pair in both orders: the same days as the scan."""
    for first in LINES:
        assert TextDays(first)._days() == scanned_days(first), first
        for second in LINES:
            text = f"{first}\n{second}\n正文。"
            assert TextDays(text)._days() == scanned_days(text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*LINES, "写完的句子。", "\n", "\f", " "]), max_size=12))
def test_the_days_are_those_the_whole_text_s_scan_found(pieces: list[str]) -> None:
    """Any text made of those lines and pieces (joined with and without line feeds)."""
    for text in ("\n".join(pieces), "".join(pieces)):
        days = TextDays(text)
        assert days._days() == scanned_days(text)
        assert days.one_day() == (len(scanned_days(text)) == 1)


def test_a_head_line_asked_of_the_text_s_days_is_head_line() -> None:
    """`TextDays.head_line` asks each distinct line once, with `head_line`'s answer, however
    often and in whatever order a line is asked."""
    days = TextDays("")
    for key in LINES * 2 + list(reversed(LINES)):
        assert days.head_line(key) == head_line(key), key
    assert any(map(head_line, LINES)) and not all(map(head_line, LINES))
