"""A Latin paragraph that a page break cut after its colon goes on where the next page opens in
lowercase.

The layout pass reads a block ending on a colon as introducing the paragraphs that follow
(`提出五点建议：` / `一是…`) and leaves the next block apart. An English sentence that runs
over a page after its colon (`…may be divided into two general classes:` / page / `the one
depending on measures which have singly…`) then came apart at the page. No English paragraph
opens with lowercase words (`decide.LOWERCASE_WORD_RE`: 5 of the 3,997 blocks of the corpus's
three Gutenberg books, halves of titles and one quotation set line by line), so the block goes
on. Not a web address set on its own line after a colon (the Gutenberg licences), nor beside
CJK. Evidence: bench/README.md, "Flush pages: what pdftotext keeps, the misses by class on
three tuning sets (issue 12)".
"""

from __future__ import annotations

import re

from ...chars import WIDE_RUNS_RE

# two lowercase words opening the block: a sentence going on (not a web address, `http://…`,
# which the Gutenberg books' licences set after a colon as a line of its own)
LOWERCASE_WORDS_RE = re.compile(r"[a-z]+ [a-z]")
# the stretch each side of the break that must hold no CJK (a text of Latin prose)
SIDE = 20


def goes_on_in_lowercase(paragraph: str, following: str) -> bool:
    """`paragraph` ends on a Latin colon after a lowercase letter and `following` opens with a
    lowercase word: one sentence cut in two.

    >>> goes_on_in_lowercase("may be divided into two general classes:", "the one depending…")
    True
    >>> goes_on_in_lowercase("提出五点建议：", "一是…")
    False
    >>> goes_on_in_lowercase("which has the main PG search facility:", "http://www.gutenberg.org")
    False
    >>> goes_on_in_lowercase("may be divided into two general classes:", "The first…")
    False
    """
    text = paragraph.rstrip()
    return (
        text[-1:] == ":"
        and text[-2:-1].islower()
        and LOWERCASE_WORDS_RE.match(following) is not None
        and WIDE_RUNS_RE.search(text[-SIDE:] + following[:SIDE]) is None
    )
