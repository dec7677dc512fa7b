"""Lines into paragraphs and headings, within a column and across columns and pages.

A line starts a new block when its style changes (size or weight: a heading, a subhead, a
caption), when it is indented from its column's left edge (a first-line indent; a centred
heading), when more white than the leading stands above it, or, in documents that do not indent
paragraphs, when the line before it stopped short after a sentence. A short line alone does not
end a paragraph where paragraphs are indented: WeasyPrint breaks a line early before a quotation
mark. A column's first line continues the paragraph the previous column (or page) ended with,
unless one of the same signs says otherwise; each such join is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from ...chars import CLOSERS, SENTENCE_END, is_wide
from .lines import Segment
from .model import Place
from .order import Column

INDENT = 0.8  # of the box height: a line starting this far right of its column is indented
SIZE_CHANGE = 0.06  # relative: a size this much larger or smaller is another style
SHORT = 1.5  # of the box height: a line ending this far short of its column's right edge
EXTRA_GAP = 0.5  # of the box height: white above a line beyond the usual leading
INDENTED_SHARE = 0.02  # of the body lines: above this, the document indents its paragraphs


@dataclass
class Line:
    seg: Segment
    place: Place
    column: Column


@dataclass
class Fragment:
    """A run of lines that is one block or a piece of one (in one column): a line of the text."""

    lines: list[Line]
    kind: str = "text"  # or the furniture kind: "running-head", "page-number", "jump-line"
    join: str = ""  # "column-join" / "page-join": continues the previous text fragment
    separator: str = field(default="")  # what the join puts between the two pieces

    @property
    def text(self) -> str:
        out = self.lines[0].seg.text
        for before, after in zip(self.lines, self.lines[1:], strict=False):
            out = join_lines(out, before.seg, after.seg.text)
        return out


def join_lines(text: str, before: Segment, after: str) -> str:
    """`text` (ending with the line `before`) followed by the next line of the same paragraph:
    a soft hyphen dropped, a real hyphen kept without a space, CJK joined without a space."""
    if not after:
        return text
    if before.hyphen:  # kept here; removed by a logged edit where it splits a word (`hyphenation`)
        return text + "-" + after
    last = text[-1:]
    if last in "-‐" and len(text) > 1 and text[-2].isalpha() and after[0].isalpha():
        return text + after  # U+2010 is kept here; removed by a logged edit (`typeset_hyphen`)
    if before.spaced:
        return text + " " + after  # the line was wrapped at the PDF's own space
    if last in "—" or is_wide(last) or is_wide(after[0]):
        return text + after
    if CLOSED_DASH_RE.search(text) and after[0].isalnum():
        return text + after  # a dash typed `--` is set closed up, as unwrap/join.py joins it
    return text + " " + after


CLOSED_DASH_RE = re.compile(r"[^-]--$")  # `----` stands for a name left out: `in ---- street`
TYPESET_HYPHEN_RE = re.compile(r"([A-Za-z]+)\u2010$")


def typeset_hyphen(text: str, after: str) -> str | None:
    """The word a CSS engine hyphenated at the end of `text` (`hand‐` `some`), or None. Such an
    engine draws U+2010 where it hyphenates (`hyphenate-character`'s default: WeasyPrint,
    browsers) and PDFium gives it back as drawn, not as a soft hyphen; a compound broken at its
    own hyphen keeps the `-` typed in it, so U+2010 before a lowercase letter is always the break
    (the rule of normalize/unwrap/join.py; evidence: Pride and Prejudice hyphenated by
    WeasyPrint, bench/accuracy_extracted.py `--reader galley --layout en-weasy-1col`)."""
    left, right = TYPESET_HYPHEN_RE.search(text), WORD_START_RE.match(after)
    return left.group(1) + right.group(1) if left and right else None


WORD_END_RE = re.compile(r"([A-Za-z]+)-$")
WORD_START_RE = re.compile(r"^([a-z]+)")
MIN_WORD_ZIPF = 2.5  # the rule of normalize/unwrap/join.py, which a reader cannot import


def hyphenation(text: str, after: str) -> str | None:
    """The word a line-end hyphen splits (`acknow-` `ledged`), or None where the hyphen belongs
    to the text (`dining-` `parlour`): PDFium reports both as a soft hyphen, and the joined word
    is a word (wordfreq) only in the first case."""
    left, right = WORD_END_RE.search(text), WORD_START_RE.match(after)
    if not left or not right:
        return None
    from wordfreq import zipf_frequency  # only a line-end hyphen pays for wordfreq's import

    word = left.group(1) + right.group(1)
    joined = zipf_frequency(word, "en")
    if joined >= MIN_WORD_ZIPF and joined > zipf_frequency(
        f"{left.group(1)}-{right.group(1)}", "en"
    ):
        return word
    return None


def separator(text: str, before: Segment, after: str) -> str:
    """What `join_lines` puts between `text` and `after`."""
    joined = join_lines(text, before, after)
    return joined[len(text) : len(joined) - len(after)]


@dataclass(frozen=True)
class Style:
    """What the document's body text looks like."""

    size: float  # box height: the unit of the geometry
    points: float  # font size
    gap: float  # the usual white between two lines of a paragraph
    indents: bool  # paragraphs start with a first-line indent
    bold: bool = False  # the text itself is bold (some fonts say so of a regular face)


