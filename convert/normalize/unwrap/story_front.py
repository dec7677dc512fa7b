"""A story's front in a narrow column: a subhead narrower than its story, a dateline over it.

On the blind model's narrow pages each story is set at a measure of its own (10 to 25 cells),
and the text's measure, learnt or guessed from all of them, may be far narrower than a story's.
A brief's subhead set on one line over its story then reads full against that measure, and
`plain.plain_wrap` (or `decide.paragraph_ends_here`) runs it into the story:
`委内瑞拉一3岁儿童在强震6天后获救` (16.5 cells) over `委内瑞拉全国代表大会主席豪尔赫·罗德里格斯6月3` and
`0日表示，该国…1943人死亡，6` (24 each), in a text whose measure was guessed at 12. A wire
dateline alone on its line over such a subhead read full too, and dateline, subhead and story
made one block (`新华社上海9月1日电（记者朱晶）` / `阿富汗发生6.1级地震致严重伤亡` / `8月31日深夜，…`,
the text read at 14), and so did a subhead wrapped at the story's measure whose last line is a
figure, which no short-line rule reads as short (`…直接投资下降` / `3%`). The story's own lines
tell: two wraps agree on their measure, and a wrap never stops short of it by more than a
kinsoku push. `narrower_under.wider_than_under` is the other side of this (a subhead wider
than its story).

All are asked where `restated`'s subheads are (Chinese, no indents or blank lines marking the
paragraphs), and only of a line of a subhead's form (`_subhead_form`): a paragraph's first line
may stop short of the lines under it where a story is set round a picture, but then it holds a
mark of running text, or goes on a sentence the line over it left open.

Evidence (tuning halves): the blind model, seeds 0-4 and 10-14, all four shapes: 345 breaks
ended (247 under a subhead, 45 under a dateline, 53 under a subhead's short last line), every one
a paragraph end of the truth (most on flush pages, already ended by the short-line rules);
narrow pages 4 articles nearer, none further. The third model, the print models, the typeset
PDFs (office, weasy, weasy-narrow, office-1col, weasy-1col), livedoor and the clean sets: no
text changed. zh-news-xwlb holds 40 datelines alone in their paragraph, 39 of them over a
paragraph of a subhead's form. bench/README.md, "A story's front in a narrow column".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...chars import KANA_RE, mostly_wide
from ...config import Config
from ...headings import LIST_ITEM_RE, looks_like_heading
from .measure import LINE_SPACES, cells
from .plain import closes_dateline, dateline
from .regions import ends_sentence

# cells the two wraps under a subhead pass it by, at the least: an indent lost (two) and a
# kinsoku push (one) make a paragraph's first line three short
NARROWER = 4
# cells two wraps of one measure may differ by (a kinsoku push)
AGREE = 1
# marks of running text and of a list's items, which no subhead holds
RUNNING = "，、；。"
RUNNING_RE = re.compile(f"[{RUNNING}]")


def story_front_apart(lines: Sequence[str], index: int, config: Config) -> bool:
    """The break after line `index` of a block ends a paragraph: the line is a subhead
    narrower than its story (`narrower_than_story`), a dateline alone on its line over one
    (`dateline_over_subhead`), or a wrapped subhead's short last line (`subhead_last_line`)."""
    if index + 2 >= len(lines):
        return False
    if _running(lines[index]):  # (most lines: no subhead's form, as `_subhead_form`)
        return not _running(lines[index + 1]) and dateline_over_subhead(lines, index, config)
    return (
        narrower_than_story(lines, index, config)
        or dateline_over_subhead(lines, index, config)
        or subhead_last_line(lines, index, config)
    )


def _running(line: str) -> bool:
    """`RUNNING_RE.search(line)`, by four tests of `in`: asked of nearly every line twice, and
    quicker than a search of the class on a line of a few dozen characters."""
    return "，" in line or "、" in line or "；" in line or "。" in line


assert RUNNING == "，、；。"  # (`_running` tests them one by one)


