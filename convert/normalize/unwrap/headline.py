"""A headline wrapped over a few lines just above its story's dateline is one line.

`pdftotext` of a typeset page gives a headline set larger than the body, wrapped at its own
measure, with no blank line between it and the story: `习近平就南非约翰内斯堡火灾向南非总统致慰` /
`问电` / `央视网消息（新闻联播）：…`. Its first line stops well short of the body's measure, so
the general rule breaks there and the headline comes out in two pieces (the first the title).
What marks the lines as one headline: they open the block or follow a finished sentence, none of
them holds or ends a sentence or stops at a pause, none opens a line of its own (a byline, a list item), and the next
line is a dateline, which only ever opens a story's first paragraph. Evidence:
bench/accuracy_extracted.py, the 1-column and narrow WeasyPrint layouts (tuning half), where a
headline wraps in about one story of three.

A headline set larger than the body wraps at a measure of its own, narrower than the body's,
and may stand over a photo caption or the body instead of a dateline (`measured_headlines`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ...blocks import ends_paragraph
from ...chars import KANA_RE, is_han, mostly_wide
from ...headings import INNER_STOPS_RE, opens_own_line, quotes_balanced
from ...headline_words import DASH, LEAD_READ, unrestated
from .kept import keeps_break
from .measure import LINE_SPACES, cells
from .pages import INDENT_RE
from .plain import dateline

# a headline wraps onto two or three lines; more is prose
MAX_LINES = 3
# What opens a photo's caption (`图为…现场画面。`, "pictured: …"), set under a headline above the
# story as a dateline is: a headline wrapped over one was cut at its wrap (`…哈马斯向以色列多地发` /
# `射火箭弹` / `图为以军继续在加沙地带发动军现场画` / `面。`: bench/accuracy_extracted.py, office,
# tuning half, two of its nine titles lost; a caption is a photo's, set under it in print)
CAPTION = "图为"
# a line of prose stops at a pause as often as anywhere; a headline's line seldom does
PAUSES = "，、：:,"
# and is no longer than a long two-part news headline (90 characters: issue 12)
MAX_CHARS = 90


def headline_wraps(lines: list[str]) -> set[int]:
    """Indexes of the lines whose break is inside a wrapped headline (to be joined).

    >>> headline_wraps(["习近平就南非约翰内斯堡火灾向南非总统致慰", "问电", "央视网消息（新闻联播）：9月1日，"])
    {0}
    >>> headline_wraps(["会议指出，要加强合作。", "国内联播快讯", "央视网消息（新闻联播）：近日，"])
    set()
    """
    wraps: set[int] = set()
    rest = "\n".join(lines[2:])  # (the lines a dateline under a headline can stand on)
    if "消" not in rest and "讯" not in rest and "电" not in rest and CAPTION not in rest:
        return wraps  # cheap: no dateline (half the blocks of a news text), no line asked
    for at, line in enumerate(lines):
        head = line[:40]  # a Chinese dateline holds one of these (`消息`, `讯`, `电`): a quick test
        if at < 2 or not ("消" in head or "讯" in head or "电" in head or CAPTION in head):
            continue
        if line.lstrip(LINE_SPACES).startswith(CAPTION):
            pass  # a photo's caption under the headline (`CAPTION`)
        elif not dateline(line.lstrip(LINE_SPACES)) and not (
            # (a dateline wrapped in a narrow column: `央视网消息（新闻联` / `播）：…`)
            at + 1 < len(lines)
            and dateline(line.strip(LINE_SPACES) + lines[at + 1].lstrip(LINE_SPACES))
        ):
            continue
        run: list[int] = []
        k = at - 1
        while k >= 0 and len(run) <= MAX_LINES:
            piece = lines[k].strip(LINE_SPACES)
            if not _headline_piece(piece, lines[k + 1].strip(LINE_SPACES)):
                break
            if run and INDENT_RE.match(lines[k + 1]):
                # an indented line opens a paragraph, as in `measured_headlines`: here the first
                # piece of a dateline cut after its date (`　新华社上海3月1日` / `电（记者…）`; joined,
                # the headline ran into the story: bench/accuracy_blind.py, narrow, tuning half)
                break
            if run and _kicker_above(piece, lines[k + 1].strip(LINE_SPACES)):
                break  # (a kicker opens the headline as a finished sentence would)
            run.append(k)
            k -= 1
        opens = (
            k < 0
            or ends_paragraph(lines[k].strip(LINE_SPACES))
            or (
                bool(run)
                and _kicker_above(lines[k].strip(LINE_SPACES), lines[k + 1].strip(LINE_SPACES))
            )
        )
        text = "".join(lines[i].strip(LINE_SPACES) for i in reversed(run))
        if (
            2 <= len(run) <= MAX_LINES
            and opens
            and len(text) <= MAX_CHARS
            and mostly_wide(text)
            and quotes_balanced(text)
        ):
            wraps.update(i for i in run[1:] if not _subtitle_under(lines, i, at, "", run[-1]))
    return wraps


def _subtitle_under(lines: list[str], index: int, at: int, after: str = "", start: int = 0) -> bool:
    """Line `index + 1` of a headline's run (from line `start`) is a `——` line whose words the
    story's lead (from the dateline at `at`, read on into `after`, the blocks under this one)
    does not restate: a subtitle, not the headline's own part (`headline_words.unrestated`,
    told the headline's lines above it for a short lead)."""
    following = lines[index + 1].strip(LINE_SPACES)
    if not following.startswith(DASH):
        return False
    lead = ("".join(line.strip(LINE_SPACES) for line in lines[at:]) + after)[:LEAD_READ]
    head = "".join(line.strip(LINE_SPACES) for line in lines[start : index + 1])
    return unrestated(following, lead, head)


