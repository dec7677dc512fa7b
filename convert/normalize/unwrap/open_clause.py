"""A line under a clause left open goes on: no paragraph ends inside its sentence (issue 12).

A CJK line that stops short of the measure without a sentence end reads as a heading, and the
break after it as a paragraph end (`decide.paragraph_ends_here`). Where the line over it, in
the same paragraph, ends on a comma or a semicolon, the sentence that line left open runs on
through this one: no heading opens under a comma, and a paragraph that ends without a
sentence end is a heading, which opens after a paragraph's end, not in a sentence. So the
break is a wrap, whatever the widths say (a story set a few cells narrower than the measure
the text learnt, whose every line then reads short).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...blocks import ends_paragraph
from ...chars import HAN, KANA_RE, mostly_wide
from .measure import LINE_SPACES

# the marks that leave a clause open at a line's end (ASCII as `punctuation` may leave them)
CLAUSE_MARKS = "，；,;"
# the marks that end a sentence in a paragraph's lines so far (not `.`: a decimal point)
SENTENCE_ENDS = "。！？"
# a headline's halves set apart by a space, an ideographic one too, outside titles and quotes
# (`decide.HEADLINE_SPACE`): the 16 paragraphs of zh-news-xwlb's tuning half that hold one are
# headings, none ends a sentence
SPACED_HALVES_RE = re.compile(f"[{HAN}0-9%”》）][ \u3000][{HAN}0-9“《（]")
TITLED_OR_QUOTED_RE = re.compile(r"《[^》]*》|“[^”]*”")


def clause_left_open(line: str, before: Sequence[str], next_line: str = "") -> bool:
    """`line` (stripped, mostly wide, no kana) ends no sentence and no clause before a colon,
    and the line over it in its paragraph (`before[-1]`; `before`: the paragraph's lines so
    far) ends on a comma or a semicolon (`CLAUSE_MARKS`): the line goes on into the next,
    unless that is a headline, whose halves a space sets apart (`SPACED_HALVES_RE`).

    Evidence: zh-news-xwlb's tuning half (bench/clean_text.py's `half`): of 785 paragraphs,
    117 end on no sentence end (subheads, roundups' headlines), and one of them after a comma
    in its last sentence (a speech's summary set as a subhead, `…坚定信心、接续奋斗，…始终具有
    强大创造力凝聚力战斗力`); of 167 titles one holds a comma (`人民日报评论员文章：坚定信心，
    进一步打牢…`). A title set on two lines may be cut at its comma, so the rule asks a
    paragraph of two lines or more before the line, or one that ended a sentence already: in a
    first form, without that, the blind model's flush pages lost titles (seeds 0-1, the
    held-out half's title figure, 99.4 → 99.1 %). The paragraph that ends after a comma
    stands over a headline of spaced halves (`李强主持　赵乐际…出席　蔡奇宣读决定`), and
    bench/wrapped_clean.py's tuning half ran the two together at three measures without
    `SPACED_HALVES_RE`. The blind model's narrow pages, seeds 0-4 tuning half: one text
    changed, right (`…发布岗位3700万个，` / `重点面向高校毕业生等群体
    的城` / `市联合招聘春季专场已累计举办` / `一万多场招聘活动。…`, lines of 14 under a measure of
    16 learnt from the text's other stories, cut twice); the third model, bench/accuracy.py's
    seeds 0-4 and the typeset PDFs' tuning halves change nowhere. Not in Japanese: no
    Japanese text was looked at.
    """
    if not before or ends_paragraph(line) or line[-1:] in "：:":
        return False
    if before[-1].rstrip(LINE_SPACES)[-1:] not in CLAUSE_MARKS:
        return False  # (most lines: asked before `mostly_wide`, a substitution)
    if not mostly_wide(line) or KANA_RE.search(line):
        return False
    if len(before) < 2 and not any(mark in "".join(before) for mark in SENTENCE_ENDS):
        return False  # (a title's first line over its second)
    return not SPACED_HALVES_RE.search(TITLED_OR_QUOTED_RE.sub("", next_line))
