"""What tells that a layout break cut a sentence where a heading-like block ends: the
perfective 了 (headlines state news without it), a date cut in two, a sentence's short tail
under it. Asked by the layout pass before it joins two blocks (`layout._continues`,
`join_layout_breaks`)."""

from __future__ import annotations

import re

from ..chars import is_han


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
    return (
        left.endswith(DATE_HEAD_ENDS)
        and bool(DATE_HEAD_RE.search(left))
        and bool(DATE_TAIL_RE.match(right))
    )


DATE_HEAD_RE = re.compile(r"[0-9０-９]+[年月]$")
# how a text DATE_HEAD_RE finds ends (`$`: at the end or before a last line feed), asked first:
# the pattern opens with a repeat, which the engine tries at every character
DATE_HEAD_ENDS = ("年", "月", "年\n", "月\n")
DATE_TAIL_RE = re.compile(r"[0-9０-９]+[月日号]")
DAY_HEAD_RE = re.compile(r"月[0-9０-９]{1,2}$")


def sentence_tail(text: str) -> bool:
    """A few Han characters and a full stop, too short to be the paragraph under a heading.

    A heading-like block above `举行宪法宣誓仪式。` or `李斌等就有关议题作了说明和汇报。` is
    the opening of the sentence a layout break cut (`…在北京人民大会堂` / `举行…`,
    `全国政协副主席兼秘书长` / `李斌等…`), though the break fell between two words: no news
    story puts a sentence this short, with no comma, right under a headline (in zh-news-xwlb no
    heading-like block is followed by a paragraph of `SENTENCE_TAIL` characters or fewer but a
    bare dateline). A photo's caption under its headline (`图为赵乐际会见贝宁总统现场画面。`) is
    no tail: bench/accuracy_extracted.py, weasy-narrow pages (tuning half), ran 10 into theirs.
    """
    return (
        len(text) <= SENTENCE_TAIL
        and not ENUMERATION_RE.match(text)
        and text[-1:] in SENTENCE_TAIL_ENDS
        and all(is_han(ch) for ch in text[:-1])
    )


# the longest sentence tail `sentence_tail` takes for one, and the marks it ends with
SENTENCE_TAIL = 20
SENTENCE_TAIL_ENDS = "。！？"
# an item of a list (`一是…`, `第一，…`) may be short under the line that introduces it, and a
# photo's caption (`图为…`) under its headline
ENUMERATION_RE = re.compile(r"[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|图为")
