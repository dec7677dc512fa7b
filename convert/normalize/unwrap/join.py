"""What replaces a wrap: nothing between CJK characters, a space between Latin words, and an
end-of-line hyphen removed only where the joined word is a word."""

from __future__ import annotations

import re
from functools import cache

from ...changes import Edit
from ...chars import HAN_RE, is_wide, mostly_wide

QUOTES = "“”‘’\"'"


WORD_END_RE = re.compile(r"([A-Za-z]+)([-\u2010])$")
# U+2010 HYPHEN is what CSS engines draw where they hyphenate a word (`hyphenate-character`'s
# default: WeasyPrint, browsers) and `pdftotext` gives it back: at a line end before a lowercase
# letter it is the typesetter's break, always removed. A compound broken at its own hyphen keeps
# its `-` (WeasyPrint adds nothing there: `grown-` / `up`). Evidence: bench/accuracy_extracted.py,
# Pride and Prejudice hyphenated by WeasyPrint, tuning half: `hand‐` / `some`, `Nether‐` /
# `field`; no U+2010 in any text of the shared corpus. wordfreq cannot judge these: it scores
# `hand-some` (two common words) above `handsome`.
TYPESET_HYPHEN = "\u2010"
WORD_START_RE = re.compile(r"^([a-z]+)")
# A word in capitals hyphenated by the typesetter goes on in capitals: `IN PUR‐` / `SUANCE
# THEREOF`, `EX‐` / `PRESSLY` (bench/english_books.py's tuning half: The Federalist's words in
# capitals hyphenated by WeasyPrint, 30-odd kept as `PUR‐SUANCE`).
CAPITALS_START_RE = re.compile(r"^([A-Z]+)\b")
# a hyphen at a line end is a hyphenation point only if the joined word is a word at least this
# common (Zipf scale: 3 is about once per million words) and commoner than the hyphenated form
MIN_WORD_ZIPF = 2.5


@cache
def _is_hyphenation_point(left: str, right: str) -> bool:
    """`acknow-` + `ledged` is one word; `well-` + `known` is a compound that keeps its hyphen."""
    from wordfreq import zipf_frequency  # only English hyphens pay for wordfreq's import

    joined = zipf_frequency(left + right, "en")
    return joined >= MIN_WORD_ZIPF and joined > zipf_frequency(f"{left}-{right}", "en")


def joiner(left_line: str, right_line: str) -> str:
    """What replaces a line break inside a paragraph.

    Chinese and Japanese are written without spaces, so a wrap between two CJK characters (or
    between CJK and Latin, where the source had no space on the line) joins with nothing; Latin
    words join with one space; a line that ends in a hyphen joins tight (the hyphen itself is
    judged by `hyphen_edit`).
    """
    left = left_line.rstrip(QUOTES)[-1:] or left_line[-1:]
    right = right_line.lstrip(QUOTES)[:1] or right_line[:1]
    if not left or not right or is_wide(left) or is_wide(right):
        return ""
    if mostly_wide(left_line) or mostly_wide(right_line):
        return ""  # CJK text is wrapped anywhere, even inside a number or a Latin word
    if left in ("-", TYPESET_HYPHEN) and right.isalpha():
        return ""
    if left_line.endswith(("—", "--")) and right.isalnum():
        return ""  # an em dash is set closed up: `nothing of the bad—` / `belongs to you`
    if _inside_number(left, right) and in_chinese(left_line, right_line):
        # a number in Chinese text cut by the wrap (`同比20` / `24年`): digits are narrow, so
        # such a line may be less than half Han
        return ""
    return " "


def _inside_number(left: str, right: str) -> bool:
    """`20` / `24`, `15` / `.2%`, `65.` / `1%`: the two sides of a break are one number."""
    return (left.isdigit() and (right.isdigit() or right == ".")) or (
        left == "." and right.isdigit()
    )


def in_chinese(left_line: str, right_line: str) -> bool:
    return bool(HAN_RE.search(left_line) or HAN_RE.search(right_line))


def hyphen_edit(line: str, next_line: str, line_end: int) -> Edit | None:
    left = WORD_END_RE.search(line)
    right = WORD_START_RE.match(next_line)
    if left and not right and left.group(2) == TYPESET_HYPHEN and left.group(1).isupper():
        right = CAPITALS_START_RE.match(next_line)  # (`CAPITALS_START_RE`) `PUR‐` / `SUANCE`
    if not left or not right:
        return None
    typeset = left.group(2) == TYPESET_HYPHEN
    if not typeset and not _is_hyphenation_point(left.group(1), right.group(1)):
        return None
    word = left.group(1) + right.group(1)
    return Edit(line_end - 1, line_end, "", "hyphenation", f"end-of-line hyphen removed: {word!r}")
