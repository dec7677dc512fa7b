"""Wraps that no rule of the unwrap pass can keep: found by one search of the whole text.

Most line breaks of a hard-wrapped Chinese text fall between two characters of a sentence: the
line ends on a Han character, a pause (`，`, `、`) or a digit, the next starts with one (or a
stop), and the line fills its measure. `breaks.unwrap_lines` asks a dozen rules of every break;
at these every rule answers "a wrap, joined with nothing", so they are found by one compiled
search over the text (C speed: what the next line opens with) and a few string tests at each
break found (`plain_wrap`: the two characters at the break, the line's measure), and the rules
run only at the other breaks. Why each rule must answer so:

* the line ends on none of the marks a sentence, a speech, a salutation or a lead-in ends with
  (`ends_paragraph`, `：`, `,—`, `"`, `.`), nor on a hyphen, a closing or an opening quote, a
  capital or a space; the next line opens with no quote, indent or capital: so neither
  `paragraph_ends_here`'s sentence, dialogue and Latin-heading tests nor `continues_quotation`
  nor `full_with_space` (no space at the break) apply, and `joiner` gives "" (a wide character
  on one side, or digits on both in a mostly wide line);
* `keeps_break`: the next line opens no list item, note or byline (`LIST_ITEM_RE`'s markers,
  `NOTE_RE`, the byline's roles: refused by look-aheads), neither line holds a tab (a table row), the line
  opens no byline, and it does not end a sentence;
* `is_dateline(next_line)`: refused by a look-ahead wider than `DATELINE_RE` (the next line
  names no source, `消息`, `讯`, `电`, within its first 16 characters);
* the heading tests: a heading line ends the paragraph only where it stops short of the measure
  and `_well_short`, opens a chapter (`CHAPTER_EN_RE`: refused), is much shorter than the next
  (refused) or is a headline spaced in two (it has no space); a heading on the next line, or a
  wrapped heading (`_wrapped_heading`), ends it only where this line stops short and
  `_well_short`. A line at or past the measure never does, nor one that is not `_well_short`:
  where blank lines mark paragraphs, one less than `BLANK_LINES_SLACK` short (`plain_wrap`).

A break inside a headline (`headline_wraps`) is joined with "" as well, so it needs no test.
tests/normalize/unwrap/test_plain.py holds the search to the full rules break by break on the
damaged sets.
"""

from __future__ import annotations

import re

from ...chars import mostly_wide
from ...headings import BYLINE_MARKS, NOTE_RE, is_dateline
from .measure import UNWRAPPED_WIDE
from .paragraphing import BLANK_LINES_SLACK
from .paragraphing import han as _han

# what such a line ends with, and what the next starts with, besides Han characters (asked by
# comparison, `_han`: a class of them costs milliseconds to compile, at every start)
LAST = "，、0123456789"
FIRST = "，、。0123456789"
# how a byline's role begins (`BYLINE_CJK_RE`)
ROLE_STARTS = "(?:本报|本刊|新华社|央视)?(?:特约|实习)?(?:记者|通讯员|评论员|撰稿)"
# a dateline (`DATELINE_RE`) names its source within 15 characters, none of them white space
# (`…消息`, `…讯`, `…电`): wider than the dateline, and much quicker to refuse
DATELINE_KEYWORD = r"[^消讯电\s]{0,15}+[消讯电]"

# the list markers (`LIST_ITEM_RE`) a line opening with FIRST can open with, what follows them
# not asked (no class of Han characters)
ITEM_MARKS = r"\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、"
# neither white space nor ASCII below the digits: a cheap first sieve for LAST, FIRST and Han
SIEVE = r"[^\s\x00-\x2f]"

# A line feed between two such characters, before no list item, note, byline or dateline: a
# literal first, so the engine skips from line feed to line feed.
PLAIN_BREAK_RE = re.compile(
    rf"\n(?<={SIEVE}\n)(?={SIEVE})"
    rf"(?!{ITEM_MARKS})(?!{NOTE_RE.pattern})(?!{ROLE_STARTS})(?!{DATELINE_KEYWORD})"
)
# what the line must not open with: a byline, or a chapter line (`CHAPTER_EN_RE`)
LINE_START_RE = re.compile(
    rf"[{BYLINE_MARKS}]?\s*(?:{ROLE_STARTS})|(?i:chapter|part|book|section|letter|volume|act|scene)\s"
)
# the Han characters a LINE_START_RE match can open with (ROLE_STARTS'): a line opening with
# any other Han character (most lines) is not asked the pattern, which tries every branch
ROLE_FIRST = "本新央特实记通评撰"


