"""Whether a gap's line, in the file as read, runs on from a clause begun on the lines above.

`ocr_space` keeps a gap of a sentence's paragraph where, in the file as read, it stood on a
headline's or subhead's lines (`_headline_in_source`: short lines with no comma or stop, or one
line visibly short of the file's measure), since unwrap may have joined a headline to the
paragraph under it. A column narrowed beside a picture sets every line of its paragraphs so
short (`飞船成功对接于空间站 天和`), and a line of it without a comma of its own passed for a
headline's. No headline's line runs on from a clause: a headline starts after a blank line, a
paragraph's end or the text's start, and holds no comma. So a line that does not start a
paragraph (no indent), and whose nearest line above with a comma or stop does not end on a stop
(`今天（11月1日）3时22分，`, `技术已成功完成试验飞行。中科宇航自主研制的`), is prose. So is a
line that holds an enumeration comma after the gap (`源园区 内分布着雪豹、`): zh-news-xwlb holds no
pause, in its 98 titles' or its bodies', whose first mark after is a `、`.
bench/README.md ("OCR spaces in a narrowed column…") has the counts.
"""

from __future__ import annotations

import re

from .context import Context

# a clause's marks that no headline holds: a comma (an OCR'd one too, not a digit group's) or a
# semicolon, and a sentence's end
MARK_RE = re.compile(r"[，；。！？]|,(?!\d)")
SENTENCE_END = "。！？"
# a sentence's marks inside it (`after_a_comma`)
COMMAS = "，；"
# what may close a sentence after its end mark, and white space
CLOSING = "”’」』）)》 \t\r\u3000"
# what indents a paragraph's first line
INDENTS = " \t\u3000"
# how many lines above a gap's line are read back for the clause it runs on from
LINES_ABOVE = 4


def continues_a_clause(at: int, context: Context) -> bool:
    """Whether the gap at `at` stood, in the file as read (`Context.origin`), on a line that
    runs on from a sentence the lines above began, or holds an enumeration comma after the gap.

    Runs on: the line is not indented, and the nearest line above it with a comma, semicolon
    or stop (up to `LINES_ABOVE`, no blank line or indented line without one between) does not
    end on a stop: its last mark is a comma or a semicolon, or text follows it."""
    if context.origin is None:
        return False
    source, source_map = context.origin
    where = source_map.to_source(at)
    end = source.rfind("\n", 0, where) + 1
    line_end = source.find("\n", where)
    if "、" in source[where : line_end if line_end >= 0 else len(source)]:
        return True
    return runs_on(source, end)


def runs_on(source: str, end: int) -> bool:
    """Whether the line of `source` that starts at `end` runs on from a sentence the lines
    above began (`continues_a_clause`)."""
    if source[end : end + 1] in INDENTS:
        return False
    for _ in range(LINES_ABOVE):
        if end == 0:
            return False
        start = source.rfind("\n", 0, end - 1) + 1
        line = source[start : end - 1]
        if not line.strip():
            return False
        marks = list(MARK_RE.finditer(line))
        if marks:
            last = marks[-1]
            return last.group() not in SENTENCE_END or bool(line[last.end() :].strip(CLOSING))
        if line[:1] in INDENTS:
            return False
        end = start
    return False


def after_a_comma(block: str, gap: int) -> bool:
    """Whether a comma or a semicolon stands before the gap at `gap` on its line (`block`): the
    gap is inside a sentence's later clause, where no headline's or caption's pause stands. Not
    after a number's unit (`after_a_unit`)."""
    return not after_a_unit(block, gap) and any(mark in block[:gap] for mark in COMMAS)


def after_a_unit(block: str, gap: int) -> bool:
    """Whether the gap at `gap` follows a number's unit, a lone Han character after a digit: a
    date is set apart from its weekday so (`2022年11月1日 星期二`, a running head a page break
    leaves inside a paragraph; the random splices of bench/normalize_identity.py)."""
    return gap >= 2 and block[gap - 2].isdigit()
