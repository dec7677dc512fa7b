"""What tells that a layout break cut a sentence where a heading-like block ends: the
perfective 了 (headlines state news without it) and a date cut in two. Asked by the layout
pass before it joins two blocks (`layout._continues`, `join_layout_breaks`)."""

from __future__ import annotations

import re


def has_perfective(text: str) -> bool:
    """True where a heading-like block holds the particle 了: a sentence's words, not a headline.

    `会议表决通过了全国人大` / `常委会代表资格审查委员会…`: a layout break cut a sentence after a
    verb and its 了. Headlines state news without it: none of zh-news-xwlb's heading-like
    blocks holds 了 (了解 and 为了, words of their own, do not count).
    """
    return "了" in text and bool(PERFECTIVE_RE.search(text))


PERFECTIVE_RE = re.compile("(?<![为除])了(?!解)")


def cuts_date(left: str, right: str) -> bool:
    """True where a break falls inside a date: `美国总统特朗普2025年12月` / `31日发文称，…`,
    `部长怀进鹏10月30` / `日在国家教育行政学院…`.

    No heading ends on a bare year or month with its day opening the next block, nor on a
    month's day with its 日 opening it: the break cut the date, and `splits_word` sees only the
    Han characters around it. (The day's case: bench/print_misses.py, damage_print's blocks
    pages, tuning half, whose page breaks fall anywhere in a paragraph; in a text never
    hard-wrapped `_may_be_cut` refuses a block ending on a digit, so the join asks this too.)
    """
    if right[:1] in "日号":
        return bool(DAY_HEAD_RE.search(left))
    return bool(DATE_HEAD_RE.search(left)) and bool(DATE_TAIL_RE.match(right))


DATE_HEAD_RE = re.compile(r"[0-9０-９]+[年月]$")
DATE_TAIL_RE = re.compile(r"[0-9０-９]+[月日号]")
DAY_HEAD_RE = re.compile(r"月[0-9０-９]{1,2}$")
