"""A short line after a boxed masthead: the desk's name, or the story's own short headline.

`masthead.leading_mastheads` takes a short name on its own line after the dated line as the
page's section (`要闻`, `国际`) where the masthead came in boxes. A section heads a page of
stories, so a headline follows it; a four-character headline (`江山多娇`, `联播快讯`) is
followed by its story's lead instead. The lead reads as prose at once where its first line
holds a sentence's end (`。！？`), which no headline does. Evidence: zh-news-xwlb, no title holds
one; bench/accuracy_fifth.py's tuning half, seeds 0-4: five short headlines under a two-line
masthead (`央视新闻` / date / `江山多娇` / lead) were taken as sections, leaving the story
untitled. Not any line ending in `：`: a two-line headline breaks there (`【权威部门话开局】财政部：`
/ `2023年…`, bench/accuracy_blind.py's tuning half, two titles lost). A line that opens with a
dateline (`央视网消息（新闻联播）：`, alone in a narrow column or over a lead its first line does
not finish, `…神州大地，江` / `山多娇。`) is a lead too: a dateline opens a story's first
paragraph, never a headline (`headings.DATELINE_RE`: the one headline of zh-news-xwlb's tuning
half it would match, `新华社长篇通讯：…`, it leaves out). Evidence: bench/accuracy_fifth.py's
tuning halves, seeds 0-4 and 10-14, seven short headlines so lost (`江山多娇`, `联播快讯`,
`大美中国`, indented and narrow pages): a desk a real page prints heads its page's headlines,
not a story's lead (bench/accuracy_blind.py, accuracy_third.py and accuracy_print.py, whose
boxed mastheads hold desks, unchanged).
"""

from __future__ import annotations

import re

from ...headings import is_dateline

# a sentence's end anywhere on the line
LEAD_RE = re.compile(r"[。！？]")


def reads_as_lead(key: str) -> bool:
    """`key` (a stripped line) reads as a story's first line of prose, not as a headline.

    >>> reads_as_lead("央视网消息（新闻联播）：迈进新的一年，神州大地气象一新。")
    True
    >>> reads_as_lead("【权威部门话开局】财政部："), reads_as_lead("新华社长篇通讯：登高壮观天地间")
    (False, False)
    >>> reads_as_lead("央视快评：牢记初心使命开创美好未来"), reads_as_lead("坚定信心，进一步打牢根基")
    (False, False)
    >>> reads_as_lead("央视网消息（新闻联播）："), reads_as_lead("新华社北京3月1日电")
    (True, True)
    """
    return LEAD_RE.search(key) is not None or is_dateline(key)


def drop_section_before_lead(found: list[int], section_at: int, key: str) -> list[int]:
    """`found` without the section taken at `section_at` when the line after it (`key`) is a
    story's lead: the short line was the story's headline."""
    if section_at >= 0 and found and found[-1] == section_at and reads_as_lead(key):
        return found[:-1]
    return found
