"""Whether runs as short as names on both sides of a space are names: not where the gap cuts a word.

`names_kept` (the names guard `ocr_space` asks) keeps a space between runs of two or three Han characters wherever a
sentence's test does not take it: a byline's or a list's names (`记者 罗国 何国桂`, `王毅 何立峰`)
part so, on the other models' pages hundreds of times. But OCR's space falls between such runs
too, inside a word: `国内联 播快讯` (`联播`), the dateline `央视 网消息（新闻联播）：` (`央视网`).
Names seldom run on into a word of the dictionary across the gap (the segmenter reads
`记者黄霞`, `罗国何国桂`, `杨洁篪王毅` with a boundary at the gap); a space that leaves a word of
two or three cut (`ocr_space._cuts_word`), where neither run is a person's name the
dictionary knows whole, is no names' space. Names in a list do, now and then (`黄超 高鹏`:
`超高`), and a list's names are spaced from a further run: such runs keep the guard.

Evidence: zh-news-xwlb's tuning half (167 clean articles) holds 87 spaces between Han, none
between runs as short as names, none cutting a word so; on the fifth model's tuning halves
(seeds 0-4, 10-14) the rule takes out 23 gaps, all OCR's, and on the third model's, whose
bylines list names, none (bench/README.md, "OCR spaces, round 2").
"""

from __future__ import annotations

import re

from ..chars import HAN
from .ocr_space_forms import HAN_CHAR_RE, word_across
from .ocr_space_tail import NAME_TAG

# the longest word a names' gap may cut and still be taken out (`联播`, `央视网`)
NAMES_WORD = 3
# a byline's or a list's names: runs this short on both sides of a gap (`记者 罗国 何国桂`)
NAME_RUN = 3
RUN_LEFT_RE = re.compile(f"[{HAN}]+$")
RUN_RIGHT_RE = re.compile(f"[{HAN}]+")


def cuts_word_not_names(left: str, right: str, runs: tuple[str, str]) -> bool:
    """Whether the segmentation spells a word of two or three across the gap between the
    `runs` (the Han runs next to it, as long as names), neither run is a name of the
    dictionary (`李克强`), and neither is spaced from a further Han run: a byline's list of
    names does run on into words across its spaces (`黄超 高鹏`: `超高`; `胡静峰 高婷华`)."""
    from .stray_context import tagged_words  # (jieba's tables load only when asked)

    before, after = runs
    if _spaced_run(left[: -len(before)][::-1]) or _spaced_run(right[len(after) :]):
        return False
    found = word_across(left, right)
    if found is None or found[0] > NAMES_WORD:
        return False
    model = tagged_words()
    if model is None:
        return False
    for run in runs:
        tagged = model.word(run)
        if tagged is not None and tagged[0].startswith(NAME_TAG):
            return False
    return True


def _spaced_run(beyond: str) -> bool:
    """Whether what lies beyond a run, read away from the gap, opens with one space and a Han
    character: a run between two such spaces is one of a list's names."""
    return len(beyond) > 1 and beyond[0] == " " and HAN_CHAR_RE.match(beyond[1]) is not None


def names_kept(left: str, right: str) -> bool:
    """Whether the Han runs on both sides of a gap are as long as names in a byline (two or
    three characters: a lone character is no name, `灾 情持续`), and the gap cuts no word
    across them (`cuts_word_not_names`: `国内联 播快讯`): the names guard keeps the gap."""
    before, after = RUN_LEFT_RE.search(left), RUN_RIGHT_RE.match(right)
    if not (before and after):
        return False
    runs = before.group(), after.group()
    return 2 <= min(map(len, runs)) <= max(map(len, runs)) <= NAME_RUN and not (
        cuts_word_not_names(left, right, runs)
    )
