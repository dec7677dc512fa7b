"""A headline wrapped over a few lines just above its story's dateline is one line.

`pdftotext` of a typeset page gives a headline set larger than the body, wrapped at its own
measure, with no blank line between it and the story: `习近平就南非约翰内斯堡火灾向南非总统致慰` /
`问电` / `央视网消息（新闻联播）：…`. Its first line stops well short of the body's measure, so
the general rule breaks there and the headline comes out in two pieces (the first the title).
What marks the lines as one headline: they open the block or follow a finished sentence, none of
them holds or ends a sentence or stops at a pause, none opens a line of its own (a byline, a list item), and the next
line is a dateline, which only ever opens a story's first paragraph. Evidence:
bench/accuracy_extracted.py, the 1-column and narrow WeasyPrint layouts (tuning half), where a
headline wraps in about one story of three.
"""

from __future__ import annotations

from ...blocks import ends_paragraph
from ...chars import mostly_wide
from ...headings import INNER_STOPS_RE, opens_own_line, quotes_balanced
from .kept import keeps_break
from .measure import LINE_SPACES
from .plain import dateline

# a headline wraps onto two or three lines; more is prose
MAX_LINES = 3
# a line of prose stops at a pause as often as anywhere; a headline's line seldom does
PAUSES = "，、：:,"
# and is no longer than a long two-part news headline (90 characters: issue 12)
MAX_CHARS = 90


def headline_wraps(lines: list[str]) -> set[int]:
    """Indexes of the lines whose break is inside a wrapped headline (to be joined).

    >>> headline_wraps(["习近平就南非约翰内斯堡火灾向南非总统致慰", "问电", "央视网消息（新闻联播）：9月1日，"])
    {0}
    >>> headline_wraps(["会议指出，要加强合作。", "国内联播快讯", "央视网消息（新闻联播）：近日，"])
    set()
    """
    wraps: set[int] = set()
    rest = "\n".join(lines[2:])  # (the lines a dateline under a headline can stand on)
    if "消" not in rest and "讯" not in rest and "电" not in rest:
        return wraps  # cheap: no dateline (half the blocks of a news text), no line asked
    for at, line in enumerate(lines):
        head = line[:40]  # a Chinese dateline holds one of these (`消息`, `讯`, `电`): a quick test
        if at < 2 or not ("消" in head or "讯" in head or "电" in head):
            continue
        if not dateline(line.lstrip(LINE_SPACES)) and not (
            # (a dateline wrapped in a narrow column: `央视网消息（新闻联` / `播）：…`)
            at + 1 < len(lines)
            and dateline(line.strip(LINE_SPACES) + lines[at + 1].lstrip(LINE_SPACES))
        ):
            continue
        run: list[int] = []
        k = at - 1
        while k >= 0 and len(run) <= MAX_LINES:
            piece = lines[k].strip(LINE_SPACES)
            if not _headline_piece(piece, lines[k + 1].strip(LINE_SPACES)):
                break
            run.append(k)
            k -= 1
        opens = k < 0 or ends_paragraph(lines[k].strip(LINE_SPACES))
        text = "".join(lines[i].strip(LINE_SPACES) for i in reversed(run))
        if (
            2 <= len(run) <= MAX_LINES
            and opens
            and len(text) <= MAX_CHARS
            and mostly_wide(text)
            and quotes_balanced(text)
        ):
            wraps.update(run[1:])
    return wraps


def _headline_piece(piece: str, next_piece: str) -> bool:
    return bool(
        piece
        and not ends_paragraph(piece)
        and piece[-1] not in PAUSES
        and not INNER_STOPS_RE.search(piece)
        and not opens_own_line(piece)
        and not keeps_break(piece, next_piece)
    )
