"""Mastheads, edition markers and dated running heads: page furniture known by its form alone.

A printed page opens with the paper's or programme's name and the date (`人民日报  2024年3月1日
星期五`), an edition or page marker with its section (`第5版 国际`, `第5版：要闻`), or both;
the same lines run at the head of every later page. A one-page story has no repetition to learn
them from, so their form decides: a line made only of such parts, holding a dated or an edition
part and at least one more. A full date alone (`2024年3月1日`) is not enough: it closes letters
and statements as their own line. Evidence: bench/damage_print.py's tuning half, where every
article opens with one or two such lines (title right 10.9 % before); no line of any text in
the shared corpus (zh-news articles and raw transcripts, livedoor, the Gutenberg books, 《吶喊》,
the encoding and punctuation sets) has this form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .section_or_head import drop_section_before_lead

SPACE = r"[ \t\u3000]"
# ` ?`: LibreOffice sets a gap between Han and digits that `pdftotext` gives back as a space
# (`2022 年 11 月 1 日`; bench/accuracy_extracted.py, `office` layouts)
YEAR_DATE = (
    r"(?:\d{4}|[〇零一二三四五六七八九]{4}) ?年 ?[0-9一二三四五六七八九十]{1,3} ?月"
    r" ?[0-9一二三四五六七八九十]{1,3} ?日"
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
)
WEEKDAY = r"(?:星期|礼拜|周)[一二三四五六日天]"
DATE_AND_DAY = rf"(?:{YEAR_DATE})(?:{SPACE}*{WEEKDAY})?"
# `第5版`, `第一版`, `第05版`; and the edition number alone, `05版`, `5版`, `A05版`: the page label
# of the papers' own e-paper editions (人民日报 and 经济日报 label their pages `01版`, `02版` beside
# `第01版：要闻`; 新京报 and the metropolitan dailies `A01版`), printed in their running heads
# (`2024年3月1日 星期五 02版 要闻`). Not after a digit or a point: a version (`2.0版`, `2024版`).
# No line of the shared corpus holds a digit before `版` (zh-news-xwlb, livedoor's `iOS版`,
# `3G版`, `Windows版` have letters); bench/accuracy_third.py's tuning half, seeds 0-4, furniture
# alone: block F1 0.923 -> 0.993, title right 87.8 -> 100 % (`01版` alone on page one, `北京日报
# 2022年11月2日  星期三  01版`, `02版　要闻` between pages became titles or ran into sentences).
EDITION = (
    r"(?:第[ \u3000]?[0-9一二三四五六七八九十]{1,3}[ \u3000]?版|(?<![0-9.])[A-Z]?[0-9]{1,3}版)"
)
# a paper's, programme's or section's name: a few Han characters (`人民日报`, `新闻联播`, `国际`)
NAME = r"[\u4e00-\u9fff]{2,8}"
PART = rf"(?:{DATE_AND_DAY}|{WEEKDAY}|{EDITION}|{NAME})"
SEP = rf"(?:{SPACE}*[:：|｜·•]{SPACE}*|{SPACE}+)"
# a part in brackets: `新闻联播（2024年03月01日）`
BRACKETED = rf"[（(]{SPACE}*{PART}(?:{SEP}{PART})*{SPACE}*[）)]"
MASTHEAD = rf"(?:{PART}|{BRACKETED})(?:(?:{SEP})?(?:{BRACKETED})|{SEP}{PART})*"
# (the lookahead names what every date opens with, so that a search skips the rest of a text at
# once: the same matches, a third of the time over a page of prose)
DATED_RE = re.compile(rf"(?=[\d〇零一二三四五六七八九])(?:{YEAR_DATE})")
EDITION_RE = re.compile(EDITION)
WEEKDAY_RE = re.compile(WEEKDAY)
# at most this many names: a paper and a section, or a programme
MAX_NAMES = 2
# a quick scan for the text: no edition marker and no year date means no masthead
ANY_MARK_RE = re.compile(rf"{EDITION}|{YEAR_DATE}")


def is_masthead(key: str) -> bool:
    """A line made only of names, dates, weekdays and edition markers, with a dated or an
    edition part and at least two parts.

    >>> is_masthead("人民日报  2024年3月1日 星期五"), is_masthead("第5版 国际")
    (True, True)
    >>> is_masthead("2024年3月1日"), is_masthead("国务院总理李克强向莫迪致慰问电")
    (False, False)
    >>> is_masthead("新华每日电讯  2025年1月1日 星期三  第2版 评论")
    True
    """
    if len(key) > 40 or not may_hold_a_mark(key):
        return False
    key = _page_and_desk_as_edition(key)
    if not (DATED_RE.search(key) or EDITION_RE.search(key)):
        return False
    masthead, parts, names = masthead_patterns()
    if not masthead.fullmatch(key):
        return False
    # (a weekday is no name: `新华每日电讯  2025年1月1日 星期三  第2版 评论` has two, the paper
    # and the desk; counted as a third, the whole head stayed: bench/accuracy_blind.py, tuning
    # half, seeds 0-4, ~20 one-line heads in the indented, blocks and flush pages)
    if (
        len(names.findall(WEEKDAY_RE.sub("", EDITION_RE.sub("", DATED_RE.sub("", key)))))
        > MAX_NAMES
    ):
        return False
    return len(parts.findall(key)) >= 2


# a dated head's page number with its desk at the line's end (`2024年3月1日 星期五  12 要闻`,
# `人民日报 2024年3月1日 要闻 3`): the page's edition, written without `第…版`. Evidence:
# bench/accuracy_blind.py's tuning half, seeds 0-1: such a head was the title of 48 files.
PAGE_AND_DESK_RE = re.compile(
    rf"{SPACE}+(?:\d{{1,3}}{SPACE}+[\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{{2,4}}{SPACE}+\d{{1,3}})$"
)


def _page_and_desk_as_edition(key: str) -> str:
    """`key` with a page-and-desk end read as an edition (`… 12 要闻` -> `… 第12版`), where
    the rest holds a full date.

    >>> _page_and_desk_as_edition("2024年3月1日 星期五  12 要闻")
    '2024年3月1日 星期五 第12版'
    """
    match = PAGE_AND_DESK_RE.search(key) if "年" in key else None
    if match is None or not DATED_RE.search(key, 0, match.start()):
        return key
    page = "".join(ch for ch in match.group() if ch.isdigit())
    return f"{key[: match.start()]} 第{page}版"


def may_hold_a_mark(key: str) -> bool:
    """`key` holds `年` or one of `./-` (YEAR_DATE's two forms each hold one) or `版` (EDITION):
    asked before the patterns, which try every digit and numeral of the line (most lines near a
    page break hold none of these characters)."""
    return "年" in key or "版" in key or "-" in key or "." in key or "/" in key


@cache
def masthead_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The whole line's pattern, the parts' and the names', compiled at the first line that
    holds a date or an edition marker, which most texts never have: `re` walks every code point
    of the Han class once for each NAME in them (six in MASTHEAD), the costliest compile of a
    call."""
    return (
        re.compile(MASTHEAD),
        re.compile(rf"{YEAR_DATE}|{WEEKDAY}|{EDITION}|{NAME}"),
        re.compile(NAME),
    )


def is_name(key: str) -> bool:
    """`key` is a NAME whole (the same test without compiling its Han class)."""
    return 2 <= len(key) <= 8 and all("\u4e00" <= ch <= "\u9fff" for ch in key)


# how a paper's or programme's name ends (`人民日报`, `新京报`, `新华每日电讯`, `新闻联播`,
# `新闻联播文字版`): a short heading above a running head (`联播快讯`) ends otherwise. A news
# site's or app's name ends in `新闻` (`央视新闻`, `澎湃新闻`), a digest's in `摘编` (`新闻摘编`):
# a body that signs a statement ends otherwise (`国务院新闻办公室`, `…委员会`). Evidence:
# bench/accuracy_fifth.py's tuning halves (seeds 0-4, 10-14), 4 heads `央视新闻  2024年7月1日`,
# `每日新闻摘编  2023年9月1日` left under a sentence's end; no line of the shared corpus is
# a name so ending, alone or beside a date.
PAPER_ENDS = ("报", "电讯", "联播", "文字版", "新闻", "摘编")


def is_paper(key: str) -> bool:
    return is_name(key) and key.endswith(PAPER_ENDS)


# The other parts of a paper's front-page masthead, each set in a box of its own and so on a line
# of its own in `pdftotext`'s output: the day's page count, the serial number, the post-office
# code, the issue number, the lunar date, the name in Latin capitals (人民日报's masthead:
# `RENMIN RIBAO`, `今日20版`, `国内统一连续出版物号 CN 11-0065`, `代号1-1`, `第27999期`,
# `农历甲辰年正月二十`), and a section with its page number (`要闻 3`, `3 国际`). Taken only
# inside the run of masthead lines that opens the text, after a name or a dated line: none of
# them is a headline there. Evidence: bench/accuracy_blind.py's tuning half, where `今日8版`
# and `国内统一连续出版物号 CN11-0037` were the title of 563 of 3,340 files.
EXTRA = (
    r"(?:今日|本期) ?\d{1,3} ?版|(?:国内统一连续出版物号|国内统一刊号)[:：]? ?CN ?\d{2} ?- ?\d{4}"
    r"|CN ?\d{2} ?- ?\d{4}|代号 ?\d{1,2} ?- ?\d{1,3}|第 ?\d{1,6} ?期|农历[\u4e00-\u9fff]{2,12}"
    r"|[A-Z]{2,}(?: [A-Z]{2,}){0,3}|[\u4e00-\u9fff]{2,4} \d{1,3}|\d{1,3} [\u4e00-\u9fff]{2,4}"
)
EXTRA_RE = re.compile(rf"(?:{EXTRA})(?:[ \t\u3000]+(?:{EXTRA}))*")


def is_masthead_extra(key: str) -> bool:
    """A line made only of masthead parts that never stand alone (`EXTRA`).

    >>> is_masthead_extra("今日16版"), is_masthead_extra("国内统一连续出版物号 CN11-0065")
    (True, True)
    >>> is_masthead_extra("RENMIN RIBAO"), is_masthead_extra("要闻 3"), is_masthead_extra("新华社电")
    (True, True, False)
    """
    return len(key) <= 40 and EXTRA_RE.fullmatch(key) is not None


# a section's name on a line of its own after the dated line (`要闻`, `国际`, `国内新闻`): a
# headline is longer
MAX_SECTION = 4


def section_chars(edition: bool) -> int:
    """How long a lone section's name may be: after the edition's box or one of page one's
    other boxes (`今日8版`, `国内统一连续出版物号 CN11-0065`, `EXTRA`) only a desk's two
    characters (weasy: `第7版` / `要闻`), since a four-character headline may follow it there
    (zh-news-xwlb: `大美中国`, `江山多娇`, `新年新愿`, `联播快讯`; bench/accuracy_third.py's
    tuning half, seeds 0-4, furniture alone: `南方日报` / date / `今日20版` / `江山多娇`, the
    title lost 16 times). The desks Chinese papers print are two characters (`要闻`, `国内`,
    `国际`, `综合`, `评论`)."""
    return 2 if edition else MAX_SECTION


def leading_mastheads(lines: Iterable[str]) -> list[int]:
    """Indexes of the masthead lines that open the text, before any other line with content.

    A head set in boxes (the paper left, the date centre, the edition right) comes out of
    `pdftotext` one box a line: names alone before a dated or edition line, a short section
    name alone after it, together a masthead (bench/accuracy_extracted.py: every layout of
    bench/pdf_corpus.py and bench/pdf_layouts.py opens so). The section only where the head
    came in boxes (a name alone before the date): after a one-line masthead a short line is the
    headline (`2022年11月1日  星期二` / `联播快讯`, bench/accuracy.py seed 13).

    >>> leading_mastheads(["新闻联播文字版", "", "2022年11月1日 星期二", "", "要闻", "标题很长的新闻报道"])
    [0, 2, 4]
    >>> leading_mastheads(["国内联播快讯", "正文。"]), leading_mastheads(["人民日报", "2024年3月1日"])
    ([], [0, 1])
    >>> leading_mastheads(["2022年11月1日  星期二", "联播快讯", "央视网消息（新闻联播）："])
    [0]
    >>> leading_mastheads(["光明日报", "GUANGMING DAILY", "2024年3月1日", "今日16版", "第1版", "长的新闻报道标题"])
    [0, 1, 2, 3, 4]
    """
    found: list[int] = []
    names: list[int] = []  # lone names waiting for a dated line to make them a masthead
    boxed = False  # names stood alone before the dated line
    section_at = -1  # the line taken as the page's section
    edition = False  # an edition marker was taken
    for index, line in enumerate(lines):
        key = line.replace("\f", "").strip()
        if not key:
            continue
        if is_masthead(key) or (
            (names or found) and (DATED_RE.fullmatch(key) or EDITION_RE.fullmatch(key))
        ):
            boxed = boxed or bool(names)
            found += [*names, index]  # `人民日报` / `2024年3月1日`: a name and a date
            names = []
            edition = edition or EDITION_RE.search(key) is not None
        elif (found or names) and is_masthead_extra(key):
            boxed = boxed or bool(names)
            found += [*names, index]
            names = []
            edition = True  # (a box of page one's: a desk after it is short, `section_chars`)
        elif boxed and section_at < 0 and is_name(key) and len(key) <= section_chars(edition):
            found.append(index)
            section_at = index
        elif not found and len(names) < MAX_NAMES and is_name(key):
            names.append(index)
        else:
            return drop_section_before_lead(found, section_at, key)  # (a headline: no section)
    return found