def _set_apart(piece: str, next_piece: str) -> bool:
    """A line as short as a kicker (`MAX_KICKER`) that stops short of the headline's line under
    it: its break is no wrap (a wrapped line fills the measure, and the line under it is no
    wider, bar a cell: `AGREE`) but an editor's, after a kicker (引题: `一线观察` over
    `李克强主持上海合作组织成员国政府首脑…`); `structure.front` reads it. Joined, the kicker ran
    into the title (bench/accuracy_blind.py, kicker, tuning half). Without the limit on its
    length the test moved a held-out figure (bench/accuracy_extracted.py office-1col, held-out
    F1 0.5056 to 0.5045, seen as a figure only): a longer line is left to the rules above."""
    return len(piece) <= MAX_KICKER and _width(piece) + AGREE < _width(next_piece)


# what opens a column tag (`【文化中国行】`)
TAG_OPEN = "【"


def _kicker_above(piece: str, next_piece: str) -> bool:
    """A kicker's line over a headline's (`headline_wraps`): one that stops short of it
    (`_set_apart`), or one shorter than any headline's measure (`MIN_MEASURE`), which no wrap
    leaves above another line (`front_lines.short_kicker_apart`, asked on the same lines, lost
    to this run: `新春走基层` / `韩正访问沙特`, 5 and 6 cells over a dateline, were joined as one
    wrapped headline; bench/accuracy_blind.py, kicker, tuning half), or one over a line that
    opens with a `【` column tag, which opens its headline (`front_lines.tag_opens_apart`)."""
    return (
        len(piece) < MIN_MEASURE
        or _set_apart(piece, next_piece)
        or next_piece.startswith(TAG_OPEN)
    )


def _headline_piece(piece: str, next_piece: str) -> bool:
    return bool(
        piece
        and not ends_paragraph(piece)
        and piece[-1] not in PAUSES
        and not INNER_STOPS_RE.search(piece)
        and not opens_own_line(piece)
        and not keeps_break(piece, next_piece)
    )


