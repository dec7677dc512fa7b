"""Whether a space between Han on a headline's line cuts a verb from the name it governs.

A headline's pause stands between two clauses, each with its own verb (`全国政协党组召开会议
传达学习…`, `全国政协十四届常委会第十次会议开幕 王沪宁出席`). An OCR space falls anywhere, often
between a verb and its object, where both sides are whole words of open classes that
`ocr_space_phrase` does not read (`以军称打死 卡桑旅发言人`, `俄称打击 乌军工企业`, `《求是》杂志
发表 习近平总书记重要文章《…》`): the part before ends on a verb, the part after opens on a name
(a person, a place, an organisation, an abbreviation: `nr`, `nrfg`, `nrt`, `ns`, `nt`, `j`) and
holds no verb of its own (a verb the tagger reads as a noun, `vn`, may stand in a noun phrase;
a title in `《》` reads as a noun, whatever verbs it holds), so it is no clause. Each part is read
alone by jieba's tagger (`stray_context.tags`), up to the line's clause marks, and across a space
that leaves a run under four characters on either side (no pause does, `ocr_space_forms`; an OCR
space inside the part would cut its verb off: `…击退俄军多次 进攻`).

Evidence, zh-news-xwlb's tuning half, its 167 headlines and its subheads (lines under 40
characters without a sentence's end), read as clean text: none of their 75 pauses between Han
is placed so, where 45 of the 2,207 word boundaries the tagger reads in the same lines are.
Only on the text's first line (the headline), in a file whose running prose holds OCR's spaces
(`ocr_space_phrase.ocr_spaced`), as a story's restatement is: clean text keeps every pause by
construction. Wider forms were measured and dropped (bench/README.md): a part after opening on
any noun, or on any line without a sentence's end, or a subject cut from its predicate (the
part before with no verb, the part after opening on one), took out pauses on held-out halves.
"""

from __future__ import annotations

import re
from collections.abc import Set
from itertools import pairwise

from .context import Context
from .ocr_space_forms import PART_ENDS, part_bounds
from .ocr_space_phrase import spaced_file

# what bounds a clause's part: a clause mark, a dash, a kicker's bracket; a space only as
# `_clause_span` finds it
SPACES = " \u3000"
CLAUSE_ENDS = PART_ENDS - frozenset(SPACES)
# the shortest run a pause leaves on each side (`ocr_space_forms`: none under four)
PAUSE_PART = 4
# jieba's tag of a verb, and of a verb it reads as a noun (`特色活动`, `高质量发展`)
VERB = "v"
VERBAL_NOUN = "vn"
# jieba's tags of a name: a person's, a place's, an organisation's, an abbreviation (`俄军`)
NAMES = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "j"})
# a title in `《》`: a noun phrase, whatever it holds
TITLE_RE = re.compile("《[^《》]*》")
TITLE_STANDS_FOR = "书"


def object_cut(block: str, gap: int, joined: Set[int], context: Context, line_closed: bool) -> bool:
    """Whether the gap at `gap`, on the text's first line, cuts a verb from the name it
    governs (module docstring), in a file OCR put spaces in. `line_closed`: whether the line
    ends its paragraph (a part running to its end is whole)."""
    from .stray_context import tags  # (jieba's tables load only when asked)

    start, end = _clause_span(block, gap, joined, *part_bounds(block, gap, CLAUSE_ENDS, joined))
    if not (end < len(block) or line_closed) or not spaced_file(context):
        return False
    left = tags(_read(block, start, gap))
    right = tags(TITLE_RE.sub(TITLE_STANDS_FOR, _read(block, gap + 1, end)))
    if not (left and right) or left[-1][1] != VERB or right[0][1] not in NAMES:
        return False
    return not any(tag.startswith(VERB) and tag != VERBAL_NOUN for _, tag in right)


def _read(block: str, start: int, end: int) -> str:
    """block[start:end] without its spaces (those taken out and those left)."""
    return "".join(char for char in block[start:end] if char not in SPACES)


def _clause_span(block: str, gap: int, joined: Set[int], start: int, end: int) -> tuple[int, int]:
    """Where the parts on each side of the gap start and end, within `start`-`end` (the line's
    marks): at the nearest space that parts runs of `PAUSE_PART` characters or more on both
    sides, a pause's form; a space leaving a shorter run may be OCR's."""
    spaces = [at for at in range(start, end) if block[at] in SPACES and at not in joined]
    cuts = [start - 1, *spaces, end]
    runs = [
        sum(block[at] not in SPACES for at in range(left + 1, right))
        for left, right in pairwise(cuts)
    ]
    here = cuts.index(gap)
    first, last = start, end
    for index in range(here - 1, 0, -1):
        if min(runs[index - 1], runs[index]) >= PAUSE_PART:
            first = cuts[index] + 1
            break
    for index in range(here + 1, len(cuts) - 1):
        if min(runs[index - 1], runs[index]) >= PAUSE_PART:
            last = cuts[index]
            break
    return first, last
