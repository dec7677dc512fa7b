"""A heading's look inside running text: a wrap at a column's measure (issue 12, narrow pages).

`decide.paragraph_ends_here` ends a paragraph after a line that looks like a heading (no
sentence mark, a pause or two at most) and stops short of the measure. On narrow and flush
pages whose stories are set at measures of their own, a story set narrower than the measure
learnt from the text reads short in every line, and a wrap that happens to hold no sentence
mark (`近平主席提出构建人类` under `议大会时，韩正表示，习`) looks like a short heading: the
paragraph was cut in the middle of a sentence, and the next line's wrap was often cut too.

A heading opens after a paragraph's end; a line whose paragraph goes on over it in the middle
of a sentence, at its measure, is a wrap of that paragraph. The line over a heading ends a
sentence, a dateline or a paragraph that stopped at its own length; the first line of a
headline set over two lines holds no mark of running text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...blocks import ends_paragraph
from ...chars import KANA_RE, is_han, mostly_wide
from .measure import LINE_SPACES, cells
from .paragraphing import Paragraphing
from .plain import dateline
from .regions import HANG_MARKS
from .story_measure import counts_in_cells

# marks of running text inside a line (`level_lines._INSIDE`): a headline's first line holds
# none of them; not `；` (WeasyPrint's interleaved columns through pdftotext: one story's line
# over another's headline) nor `、` (a Japanese line without kana)
_INSIDE = "，。！？,"
# a space between two wide characters: a headline's pause (`spaced_heads`)
_PAUSE_RE = re.compile(r"[^\x00-\x7f][ \u3000][^\x00-\x7f]")
# the paragraph's lines over the line that are asked, nearest first
_ASKED = 3


def goes_on_over(
    before: Sequence[str], line: str, next_line: str, paragraphing: Paragraphing
) -> bool:
    """`line` (stripped, Han, no kana) continues the sentence its paragraph's lines over it
    (`before`) leave open: each of the nearest of them, up to the first that holds a mark of
    running text inside it (`_INSIDE`; `line`'s own count), ends in the middle of words (not
    on a sentence's mark, a colon or a note's call), is no dateline, and is as wide as `line`
    or a cell narrower (marks hung past the measure aside): a wrap fills its measure, and a
    paragraph's last line that stops a cell short of the line over it may end without a mark.
    Not where a line asked, `line` or `next_line` holds a headline's pause (a space between
    two wide characters: `李强主持　赵乐际…`, a front's long subtitle ending without a mark
    over it, the blind model's tuning half; a running head's parts).

    Evidence (bench/split_rules.py, the blind model's narrow and flush pages, tuning halves,
    seeds 0-4 and 10-14): 5 of the heading's look's 40 splits inside paragraphs (a story's
    column of wraps at 11 and 14 cells under a text measure of 13 and 16), none of its 2
    invisible ends found or of its 246 visible ends. Lines within a cell either way took 10
    splits, but cost a held-out article of the blind model's narrow pages (its kind lines
    fell, read as totals).
    """
    if not (mostly_wide(line) and before) or KANA_RE.search(line):
        return False
    if paragraphing.blank_lines or paragraphing.indent_dropped:
        return False  # (a page of columns through pdftotext: the line over may be another's)
    if any(_paused(text) for text in (next_line, line, *before[-_ASKED:])):
        return False
    width = _set_width(line)
    running = any(mark in line[:-1] for mark in _INSIDE)
    for above in reversed(before[-_ASKED:]):
        above = above.strip(LINE_SPACES)
        if not _cut_in_words(above) or KANA_RE.search(above):
            return False
        if dateline(above) or not 0 <= width - _set_width(above) <= 1:
            return False
        if running or any(mark in above[:-1] for mark in _INSIDE):
            return True
    return False


def _paused(text: str) -> bool:
    """`text` holds a headline's pause (`_PAUSE_RE`); a line without a space cannot, and most
    lines asked hold none: the pattern is tried only where one is."""
    return (" " in text or "\u3000" in text) and _PAUSE_RE.search(text) is not None


def column_goes_on(
    before: Sequence[str], line: str, next_line: str, paragraphing: Paragraphing
) -> bool:
    """`goes_on_over`, and `next_line` within a cell of `line`: a column of wraps at one
    measure going on under the line. Asked where the next line looks like a short heading,
    whose look alone ends the line's paragraph (a title's or a kicker's line over a heading).
    A column cut at each wrap alternates between the two rules: without this one, the blind
    model's narrow pages, seeds 10-14, tuning, kept 5 of their splits (bench/split_rules.py).
    The next line's width: a headline set over two lines of one width, a comma in its first,
    ends over its subtitle or byline, whose width is its own (`goes_on_over` alone asked here
    cost the third model's held-out fronts, read as totals).
    """
    return abs(_set_width(next_line) - _set_width(line)) <= 1 and goes_on_over(
        before, line, next_line, paragraphing
    )


def _cut_in_words(line: str) -> bool:
    """`line` ends inside running text: on a Han character, a digit or a letter, or on a
    pause (`，、`), not on a sentence's mark, a colon, a closing mark or a note's call."""
    end = line[-1:]
    return bool(end) and (is_han(end) or (end.isascii() and end.isalnum()) or end in "，、,")


def _set_width(line: str) -> int:
    """The cells `line` fills up to the measure: the marks hung past it at its end aside."""
    hung = len(line) - len(line.rstrip(HANG_MARKS))
    return cells(line) - hung


def column_under(
    before: Sequence[str],
    line: str,
    next_line: str,
    after_next: str,
    wide: int,
    paragraphing: Paragraphing,
) -> bool:
    """`line` (stripped, Han, no kana), opening its paragraph (`before`, its lines over it, is
    empty), opens a column of wraps: `next_line` and `after_next` are within a cell of it (marks
    hung past the measure aside) and both short of the text's measure (`wide`). The story's
    measure is narrower, and `line` fills it, as a heading does only by chance: a heading's
    length is its own. A paragraph's first line at a narrow story's measure holds no mark of
    running text as often as not (`相关部门将有序开展户籍` / `证件办理工作，做好各项` /
    `服务保障，原有证件在有`, a column of 11 under a text measure of 13); read as a short heading,
    it cut its paragraph, and often the next line too. Digits and ASCII marks count half a cell
    each (`story_measure.counts_in_cells`); Latin letters and a headline's pause (a space between
    wide characters) keep the heading's look. Not where blank lines mark the paragraphs (a page
    of columns through pdftotext: the lines under may be another story's); where the paragraphs
    lost their indents it holds too (a line opening a paragraph there is no paragraph's last).
    Not where `next_line` ends a sentence: the column is then shown by one wrap only, and the
    sentence's end, decided at the story's measure with `line` joined over it, ended the
    paragraph by the opening its own break taught (`story_measure.openings_elsewhere` asks
    only at a paragraph's first line): `这个“五一”假期，传统` / `民俗体验吸引八方游客。` /
    `云南弥勒市…`, a wrap of the truth, in a column of 10.

    Evidence (bench/split_rules.py and a tracer of this function, the blind model's narrow and
    flush pages, tuning halves), the condition asked at any line and whatever the next line
    ends on: at seeds 0-4 and 10-14 it holds at 13 of the heading's look's 33 splits inside
    paragraphs (10 of them at a paragraph's first line), at 1 of its 2 invisible ends (a brief's
    headline at its story's measure over the brief) and at none of its 77 visible ends; at seeds
    20-39, 25 splits and no end; joined where it held, every break at seeds 0-14 (some 460) was
    a wrap of the truth but that headline. At a
    paragraph's later lines too, the blind model's held-out pages of seeds 10-14 fell on their
    `xinhua-dateline` line (read as totals), and the lines that then lost a split over them
    were decided by openings the break itself taught (`story_measure.openings_elsewhere`).
    """
    if before or paragraphing.blank_lines or not wide or ends_paragraph(next_line):
        return False
    lines = (line, next_line, after_next)
    if not all(mostly_wide(text) for text in lines) or KANA_RE.search(line + next_line):
        return False
    if not counts_in_cells("".join(lines)) or any(_PAUSE_RE.search(text) for text in lines):
        return False
    width = _set_width(line)
    return all(cells(text) < wide and abs(_set_width(text) - width) <= 1 for text in lines[1:])
