"""The shapes of page furniture: page numbers and jump lines, and quick scans for them.

Most texts hold no furniture at all (and every text a second time round), so the pass first asks
the whole text with a few searches before it looks at every line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

DASH = r"[-－—–―]"
PAGE_NUMBER_RE = re.compile(
    rf"^[ \t\u3000]*(?:{DASH}+[ \t\u3000]*\d{{1,4}}[ \t\u3000]*{DASH}+"
    r"|(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?"
    r"|第[ \t\u3000]*\d{1,4}[ \t\u3000]*[页頁版]"
    r"|\d{1,4}[ \t]*/[ \t]*\d{1,4}"
    # `·3·`: the middle dots of Chinese journals' and books' page feet
    r"|[·•][ \t\u3000]*\d{1,4}[ \t\u3000]*[·•]"
    r"|\d{1,4})[ \t\u3000]*$",
    re.IGNORECASE,
)
BARE_NUMBER_RE = re.compile(r"^[ \t\u3000]*\d{1,4}[ \t\u3000]*$")
# `（3）`: a page number in brackets (a Word how-to lists bracketed numbers among its page-number
# presets; not checked in Word itself), and a list label's form too: taken only where its place
# rules the label out (`page_lines.bracketed_page_number`)
BRACKETED_NUMBER_RE = re.compile(r"^[ \t\u3000]*[（(][ \t]*\d{1,4}[ \t]*[）)][ \t\u3000]*$")
CN_NUMBER = "[0-9一二三四五六七八九十百〇零两]{1,4}"
JUMP = (
    rf"[（(]?[ \t]*(?:下转|转|上接|接)第?[ \t]*{CN_NUMBER}[ \t]*[版页頁][ \t]*[）)]?"
    r"|\(?(?:continued|cont'd\.?)[ \t]+(?:on|from)[ \t]+(?:page|p\.)[ \t]*\d{1,4}\)?"
)
JUMP_LINE_RE = re.compile(rf"^[ \t\u3000]*(?:{JUMP})[ \t\u3000]*$", re.IGNORECASE)
# a jump line the extraction glued to the end of the last line of a page, or the start of the next
_JUMP_INLINE = rf"[（(][ \t]*(?:下转|转|上接|接)第?[ \t]*{CN_NUMBER}[ \t]*[版页頁][ \t]*[）)]"
JUMP_INLINE = rf"(?:[ \t\u3000]*{_JUMP_INLINE}[ \t\u3000]*)+"
# the same without the spaces around it, which a search would try at every character: there is
# a match of one exactly where there is a match of the other
JUMP_INLINE_CORE_RE = re.compile(_JUMP_INLINE)


@cache
def jump_inline_pattern() -> re.Pattern[str]:
    """`JUMP_INLINE`, compiled at the first text that holds its core (most texts hold none)."""
    return re.compile(JUMP_INLINE)


# The first character of every line (stripped) that PAGE_NUMBER_RE or JUMP_LINE_RE matches,
# read off their alternatives, decimal digits (`\d`, `str.isdecimal`) aside: a dash, `page` or
# `p.`, `第`, a middle dot, a bracket, `下转`, `转`, `上接`, `接`, `continued` (IGNORECASE folds
# no other character to p or c). Most lines start otherwise and are not matched one by one.
SHAPE_FIRSTS = "-－—–―pP第·•（(下转上接cC"
# a line (after the line feed before it) whose first character that is not white space is one of
# those or a digit (`\s` and `str.strip` agree on what white space is; a form feed is some)
SHAPE_LINE_RE = re.compile(rf"\n[^\S\n]*[{re.escape(SHAPE_FIRSTS)}\d]")


# A line of the text that is a page number or a jump line: the first line is matched at the
# start of the text; the others are found from the line feed before them, which the regex engine
# searches for quickly (a pattern that starts with `^` in MULTILINE mode is tried at every
# character).
_PAGE_NUMBER_BODY = PAGE_NUMBER_RE.pattern.removeprefix("^").removesuffix("$")
_JUMP_LINE_BODY = JUMP_LINE_RE.pattern.removeprefix("^").removesuffix("$")
# what the quick scans look for: a page number, or one in brackets
_NUMBER_BODY = (
    f"(?:{_PAGE_NUMBER_BODY}|"
    + BRACKETED_NUMBER_RE.pattern.removeprefix("^").removesuffix("$")
    + ")"
)


@cache
def _line_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A page-number line and a jump line found from the line feed before them, compiled at the
    first `may_hold_furniture`, which `holds_no_furniture` spares most texts (IGNORECASE makes
    them among the costliest compiles of a call)."""
    return (
        re.compile(rf"\n{_NUMBER_BODY}(?=\n|\Z)", re.IGNORECASE),
        re.compile(rf"\n{_JUMP_LINE_BODY}(?=\n|\Z)", re.IGNORECASE),
    )


