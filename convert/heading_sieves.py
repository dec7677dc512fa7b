"""Quick refusals asked before the heading tests' costly ones (`headings`), each exact: it
answers only where the costly test must answer the same (issue 17: every line of a text is
asked whether it is a heading or a dateline, and a new document's lines miss the caches).
"""

from __future__ import annotations

import re

# where `headings.DATELINE_RE`'s dispatch word (`消息`, `讯`, `电`) starts at the latest: after
# a source of three characters (`新华社`) and the twelve of its place and date
DATELINE_REACH = 16
# runs of Han of the common range: deleted a run at a time (a class of one character made one
# match, and one piece of the substitution, of every Han character)
COMMON_HAN_RUNS_RE = re.compile("[\u4e00-\u9fff]+")
# the marks `headings.quotes_balanced` counts
PAIR_MARKS_RE = re.compile('[“”「」（）《》()"]')


def may_be_dateline(text: str) -> bool:
    """Whether `text` names a dispatch in its first `DATELINE_REACH` characters or opens with a
    capital (the English dateline's): every match of `DATELINE_RE` does, and most lines
    neither, which the pattern refuses only after trying each branch's run of up to 12
    characters at the start."""
    head = text[:DATELINE_REACH]
    return "消" in head or "讯" in head or "电" in head or "A" <= text[:1] <= "Z"


def half_common_han(text: str) -> bool:
    """Half of `text` or more is Han of the common range: then its letters and digits less the
    ASCII digits are half CJK or more (`chars.han_ratio(…) >= 0.5`, which walks the line twice
    with classes of every script), since each such Han is a CJK letter and no digit, and the
    letters are no more than the characters. Most of a Chinese text's lines.

    >>> half_common_han("2023年全国消防宣传月"), half_common_han("G20 峰会"), half_common_han("")
    (True, False, False)
    """
    return 2 * (len(text) - len(COMMON_HAN_RUNS_RE.sub("", text))) >= len(text) > 0


def holds_no_pair_mark(text: str) -> bool:
    """`text` holds none of the marks `headings.quotes_balanced` counts (most lines), so they
    balance: one search for them, not twelve counts of each.

    >>> holds_no_pair_mark("全国铁路暑运启动"), holds_no_pair_mark("《求是》杂志")
    (True, False)
    """
    return PAIR_MARKS_RE.search(text) is None
