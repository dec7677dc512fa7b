"""Page furniture: what the page layout printed around the text, not part of it.

Running heads and feet repeated on every page, page numbers (`— 3 —`, `3`, `Page 3`, `- 3 -`,
`第3页`, `3/12`), jump lines (`（下转第2版）`, `上接第一版`, "Continued on page 5") and the form feeds
between pages. Left in, they become paragraphs of their own or, worse, glue themselves into the
middle of a sentence that the page cut in two. A form feed becomes a block break: whether the
text on either side is one paragraph is the layout pass's question, asked once the furniture
around the break is gone.

A line is furniture only by its shape and its place: page numbers and jump lines by their form,
a running head by being repeated next to page boundaries (form feeds, page numbers, the start or
end of the text) and nowhere else.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, repeat
from typing import NamedTuple

from ..blocks import CONTINUATION_RE, ends_paragraph
from ..changes import Edit, without_overlaps
from ..chars import is_wide, mostly_wide
from ..config import Config
from .context import Context

DASH = r"[-－—–―]"
PAGE_NUMBER_RE = re.compile(
    rf"^[ \t\u3000]*(?:{DASH}+[ \t\u3000]*\d{{1,4}}[ \t\u3000]*{DASH}+"
    r"|(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?"
    r"|第[ \t\u3000]*\d{1,4}[ \t\u3000]*[页頁版]"
    r"|\d{1,4}[ \t]*/[ \t]*\d{1,4}"
    r"|\d{1,4})[ \t\u3000]*$",
    re.IGNORECASE,
)
BARE_NUMBER_RE = re.compile(r"^[ \t\u3000]*\d{1,4}[ \t\u3000]*$")
CN_NUMBER = "[0-9一二三四五六七八九十百〇零两]{1,4}"
JUMP = (
    rf"[（(]?[ \t]*(?:下转|转|上接|接)第?[ \t]*{CN_NUMBER}[ \t]*[版页頁][ \t]*[）)]?"
    r"|\(?(?:continued|cont'd\.?)[ \t]+(?:on|from)[ \t]+(?:page|p\.)[ \t]*\d{1,4}\)?"
)
JUMP_LINE_RE = re.compile(rf"^[ \t\u3000]*(?:{JUMP})[ \t\u3000]*$", re.IGNORECASE)
# a jump line the extraction glued to the end of the last line of a page, or the start of the next
_JUMP_INLINE = rf"[（(][ \t]*(?:下转|转|上接|接)第?[ \t]*{CN_NUMBER}[ \t]*[版页頁][ \t]*[）)]"
JUMP_INLINE_RE = re.compile(rf"(?:[ \t\u3000]*{_JUMP_INLINE}[ \t\u3000]*)+")
# the same without the spaces around it, which a search would try at every character: there is
# a match of one exactly where there is a match of the other
JUMP_INLINE_CORE_RE = re.compile(_JUMP_INLINE)
FORM_FEED_RE = re.compile(r"[ \t\u3000]*\f[ \t\u3000\f]*")
MAX_HEAD_CHARS = 40
BLANK_AFTER_CONTENT = re.compile(r"[^\n]\n\n")


class _Line(NamedTuple):
    start: int
    end: int  # excluding the line feed
    text: str
    key: str  # the text without form feeds and surrounding white space


def _lines(text: str) -> list[_Line]:
    """Every line (a text's tens of thousands: built by C loops, each `_Line` by
    `tuple.__new__`, not by the named tuple's Python-level constructor)."""
    raws = text.split("\n")
    if "\f" in text:
        keys = [raw.replace("\f", "").strip() if "\f" in raw else raw.strip() for raw in raws]
    else:
        keys = list(map(str.strip, raws))
    # where each line ends: the lengths of the lines before it and of their line feeds, summed
    ends = list(accumulate(map((1).__add__, map(len, raws)), initial=-1))
    starts = map((1).__add__, ends[:-1])  # a line starts after the line feed before it
    return list(map(tuple.__new__, repeat(_Line), zip(starts, ends[1:], raws, keys, strict=True)))


def _boundaries(lines: list[_Line], numbers: list[bool], jumps: list[bool]) -> list[int]:
    """Indexes of lines at a page boundary: form feeds, page numbers, start and end of text."""
    marks = [i for i, line in enumerate(lines) if "\f" in line.text or numbers[i] or jumps[i]]
    first = next((i for i, line in enumerate(lines) if line.key), None)
    if first is not None:  # the first and the last line with content
        last = next(i for i in range(len(lines) - 1, -1, -1) if lines[i].key)
        marks += [first - 1, last + 1]
    return sorted(set(marks))


def _near_boundary(lines: list[_Line], boundaries: list[int], reach: int = 1) -> list[bool]:
    """For each line: within `reach` non-blank lines of a page boundary (two linear sweeps).

    A running head or foot stands right next to the page break, a page number or a jump line."""
    marks = set(boundaries)
    near = [False] * len(lines)
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        seen = 0  # non-blank lines since the last boundary (the start or end of the text is one)
        for i in order:
            if i in marks:
                seen = 0
                near[i] = True
                continue
            if lines[i].key:
                seen += 1
            if seen <= reach:
                near[i] = True
    return near


def _mostly_near(flags: list[bool]) -> bool:
    """At least two places next to a page boundary, and two in three of all its places."""
    hits = sum(flags)
    return hits >= 2 and hits * 3 >= len(flags) * 2


def _running_heads(lines: list[_Line], near: list[bool], pages: int) -> set[str]:
    """Short lines repeated next to page boundaries (the first page's may sit under the title)."""
    if pages < 2:
        return set()
    places: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        key = line.key
        if key and len(key) <= MAX_HEAD_CHARS:
            where = places.get(key)
            if where is None:
                places[key] = [i]
            else:
                where.append(i)
    # (a line seen once is no running head: asked first, as most lines are seen once)
    return {
        key
        for key, where in places.items()
        if len(where) >= 2 and _mostly_near([near[i] for i in where]) and not ends_paragraph(key)
    }


def _at_edge(index: int, lines: list[_Line]) -> bool:
    """Next to a form feed or the start or end of the text (blank lines between allowed)."""
    for step in (-1, 1):
        pos = index + step
        while 0 <= pos < len(lines) and not lines[pos].key and "\f" not in lines[pos].text:
            pos += step
        if not 0 <= pos < len(lines) or "\f" in lines[pos].text:
            return True
    return "\f" in lines[index].text


def _line_edit(lines: list[_Line], index: int, text: str, kind: str, message: str) -> Edit:
    """Remove the line and its line feed: the lines around it meet as a plain line break, and
    the unwrap pass decides whether they belong to one paragraph. A line that opens a page
    after pdftotext's blank line takes that blank line with it."""
    line = lines[index]
    end = line.end + 1 if line.end < len(text) else line.end
    start = line.start
    after_blank = index >= 2 and not lines[index - 1].text.strip() and lines[index - 2].key
    if line.text.startswith("\f") and after_blank:
        start -= 1
    return Edit(start, end, "", kind, message)


def _furniture_lines(text: str, lines: list[_Line]) -> list[Edit]:
    # each line's shape, asked once (a blank line is neither)
    page_number, jump_line = PAGE_NUMBER_RE.match, JUMP_LINE_RE.match
    numbers = [bool(line.key) and page_number(line.key) is not None for line in lines]
    jumps = [bool(line.key) and jump_line(line.key) is not None for line in lines]
    boundaries = _boundaries(lines, numbers, jumps)
    pages = text.count("\f") + 1 + sum(numbers)
    # a bare number is a page number of one shape
    bare_numbers = sum(
        1
        for line, number in zip(lines, numbers, strict=True)
        if number and BARE_NUMBER_RE.match(line.key)
    )
    near = _near_boundary(lines, boundaries)
    heads = _running_heads(lines, near, pages)
    edits = []
    for index, line in enumerate(lines):
        key = line.key
        if not key:
            continue
        if jumps[index]:
            edits.append(_line_edit(lines, index, text, "jump-line", f"jump line {key!r} removed"))
        elif numbers[index] and (
            not BARE_NUMBER_RE.match(key) or bare_numbers >= 2 or _at_edge(index, lines)
        ):
            edits.append(
                _line_edit(lines, index, text, "page-number", f"page number {key!r} removed")
            )
        elif key in heads:
            message = f"running head or foot {key!r} removed"
            edits.append(_line_edit(lines, index, text, "running-head", message))
        elif (
            "转" in line.text or "接" in line.text  # in every inline jump line
        ) and JUMP_INLINE_CORE_RE.search(line.text):  # a quick search where JUMP_INLINE_RE is
            for match in JUMP_INLINE_RE.finditer(line.text):
                at_edge = match.start() == 0 or match.end() == len(line.text)
                if at_edge and len(key) > len(match.group().strip()):
                    edits.append(
                        Edit(
                            line.start + match.start(),
                            line.start + match.end(),
                            "",
                            "jump-line",
                            f"jump line {match.group().strip()!r} removed",
                        )
                    )
    return edits


def _form_feeds(text: str) -> Iterator[re.Match[str]]:
    """`FORM_FEED_RE.finditer(text)`, found from each form feed: the pattern starts with the
    spaces before it, so a search would try it at every character of the text."""
    pos = 0
    at = text.find("\f")
    while at != -1:
        start = at
        while start > pos and text[start - 1] in " \t\u3000":
            start -= 1
        match = FORM_FEED_RE.match(text, start)
        if match is None:  # cannot happen: spaces, then a form feed, is a match
            break
        yield match
        pos = match.end()
        at = text.find("\f", pos)


def _form_feed_edits(text: str, taken: list[Edit]) -> list[Edit]:
    """A form feed goes; the page break it marked becomes a line break.

    pdftotext ends every page with a blank line before the form feed; that blank line is part of
    the page break, not a paragraph break, so it goes too. Between two characters of one line
    (no line feed on either side) the page break becomes a line break.
    """
    edits = []
    taken_starts = [e.start for e in taken]  # sorted, not overlapping

    def overlaps(start: int, end: int) -> bool:
        i = bisect_right(taken_starts, end) - 1
        return i >= 0 and taken[i].start < end and start < taken[i].end

    for match in _form_feeds(text):
        start, end = match.span()
        if overlaps(start, end):
            continue
        at_line_start = start == 0 or text[start - 1] == "\n"
        if at_line_start and start >= 3 and BLANK_AFTER_CONTENT.fullmatch(text[start - 3 : start]):
            start -= 1  # content, blank line, form feed: the blank line is the page break's
        at_line_end = end == len(text) or text[end] == "\n"
        if at_line_start or at_line_end:
            after = ""
        else:  # inside a line: Chinese runs on, other text breaks the line for unwrap to judge
            after = "" if is_wide(text[start - 1]) and is_wide(text[end]) else "\n"
        if overlaps(start, end):
            continue
        edits.append(Edit(start, end, after, "form-feed", "page break removed"))
    return edits


# A line of the text that is a page number or a jump line: the first line is matched at the
# start of the text; the others are found from the line feed before them, which the regex engine
# searches for quickly (a pattern that starts with `^` in MULTILINE mode is tried at every
# character).
_PAGE_NUMBER_BODY = PAGE_NUMBER_RE.pattern.removeprefix("^").removesuffix("$")
_JUMP_LINE_BODY = JUMP_LINE_RE.pattern.removeprefix("^").removesuffix("$")
PAGE_NUMBER_LINE_RE = re.compile(rf"\n{_PAGE_NUMBER_BODY}(?=\n|\Z)", re.IGNORECASE)
JUMP_LINE_ANYWHERE_RE = re.compile(rf"\n{_JUMP_LINE_BODY}(?=\n|\Z)", re.IGNORECASE)


def _first_line(text: str) -> str:
    end = text.find("\n")
    return text if end < 0 else text[:end]


def _may_hold_furniture(text: str) -> bool:
    """A quick scan: no form feed, page number or jump line means nothing to do (most texts,
    and every text a second time round)."""
    first = _first_line(text)
    return (
        "\f" in text
        or PAGE_NUMBER_RE.match(first) is not None
        or JUMP_LINE_RE.match(first) is not None
        or PAGE_NUMBER_LINE_RE.search(text) is not None
        or JUMP_LINE_ANYWHERE_RE.search(text) is not None
        or JUMP_INLINE_CORE_RE.search(text) is not None
    )


# A line whose stripped text is a page number or a jump line, found in the raw text: the line's
# white space may be any (`str.strip` removes it all), so these match wherever the line-by-line
# test does, and sometimes where it does not.
_LINE_SPACE = r"[^\S\n]*"
FURNITURE_ANY_LINE_RE = re.compile(
    rf"\n{_LINE_SPACE}(?:{_PAGE_NUMBER_BODY}|{_JUMP_LINE_BODY}){_LINE_SPACE}(?=\n|\Z)",
    re.IGNORECASE,
)


def _holds_no_furniture(text: str) -> bool:
    """True only where `_furniture_lines` finds nothing: no form feed, no line that is a page
    number or a jump line (so one page, and no running heads), and no jump line glued to either
    end of a line. A text whose only sign of furniture is a `（下转第2版）` inside a paragraph
    (every text a second time round, once the unwrap pass joined its lines) is answered by a few
    searches instead of a look at every line."""
    if "\f" in text:
        return False
    first = _first_line(text).strip()
    if PAGE_NUMBER_RE.match(first) or JUMP_LINE_RE.match(first):
        return False
    if FURNITURE_ANY_LINE_RE.search(text):
        return False
    for core in JUMP_INLINE_CORE_RE.finditer(text):
        end = text.find("\n", core.end())
        line = text[text.rfind("\n", 0, core.start()) + 1 : len(text) if end < 0 else end]
        if any(m.start() == 0 or m.end() == len(line) for m in JUMP_INLINE_RE.finditer(line)):
            return False  # (the edit also needs more on the line than the jump: not asked)
    return True


def remove_page_furniture(text: str, config: Config, context: Context) -> list[Edit]:
    """Edits that remove page furniture; form feeds become block breaks.

    >>> text = "正文第一页\\n— 1 —\\n\\f（上接第1版）\\n正文第二页。"
    >>> [e.kind for e in remove_page_furniture(text, Config(), Context())]
    ['page-number', 'jump-line', 'form-feed']
    """
    if (
        not config.remove_page_furniture
        or _holds_no_furniture(text)  # (first: when it holds, the answer is the same)
        or not _may_hold_furniture(text)
    ):
        return []
    lines = _lines(text)
    edits = _furniture_lines(text, lines)
    if "\f" in text:
        edits.extend(_form_feed_edits(text, edits))
        edits.extend(_page_break_pads(text, lines, edits))
    return without_overlaps(sorted(edits, key=lambda e: (e.start, e.end)))


def _page_break_pads(text: str, lines: list[_Line], taken: list[Edit]) -> list[Edit]:
    """Blank lines around a page's furniture that stand inside a paragraph the page cut.

    A page sets its head, foot and number apart by white space whether or not a paragraph
    runs on across the break, so those blank lines say nothing about paragraphs. Where the
    last line of the page is full (as long as the wrapped lines of its block before it) and
    either ends inside a sentence or is followed by a sentence that leans on it (`要…`,
    `我们…`: `CONTINUATION_RE`), the paragraph goes on: the blank lines go, and the unwrap
    pass judges the break as any other line end (`…内在统一的整体。` / `要把这一总要求…` in a
    column of 12). A full line that ends a sentence before any other opening may end its
    paragraph (joining all of them in bench/damage.py's narrow columns mended as many
    paragraphs as it broke), and a page that ends on a short line did: both keep their blank
    lines.
    """
    spans = sorted((edit.start, edit.end) for edit in taken)
    starts = [start for start, _ in spans]

    def gone(line: _Line) -> bool:  # blank, or removed as furniture
        return not line.key or _covered(line, spans, starts)

    edits: list[Edit] = []
    index = at = 0
    seen = -1
    while (feed := text.find("\f", at)) != -1:
        index += text.count("\n", at, feed)  # the line of the form feed, counted in C
        at = feed + 1
        if index == seen:
            continue  # two form feeds on one line
        seen = index
        before = index - 1
        while before >= 0 and gone(lines[before]):
            before -= 1
        after = index + gone(lines[index])
        while after < len(lines) and gone(lines[after]):
            after += 1
        if before < 0 or after >= len(lines) or not _fills_its_block(lines, before):
            continue
        if ends_paragraph(lines[before].key) and not CONTINUATION_RE.match(lines[after].key):
            continue  # a full line may end a paragraph: only a sentence that leans on it goes on
        for pad in lines[before + 1 : after]:
            if not pad.key and "\f" not in pad.text and not _covered(pad, spans, starts):
                edits.append(Edit(pad.start, pad.end + 1, "", "form-feed", PAD_NOTE))
    return edits


def _covered(line: _Line, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, line.start) - 1
    return i >= 0 and spans[i][1] > line.start


PAD_NOTE = "blank line of a page break inside a paragraph removed"
# wrapped lines above a page's last line that show it is full
MIN_WRAPPED_ABOVE = 2


def _fills_its_block(lines: list[_Line], index: int) -> bool:
    """The line is CJK and as long as the shortest line above it in its block, two at least:
    the lines above were wrapped at the measure, so this one reached it too."""
    text = lines[index].key
    above: list[int] = []
    pos = index - 1
    while pos >= 0 and lines[pos].key and len(above) < MAX_LINES_ABOVE:
        above.append(len(lines[pos].key))
        pos -= 1
    return len(above) >= MIN_WRAPPED_ABOVE and len(text) >= min(above) and mostly_wide(text)


# lines above a page's last line that `_fills_its_block` compares it with
MAX_LINES_ABOVE = 6