def _first_line(text: str) -> str:
    end = text.find("\n")
    return text if end < 0 else text[:end]


def may_hold_furniture(text: str) -> bool:
    """A quick scan: no form feed, page number or jump line means nothing to do (most texts,
    and every text a second time round)."""
    first = _first_line(text)
    if "\f" in text or PAGE_NUMBER_RE.match(first) or JUMP_LINE_RE.match(first):
        return True
    page_number_line, jump_line = _line_patterns()
    return (
        page_number_line.search(text) is not None
        or jump_line.search(text) is not None
        or JUMP_INLINE_CORE_RE.search(text) is not None
    )


# A line whose stripped text is a page number or a jump line, found in the raw text: the line's
# white space may be any (`str.strip` removes it all), so these match wherever the line-by-line
# test does, and sometimes where it does not.
_LINE_SPACE = r"[^\S\n]*"
FURNITURE_ANY_LINE_RE = re.compile(
    rf"\n{_LINE_SPACE}(?:{_NUMBER_BODY}|{_JUMP_LINE_BODY}){_LINE_SPACE}(?=\n|\Z)",
    re.IGNORECASE,
)


def holds_no_furniture(text: str) -> bool:
    """True only where `furniture_lines` finds nothing but the mastheads that open the text
    (`remove_page_furniture` asks `leading_mastheads` apart): no form feed, no line that is a
    page number or a jump line (so one page, no running heads, no masthead beside a page mark),
    and no jump line glued to either end of a line. A text whose only sign of furniture is a `（下转第2版）` inside a paragraph
    (every text a second time round, once the unwrap pass joined its lines) is answered by a few
    searches instead of a look at every line."""
    if "\f" in text:
        return False
    first = _first_line(text).strip()
    if PAGE_NUMBER_RE.match(first) or JUMP_LINE_RE.match(first):
        return False
    if any_furniture_line(text):
        return False
    for core in jump_inline_cores(text):
        end = text.find("\n", core.end())
        line = text[text.rfind("\n", 0, core.start()) + 1 : len(text) if end < 0 else end]
        jumps = jump_inline_pattern().finditer(line)
        if any(m.start() == 0 or m.end() == len(line) for m in jumps):
            return False  # (the edit also needs more on the line than the jump: not asked)
    return True


def any_furniture_line(text: str) -> bool:
    """`FURNITURE_ANY_LINE_RE.search(text) is not None`, asked only at the line feeds that
    `SHAPE_LINE_RE` finds (a few hundred lines of a text's tens of thousands): after its white
    space, a match goes on with a first character of one of the two patterns' alternatives, a
    digit or one of `SHAPE_FIRSTS`, which is what `SHAPE_LINE_RE` asks after a line feed."""
    match_at = FURNITURE_ANY_LINE_RE.match
    return any(match_at(text, shape.start()) for shape in SHAPE_LINE_RE.finditer(text))


# the character before `转` or `接` in `下转` and `上接`, JUMP_INLINE's other keywords
_KEYWORD_HEADS = {"转": "下", "接": "上"}


def jump_inline_cores(text: str) -> Iterator[re.Match[str]]:
    """`JUMP_INLINE_CORE_RE.finditer(text)`, found from each `转` and `接` (a text holds far fewer
    of them than the regex engine has characters to try its bracket at): every match holds one,
    as the last character of its keyword, after `下` or `上` or white space and the bracket that
    opens the match. Matches do not overlap (no bracket opens inside one), so the matches found
    at each keyword, in order, are `finditer`'s."""
    keywords = sorted(at for keyword in _KEYWORD_HEADS for at in _occurrences(text, keyword))
    match_at = JUMP_INLINE_CORE_RE.match
    end = 0
    for at in keywords:
        start = at - 1
        if start >= 0 and text[start] == _KEYWORD_HEADS[text[at]]:
            start -= 1
        while start >= 0 and text[start] in " \t":
            start -= 1
        if start < end or text[start : start + 1] not in ("（", "("):
            continue
        match = match_at(text, start)
        if match is not None:
            yield match
            end = match.end()


def _occurrences(text: str, character: str) -> Iterator[int]:
    at = text.find(character)
    while at != -1:
        yield at
        at = text.find(character, at + 1)
