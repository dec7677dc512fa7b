"""How the next sentence opens, where a line's length cannot tell a paragraph end from a wrap.

A CJK line that fills the measure and finishes a sentence, on a page that marks paragraphs
neither by indents nor by blank lines, is as likely a paragraph's last line as a wrap inside
one: both fall exactly at the measure. The next sentence's first words still say something:
a news paragraph opens with a stock of forms, and a sentence that goes on with its paragraph
opens differently. Each form below carries how often a sentence opening with it opens a
paragraph and how often it goes on with one, counted on zh-news-xwlb's tuning half
(bench/clean_text.py's `half`: 167 of the 325 articles, 1,475 sentences after the body's
first, 618 of them opening a paragraph: odds 0.72; `bench/openers_count.py`). Only forms whose
odds are at least 3:1 one way over at least ten sentences are kept; the other sentences say
nothing, and the unwrap pass's own rules decide (`full_line_ends_paragraph`).

Measured and left out (odds under 3:1, or too few): a dateline `新华社…电` 10:5, a speaker
and a verb of saying 143:66 (after 80 characters of paragraph 102:18, which
`full_line_ends_paragraph` already uses), `近日`/`目前`/`今年` 17:27, `此外` as a paragraph
opener (it goes on: 0:9), `记者` 7:0 (too few), `中国`/`我国` 9:26, a place set first
(`在南宁市，`) 10:25, a year (`2022年，`) 3:15. `今天（5月1日）…` opens a
paragraph 24:4 (23:3 after fewer than 80 characters of paragraph, 1:1 after more), but on the
blind model's flush and narrow pages (bench/accuracy_blind.py, seeds 0-4, tuning half) it
opened three and went on three times after a full line ending a sentence: it decided nothing
right, and was left out. English (the Gutenberg books' tuning pieces): only a quotation mark
opens a paragraph clearly (733:76), which `dialogue.new_speech` already uses; no narrative
opener reaches 3:1 (`When` 25:45, `Elizabeth` 50:46), so nothing English here.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Opener(NamedTuple):
    """A form a sentence may open with, and what the corpus says of it."""

    name: str
    pattern: re.Pattern[str]
    opens: int  # sentences of the tuning half opening so that open a paragraph
    goes_on: int  # and that go on with one


ZH_OPENERS = (
    # a meeting's decisions, each a paragraph: `会议指出，`, `会议推举…`, `会上，…`
    Opener("会议", re.compile(r"会议|会上"), opens=21, goes_on=2),
    # a speaker who also, or the same day, says: the report goes on (`俄媒还报道说，`,
    # `乌克兰方面同一天称，`; `还` right before the verb is `ATTRIBUTION_RE`'s already)
    Opener(
        "speaker also says",
        re.compile(
            r"[^，。！？；：“”‘’\s]{1,16}?(?:还|同一天|当天|同日)[^，。！？；：]{0,4}?"
            r"(?:表示|指出|强调|认为|介绍|说|称)[，：,:]"
        ),
        opens=1,
        goes_on=13,
    ),
    # Chinese side's position, said inside the paragraph that reports the talks
    Opener("中方", re.compile(r"中方"), opens=1, goes_on=21),
    # an enumeration's points go on in the paragraph that announced them: `一是…。二是…。`
    Opener(
        "enumeration",
        re.compile(r"第[一二三四五六七八九十](?![次届])|[一二三四五六七八九十]是"),
        opens=5,
        goes_on=63,
    ),
    # a linking word: the sentence adds to the one before (`此外`, `其中`: `CONTINUATION_RE`)
    Opener("linking", re.compile(r"同时|另外|与此同时|截至|希望"), opens=1, goes_on=16),
)
# how much more often one way than the other a form must go to decide, and on how many
# sentences
MIN_ODDS = 3
MIN_COUNT = 10


def decisive(opener: Opener) -> bool:
    """An opener whose counts are clearly one way (`MIN_ODDS`, `MIN_COUNT`)."""
    opens, goes_on = opener.opens, opener.goes_on
    if opens + goes_on < MIN_COUNT:
        return False
    return opens >= MIN_ODDS * max(goes_on, 1) or goes_on >= MIN_ODDS * max(opens, 1)


def opener_says(next_line: str) -> bool | None:
    """True: the sentence `next_line` opens a paragraph; False: it goes on with one; None: its
    opening says nothing (no form of `ZH_OPENERS`, or odds not clearly one way).
    """
    for opener in ZH_OPENERS:
        if opener.pattern.match(next_line):
            if not decisive(opener):
                return None
            return opener.opens > opener.goes_on
    return None


def zh_form(sentence: str) -> str:
    """The name of the form `sentence` opens with, "" if none (bench/openers_count.py)."""
    for opener in ZH_OPENERS:
        if opener.pattern.match(sentence):
            return opener.name
    return ""


# particles that open no sentence, heading or paragraph: a line that opens with one goes on
# from the line above; `的确` (indeed), `的士` and `的哥` (a taxi, its driver) are words of their own
PARTICLES = "的们"
PARTICLE_WORDS = ("的确", "的士", "的哥")


def particle_opens(next_line: str) -> bool:
    """`next_line` (stripped) opens with a particle that binds to the words before it, so the
    break over it is a wrap, whatever the line above (a full line, a short one, one that reads
    as a heading).

    Evidence: zh-news-xwlb's tuning half (bench/clean_text.py's `half`): of 1,397 `的` and
    116 `们`, none opens a sentence, a paragraph or a title (sentences cut after `。！？：；`,
    opening quotes and brackets set aside); the whole corpus's 1,659 paragraphs hold 2,844 `的`
    and open with none. On the blind and third models' tuning halves (seeds 0-1) the most
    frequent first character of a paragraph cut in two was `的`: 5 and 1 of 62 and 25 splits
    (`中国电信与中国联通也已联合建成全球最大` / `的5G共建共享网络，…`, 19 cells in a column of
    20, read as a subhead). Chinese only (the caller asks no text with kana: Japanese
    `的` opens words of its own, and no Japanese text was looked at).
    """
    return next_line[:1] in PARTICLES and next_line[:2] not in PARTICLE_WORDS


# a number the line above ends with, and the unit of a date that follows it (`…卫星通讯社2` /
# `月28日报道`); a work's title the line above leaves open (`央视快评《劳动谱写时代` / `华章 …》`)
DIGITS = "0123456789０１２３４５６７８９"
DATE_UNITS = "年月日"
# a date in brackets that glosses the day word before it (`…公安部今天` / `（3月1日）发布…`)
BRACKETED_DATE_RE = re.compile(r"[（(][0-9０-９]{1,2}月[0-9０-９]{1,2}日[）)]")
DAY_WORD_RE = re.compile(r"(?:[今昨明][天晚日]|今)$")
# what an ordinal's number opens with after `第` (`第` / `二、第三产业`, `第` / `二十届`)
ORDINAL_FIRSTS = frozenset("一二三四五六七八九十百千两0123456789０１２３４５６７８９")


def bound_across(line: str, next_line: str) -> bool:
    """The break between `line` and `next_line` (both stripped) falls inside a phrase, so it is a
    wrap: `next_line` opens with a particle (`particle_opens`), a date's unit after the line's
    number or a bracketed date (`今天` / `（3月1日）`), or `line` leaves a work's title `《` open.

    Evidence: zh-news-xwlb's tuning half, 785 breaks between title and paragraphs: none between
    a number and `年月日` (693 such pairs inside paragraphs) and no paragraph or title with a `《`
    left open (134 `《` inside). Blind model, seeds 0-4, tuning half, the four shapes: 6
    paragraphs cut at a number before its unit (a line of ASCII digits falls short of the
    measure in cells: `据俄罗斯卫星通讯社2` in a column of 10) and 2 cut inside a work's title
    (`…题目是《坚定信心，进一步打牢科` / `技强国建设根基——…》`, a space in the title read as a
    headline's). A bracketed date `（3月1日）`: 106 inside the tuning half's paragraphs (after
    `今天` 92, `今晚` 7, `昨天` 3), none opening a paragraph or a title (the whole corpus: none);
    the blind model's tuning half cut 4 paragraphs before one, all narrow
    (`最高人民法院、最高人民检察院、公安部今天` / `（3月1日）发布…`, read as a full line's end).
    Only after the day word it glosses (all 106): on the typeset PDFs' interleaved columns a
    heading over another column's `（9月1日）的《权威访谈》` was joined without it.
    An ordinal: 178 `第` in the tuning half's titles and paragraphs, none ending one; the fifth
    model's tuning half (bench/accuracy_fifth.py, seeds 0-4) cut 3 paragraphs at `第` over a
    line opening `二、第三产业…` (read as a list's item) or `二十届…` (read as a heading's end).
    """
    if particle_opens(next_line):
        return True
    if line[-1:] in DIGITS and next_line[:1] in DATE_UNITS:
        return True
    if BRACKETED_DATE_RE.match(next_line) and DAY_WORD_RE.search(line):
        return True
    if line[-1:] == "第" and next_line[:1] in ORDINAL_FIRSTS:
        return True
    return line.count("《") > line.count("》")