def body_style(columns: list[list[Column]]) -> Style:
    lines = [(c, s) for page in columns for c in page for s in c.lines]
    if not lines:
        return Style(10.0, 10.0, 2.0, False)
    points = median(s.points for _, s in lines)

    def body(seg: Segment) -> bool:
        return abs(seg.points - points) < SIZE_CHANGE * points

    texts = [(c, s) for c, s in lines if body(s)]
    size = median(s.size for _, s in texts)
    gaps = [
        b.y0 - a.y1
        for page in columns
        for c in page
        for a, b in zip(c.lines, c.lines[1:], strict=False)
        if body(a) and body(b)
    ]
    indented = sum(s.x0 - c.x0 > INDENT * s.size for c, s in texts)
    gap = median(gaps) if gaps else size * 0.3
    bold = sum(s.bold for _, s in texts) * 2 > len(texts)
    return Style(size, points, gap, indented > INDENTED_SHARE * len(texts), bold)


def _styled(a: Segment, b: Segment) -> bool:
    """Two lines of different styles (size or weight)."""
    return abs(a.points - b.points) > SIZE_CHANGE * max(a.points, b.points) or a.bold != b.bold


def _heading_like(seg: Segment, style: Style) -> bool:
    return (seg.bold and not style.bold) or seg.points > (1 + SIZE_CHANGE) * style.points


def _ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSERS)[-1:] in SENTENCE_END


def _short(line: Line, column: Column, style: Style) -> bool:
    return column.x1 - line.seg.x1 > SHORT * style.size


def _indented(line: Line, column: Column) -> bool:
    return line.seg.x0 - column.x0 > INDENT * line.seg.size


def starts_block(before: Line, line: Line, style: Style) -> bool:
    """Whether `line` starts a new block after `before`, the previous line of its column."""
    if _styled(before.seg, line.seg):
        return True
    if line.seg.y0 - before.seg.y1 > style.gap + EXTRA_GAP * line.seg.size:
        return True
    if _heading_like(line.seg, style):  # a centred heading's lines: one block
        return False
    if _indented(line, line.column) and (
        style.indents  # only a paragraph's first line is indented
        or not _indented(before, before.column)
        or _short(before, before.column, style)
        or line.seg.x0 - before.seg.x0 > INDENT * line.seg.size
    ):
        return True
    if not style.indents and _short(before, before.column, style):
        return _ends_sentence(before.seg.text)
    return False


def continues(before: Line, line: Line, style: Style) -> bool:
    """Whether the first line of a column goes on with the paragraph `before` ended the
    previous column with."""
    if _styled(before.seg, line.seg) or _heading_like(line.seg, style):
        return False
    if _indented(line, line.column):
        return False
    if before.column.number == 1 and len(before.column.lines) == 1:
        return False  # a band of one line (a title, a byline) is a block of its own
    return not (_short(before, before.column, style) and _ends_sentence(before.seg.text))


def fragments(
    pages: list[list[Column]],
    style: Style,
    heads: list[list[Fragment]],
    feet: list[list[Fragment]],
) -> list[Fragment]:
    """The text's fragments in reading order: each page's head furniture, its blocks, its foot
    furniture (`heads[p]`, `feet[p]`: page p's, made by the caller)."""
    out: list[Fragment] = []
    last_text: Fragment | None = None
    for number, columns in enumerate(pages):
        out.extend(heads[number])
        for column in columns:
            current: Fragment | None = None
            for i, seg in enumerate(column.lines):
                line = Line(seg, _place(number, column, i, seg), column)
                if current is None:
                    current = Fragment([line])
                    if last_text is not None and continues(last_text.lines[-1], line, style):
                        same_page = last_text.lines[-1].place.page == line.place.page
                        current.join = "column-join" if same_page else "page-join"
                        current.separator = separator(
                            last_text.text, last_text.lines[-1].seg, seg.text
                        )
                elif starts_block(current.lines[-1], line, style):
                    out.append(current)
                    current = Fragment([line])
                else:
                    current.lines.append(line)
            if current is not None:
                out.append(current)
                last_text = current
        out.extend(feet[number])
    return out


def _place(page: int, column: Column, index: int, seg: Segment) -> Place:
    return Place(page + 1, column.number, index + 1, (seg.x0, seg.y0, seg.x1, seg.y1), seg.text)
