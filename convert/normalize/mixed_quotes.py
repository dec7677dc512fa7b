"""Straight double quotes whose partner is a curly one, as OCR and pasted text leave them.

Run by the punctuation pass (`punctuation.widen_cjk_punctuation`) before it pairs the straight
quotes left, so that two straight quotes with a curly one between them are never taken as a pair.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from ..changes import Edit
from ..chars import HAN_RE

DOUBLE = '"'
QUOTES = DOUBLE + "“”"  # two straight quotes with a curly one between them are no pair
PAUSES = "、，；,;"
COLONS = "：:"
# a blank line ends a paragraph, and a quote never pairs across one (a literal first: the
# engine jumps from one line feed to the next)
BLANK_LINE_RE = re.compile(r"\n[ \t\u3000]*\n")
# nor across a line break after a sentence's end (searched only where straight and curly quotes
# share a paragraph: the engine stops at every full stop)
SENTENCE_BREAK_RE = re.compile(r"[。！？!?.][ \t\u3000]*\n")


def mixed_quote_edits(text: str) -> list[Edit]:
    """A straight quote whose partner is curly takes its partner's side: `“四个自信"` and
    `"两个确立”` become `“四个自信”` and `“两个确立”`, with Han between the two.

    OCR and pasted text mix the two forms: on the blind damage model's tuning half, pairing two
    straight quotes across a curly one turned 182 quotes the wrong way (`增强”四个意识”`).
    Curly quotes pair first, in each paragraph; a paragraph ends at a blank line or at a line
    break after a sentence's end, because pages without blank lines (indented or flush) would
    otherwise pair a lone `“两个结合"` with a closing quote paragraphs later. No paragraph of
    zh-news-xwlb's tuning half (785) leaves a quotation open at its end; on the blind model's
    tuning half (seeds 0-1) the line breaks took F1 0.9519 -> 0.9524, the third model's identical.
    A curly opening quote left alone takes the
    straight quote right after it, a curly closing one the straight quote right before it. A
    straight pair of its own inside a curly one (`“他说"hello"”`) is left to the pass's pairs,
    and so are quotes in a URL or code (the caller drops those edits).

    >>> [(e.start, e.after) for e in mixed_quote_edits('悟"两个确立”的, 坚定“四个自信"、做到')]
    [(1, '“'), (17, '”')]
    """
    if DOUBLE not in text or ("“" not in text and "”" not in text):
        return []
    blank_lines = [match.start() for match in BLANK_LINE_RE.finditer(text)]
    edits: list[Edit] = []
    # (only a paragraph holding a straight quote can hold both kinds: its marks alone are
    # found, where a later round's text holds a thousand curly quotes and a few straight ones)
    done = -1
    for straight in _found(text, DOUBLE, 0, len(text)):
        paragraph = bisect_right(blank_lines, straight)  # (the blank lines before it)
        if paragraph == done:
            continue
        done = paragraph
        start = blank_lines[paragraph - 1] if paragraph else 0
        end = blank_lines[paragraph] if paragraph < len(blank_lines) else len(text)
        marks = sorted((at, mark) for mark in QUOTES for at in _found(text, mark, start, end))
        edits += _mixed_paragraph_edits(text, marks)
    return edits


def _found(text: str, mark: str, start: int, end: int) -> list[int]:
    """The offsets of `mark` in `text[start:end]`, in order."""
    found = []
    at = text.find(mark, start, end)
    while at != -1:
        found.append(at)
        at = text.find(mark, at + 1, end)
    return found


def _mixed_paragraph_edits(text: str, marks: list[tuple[int, str]]) -> list[Edit]:
    """`_paragraph_edits` of each stretch of a paragraph between line breaks after a sentence's
    end, where the paragraph holds both straight and curly quotes (else nothing to do)."""
    kinds = {mark == DOUBLE for _, mark in marks}
    if len(kinds) < 2:
        return []
    breaks = [m.start() for m in SENTENCE_BREAK_RE.finditer(text, marks[0][0], marks[-1][0])]
    edits: list[Edit] = []
    stretch: list[tuple[int, str]] = []
    for at, mark in marks:
        if stretch and bisect_right(breaks, stretch[-1][0]) != bisect_right(breaks, at):
            edits += _paragraph_edits(text, stretch)
            stretch = []
        stretch.append((at, mark))
    return edits + _paragraph_edits(text, stretch)


def _side_by_pause(text: str, at: int) -> str:
    """The side a straight quote at `at` takes from a pause mark beside it, "" if none: a quote
    between a Han character and a pause after it closes (`四个意识"、`), one between a pause or
    colon and a Han character opens (`、坚定"四个`).

    Evidence (zh-news-xwlb, all 325 articles): `”` stands before `、，。；：！？` 125 times, `“`
    never; `“` after `、，；：` 48 times, `”` never. On the blind model's tuning half the
    straight pair PAIR_RE made across such a pause (`增强“四个意识"、坚定"四个自信”` paired as
    `“、坚定”`) turned both quotes the wrong way.
    """
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    if after in PAUSES and before and HAN_RE.match(before):
        return "”"
    if before in PAUSES + COLONS and after and HAN_RE.match(after):
        return "“"
    return ""


def _paragraph_edits(text: str, marks: list[tuple[int, str]]) -> list[Edit]:
    """The straight quotes of one paragraph's `marks` that a lone curly quote takes, and those
    inside a curly pair that a pause beside them sets (`_side_by_pause`)."""
    opened: list[int] = []  # indexes of curly opening quotes not yet closed
    lone_closes: list[int] = []
    edits = []
    for index, (_, mark) in enumerate(marks):
        if mark == "“":
            opened.append(index)
        elif mark == "”":
            if opened:
                edits += _set_by_pauses(text, marks[opened.pop() : index + 1])
            else:
                lone_closes.append(index)
    taken = [(i, i + 1, "”") for i in opened] + [(i, i - 1, "“") for i in lone_closes]
    for partner, index, wide in taken:
        if not 0 <= index < len(marks) or marks[index][1] != DOUBLE:
            continue
        start, partner_at = marks[index][0], marks[partner][0]
        if HAN_RE.search(text, min(start, partner_at), max(start, partner_at)):
            message = f"ASCII '\"' paired with a full-width {marks[partner][1]}"
            edits.append(Edit(start, start + 1, wide, "cjk-quote", message))
    return sorted(edits, key=lambda edit: edit.start)


def _set_by_pauses(text: str, pair: list[tuple[int, str]]) -> list[Edit]:
    """Straight quotes between a curly pair (`pair`: the pair's marks and those inside,
    `增强“四个意识"、坚定"四个自信”`): left alone they pair with each other across the pause
    (`“、坚定”`). An even number of them, read as closing the curly quote, opening the next and
    so on, where a pause beside one of them (`_side_by_pause`) says so and none says otherwise;
    or, where no pause stands beside any, where that reading quotes a term each time and leaves
    Chinese or nothing between two (`_alternate_reads`). Else none is touched (`“他说"hello"”` quotes a straight
    pair)."""
    inside = pair[1:-1]
    straight = [at for at, mark in inside if mark == DOUBLE]
    if not straight or len(straight) % 2 or len(straight) != len(inside):
        return []
    sides = ["”“"[index % 2] for index in range(len(straight))]
    told = [_side_by_pause(text, at) for at in straight]
    if not any(told):
        if not _alternate_reads(text, [at for at, _ in pair]):
            return []
        message = "ASCII '\"' inside a full-width pair, read as closing it and opening the next"
    elif any(side and side != want for side, want in zip(told, sides, strict=True)):
        return []
    else:
        message = "ASCII '\"' inside a full-width pair, set by the pause beside it"
    return [Edit(at, at + 1, side, "cjk-quote", message) for at, side in zip(straight, sides, strict=True)]


def _alternate_reads(text: str, marks: list[int]) -> bool:
    """Read in turn, the quotes inside a curly pair (`marks`: the pair and the straight quotes
    inside) quote something each time (`把握“十四五"时期…, 把握"十五五”时期`, `“T"字…`) and
    leave Chinese, or nothing, between two quoted terms (`“时代楷模""全国道德模范”`): as OCR leaves
    a page whose curly quotes it read straight in places. The other reading, a straight pair
    quoted inside the curly one, is no Chinese usage: GB/T 15834 nests ‘’ inside “”, and
    zh-news-xwlb holds no straight double quote at all; where it ends the curly quote
    (`“他说"你好"”`) a quoted term would be empty, and where it quotes a Latin word inside
    (`“他说"hello"的”`) Latin would stand between two quoted terms: left to the pass's pairs.

    Evidence: bench/README.md, "Straight quotes inside a curly pair with no pause beside them".
    """
    stretches = list(pairwise(marks))
    quoted, between = stretches[::2], stretches[1::2]
    return all(end > start + 1 for start, end in quoted) and all(
        end == start + 1 or HAN_RE.search(text, start + 1, end) for start, end in between
    )