# cells a headline's measure falls short of the body's at least, and the fewest it holds
NARROWER = 3
MIN_MEASURE = 6
# A headline holds no comma and two `、` at most: 1 of the 167 headlines of zh-news-xwlb's
# tuning half holds a `，`, 4 a `、` (two at most); a paragraph's lines a comma every line or
# two (bench/accuracy.py's narrow columns, seed 0: `仪式开始，中国人民解放` / `军仪仗队礼兵正步进入`
# / `会场，登上授勋`, two lines of one width well short of the text's measure). One comma is
# taken where three lines or more fill the headline's measure (`人民日报评论员文章：坚定信` /
# `心，进一步打牢科技强国建设根` / `基——论学习贯彻习近平总书记` / …, in a column of 23:
# bench/accuracy_extracted.py, weasy-narrow, tuning half); the paragraph above showed two
MAX_PAUSES = 2
# lines a headline set to its own measure may take: the longest headline at the narrowest
# measure (a 89-character headline wraps over 10 lines of 8 cells in a column of 13:
# bench/accuracy_extracted.py, weasy-narrow, tuning half)
MAX_MEASURED_LINES = MAX_CHARS // MIN_MEASURE
# cells the full lines of one headline may differ by (ASCII counted half, a line-start mark
# pulled back: `今年5G网络建设已提前超`, 11, over a measure of 12)
AGREE = 1


def measured_headlines(lines: list[str], wide: int, measures: Collection[int] = ()) -> set[int]:
    """Indexes of the lines whose break is inside a headline set to its own, narrower measure
    (`headline_runs`: those it is sure of, and those of two lines whose full line has the
    width of one of `measures`, the widths of the text's headlines it is sure of).

    A headline set larger than the body wraps at fewer characters: in a column of 17 cells the
    body's lines hold 17, the headline's 11 or 12 (`今年5G网络建设已提前超` / `额完成任务` /
    `图为…现场画面。`), and each of its lines, stopping well short of the body's measure without
    ending a sentence, read as a heading of its own. What marks the lines as one headline: they
    open the block or follow a finished sentence; none ends a sentence, holds a stop or stops at
    a pause; the lines but the last fill one measure of their own (within `AGREE`), well
    narrower than the body's (`NARROWER`), and the last is shorter. Two full lines of the same
    width well short of the body's measure are no chance: a paragraph's lines fill the body's
    measure. A headline of two lines shows one full line only, whose width may be chance (two
    short headings one over the other); it is taken where the break cuts a word (`超` / `额`,
    `技` / `艺`: `words.splits_word`), which no writer's line break does, or where the text's
    other headlines show that measure (a document sets its headlines alike: `俄称击沉乌军高速艇`
    / `乌称打击俄军阵地` where another headline fills 9 cells). Evidence:
    bench/accuracy_extracted.py, weasy-narrow (tuning half), where the first story's headline
    wraps so in most issues, and the title was right in 55.8 % of them (86.5 % with this rule
    and `structure.front`'s caption: bench/README.md, "Narrow Chinese columns through
    pdftotext"). Refused: a run with a comma, kana, lines that open alike with an item's mark,
    or a dateline (`_checked`), one that ends its block (nothing under it shows where it ends),
    and every run after the first round (`breaks.unwrap_lines`), whose few lines left teach no
    measure: each refusal a wrong join found in another set (bench/accuracy.py's narrow columns,
    bench/livedoor_wrapped.py, bench/normalize_identity.py's random splices).
    """
    return run_wraps(headline_runs(lines, wide), measures)


# a headline at its own measure: its first line, its last, the measure's width, and whether
# its lines alone show it
Run = tuple[int, int, int, bool]


def run_wraps(runs: list[Run], measures: Collection[int]) -> set[int]:
    """`measured_headlines` of a block whose `headline_runs` are `runs`."""
    wraps: set[int] = set()
    for first, last, width, sure in runs:
        if sure or any(abs(width - known) <= AGREE for known in measures):
            wraps.update(range(first, last))
    return wraps