def dateline(text: str) -> bool:
    """`headings.is_dateline(text)`, refused at once where the text names no source (`消息`,
    `讯`, `电`) within its first 16 characters (`DATELINE_KEYWORD`'s reach) and opens with no
    capital (the English dateline's `[A-Z]`): every match of `DATELINE_RE` holds one of them.
    Not the rest of a dateline a wrap cut (`rest_of_cut_dateline`), which opens no paragraph."""
    head = text[:16]
    return (
        ("消" in head or "讯" in head or "电" in head or "A" <= text[:1] <= "Z")
        and is_dateline(text)
        and not rest_of_cut_dateline(text)
    )


# a line opening with a dateline's dispatch word and its bracket (`rest_of_cut_dateline`)
DISPATCH_FIRST_RE = re.compile(r"(?:消息|讯|电)\s*[（(]")


def rest_of_cut_dateline(text: str) -> bool:
    """A line opening with the dispatch word itself (`电（记者徐艳文）…`), which `DATELINE_RE`
    takes for a dateline: a dateline names its source and date before that word, so the line is
    the rest of one a wrap cut (`新华社成都11月1日` / `电（记者徐艳文）10月31日…`) and opens no
    paragraph. Evidence: none of the zh-news corpus's 1,659 paragraphs opens so (325 open with
    `央视网消息（`); the blind model's narrow tuning pages (seeds 0-4) split 2 datelines so, both
    wrong (`bench/split_rules.py`: `paragraph_ends_here:81 < dateline:80`), and the unwrap
    rules that ask whether the next line is a dateline (a story's first line at its wraps'
    measure, a subhead wider than the lines under it) took it for one."""
    return DISPATCH_FIRST_RE.match(text) is not None


def closes_dateline(line: str) -> bool:
    """`line` is a dateline whole, ending on its credit's closing bracket (`新华社广州11月1日电
    （记者梁鹏）`): it ends as a dateline's colon does (`央视网消息（新闻联播）：`), so a line that stops
    there short of the measure was ended by the writer, and a subhead may follow it."""
    return line[-1:] in "）)" and line.find(line[-1]) == len(line) - 1 and dateline(line)


def plain_break_at(text: str, at: int) -> bool:
    """`at in plain_breaks(text)`, asked of one line feed: the unwrap pass asks only at the
    breaks it decides, and a set of every line feed's offset held a megabyte on a flush page
    of a megabyte."""
    return PLAIN_BREAK_RE.match(text, at) is not None


def plain_breaks(text: str) -> set[int]:
    """The offsets of the line feeds at which the next line may be run on whatever the line
    (`plain_wrap` asks the rest). (`re.Match.start` mapped: no Python step for each of a text's
    thousands of matches.)"""
    return set(map(re.Match.start, PLAIN_BREAK_RE.finditer(text)))


def plain_wrap(
    current: str,
    next_line: str,
    wide: int,
    guessed: bool,
    wide_lines: dict[str, bool],
    blank_lines: bool,
) -> bool:
    """The line `current` (its indent stripped; the break after it found by `plain_breaks`)
    ends on a Han character or LAST, the next opens with one or FIRST; the line holds no space
    or tab and opens no byline or chapter, the next line no tab; the line is
    mostly wide (`wide_lines` knows most lines), not much shorter than the next
    (`decide._much_shorter`), and fills the CJK measure `wide`: reaches it (not `is_short`),
    or, where blank lines mark the paragraphs (`blank_lines`), stops less than
    `BLANK_LINES_SLACK` short of it, too little for a short line's tests (`_well_short`)."""
    last, first = current[-1:], next_line[:1]
    # (the commonest Han characters compared here, the rest by `_han`)
    if not ("\u4e00" <= last <= "\u9fff" or (last and last in LAST) or _han(last)):
        return False
    if not ("\u4e00" <= first <= "\u9fff" or (first and first in FIRST) or _han(first)):
        return False
    length = len(current)
    if wide <= 0 or len(next_line) > 3 * length:
        return False
    if not (
        (wide <= length and not (guessed and length > UNWRAPPED_WIDE))
        or (blank_lines and length > wide - BLANK_LINES_SLACK)
    ):
        return False
    if " " in current or "\t" in current or "\t" in next_line:
        return False
    opening = current[0]
    if not ("\u4e00" <= opening <= "\u9fff" and opening not in ROLE_FIRST) and (
        LINE_START_RE.match(current)
    ):
        return False
    known = wide_lines.get(current)
    return mostly_wide(current) if known is None else known
