"""The short dated and edition lines read once for `head_runs.unmarked_heads`' marks and
`dated_heads.TextDays` (round 26): the same lines and days as each module's own walk found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.furniture.dated_heads import (
    DATE_CHARS,
    SHARED_DATE_CHARS,
    TextDays,
    _line_day,
    short_line_spans,
)
from convert.normalize.furniture.head_runs import MAX_RAW_HEAD, short_mark_spans


def walked_spans(text: str, chars: str, longest: int) -> set[tuple[int, int]]:
    """Each line holding one of `chars`, `longest` characters at most, as each module's own
    walk found it before round 26 (the head's marks kept lines of 79, the days' of 80)."""
    found = set()
    for char in chars:
        at = text.find(char)
        while at != -1:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            start = text.rfind("\n", 0, at) + 1
            if end - start <= longest:
                found.add((start, end))
            at = text.find(char, end)
    return found


# lines at the length edges (79, 80, 81 characters), with each mark character, none, or several
PIECES = [
    "2024年3月1日 星期五",
    "2026-07-01 星期三",
    "2026.07.01 星期三",
    "2026/7/1 周三",
    "第2版 要闻",
    "人民日报 2024年3月1日 第5版",
    "写完的句子。",
    " " * 66 + "2024年3月1日 星期五",
    " " * 67 + "2024年3月2日 星期六",
    " " * 68 + "2024年3月3日 星期日",
    " " * 75 + "第2版",
    " " * 76 + "第3版",
    " " * 77 + "第4版",
    "版-年./",
    "\f",
    " ",
    "",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_the_shared_walk_finds_the_lines_and_days_each_walk_found(pieces: list[str]) -> None:
    for text in ("\n".join(pieces), "".join(pieces), "\n" + "\n".join(pieces) + "\n"):
        dated = short_line_spans(text, SHARED_DATE_CHARS)
        assert dated == walked_spans(text, SHARED_DATE_CHARS, 80)
        marks = walked_spans(text, "年版-", MAX_RAW_HEAD - 1)
        assert short_mark_spans(text, dated) == short_mark_spans(text) == marks
        days = {
            day
            for start, end in walked_spans(text, DATE_CHARS, 80)
            if (day := _line_day(text[start:end])) is not None
        }
        assert TextDays(text, dated)._days() == TextDays(text)._days() == days
