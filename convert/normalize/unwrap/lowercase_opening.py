"""A Latin paragraph that a page break cut after its colon goes on where the next page opens in
lowercase.

The layout pass reads a block ending on a colon as introducing the paragraphs that follow
(`提出五点建议：` / `一是…`) and leaves the next block apart. An English sentence that runs
over a page after its colon (`…may be divided into two general classes:` / page / `the one
depending on measures which have singly…`) then came apart at the page. No English paragraph
opens with a lowercase word (`decide.LOWERCASE_WORD_RE`: 5 of the 3,997 blocks of the corpus's
three Gutenberg books, halves of titles and one quotation set line by line), so the block goes
on. Evidence: bench/README.md, "Flush pages: what pdftotext keeps, the misses by class on
three tuning sets (issue 12)".
"""

from __future__ import annotations

from .decide import LOWERCASE_WORD_RE


def goes_on_in_lowercase(paragraph: str, following: str) -> bool:
    """`paragraph` ends on a Latin colon after a lowercase letter and `following` opens with a
    lowercase word: one sentence cut in two.

    >>> goes_on_in_lowercase("may be divided into two general classes:", "the one depending…")
    True
    >>> goes_on_in_lowercase("提出五点建议：", "一是…")
    False
    >>> goes_on_in_lowercase("may be divided into two general classes:", "The first…")
    False
    """
    text = paragraph.rstrip()
    return (
        text[-1:] == ":"
        and text[-2:-1].islower()
        and LOWERCASE_WORD_RE.match(following) is not None
    )
