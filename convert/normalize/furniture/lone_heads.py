"""Whether a text holds a running head with no page mark beside it, asked of the few lines around
each short dated line instead of every line of the text.

A text with no page mark (every text a second time round, once the unwrap pass has joined its
lines) can hold furniture only as `head_runs.unmarked_heads` finds it, and most such texts hold
none: cutting the whole text into lines (`page_lines.lines_of`) to find that out was half of the
furniture pass's second round (bench/README.md, "the driver, the change log, round 2").
"""

from __future__ import annotations

from .dated_heads import SHARED_DATE_CHARS, TextDays, short_line_spans
from .head_runs import (
    head_part,
    head_run,
    is_paper,
    may_open_head,
    short_mark_spans,
    unmarked_heads,
)
from .page_lines import lines_of


def takes_any_head(text: str) -> bool:
    """`bool(unmarked_heads(text, lines_of(text), set()))`: each line it may start from
    (`short_mark_spans`, `may_open_head`) asked with the lines `head_run` reads around it
    (`_window`), in order, until one is taken (the lines taken before one only keep
    `unmarked_heads` from asking it again). The windows together read no more than the text's
    length; past that (a long run of boxes, each of its lines asked with all of it), the text is
    cut into lines once, as `unmarked_heads` asks.

    >>> takes_any_head("正文的一行字写到了这一页的最后\\n还没有写完的一行字写到了这一页的\\n\\n2024年3月1日 星期五\\n\\n写完的句子。")
    True
    >>> takes_any_head("特此通知。\\n\\n2024年3月1日\\n\\n下一篇。")
    False
    """
    budget = len(text)  # characters the windows may still read
    dated = short_line_spans(text, SHARED_DATE_CHARS)  # (read once for both)
    days = TextDays(text, dated)  # (`dated_heads`: the whole text's days, not the window's)
    for start, end in sorted(short_mark_spans(text, dated)):
        if not may_open_head(_key(text[start:end])):
            continue
        window = _window(text, start, end, budget)
        if window is None:
            return bool(unmarked_heads(text, lines_of(text), set()))
        low, high = window
        budget -= high - low
        index = text.count("\n", low, start)
        if head_run(lines_of(text[low:high]), index, set(), days) is not None:
            return True
    return False


def _window(text: str, start: int, end: int, budget: int) -> tuple[int, int] | None:
    """The stretch of whole lines around the line `text[start:end]` that holds every line
    `head_run` reads from it: its run of boxes reaches up past blank lines, boxes (`head_part`)
    and papers' names (`is_paper`, above a dated box only: here above any), and down past blank
    lines and boxes, so each walk here goes on past those too, and stops at the first other line
    with content, which it keeps (the nearest line with content beside the run is that one or
    nearer); upward, the line above that one too (`_cut` reads it). None if it is longer
    than `budget` characters."""
    high = end
    while high < len(text):
        line_end = text.find("\n", high + 1)
        line_end = len(text) if line_end < 0 else line_end
        key = _key(text[high + 1 : line_end])
        high = line_end
        if high - start > budget:
            return None
        if key and not head_part(key):
            break
    low = start
    stopped = False
    while low > 0:
        line_start = text.rfind("\n", 0, low - 1) + 1
        key = _key(text[line_start : low - 1])
        low = line_start
        if high - low > budget:
            return None
        if stopped:
            break
        stopped = bool(key) and not (head_part(key) or is_paper(key))
    return low, high


def _key(raw: str) -> str:
    """A line's key, as `lines_of` makes it."""
    return raw.replace("\f", "").strip() if "\f" in raw else raw.strip()