def subhead_last_line(lines: Sequence[str], index: int, config: Config) -> bool:
    """Line `index` is the short last line of a subhead wrapped over two lines (the two joined
    of a subhead's form, after a sentence's end or a dateline alone), `NARROWER` than the story
    under it (`story_measure`): `报告称上半年全球外国直接投资下降` / `3%` / `10月31日，联合国…`."""
    if index < 2 or index + 2 >= len(lines):
        return False
    line, first = lines[index].strip(LINE_SPACES), lines[index - 1].strip(LINE_SPACES)
    if not line or cells(line) >= cells(first):
        return False
    over = lines[index - 2].strip(LINE_SPACES)
    if not over or not (ends_sentence(over) or closes_dateline(over) or _colon_dateline(over)):
        return False
    if lines[index - 1][:1] in LINE_SPACES or not _subhead_form(first + line, config):
        return False
    measure = story_measure(lines, index + 1)
    return measure is not None and measure - cells(line) >= NARROWER


def narrower_than_story(lines: Sequence[str], index: int, config: Config) -> bool:
    """Line `index` is a subhead (after a sentence's end or a dateline alone, a heading's look,
    no mark of running text, ending no sentence) `NARROWER` than the two lines under it (their
    `story_measure`): no wrap of the line's own paragraph stops that short of it."""
    if not index or index + 2 >= len(lines):
        return False
    over = lines[index - 1].strip(LINE_SPACES)
    if not (ends_sentence(over) or closes_dateline(over) or _colon_dateline(over)):
        return False
    line = lines[index]
    if line[:1] in LINE_SPACES or not _subhead_form(line, config):
        return False  # (an indented line opens a paragraph that goes on)
    measure = story_measure(lines, index + 1)
    return measure is not None and measure - cells(line.strip(LINE_SPACES)) >= NARROWER


def dateline_over_subhead(lines: Sequence[str], index: int, config: Config) -> bool:
    """Line `index` is a wire dateline whole (`plain.closes_dateline`, or a roundup's ending on
    its colon) over a line of a subhead's form, and both are `NARROWER` than the two lines
    under the subhead (their `story_measure`): a dateline that opens its story's first
    paragraph is wrapped at the story's measure, so this one is a paragraph of its own."""
    line = lines[index].strip(LINE_SPACES)
    if not (closes_dateline(line) or _colon_dateline(line)) or index + 3 >= len(lines):
        return False
    under = lines[index + 1]
    if under[:1] in LINE_SPACES or not _subhead_form(under, config):
        return False
    measure = story_measure(lines, index + 2)
    return measure is not None and measure - max(cells(line), cells(under)) >= NARROWER


def story_measure(lines: Sequence[str], index: int) -> int | None:
    """The measure lines `index` and `index + 1` show, wide text that agrees within `AGREE`
    (a kinsoku push), the first going on (no sentence end, no colon: a paragraph's short last
    line and a subhead may agree by chance); their lesser width (cells, a hung mark counted)."""
    under, after = (lines[index + k].strip(LINE_SPACES) for k in (0, 1))
    if (
        ends_sentence(under)
        or under[-1:] in "：:"
        or not (mostly_wide(under) and mostly_wide(after))
    ):
        return None
    if KANA_RE.search(under + after):
        return None  # (Chinese only: no Japanese text was read)
    wide, wide_after = cells(under), cells(after)
    return min(wide, wide_after) if abs(wide - wide_after) <= AGREE else None


def _colon_dateline(line: str) -> bool:
    """A roundup's dateline alone on its line, ending on its colon (`央视网消息（新闻联播）：`)."""
    return line[-1:] in "：:" and dateline(line)


def _subhead_form(line: str, config: Config) -> bool:
    """A subhead's form: wide text with a heading's look, no mark of running text, no sentence
    end, no dateline, no list item's label, no kana (Chinese only: no Japanese text was read)."""
    line = line.strip(LINE_SPACES)
    return (
        bool(line)
        and not any(mark in line for mark in RUNNING)
        and not ends_sentence(line)
        and line[-1:] not in "：:"
        and mostly_wide(line)
        and not KANA_RE.search(line)
        and not dateline(line)
        and not LIST_ITEM_RE.match(line)
        and looks_like_heading(line, config)
    )
