"""An ASCII full stop that ends a Chinese sentence (`punctuation`'s `。`)."""

from __future__ import annotations

import re

from ..chars import HAN, HAN_RE

# An ASCII full stop that ends a Chinese sentence: right after a Han character (or a closing
# quote or bracket after one), and before Han, an opening mark or the end of the line. A number
# (`3.14`, `1.`), a file name (`檔案.txt`) or an ellipsis never matches. Evidence: the shared
# corpus's autocorrect case (`markdown.raw.md` -> `markdown.fixed.md`) makes `不变量.如果` and a
# line's last `页面.` full stops; zh-news-xwlb's 325 articles hold no ASCII full stop after Han;
# bench/accuracy_blind.py's tuning half left 2,654 `.` where `。` belonged. A sentence may end
# on a percentage (`同比增长7%.其中`) and the next may open with a year (`“十大合作计划”. 2018年`):
# 97 more such stops were left in the blind tuning half; a number before the stop or after it
# still needs Han beyond it, which an English sentence (`grew 7%. The`) never has.
# The pattern: the full stop and what must follow it, matched at each `.` that `str.find` finds
# (one that began with the look-behind would be tried at every character of the text).
PERIOD_RE = re.compile(rf"\.(?!\.)[ \t\u00a0]*(?=[{HAN}“《（「]|[0-9]+[{HAN}]|\n|$)")
PERIOD_CLOSERS = "\"')”）》」"
PERCENT_RE = re.compile(r" ?[0-9][0-9.]*%$")  # `30.3%`, looked for right before a stop
# a note's mark after the sentence's last word (`战胜困难[1].`), looked for right before a stop:
# it belongs to the sentence it closes (GB/T 7714's numbered citations stand where the cited
# words end, before their mark; bench/damage_blind.py and issue 12 point 6 put `[1]` notes in news
# text), so the stop after it ends a Chinese sentence where Han stands before the mark
NOTE_MARK_RE = re.compile(r"\[[0-9]{1,3}\]$")
# how far before a stop a note's mark or a percentage is looked for
MARK_REACH = 16


def han_before(text: str, pos: int) -> bool:
    """A Han character right before `pos`, or before a closing quote or bracket there, or
    before the number of a percentage there; a note's mark (`[1]`) before any of them is passed."""
    before = pos - 1
    note = NOTE_MARK_RE.search(text, max(0, pos - MARK_REACH), pos)
    if note:
        before = note.start() - 1
    if before >= 0 and text[before] in PERIOD_CLOSERS:
        before -= 1
    elif before >= 0 and text[before] == "%":
        number = PERCENT_RE.search(text, max(0, before + 1 - MARK_REACH), before + 1)
        before = number.start() - 1 if number else -1
    return before >= 0 and HAN_RE.match(text, before) is not None


def full_stop_at(text: str, pos: int) -> re.Match[str] | None:
    """The full stop at `pos` with the spaces after it, where it ends a Chinese sentence."""
    match = PERIOD_RE.match(text, pos)
    return match if match and han_before(text, pos) else None
