"""A space between Han that OCR put there, not a headline's pause (issue 12, OCR'd pages).

`spaced_heads.spaced_headline` ends a paragraph after a line whose halves a space sets apart
(`以军攻击加沙地带最大难民营 巴武装人员…`). An OCR'd page puts spaces between Han anywhere, and a
line of running text holding one read as such a headline: its paragraph was cut after it
(`央视 网消息（新闻联播）：由` / `中央广播电视总台…`, `…中国共产党第二十次全 国代表大会上的报告` /
`《高举…》`). A headline's pause parts two words; OCR's space falls inside one as often as not,
and a dateline is no headline whatever its spaces. Evidence: bench/accuracy_fifth.py's tuning
half (seeds 0-4, `--shape indented --shape narrow`, bench/split_rules.py --model fifth): the 3
splits `spaced_headline` made were all such lines (two of them are still cut, by the heading
test that follows it). The words are read as `ocr_space` reads them
(`words.word_boundaries`, the likeliest segmentation). None of zh-news-xwlb's 131 titles and
subheads with a space between Han is taken.
"""

from __future__ import annotations

from ...chars import is_han
from .plain import dateline

# the Han characters read on each side of a gap, and the longest word a pause never cuts
CONTEXT = 4
SHORT_WORD = 3


def ocr_gaps_only(line: str) -> bool:
    """Every space between two Han in `line` is OCR's: it cuts a word of two or three
    characters (`全 国`, `央视 网消息`), or the line with its gaps closed opens with a dateline
    (`央视网 消息（新闻联播）：11月1日…`). False where there is no such space."""
    gaps = [
        at
        for at in range(1, len(line) - 1)
        if line[at] == " " and is_han(line[at - 1]) and is_han(line[at + 1])
    ]
    if not gaps:
        return False
    closed = "".join(ch for at, ch in enumerate(line) if at not in gaps)
    return dateline(closed) or all(_cuts_word(line, at) for at in gaps)


def _cuts_word(line: str, at: int) -> bool:
    """The likeliest segmentation of the Han runs beside the gap at `at` (`CONTEXT` each side)
    spells a word of at most `SHORT_WORD` characters across it."""
    from ..words import word_boundaries  # (the word list loads only if asked)

    start = at
    while start > max(0, at - CONTEXT) and is_han(line[start - 1]):
        start -= 1
    end = at + 1
    while end < min(len(line), at + 1 + CONTEXT) and is_han(line[end]):
        end += 1
    run = line[start:at] + line[at + 1 : end]
    cut = at - start
    bounds = word_boundaries(run) | {0, len(run)}
    if cut in bounds:
        return False
    first = max(b for b in bounds if b < cut)
    return min(b for b in bounds if b > cut) - first <= SHORT_WORD
