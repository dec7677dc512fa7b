"""A running head wrapped into pieces at the top of a narrow page.

A page narrower than its running head (`新闻联播文字版　2025年3月1日 星期六　第9版`, set small in
the margin box) breaks the head's boxes inside their parts, and `pdftotext` gives the pieces
back one a line, a box's second line sometimes before its first: `新闻联播文字版` / `期六` /
`2025年3月1日 星` / `第9` / `版`. No piece but the name is a masthead by itself
(`masthead.is_masthead`), so they stayed, became the title or ran into paragraphs
(bench/accuracy_extracted.py `--layout weasy-narrow`: 4 of 52 tuning titles, every page's
pieces in the body). The pieces are known by their form: a line of masthead parts that ends
in a part cut short (a date whose weekday stops at `星` or `星期`, an edition marker `第9`
without its `版`), and, among the lines of the same run at the top of the page, the tails
that complete them (`期六`, `六`, `版`). Joined, each cut part and its tail make a date with
its weekday or an edition marker, parts the furniture pass already knows; the run is taken
only when every cut has its tail and every tail its cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from .masthead import (
    DATE_AND_DAY,
    EDITION,
    NAME,
    SEP,
    SPACE,
    WEEKDAY,
    YEAR_DATE,
    masthead_patterns,
)

# a part cut short: a date whose weekday stopped after `星`, `星期`, `礼`, `礼拜`; an edition
# marker without its `版`
CUT_DAY = rf"(?:{YEAR_DATE}){SPACE}*(?:星期?|礼拜?)"
CUT_EDITION = r"第[ \u3000]?[0-9一二三四五六七八九十]{1,3}"
WHOLE = rf"(?:{DATE_AND_DAY}|{WEEKDAY}|{EDITION}|{NAME})"
DAY_TAIL = r"[期拜]?[一二三四五六日天]"
EDITION_TAIL = "版"
# the most lines a wrapped head runs to (name, weekday tail, date, edition and its tail)
MAX_PIECES = 8
MAX_PIECE_CHARS = 24


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A line of parts with at least one cut (the cuts found apart), and a cut alone."""
    cut = rf"(?:{CUT_DAY}|{CUT_EDITION})"
    line = rf"(?:{WHOLE}{SEP})*?{cut}(?:{SEP}(?:{WHOLE}|{cut}))*"
    return (
        re.compile(line),
        re.compile(rf"(?P<day>{CUT_DAY})(?!{DAY_TAIL})|(?P<edition>{CUT_EDITION})(?!\d|版)"),
        re.compile(DAY_TAIL),
    )


def _cuts(key: str) -> tuple[int, int] | None:
    """How many weekdays and how many edition markers the line cuts short, if it is a line of
    masthead parts with a cut."""
    line, cut, _ = _patterns()
    if not line.fullmatch(key):
        return None
    days = editions = 0
    for match in cut.finditer(key):
        if match.group("day"):
            days += 1
        else:
            editions += 1
    return (days, editions) if days or editions else None


def _piece(key: str) -> tuple[int, int] | None:
    """What a line of a wrapped head gives to the balance: (+cut weekdays, +cut editions) for a
    line with cuts, (-1, 0) for a weekday's tail, (0, -1) for `版`, (0, 0) for a whole masthead
    or a name; None for any other line."""
    if len(key) > MAX_PIECE_CHARS:
        return None
    if key == EDITION_TAIL:
        return (0, -1)
    if _patterns()[2].fullmatch(key):
        return (-1, 0)
    cuts = _cuts(key)
    if cuts is not None:
        return cuts
    if masthead_patterns()[0].fullmatch(key):  # whole parts only: a name, a date, a masthead
        return (0, 0)
    return None


def wrapped_head(
    keys: Iterable[tuple[int, str]], pieces: dict[str, tuple[int, int] | None] | None = None
) -> list[int]:
    """Indexes of the lines of a wrapped running head that opens a page, given the page's first
    lines as (index, stripped text), blank ones included: the longest run of pieces in which
    every cut part has its tail, holding at least one cut; [] if none. `pieces`: `_piece` of
    each line already asked, kept by the caller across the pages of one text.

    >>> lines = ["新闻联播文字版", "期六", "", "2025年3月1日 星", "", "第9", "版", "", "俄称…"]
    >>> wrapped_head(enumerate(lines))
    [0, 1, 3, 5, 6]
    >>> wrapped_head(enumerate(["新闻联播文字版", "2025年3月1日 星期六", "第9版", "标题"]))
    []
    """
    lines = [(index, key) for index, key in keys if key][:MAX_PIECES]
    # a quick test first (most pages open with a paragraph or a headline): every cut holds `第`
    # (an edition) or a year date's `年`, `.`, `-` or `/`; the patterns are asked only then
    if not any(len(key) <= MAX_PIECE_CHARS and _may_cut(key) for _, key in lines):
        return []
    known = {} if pieces is None else pieces
    taken: list[int] = []
    found: list[int] = []
    days = editions = 0
    cut = False
    for index, key in lines:
        if key in known:
            piece = known[key]
        else:
            piece = known[key] = _piece(key)
        if piece is None:
            break
        taken.append(index)
        days += piece[0]
        editions += piece[1]
        cut = cut or piece[0] > 0 or piece[1] > 0
        # (the balance may go below naught: `pdftotext` may read a box's second line first;
        # a name after the balanced head is the page's headline, not taken)
        if cut and piece != (0, 0) and days == 0 and editions == 0:
            found = list(taken)
    return found


def _may_cut(key: str) -> bool:
    return "第" in key or "年" in key or "." in key or "-" in key or "/" in key


def wrapped_heads(
    lines: Sequence[tuple[int, str, str]], page_starts: Iterable[int]
) -> set[int]:
    """The lines of the wrapped heads that open the text or a page (`page_starts`: the indexes
    of the lines that hold a form feed); `lines`: `page_lines.Line`s."""
    found: set[int] = set()
    first = next((i for i, line in enumerate(lines) if line[2]), None)
    starts = sorted({*page_starts} | ({first} if first is not None else set()))
    # (each distinct line asked once: a head's boxes repeat on every page, the bench's 1 MB
    # fresh text 375 pieces, 153 distinct)
    pieces: dict[str, tuple[int, int] | None] = {}
    for start in starts:
        window = range(start, min(len(lines), start + 2 * MAX_PIECES + 1))
        found.update(wrapped_head(((i, lines[i][2]) for i in window), pieces))
    return found
