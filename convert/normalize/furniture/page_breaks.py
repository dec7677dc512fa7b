"""Page breaks: form feeds, and the blank lines around a page's furniture.

A form feed becomes a block break: whether the text on either side is one paragraph is the
layout pass's question, asked once the furniture around the break is gone. Blank lines that only
set a page's head, foot and number apart go where a paragraph runs on across the page.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from operator import itemgetter

from ...blocks import CONTINUATION_RE, ends_paragraph
from ...changes import Edit
from ...chars import is_wide, mostly_wide
from ..unwrap.decimal_point import decimal_point_cut
from .page_lines import Line, form_feed_lines

FORM_FEED_RE = re.compile(r"[ \t\u3000]*\f[ \t\u3000\f]*")


BLANK_AFTER_CONTENT = re.compile(r"[^\n]\n\n")


def form_feeds(text: str) -> Iterator[re.Match[str]]:
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


def form_feed_edits(text: str, taken: list[Edit]) -> list[Edit]:
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

    for match in form_feeds(text):
        start, end = match.span()
        if overlaps(start, end):
            continue
        at_line_start = start == 0 or text[start - 1] == "\n"
        if at_line_start and end < len(text) and text[end] != "\n":
            end = text.rindex("\f", start, end) + 1  # the next page's indent is its first line's
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


def page_break_pads(
    text: str, lines: list[Line], taken: list[Edit], starts: list[int] | None = None
) -> list[Edit]:
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
    lines. Where the text marks paragraphs by indentation, the next page's first line says it:
    without an indent it goes on with the paragraph, a sentence end or not. A page break is a
    form feed or a line removed as furniture (`_page_marks`). `starts`: where each line
    starts, if the caller listed them.
    """
    if starts is None:
        starts = list(map(itemgetter(0), lines))
    covered = _covered_lines(lines, sorted((edit.start, edit.end) for edit in taken), starts)

    def gone(index: int) -> bool:  # blank, or removed as furniture
        return not lines[index].key or index in covered

    edits: list[Edit] = []
    indents: bool | None = None  # the text marks its paragraphs by indentation: asked once
    seen = -1
    for index in _page_marks(text, lines, covered, starts):
        if index <= seen:
            continue  # inside the gap of the mark before
        before = index - 1
        while before >= 0 and gone(before):
            before -= 1
        after = index + gone(index)
        while after < len(lines) and gone(after):
            after += 1
        seen = after
        if before < 0 or after >= len(lines) or not _fills_its_block(lines, before):
            continue
        if indents is None:
            indents = _indents_paragraphs(lines)
        if indents and mostly_wide(lines[after].key):
            if INDENT_RE.match(lines[after].text.replace("\f", "")):
                continue  # the next page opens a paragraph
        elif (
            ends_paragraph(lines[before].key)
            and not CONTINUATION_RE.match(lines[after].key)
            and not decimal_point_cut(lines[before].key, lines[after].key)
        ):
            continue  # a full line may end a paragraph: only a sentence that leans on it goes on
            # (or a figure cut after its decimal point, `…向58.` / `8万户次…`: `decimal_point`)
        for at in range(before + 1, after):
            pad = lines[at]
            if not pad.key and "\f" not in pad.text and at not in covered:
                edits.append(Edit(pad.start, pad.end + 1, "", "form-feed", PAD_NOTE))
    return edits


def _page_marks(
    text: str, lines: list[Line], covered: set[int], starts: list[int] | None = None
) -> list[int]:
    """Lines where one page ends and the next begins: a form feed, or a line removed as
    furniture (a page number, a running head or a masthead: many extractions leave no form
    feed, bench/damage_print.py's in three pages of five), the lines `covered` by the edits
    (`_covered_lines`) that are not blank."""
    if starts is None:
        starts = list(map(itemgetter(0), lines))
    marks = set(form_feed_lines(text, starts))
    marks.update(index for index in covered if lines[index].key)
    return sorted(marks)


def _covered_lines(
    lines: list[Line], spans: list[tuple[int, int]], starts: list[int] | None = None
) -> set[int]:
    """The indexes of the lines that start inside one of the `spans` (sorted by start, each an
    edit's start and end): the line is removed, or its start is.

    Found from the spans (a few thousand) rather than by asking each line (tens of thousands)
    and asked by a set (a page break's lines are asked several times): a line is covered
    by the last span starting at or before it, if that span ends after the line's start, so
    span k covers the lines starting from its start up to its end or the next span's start,
    whichever comes first."""
    line_starts = list(map(itemgetter(0), lines)) if starts is None else starts
    covered: set[int] = set()
    for k, (start, end) in enumerate(spans):
        until = min(end, spans[k + 1][0]) if k + 1 < len(spans) else end
        covered.update(range(bisect_left(line_starts, start), bisect_left(line_starts, until)))
    return covered


INDENT_RE = re.compile(r"[ \u3000]{2,}|\u3000|\t")
# indented lines of Han text a text needs before indentation is taken to mark its paragraphs
MIN_INDENTED = 3


def _indents_paragraphs(lines: list[Line]) -> bool:
    """Paragraphs open with an indent (`　　` or spaces), so a line after a page break that has
    none goes on with the paragraph the page cut, whether or not the page's last line ended a
    sentence (bench/damage_print.py's indented pages)."""
    count = 0
    for line in lines:
        if line.text[:1] in " \u3000\t" and INDENT_RE.match(line.text) and mostly_wide(line.key):
            count += 1
            if count >= MIN_INDENTED:
                return True
    return False


PAD_NOTE = "blank line of a page break inside a paragraph removed"
# wrapped lines above a page's last line that show it is full
MIN_WRAPPED_ABOVE = 2


def _fills_its_block(lines: list[Line], index: int) -> bool:
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
