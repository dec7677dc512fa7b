"""A line whose two halves a space sets apart is a headline on a line of its own (issue 12).

A Chinese headline sets its two parts apart by a space (`以军攻击加沙地带最大难民营 巴武装人员与
以军在加沙城周边激战`); no paragraph of zh-news-xwlb has one between Han characters outside quotes
and brackets. Counted on the corpus's tuning half (bench/clean_text.py's split, quotes `“…”`,
titles `《…》` and brackets `（…）【…】` left out): 0 of its 669 body paragraphs (those that end
a sentence) hold one, against 15 of its 116 subheads and 51 of its 167 titles; 16 of those 66
run past a heading's usual length (`Config.max_heading_chars`, 32), up to 80 characters.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...blocks import ends_paragraph
from ...chars import HAN, is_han, mostly_wide
from ...config import Config
from ...headings import looks_like_heading
from .front_lines import as_read_later
from .measure import LINE_SPACES, Widths
from .ocr_pauses import ocr_gaps_only
from .paragraphing import Paragraphing

# a headline's two halves are set apart by a space (`以军攻击加沙地带最大难民营 巴武装人员…`);
# no paragraph of zh-news-xwlb has one between Han characters outside quotes
# (the definition `headline_space` follows, less a number set apart on both sides: not compiled,
# its two Han classes cost ~4 ms at start)
HEADLINE_SPACE = f"[{HAN}0-9%”》）] [{HAN}0-9“《（]"
BEFORE_HEADLINE_SPACE = "0123456789%”》）"
AFTER_HEADLINE_SPACE = "0123456789“《（"
TITLED_OR_QUOTED_RE = re.compile(r"《[^》]*》|“[^”]*”")
# what a body paragraph holds a space inside (the corpus count above reads outside them)
BRACKETED_RE = re.compile(r"《[^》]*》|“[^”]*”|（[^）]*）|\([^)]*\)|【[^】]*】")
# the longest headline a line of its own may hold (a two-part news headline: issue 12)
MAX_SPACED = 90


def headline_space(line: str) -> bool:
    """`HEADLINE_SPACE` found in `line`: a space between Han characters (or a digit, a closing
    and an opening mark) on its two sides."""
    at = line.find(" ", 1)
    while 0 < at < len(line) - 1:
        before, after = line[at - 1], line[at + 1]
        if (
            (before in BEFORE_HEADLINE_SPACE or is_han(before))
            and (after in AFTER_HEADLINE_SPACE or is_han(after))
            and not number_set_apart(line, at)
        ):
            return True
        at = line.find(" ", at + 1)
    return False


def number_set_apart(line: str, at: int) -> bool:
    """The space at `at` is one of the two a number stands between (`据美国媒体 8 月 31 日`):
    the gap an autospacing tool or a typesetter leaves around digits beside Han, not a pause
    between a headline's halves, whose number keeps to its words on its other side (`…同比减少6%
    巴勒斯坦…`). Without it a narrow column's lines that hold a spaced date and no mark read
    as headlines, one paragraph a line (bench/accuracy_blind.py, narrow, seed 0,
    `xwlb-20240901-0187`, tuning half)."""
    for step in (-1, 1):
        end = at + step
        while 0 <= end < len(line) and (line[end].isdigit() or line[end] in ".%"):
            end += step
        if end != at + step and 0 <= end < len(line) and line[end] == " ":
            return True
    return False


def han_pause(line: str) -> bool:
    """A space between two Han characters in `line`, outside quotes, titles and brackets (not
    beside a digit: `pdftotext` gives the gap a typesetter leaves between Han and a digit as a
    space, `击沉 3 艘`, in body lines too)."""
    text = BRACKETED_RE.sub("", line) if "“" in line or "《" in line or "（" in line else line
    return any(
        text[at - 1 : at].isalpha()
        and is_han(text[at - 1])
        and is_han(text[at + 1 : at + 2] or "a")
        for at in range(1, len(text) - 1)
        if text[at] == " "
    )


def spaced_headline(
    line: str,
    next_line: str,
    widths: Widths,
    config: Config,
    paragraphing: Paragraphing,
    run: int,
) -> bool:
    """`以军攻击加沙地带最大难民营 巴武装人员与以军在加沙城周边激战` on a line of its own: a
    paragraph end after it.

    Where blank lines set paragraphs apart a headline has a block of its own, and a line inside
    a block is a wrap (`以军持续空袭加沙地带 造成人员` / `死伤`). A line longer than a heading
    is taken where a space between two Han characters shows it (`han_pause`, none in a body
    paragraph) and the line stops short of the measure (a wrap's line fills it): a roundup's
    subhead run into the paragraph under it (`美军称击沉 3 艘胡塞武装船只 胡塞武装称 10 名成员
    死亡或失踪`, 33 characters with the gaps `pdftotext` gives the digits, in a column of 46:
    bench/accuracy_extracted.py, office-1col, tuning half).

    A heading's length line whose space stands beside a digit (`headline_space`), and between
    no two Han (`han_pause`), is taken only where it stops short of the measure: such a gap is
    the one a typesetter (or a tool) leaves at digits, in body lines too, and a wrap's line
    that holds it fills the measure (`国家统计局最新发布的数据显示，2023 年，我国数字经济核心` /
    `产业增加值…`, a story's first line in a column of 28: blind damage model, flush and narrow
    pages, tuning half; bench/accuracy_extracted.py's office layout, tuning 0.4573 → 0.4652).
    """
    if " " not in line:  # (most lines: both tests below need a space, `headline_space`
        return False  # and `han_pause`; asked first, before the look of a heading)
    if run != len(line) or paragraphing.blank_lines or not mostly_wide(line):
        return False  # (the line opens its paragraph, in a text without blank lines)
    if ocr_gaps_only(line):
        return False  # (`ocr_pauses`: OCR's spaces in running text, not a headline's pause)
    if looks_like_heading(line, config):  # (a gap at digits only where the line stops short)
        return headline_space(TITLED_OR_QUOTED_RE.sub("", line)) and (
            han_pause(line) or widths.is_short(line, next_line)
        )
    return (
        len(line) <= MAX_SPACED
        and han_pause(line)
        and widths.is_short(line, next_line)
        and looks_like_heading(line, replace(config, max_heading_chars=MAX_SPACED))
    )


def spaced_alone(lines: list[str], start: int, index: int) -> list[str]:
    """Line `index`, as a paragraph of its own (`start`: its paragraph's first line) that
    `spaced_headline`'s long rule reads as a headline, in a list: the layout pass must not run
    it into the paragraph under it (`Context.headlines`), as it does a long line that ends no
    sentence (`layout._continues`: not a heading by its length). Else an empty list."""
    line = lines[index].strip(LINE_SPACES)
    if start != index or len(line) <= SHORT_ENOUGH or ends_paragraph(line):
        return []
    return as_read_later(line) if mostly_wide(line) and han_pause(line) else []


# a heading's length the layout pass itself reads as one (`Config.max_heading_chars`' default)
SHORT_ENOUGH = 32