def headline_runs(lines: list[str], wide: int, after: str = "") -> list[Run]:
    """The headlines at their own measure in a block's lines (`measured_headlines`): the first
    line, the last, the measure's width, and whether the lines show it alone (`after`: the
    blocks' text under this one, where the story's lead may stand)."""
    runs: list[Run] = []
    if not wide or len(lines) < 2:
        return runs
    at = 0
    while at < len(lines) - 1:
        line = lines[at].strip(LINE_SPACES)
        last, sure = (
            _run_end(lines, at, wide)
            if len(line) <= wide - NARROWER
            and (at == 0 or ends_paragraph(lines[at - 1].strip(LINE_SPACES)))
            else (at, False)
        )
        # (a `——` line the lead under the run does not restate is its subtitle: `_subtitle_under`)
        last = next(
            (
                i - 1
                for i in range(at + 1, last + 1)
                if _subtitle_under(lines, i - 1, last + 1, after, at)
            ),
            last,
        )
        if last > at:
            width = max(_width(text.strip(LINE_SPACES)) for text in lines[at:last])
            runs.append((at, last, width, sure))
        at = last + 1
    return runs


def _run_end(lines: list[str], start: int, wide: int) -> tuple[int, bool]:
    """The last line of the headline that opens at `start` (`measured_headlines`), or `start`,
    and whether its lines alone show it.

    A line a cell short of the full lines may be full (a line-start mark pulled back) or the
    last: taken as full where the lines after it go on as the headline, else as the last."""
    full: list[int] = []  # the cells of the lines that fill the headline's measure
    fallback = 0  # a line a cell short, and the full lines above it
    cut = False  # the line is short, but its break cuts a word: the headline goes on
    at = start
    while at + 1 < len(lines) and at - start < MAX_MEASURED_LINES:
        piece, after = lines[at].strip(LINE_SPACES), lines[at + 1].strip(LINE_SPACES)
        if not mostly_wide(piece) or not (
            _headline_piece(piece, after) or (at == start and _kicker(piece, after))
        ):
            break
        if INDENT_RE.match(lines[at + 1]):
            break  # an indented line opens a paragraph (bench/accuracy_print.py's indented pages)
        if not cut:
            full.append(_width(piece))
        if max(full) - min(full) > AGREE or min(full) < MIN_MEASURE:
            break
        if len(piece) > wide - NARROWER:
            break  # (in characters: a line of digits is narrower in cells than the measure)
        size = _width(after)
        if size > max(full) + AGREE:
            if len(full) >= MIN_FULL_RUN and not cut:
                return _checked(lines, start, at, len(full))  # its last line full too
            break  # a line of another measure: the body's, a caption's
        cut = size < max(full) - AGREE and at + 2 < len(lines) and _cuts_word(after, lines[at + 2])
        if size < max(full) - AGREE and not cut:
            last, sure = _checked(lines, start, at + 1, len(full))
            if last > start or not fallback:
                return last, sure
            break  # (the short line is none of it: the headline ended a line before)
        if not cut and (size < min(full) or (size < max(full) and not fallback)):
            fallback = at + 1
        at += 1
    return _checked(lines, start, fallback, fallback - start) if fallback else (start, False)


# lines at one headline's measure that end it at a line of another measure, the last of them
# full too (`全国政协十四届常委` / `会第十四次会议举行` / `全体会议 王沪宁出席` over the photo
# caption `图为全国政协十四届常委会第十现场画`, in a column of 14: bench/accuracy_extracted.py,
# weasy-narrow, tuning half); two lines of one width over a wider one may be two headings
MIN_FULL_RUN = 3


