"""Page furniture: what the page layout printed around the text, not part of it.

Running heads and feet repeated on every page, page numbers (`— 3 —`, `3`, `Page 3`, `- 3 -`,
`第3页`, `3/12`), jump lines (`（下转第2版）`, `上接第一版`, "Continued on page 5") and the form feeds
between pages. Left in, they become paragraphs of their own or, worse, glue themselves into the
middle of a sentence that the page cut in two. A line is furniture only by its shape and its
place (`page_lines`); form feeds become block breaks (`page_breaks`).
"""

from __future__ import annotations

from ...changes import Edit, without_overlaps
from ...config import Config
from ..context import Context
from .head_runs import may_hold_unmarked_head
from .lone_heads import takes_any_head
from .masthead import ANY_MARK_RE, leading_mastheads
from .page_breaks import form_feed_edits, page_break_pads
from .page_lines import Line, furniture_lines, lines_of, starts_of
from .quiet import lines_quiet
from .shapes import holds_no_furniture, may_hold_furniture
from .wrapped_head import wrapped_head


def remove_page_furniture(text: str, config: Config, context: Context) -> list[Edit]:
    """Edits that remove page furniture and form feeds (a form feed that starts a furniture line
    goes with that line).

    A text with no page mark (form feed, page number, jump line) and no masthead or wrapped
    head opening it, as every text is a second time round once the unwrap pass has joined its
    lines, is asked `unmarked_heads` alone, and only about the lines around each short dated
    line (`lone_heads.takes_any_head`): with no page mark, `furniture_lines` counts one page,
    so no running head repeats across pages, and its mastheads are the leading ones (none here)
    and `unmarked_heads(text, lines, set())`, which `_mastheads` asks where `ANY_MARK_RE` finds
    a date or an edition. Where those are none too, every line it may take is one the first
    gate answers for (as if `may_hold_unmarked_head` had been false): no edit. (The second
    round at 1 MB: 7 ms before, bench/README.md, "the driver, the change log, round 2";
    tests/normalize/furniture/test_gate.py checks the answer against the whole pass.)

    >>> text = "正文第一页\\n— 1 —\\n\\f（上接第1版）\\n正文第二页。"
    >>> [e.kind for e in remove_page_furniture(text, Config(), Context())]
    ['page-number', 'jump-line']
    """
    if not config.remove_page_furniture:
        return []
    # a text made by a few edits from one the gate found quiet: its touched lines asked alone
    quiet, context.furniture_quiet = context.furniture_quiet, None
    if quiet is not None and quiet[0] is text and lines_quiet(text, quiet[1]):
        no_lines, no_head = True, True  # (as the scans would answer: `quiet.lines_quiet`)
    else:
        no_lines = holds_no_furniture(text)  # (first: when it holds, the answer is the same)
        no_head = None  # (`may_hold_unmarked_head`, asked below only where it decides)
    unmarked_only = (no_lines or not may_hold_furniture(text)) and not (
        leading_mastheads(opening := _opening_lines(text))
        or wrapped_head(enumerate(map(str.strip, opening)))
    )
    if unmarked_only:
        if no_head is None:
            no_head = not may_hold_unmarked_head(text)
        if no_head:
            if no_lines:  # (kept through the edits that follow: `Context.derived`)
                context.furniture_quiet = (text, [])
            return []
    if unmarked_only and not (ANY_MARK_RE.search(text) and takes_any_head(text)):
        return []  # (see above: nothing else can be furniture)
    return page_furniture_edits(text, lines_of(text), context)


def page_furniture_edits(text: str, lines: list[Line], context: Context) -> list[Edit]:
    """The pass's edits of `text` (cut into `lines`), with no gate: every line looked at. Where
    each line starts is listed once here, for every step that bisects it."""
    starts = starts_of(lines)
    edits = furniture_lines(text, lines, starts)
    if "\f" in text:
        edits.extend(form_feed_edits(text, edits))
    if edits:
        edits.extend(page_break_pads(text, lines, edits, starts))
        context.paged = True
    return without_overlaps(sorted(edits, key=lambda e: (e.start, e.end)))


def _opening_lines(text: str) -> list[str]:
    """The whole lines within the text's first `MASTHEAD_REACH` characters."""
    lines = text[:MASTHEAD_REACH].split("\n")
    return lines if len(text) <= MASTHEAD_REACH else lines[:-1]


# how far into the text a masthead that opens it may reach (a few lines)
MASTHEAD_REACH = 400

__all__ = ["remove_page_furniture"]
