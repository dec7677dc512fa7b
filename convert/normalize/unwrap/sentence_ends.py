"""A CJK line that fills the measure and finishes a sentence: what the two lines' forms say
before the text's paragraphing is asked (issue 12, flush and narrow pages).

On a page with neither indents nor blank lines, a paragraph whose last line fills the measure
shows no end; `paragraphing.full_line_ends_paragraph` weighs the next sentence's opening. Two
forms decide before it, whatever the next sentence opens with: a headline set under the line
(a roundup's next item) and a line that ends with a colon (what it introduces follows).
"""

from __future__ import annotations

from ...chars import KANA_RE
from .measure import cells
from .paragraphing import SENTENCE_MARKS, Paragraphing, full_line_ends_paragraph
from .plain import closes_dateline
from .spaced_heads import han_pause

# marks of running text no roundup headline holds (`TEXT_MARKS` and the sentence ends)
RUNNING_MARKS = frozenset("，。；！？")
# the same, with the pauses a wrapped headline's two lines hold none of either (ASCII too)
NO_HEADLINE_MARKS = frozenset("，。；！？、：,.;!?:")
# a wrapped headline's second line fills at most this share of its first, in cells
HEADLINE_TAIL_SHARE = 3 / 4


def full_line_ends(
    line: str,
    next_line: str,
    paragraphing: Paragraphing,
    run: int,
    lead: bool = False,
    after_next: str = "",
) -> bool:
    """`full_line_ends_paragraph`, after two forms that decide at once.

    The next line is a headline, a roundup's next item: a space between two Han characters
    (`spaced_heads.han_pause`: none in a body paragraph of zh-news-xwlb) and no mark of running
    text (`美军称击沉3艘胡塞武装船只 胡塞武装称10名`), or a headline wrapped over two lines
    (`wrapped_headline`). The paragraph above ends. Not in Japanese (kana): no evidence was
    taken there, and bench/livedoor_wrapped.py's tuning half lost a break to it.

    The line ends with a colon (`央视网消息（新闻联播）：`, `…提出五点建议：`) or is a dateline
    whole (`新华社成都9月1日电（记者韩军）`, `plain.closes_dateline`): what it introduces goes on
    in its paragraph. In zh-news-xwlb's tuning half (bench/clean_text.py's `half`;
    bench/sentence_end_odds.py) 17 paragraphs before a body's last end with a colon, 16 of
    them the dateline alone over a roundup's headline (read above), against 129 colons inside
    a paragraph; 151 paragraphs open with the dateline and go on after it.

    Evidence on the blind model's flush and narrow pages (bench/accuracy_blind.py, tuning half,
    seeds 0-4 and 20-39, every full-line sentence end this function was asked about): the
    headline forms fired 26 times, all at paragraph ends; of 274 colon lines 271 were wraps,
    and every one the opening rules had ended (a speaker after the lead: `…（新闻联播）：` /
    `国际人士表示，…`) was one.
    """
    if (
        not paragraphing.blank_lines
        and (
            (han_pause(next_line) and not RUNNING_MARKS.intersection(next_line))
            or wrapped_headline(next_line, after_next)
        )
        and not KANA_RE.search(line + next_line)
    ):
        return True
    if line[-1:] in "：:" or closes_dateline(line):
        return False
    return full_line_ends_paragraph(line, next_line, paragraphing, run, lead)


def wrapped_headline(next_line: str, after_next: str) -> bool:
    """`next_line` and `after_next` (stripped) read as a headline wrapped over two lines: no mark
    of running text in either, the second a quarter shorter than the first at least (in cells),
    ending no sentence (`委内瑞拉一3岁儿童在强` / `震6天后获救`). A body paragraph's line stops
    short only at the paragraph's end, on a sentence mark; a lead's lines under a dateline hold
    no mark either for a while, but run full (`2023年1月1日出版的第` / `1期《求是》杂志发表`)."""
    return (
        bool(after_next)
        and after_next[-1] not in SENTENCE_MARKS
        and not NO_HEADLINE_MARKS.intersection(next_line)
        and not NO_HEADLINE_MARKS.intersection(after_next)
        and cells(after_next) <= HEADLINE_TAIL_SHARE * cells(next_line)
    )
