"""Whether a space inside a parenthesis cuts a word of four at its centre: OCR's.

`ocr_space` keeps a space that parts a word of four the segmenter reads across it at its centre
(`药品安全 监管为民`) in prose and quoted titles, where a pause may part two words so; and it keeps
any space between runs of Han as short as names (`记者 黄霞`). Inside a parenthesis opened and
closed on its line (a programme's or a body's name, a date: `（新闻联播）`, `（国家行政学院）`)
no pause stands: zh-news-xwlb's tuning half holds none of its 87 spaces between Han inside one.
OCR's do, most often in the dateline every story of it opens with (`央视网消息（新闻 联播）：`, 35
of the fifth model's tuning blocks, seeds 0-4 and 10-14). Only a word of four cut at its
centre counts: a parenthesis left open on its line may part a date and its weekday
(`（2022年11月1日 星期二`, bench/README.md), which cuts no word.
"""

from __future__ import annotations

from .ocr_space_forms import CENTRE_WORD, word_across

# a parenthesis's marks, full-width and ASCII
OPENERS = "（("
CLOSERS = "）)"


def centre_in_parenthesis(block: str, gap: int, left: str, right: str) -> bool:
    """Whether the gap at `gap` stands inside a parenthesis opened before it and closed after
    it on its line, with no other bracket mark between, and the segmenter reads a word of
    four across it, cut at its centre (`left`, `right`: the characters on each side)."""
    opened = max(block.rfind(mark, 0, gap) for mark in OPENERS)
    if opened < 0 or any(block.find(mark, opened, gap) >= 0 for mark in CLOSERS):
        return False
    closed = [found for mark in CLOSERS if (found := block.find(mark, gap)) >= 0]
    if not closed or any(block.find(mark, gap, min(closed)) >= 0 for mark in OPENERS):
        return False
    return word_across(left, right) == (CENTRE_WORD, CENTRE_WORD // 2)
