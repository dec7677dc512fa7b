"""Lines that keep their line break: list items, notes, table rows and a byline.

A plain-text list, a table set with tabs and a run of notes are made of lines; joined into one
paragraph they are destroyed (issue 12, item 6). Each such line stays a block of its own, which
the structure makes a list, a table or a note (`structure.lines`, `structure.notes`); an item or a note longer than the measure
still has its own wrapped lines joined, since only a line that opens with a marker starts a new
one. A byline under a headline (`□本报记者 张三 李四`) with no blank line around it is its own
line too. Evidence: bench/damage_print.py's tuning half, where each was joined to the lines
around it (block F1 of the articles with a table 0.49, a list 0.64, notes 0.64, before).
"""

from __future__ import annotations

import re

from ...blocks import ends_paragraph
from ...chars import KANA_RE, mostly_wide
from ...config import Config
from ...headings import (
    BYLINE_MARKS,
    is_byline_line,
    is_dateline,
    is_table_row,
    looks_like_heading,
    opens_own_line,
)
from ...markers import next_item

# what a line that `opens_own_line` or `is_byline_line` says yes to can open with besides white
# space and a decimal digit (the first characters of `LIST_ITEM_RE`'s markers, of `NOTE_RE` and
# of `BYLINE_CJK_RE`'s mark and roles, Japanese items' `・` and notes' `※`); a table row holds a
# tab (`TAB_CELLS_RE`)
OWN_LINE_FIRSTS = frozenset(
    "（(一二三四五六七八九十•●▪○[［注本新央特实记通评撰・※" + BYLINE_MARKS
) | frozenset(map(chr, range(ord("①"), ord("⑳") + 1)))


# a scene break: a row of asterisks (Pride and Prejudice as published, 6 of them; `pdftotext`
# of a typeset page may close up its spaces, `*****`)
SCENE_BREAK_RE = re.compile(r"\s*(?:\*\s*){3,}")


def scene_break(line: str, next_line: str) -> bool:
    """One of the lines is a scene break, which stands alone: `…regret him at all."` /
    `*****` / `The surprise of the rest…` (bench/english_books.py, tuning half: 4 scene breaks
    of 3 P&P chapters typeset by LibreOffice ran into the paragraph after them). Both are one
    row of asterisks wrapped at the measure (bench/livedoor_wrapped.py: a 46-asterisk rule of
    kaden-channel-6310101 cut at 20-40 characters), whose pieces are joined."""
    first = line[:1] == "*" and SCENE_BREAK_RE.fullmatch(line) is not None
    return first != (next_line[:1] == "*" and SCENE_BREAK_RE.fullmatch(next_line) is not None)


def may_keep_line(line: str) -> bool:
    """False where `opens_own_line(line, …)`, `is_table_row(line)` and `is_byline_line(line)`
    are false for certain: most lines open with a character none of their patterns can open
    with and hold no tab. (Asked first, a membership test, where every pattern would be tried:
    the unwrap and layout passes ask of thousands of lines.)"""
    first = line[:1]
    return first in OWN_LINE_FIRSTS or first.isdecimal() or first.isspace() or "\t" in line


def keeps_break(line: str, next_line: str, first: str = "") -> bool:
    """The break between two lines (both stripped) is kept: the next opens a line of its own,
    or this one is a table row or a byline, which never run on. `first`, the first line of the
    paragraph so far: when it opens an item and this line ends a sentence, a next line opening
    the next item (`2.2023年…` after `1. …`) starts it, whatever its text opens with
    (bench/README.md, issue 12 item 6: the lists bench/damage_print.py lost that way)."""
    return (
        (may_keep_line(next_line) and opens_own_line(next_line, line))
        or (may_keep_line(line) and (is_table_row(line) or is_byline_line(line)))
        or (ends_paragraph(line) and next_item(next_line, first))
        or scene_break(line, next_line)
    )


def subhead_over_indent(line: str, subhead: str, config: Config, opened: bool) -> bool:
    """Under indents, a flush line between a finished line and an indented one is a subhead
    set flush over its item: the break before it is kept (the caller asks that the line after
    `subhead` is indented, so `subhead` ends its paragraph whatever it is).

    A news-in-brief column sets each item's head flush over the item's indented paragraph
    (`…仍有约58%的用户供电没有恢复。` / `日本北海道大雪 航班受影响` / `　　日本北海道多地…`;
    zh-news-xwlb's 快讯 articles are such heads over one-paragraph items, and WeasyPrint pages
    of them through pdftotext set the heads flush: bench/README.md, "Narrow Chinese columns
    through pdftotext: subheads set flush"). When the paragraph above ends on a full line the
    length of neither line tells the head from that paragraph's last line; the marks do: the
    flush line ends on none and reads as a heading (a paragraph's last line ends on its full
    stop), and the line above finishes a sentence, or is a dateline
    (`央视网消息（新闻联播）：`, `新华社广州7月1日电（记者徐华英）` over the first head), or
    opened with an indent and ends on a colon that opens what follows. `opened`: a headline's
    flush first line may end on its colon (`【大国工匠】刘争：` / `薄壁精雕 重器问天`, narrow
    pages, seed 3). Evidence: bench/accuracy_blind.py, indented pages (tuning half, seeds
    0-4: 56 joins, most of them such heads). Chinese only (no kana: no evidence was taken in
    Japanese).
    """
    return (
        subhead[-1:] not in "，、；：,;:"
        and mostly_wide(subhead)
        and not KANA_RE.search(subhead)
        and (ends_paragraph(line) or (opened and line[-1:] == "：") or is_dateline(line))
        and looks_like_heading(subhead, config)
    )
