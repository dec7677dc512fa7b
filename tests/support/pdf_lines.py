"""A PDF's lines as poppler sees them (`pdftotext -bbox-layout`), and what a typesetter checks
in them: justified lines that end short, marks at a line edge where clreq forbids them, and the
room two adjacent punctuation marks take.

Shared by tests/writers/test_typesetting.py and bench/typesetting.py.
"""

from __future__ import annotations

import io
import itertools
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .pdf_text import _run_on

XHTML = "{http://www.w3.org/1999/xhtml}"

# clreq §3.1.7 and issue 17: never at the start of a line.
CLOSING = "，。、；：？！）］｝〕〗】」』》〉”’,.;:?!)]}"
NO_LINE_START = CLOSING + "·・々〻ゝゞヽヾ"
# never at the end of a line
OPENING = "（［｛〔〖【「『《〈“‘([{"
# marks set two together, never split across lines
DOUBLED = "—…"
# the marks whose pairs are compressed
PUNCTUATION = CLOSING[: CLOSING.index(",")] + OPENING[: OPENING.index("(")] + "·"


@dataclass(frozen=True)
class Line:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def pdf_lines(data: bytes) -> tuple[float, list[Line]]:
    """The page width and every line, page by page, in poppler's reading order.

    Poppler starts a new word where a glyph begins more than 0.3 em inside the box of the one
    before it, as after a mark set half-width (its box keeps the font's full width), and then
    sometimes files the rest of the line as a line of its own; pieces on one line (their
    middles within 0.3 of the lower's height: a Latin quote in a Chinese line has a box of
    its own font's height) are joined back into the line they are.
    """
    root = etree.fromstring(_run_on(data, ["pdftotext", "-bbox-layout", "-enc", "UTF-8"], "-"))
    lines: list[Line] = []
    width = 0.0
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        width = float(page.get("width"))
        for line in page.iter(f"{XHTML}line"):
            words = [word.text or "" for word in line.iter(f"{XHTML}word")]
            box = [float(line.get(key)) for key in ("xMin", "yMin", "xMax", "yMax")]
            lines.append(Line(number, *box, " ".join(words)))
    return width, _joined(lines)


def _joined(lines: list[Line]) -> list[Line]:
    joined: list[Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.page == line.page
            and abs(last.y0 + last.y1 - line.y0 - line.y1) / 2 < 0.3 * min(last.height, line.height)
        ):
            left, right = sorted((last, line), key=lambda piece: piece.x0)
            joined[-1] = Line(
                line.page,
                left.x0,
                min(left.y0, right.y0),
                max(left.x1, right.x1),
                max(left.y1, right.y1),
                left.text + right.text,
            )
        else:
            joined.append(line)
    return joined


def body_lines(lines: list[Line], left: float, indent: float) -> list[Line]:
    """The lines of body paragraphs: the most common line height, starting at the left margin
    or one indent in (the title block is centred, headings are taller or set off by a rule)."""
    body_height = statistics.mode(round(line.height, 1) for line in lines)
    return [
        line
        for line in lines
        if abs(line.height - body_height) < 0.3
        and (abs(line.x0 - left) < 0.5 or abs(line.x0 - left - indent) < 0.5)
    ]


def justified_lines(lines: list[Line], left: float, indent: float) -> list[Line]:
    """Body lines that are not a paragraph's last: the next body line, one line pitch below on
    the same page or first on the next page at the top of its text, continues at the left
    margin without an indent. (book-en does not indent a paragraph after a heading: on a page
    that starts with a heading, its first body line stands lower than the top.)"""
    body = body_lines(lines, left, indent)
    pitch = Counter(
        round(b.y0 - a.y0, 1) for a, b in itertools.pairwise(body) if a.page == b.page
    ).most_common(1)[0][0]
    top = min((line.y0 for line in body if line.page > 1), default=0.0)
    found: list[Line] = []
    for line, following in itertools.pairwise(body):
        if abs(following.x0 - left) >= 0.5:
            continue  # an indented line starts the next paragraph
        same_page = following.page == line.page and abs(following.y0 - line.y0 - pitch) < 0.3
        next_page = (
            following.page == line.page + 1
            and following is _first_on(body, following)
            and abs(following.y0 - top) < pitch / 2
        )
        if same_page or next_page:
            found.append(line)
    return found


def _first_on(lines: list[Line], line: Line) -> Line:
    return next(other for other in lines if other.page == line.page)


# Full-width marks whose right half is blank: set half-width at a line's end (`halt`, kept when
# the mark it was paired with went to the next line), such a mark's box, which keeps the font's
# full em, reaches half an em past the measure while its glyph and advance end at it.
HALF_AT_LINE_END = "，。、）］｝〕〗】」』》〉”’"


