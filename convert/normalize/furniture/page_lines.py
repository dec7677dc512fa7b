"""Lines that are furniture: page numbers and jump lines by their form, running heads and feet by
being repeated next to page boundaries (form feeds, page numbers, the start or end of the text)
and nowhere else."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import NamedTuple

from ...blocks import ends_paragraph
from ...changes import Edit
from ...chars import is_wide
from .head_runs import (
    beside_marks,
    head_part,
    is_paper,
    masthead_runs,
    unmarked_heads,
)
from .masthead import ANY_MARK_RE, is_masthead, leading_mastheads
from .repeated import heads_past_mastheads, near_boundary, running_heads
from .shapes import (
    BARE_NUMBER_RE,
    BRACKETED_NUMBER_RE,
    JUMP_INLINE_CORE_RE,
    JUMP_LINE_RE,
    PAGE_NUMBER_RE,
    SHAPE_FIRSTS,
    SHAPE_LINE_RE,
    jump_inline_cores,
    jump_inline_pattern,
)
from .wrapped_head import wrapped_heads

new_tuple = tuple.__new__


class Line(NamedTuple):
    start: int
    text: str
    key: str  # the text without form feeds and surrounding white space

    @property
    def end(self) -> int:
        """Where the line ends, excluding the line feed (asked of the few lines removed: not
        kept in each of a text's tens of thousands, bench/README.md)."""
        return self.start + len(self.text)


def lines_of(text: str) -> list[Line]:
    """Every line (a text's tens of thousands: built by C loops, each `Line` by
    `tuple.__new__`, not by the named tuple's Python-level constructor)."""
    raws = text.split("\n")
    if "\f" in text:
        keys = [raw.replace("\f", "").strip() if "\f" in raw else raw.strip() for raw in raws]
    else:
        keys = list(map(str.strip, raws))
    # where each line starts: after the lines before it and their line feeds
    starts = accumulate(map((1).__add__, map(len, raws[:-1])), initial=0)
    return list(map(tuple.__new__, repeat(Line), zip(starts, raws, keys, strict=True)))


def starts_of(lines: list[Line]) -> list[int]:
    """Where each line starts, for bisection (listed once a call: `page_furniture_edits`)."""
    return list(map(itemgetter(0), lines))


def _marks(
    text: str, line_starts: list[int], numbers: list[bool], jumps: list[bool], may: list[int]
) -> list[int]:
    """Indexes of the lines with a form feed, a page number or a jump line: those holding a form
    feed found from each form feed, the others among the lines that may have a shape (`may`,
    the only ones `_shapes` can have found a page number or a jump line in)."""
    marks = set(form_feed_lines(text, line_starts))
    marks.update(i for i in may if numbers[i] or jumps[i])
    return sorted(marks)


def form_feed_lines(text: str, line_starts: list[int]) -> Iterator[int]:
    """The index of the line that holds each form feed, in order (a line may hold several)."""
    at = text.find("\f")
    while at != -1:
        yield bisect_right(line_starts, at) - 1
        at = text.find("\f", at + 1)


def _boundaries(lines: list[Line], marks: list[int]) -> list[int]:
    """Indexes of lines at a page boundary: form feeds, page numbers (`marks`), start and end of
    text."""
    marks = list(marks)
    first = next((i for i, line in enumerate(lines) if line.key), None)
    if first is not None:  # the first and the last line with content
        last = next(i for i in range(len(lines) - 1, -1, -1) if lines[i].key)
        marks += [first - 1, last + 1]
    return sorted(set(marks))


def _at_edge(index: int, lines: list[Line]) -> bool:
    """Next to a form feed or the start or end of the text (blank lines between allowed)."""
    for step in (-1, 1):
        pos = index + step
        while 0 <= pos < len(lines) and not lines[pos].key and "\f" not in lines[pos].text:
            pos += step
        if not 0 <= pos < len(lines) or "\f" in lines[pos].text:
            return True
    return "\f" in lines[index].text


def _line_edit(lines: list[Line], index: int, text: str, kind: str, message: str) -> Edit:
    """Remove the line and its line feed: the lines around it meet as a plain line break, and
    the unwrap pass decides whether they belong to one paragraph. A line that opens a page
    after pdftotext's blank line takes that blank line with it."""
    line = lines[index]
    end = line.end + 1 if line.end < len(text) else line.end
    start = line.start
    if line.text.startswith("\f") and _after_blank(lines, index):
        start -= 1
    # (`Edit(start, end, "", kind, message)`, made without the named tuple's Python constructor)
    return new_tuple(Edit, (start, end, "", kind, message, "info"))


def _after_blank(lines: list[Line], index: int) -> bool:
    """A blank line stands before the line, and a line with content before it."""
    return index >= 2 and not lines[index - 1].text.strip() and bool(lines[index - 2].key)


def _shapes(
    text: str, lines: list[Line], line_starts: list[int]
) -> tuple[list[bool], list[bool], list[int]]:
    """Each line's shape, asked once: is it a page number, is it a jump line; and the indexes of
    the lines that may be either (`SHAPE_FIRSTS`, found by one search of the text: the patterns
    are asked of those few lines only)."""
    may = [bisect_right(line_starts, m.start()) for m in SHAPE_LINE_RE.finditer(text)]
    first = lines[0].key[:1]
    if first and (first in SHAPE_FIRSTS or first.isdecimal()):
        may.insert(0, 0)
    numbers = [False] * len(lines)
    jumps = [False] * len(lines)
    page_number, jump_line = PAGE_NUMBER_RE.match, JUMP_LINE_RE.match
    for index in may:
        key = lines[index].key
        numbers[index] = page_number(key) is not None
        jumps[index] = jump_line(key) is not None
    return numbers, jumps, may


def _inline_jump_lines(text: str, line_starts: list[int]) -> list[int]:
    """Indexes of the lines holding a jump line's core (`JUMP_INLINE_CORE_RE`, which no line
    feed can stand inside), found from each `转` and `接` (`jump_inline_cores`): every inline
    jump line holds one, and most lines holding `转` or `接` hold none (`转变`, `接受`)."""
    return sorted({bisect_right(line_starts, core.start()) - 1 for core in jump_inline_cores(text)})


def furniture_lines(text: str, lines: list[Line], starts: list[int] | None = None) -> list[Edit]:
    """The edits that remove the furniture lines (`starts`: `starts_of(lines)`, if known)."""
    if starts is None:
        starts = starts_of(lines)
    numbers, jumps, may = _shapes(text, lines, starts)
    marks = _marks(text, starts, numbers, jumps, may)
    boundaries = _boundaries(lines, marks)
    pages = text.count("\f") + 1 + sum(numbers)
    # a bare number is a page number of one shape
    bare_numbers = sum(1 for i in may if numbers[i] and BARE_NUMBER_RE.match(lines[i].key))
    near = near_boundary(lines, boundaries)
    keys = list(map(itemgetter(2), lines))
    heads = running_heads(lines, near, pages, keys)
    # (the lines near the page marks alone: the same where the boundaries add no more than the
    # text's ends before its first line and after its last, which `near_boundary` counts anyway)
    same = set(boundaries) <= {-1, len(lines), *marks}
    mastheads = _mastheads(text, lines, marks, near if same else None, starts)
    mastheads |= wrapped_heads(lines, (i for i in marks if "\f" in lines[i].text))
    if mastheads and pages >= 2:
        heads.update(heads_past_mastheads(lines, boundaries, mastheads, pages, heads, keys))
    # the first line that is not a masthead opening the text
    first_content = next(
        (i for i, line in enumerate(lines) if line.key and i not in mastheads),
        len(lines),
    )
    # the lines an edit can come from: every other line is none of the shapes below
    candidates = sorted(
        {*may, *mastheads, *_inline_jump_lines(text, starts)}.union(*heads.values())
    )
    edits = []
    for index in candidates:
        line = lines[index]
        key = line.key
        if not key:
            continue
        if jumps[index]:
            edits.append(_line_edit(lines, index, text, "jump-line", f"jump line {key!r} removed"))
        elif (
            numbers[index]
            and (
                not BARE_NUMBER_RE.match(key)
                or bare_numbers >= 2
                or _at_edge(index, lines)
                or _next_to(index, mastheads, lines)
            )
        ) or (
            key[-1:] in "）)"
            and BRACKETED_NUMBER_RE.match(key)
            and bracketed_page_number(index, lines, mastheads)
        ):
            edits.append(
                _line_edit(lines, index, text, "page-number", f"page number {key!r} removed")
            )
        elif key in heads:
            message = f"running head or foot {key!r} removed"
            edits.append(_line_edit(lines, index, text, "running-head", message))
        elif index in mastheads:
            message = f"masthead or edition line {key!r} removed"
            edit = _line_edit(lines, index, text, "masthead", message)
            if index < first_content < len(lines):  # it opens the text: blank lines after it go
                after = index + 1
                while after < first_content and not lines[after].key:
                    after += 1
                edit = edit._replace(end=lines[after].start)
            edits.append(edit)
        elif (
            "转" in line.text or "接" in line.text  # in every inline jump line
        ) and JUMP_INLINE_CORE_RE.search(line.text):  # a quick search where JUMP_INLINE is
            for match in jump_inline_pattern().finditer(line.text):
                at_edge = match.start() == 0 or match.end() == len(line.text)
                if at_edge and len(key) > len(match.group().strip()):
                    edits.append(
                        Edit(
                            line.start + match.start(),
                            line.start + _jump_end(line.text, match.start(), match.end()),
                            "",
                            "jump-line",
                            f"jump line {match.group().strip()!r} removed",
                        )
                    )
    return edits


# a paragraph's indent (`page_breaks.INDENT_RE`, which imports this module)
INDENT_RE = re.compile(r"[ \u3000]{2,}|\u3000|\t")


def _jump_end(line: str, start: int, end: int) -> int:
    """Where a jump line glued to a line ends: at `end`, but before the indent after a jump that
    opens a line of CJK text (`（上接第1版）　　这两天…`): the continued text opens a paragraph, and
    the indent says so to the unwrap pass (bench/accuracy_third.py's tuning half, seeds 0-4,
    furniture alone: the indent went with the jump and the paragraph ran into the one before)."""
    if start > 0:
        return end
    core = line[start:end].rstrip(" \t\u3000")
    rest = line[len(core) :]
    text = rest.strip()
    return len(core) if INDENT_RE.match(rest) and text and is_wide(text[0]) else end


def _mastheads(
    text: str,
    lines: list[Line],
    marks: list[int],
    near_marks: list[bool] | None = None,
    starts: list[int] | None = None,
) -> set[int]:
    """Masthead lines (`masthead.is_masthead`) that open the text, or stand next to a page mark
    (`marks`): a form feed, a page number or a jump line (not the text's end, where a
    signature's place and date may stand). `near_marks`: `near_boundary(lines, marks)`, if
    known; `starts`: `starts_of(lines)`, if known."""
    if not ANY_MARK_RE.search(text):
        return set()
    found = set(leading_mastheads(map(itemgetter(1), lines)))  # (it reads the first few)
    if marks:
        near = near_boundary(lines, marks) if near_marks is None else near_marks
        found.update(_masthead_lines(lines, compress(range(len(lines)), near)))
        found = masthead_runs(lines, found)
        # a box next to a page mark that is no masthead alone (`2024年3月1日`, `要闻 3`, the
        # paper's name): a running head when another box stands with it (the text's end is no page mark here:
        # a letter closes with its signer and date)
        for index in beside_marks(lines, marks):
            if index not in found and (head_part(key := lines[index].key) or is_paper(key)):
                run = masthead_runs(lines, {index})
                if len(run) > 1:
                    found |= run
    return found | unmarked_heads(text, lines, found, starts)


def _masthead_lines(lines: list[Line], indexes: Iterable[int]) -> Iterator[int]:
    """The `indexes` whose lines are mastheads (`is_masthead`), each distinct line asked once:
    a running head repeats beside every page mark (the bench's 1 MB text: 3,225 lines near a
    mark, 482 distinct)."""
    asked: dict[str, bool] = {}
    for index in indexes:
        key = lines[index].key
        answer = asked.get(key)
        if answer is None:
            answer = asked[key] = is_masthead(key)
        if answer:
            yield index


def _next_to(index: int, marked: set[int], lines: list[Line]) -> bool:
    """The nearest line with content above or below is in `marked`: a lone bare number beside
    a masthead is the page's number (bench/damage_print.py: `8` between a page's last line and
    the next page's `人民日报  2024年3月1日 星期五`, otherwise run into the sentence)."""
    if not marked:
        return False
    for step in (-1, 1):
        pos = index + step
        while 0 <= pos < len(lines) and not lines[pos].key:
            pos += step
        if pos in marked:
            return True
    return False


def _content_line(lines: list[Line], index: int, step: int) -> str:
    """The nearest line with content before (`step` -1) or after (1) the line: its key, or ""
    where the text ends first."""
    pos = index + step
    while 0 <= pos < len(lines) and not lines[pos].key:
        pos += step
    return lines[pos].key if 0 <= pos < len(lines) else ""


# running text: a line cut inside a paragraph holds one of them
_TEXT_MARKS = "，。、；"


def bracketed_page_number(index: int, lines: list[Line], mastheads: set[int]) -> bool:
    """A line that is only a number in brackets (`（3）`, `BRACKETED_NUMBER_RE`) is a page number
    where its place rules out the list label of the same form, which opens an item's text:
    after the text's last line, beside a masthead or running head (`_next_to`), or between the
    two halves of a sentence the page cut (the line above holds running text and ends inside a
    sentence, the line below goes on with it). A Word how-to lists bracketed numbers among Word's
    page-number presets (not checked in Word itself); the blind damage model (bench/damage_blind_pages.py) sets them at page feet, and
    its tuning half (seeds 0-4: indented, blocks and flush pages) held 214 of them kept as a
    paragraph or glued into the sentence the page cut (`新型工业化（7）步伐`). A label on a line of
    its own has its item below it, and a finished sentence or a heading above it."""
    below = _content_line(lines, index, 1)
    if not below:
        return bool(_content_line(lines, index, -1))
    if _next_to(index, mastheads, lines):
        return True
    above = _content_line(lines, index, -1)
    return (
        above[-1:] not in "：:；;"
        and not ends_paragraph(above)
        and any(mark in above for mark in _TEXT_MARKS)
        and below[:1] not in '（([【“"《'
        and not ends_paragraph(below[:1])
    )