def _kicker(piece: str, next_piece: str) -> bool:
    """A headline's first line that ends on the colon after its source (`人民日报社论：` /
    `坚定信念信心 阔` / `步复兴征程——` …, in a column of 12 cells at a headline's measure of
    7): no other pause may end a headline's line, but 14 of the 167 headlines of zh-news-xwlb's
    tuning half open so (`央视快评：`, `新华社长篇通讯：`, `【权威部门话开局】工信部：`), the
    colon after at most 12 characters. Taken on the run's first line only: a paragraph's line
    that ends on a colon (`他表示：`) stands over lines at the body's measure, not a headline's.
    Evidence: bench/accuracy_extracted.py, weasy-narrow (tuning half), where such a headline
    was cut after its kicker, which was the title."""
    return (
        piece[-1:] == "："
        and len(piece) <= MAX_KICKER
        and "：" not in piece[:-1]
        and _headline_piece(piece[:-1], next_piece)
    )


# the most characters of a headline's source before its colon (`【权威部门话开局】财政部：`)
MAX_KICKER = 13


def _width(piece: str) -> int:
    """The cells of a headline's line, a space between wide characters not counted: the space
    between a headline's two parts is far narrower than a cell (`指示强调 牢记初心`, 8
    characters and a space, fills a headline's measure of 8 cells; counted as a cell, it read
    a cell wider than the others and the headline was cut there: bench/accuracy_extracted.py,
    weasy-narrow, tuning half)."""
    return cells(WIDE_SPACE_RE.sub("", piece)) if " " in piece else cells(piece)


# a space between two wide characters (not one beside a Latin word: `协十 to 四届`, a stray
# word inserted in a paragraph's line, bench/accuracy_print.py's narrow pages, tuning half)
WIDE_SPACE_RE = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def _cuts_word(line: str, next_line: str) -> bool:
    """The break after a short line inside a headline cuts a word (`互致新年贺电宣布启` /
    `动“中朝友好年”`): a line-start mark pulled the word's end down, and the headline goes on."""
    from ..words import splits_word  # (the word list loads only when a headline asks)

    return splits_word(line.strip(LINE_SPACES), next_line.strip(LINE_SPACES))


def _parallel(pieces: list[str]) -> bool:
    """Lines that open alike with a mark (not a quotation mark or a bracket, which a headline's
    lines may each open with): a list's items (`□7/31（日）白浜大浜` / `□8/ 7（日）吉佐美大浜`),
    which agree in width by chance. Evidence: bench/livedoor_wrapped.py (tuning half), where
    such items were joined (the rest of its misses there hold kana: Japanese lines are
    `headline_ja`'s)."""
    first = pieces[0][:1]
    if is_han(first) or first.isalnum() or first in OPENING_MARKS:
        return False
    return any(piece[:1] == first for piece in pieces[1:])


# what a headline's line may open with, as an item does not
OPENING_MARKS = "“‘《【（(「『〈"


def _checked(lines: list[str], start: int, last: int, full: int) -> tuple[int, bool]:
    """`last` where the lines [start, last] read as one headline (`full` of them fill its
    measure), else `start`; and whether they show it alone (two full lines, or a word cut)."""
    pieces = [line.strip(LINE_SPACES) for line in lines[start : last + 1]]
    text = "".join(pieces)
    if last + 1 == len(lines):
        return start, False  # nothing under it shows where it ends
    after = lines[last + 1].strip(LINE_SPACES)
    if not _headline_piece(pieces[-1], after):
        return start, False
    if len(text) > MAX_CHARS or not quotes_balanced(text):
        return start, False
    commas = text.count("，") + text.count(",")
    if (commas and not (commas == 1 and full >= 3)) or text.count("、") > MAX_PAUSES:
        return start, False  # a sentence's clauses, not a headline's
    if KANA_RE.search(text) or _parallel(pieces):
        return start, False  # Japanese (`headline_ja`'s), or a list's items
    if dateline(text):
        return start, False  # a story's first paragraph in a narrow column
    if full >= 2:
        return last, True
    from ..words import splits_word  # (the word list loads only when a headline asks)

    return last, splits_word(pieces[0], pieces[1])