def short_lines(
    lines: list[Line], right: float, tolerance: float = 0.5, em: float | None = None
) -> list[Line]:
    """The lines not ending within `tolerance` of `right`; given the body size `em`, a line
    ending in a half-width mark (`HALF_AT_LINE_END`) half an em past it ends at it."""

    def flush(line: Line) -> bool:
        if abs(line.x1 - right) <= tolerance:
            return True
        last = line.text.rstrip()[-1:]
        return (
            em is not None
            and last in HALF_AT_LINE_END
            and abs(line.x1 - em / 2 - right) <= tolerance
        )

    return [line for line in lines if not flush(line)]


def edge_violations(lines: list[Line], paragraph_x: float | None = None) -> list[str]:
    """Lines breaking clreq's line-edge rules, as 'page N: reason: text'.

    A line starting at `paragraph_x` (the left margin plus the indent) begins a paragraph, so
    what it starts with is the author's (・ as a bullet in Japanese), not a line break's."""
    found: list[str] = []
    for before, line in zip([None, *lines], lines, strict=False):
        text = line.text.strip()
        if not text:
            continue
        starts_paragraph = paragraph_x is not None and abs(line.x0 - paragraph_x) < 0.5
        if text[0] in NO_LINE_START and not starts_paragraph:
            found.append(f"page {line.page}: starts with {text[0]!r}: {text[:20]}")
        if text[-1] in OPENING:
            found.append(f"page {line.page}: ends with {text[-1]!r}: {text[-20:]}")
        previous = before.text.strip() if before is not None else ""
        if text[0] in DOUBLED and previous.endswith(text[0]):
            found.append(f"page {line.page}: {text[0] * 2} split: {previous[-10:]} / {text[:10]}")
    return found


@dataclass(frozen=True)
class Pair:
    marks: str
    em: float  # from the end of the character before them to the start of the one after
    stretch: float = 0.0  # what justification added to each gap of the line, in ems
    cjk: bool = True  # both marks drawn from a CJK face (a Latin style sets “” in its own)

    @property
    def set_em(self) -> float:
        """The room the pair was set in, without the three gaps' justification."""
        return self.em - 3 * self.stretch


def _stretch(chars: list[Any]) -> float:
    """The space justification put between two characters of a line, in ems: the most common
    gap between the boxes of two adjacent Han or kana characters (a box is the glyph's advance,
    so two solid characters touch). Zero for a line without two such neighbours."""
    gaps = [
        round((b.x0 - a.x1) / a.size, 3)
        for a, b in itertools.pairwise(chars)
        if _solid(a.get_text()) and _solid(b.get_text()) and abs(a.size - b.size) < 0.01
    ]
    return statistics.median(gaps) if gaps else 0.0


def _solid(char: str) -> bool:
    """Han (with its extensions), kana: characters set on the full em with no blank."""
    return (
        len(char) == 1
        and (
            "\u3040" <= char <= "\u30ff"
            or "\u3400" <= char <= "\u9fff"
            or "\uf900" <= char <= "\ufaff"
        )
        and char not in "・ー"
    )


def mark_pairs(data: bytes) -> list[Pair]:
    """Every two adjacent punctuation marks between two other characters on the same line, with
    the room they take, read from the glyph boxes pdfminer finds (in ems of the marks' size).

    The room is measured from the end of the character before the pair to the start of the one
    after it, because a compressed opening mark is drawn half an em before its pen position;
    `stretch` is what the line's justification added to each gap, so `set_em` is the room as
    set.
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    found: list[Pair] = []
    for page in extract_pages(io.BytesIO(data)):
        for container in page:
            if not isinstance(container, LTTextContainer):
                continue
            for line in container:
                if not isinstance(line, LTTextLine):
                    continue
                chars = [c for c in line if isinstance(c, LTChar)]
                stretch = _stretch(chars)
                for p, a, b, c in zip(chars, chars[1:], chars[2:], chars[3:], strict=False):
                    texts = [x.get_text() for x in (p, a, b, c)]
                    if (
                        texts[1] in PUNCTUATION
                        and texts[2] in PUNCTUATION
                        and texts[0] not in PUNCTUATION
                        and texts[3] not in PUNCTUATION
                    ):
                        room = (c.x0 - p.x1) / a.size
                        cjk = all("CJK" in x.fontname for x in (a, b))
                        found.append(Pair(texts[1] + texts[2], room, stretch, cjk))
    return found


def expected_em(lang: str, marks: str) -> float:
    """The room clreq or JLReq give two adjacent marks: 1.5 em, but where the first is a mark
    the language keeps whole. Japanese ？！ are full-width and the closing bracket after one is
    followed by half an em (JLReq §3.1.10: 2 em); Traditional Chinese faces centre ：；？！,
    which give back a quarter em before a closing mark (docs/typesetting.md)."""
    first, second = marks
    if lang.startswith("ja") and first in "？！":
        return 2.0
    if lang.startswith(("zh-Hant", "zh-TW", "zh-HK")) and first in "：；？！" and second in CLOSING:
        return 1.75
    return 1.5
