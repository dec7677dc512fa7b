"""Whether a file as read holds a space that cuts a short word: OCR's mark on it.

`ocr_space_phrase.ocr_spaced` marks a file as OCR's by spaces in its running prose (lines
with a comma or a stop), and only such a file has its headline read against the story's
restatement (`restated`, `object_cut`, `quote_written_joined`). A narrow or broken page often
has none there: its lines hold few commas, and OCR's spaces fall on the lead's first line, a
dateline's, a subhead's (`央视网消息（新闻联播）：习近平总 书记近日在…`). A space anywhere that
leaves a word of two or three cut (`总 书记`, `仪 式`) is OCR's as surely: `ocr_space` takes
such a space out wherever it stands, as no writer's pause cuts one. Not where both runs
beside it are as long as names and the names guard keeps it (`记者 罗国 何国桂`), nor inside
a title's or a quote's marks or brackets, nor beside a run of one or two Han at its line's
edge: a wrapped line may open or end on a word's piece (`美国挑动冲` / `突 破坏和平`).

Evidence (bench/README.md, "OCR spaces: a short word cut opens the restatement gate"): the
gate opens on none of zh-news-xwlb's 325 clean articles, none of the third or blind models'
pages (seeds 0-4, 10-14); on the fifth model's (seeds 0-4) on 268 files more, and on its
tuning halves (seeds 0-4, 10-14) the headline tests then take out 20 gaps more, all OCR's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..chars import HAN
from .ocr_space_forms import word_across
from .ocr_space_names import names_kept

# the longest word whose cut marks the file (`ocr_space.SHORT_WORD`)
SHORT_WORD = 3
# the characters on each side of a space the word test reads (`ocr_space.WINDOW`)
WINDOW = 8
# the shortest run beside a gap that may reach its line's edge (`_edge_run`)
EDGE_RUN = 3
SPACED_RE = re.compile(f" (?=[{HAN}])")
RUN_LEFT_RE = re.compile(f"[{HAN}]+$")
RUN_RIGHT_RE = re.compile(f"[{HAN}]+")
LINE_END_RE = re.compile("[\r\n]")


def word_cut_spaced(source: str, quoted: Callable[[str, int], bool]) -> bool:
    """Whether the file as read holds one space between Han, outside marks (`quoted`), that
    cuts a word of `SHORT_WORD` characters or fewer and that the names guard does not keep."""
    for match in SPACED_RE.finditer(source, 1):
        at = match.start()
        line_start = max(source.rfind("\n", 0, at), source.rfind("\r", 0, at)) + 1
        line_end = LINE_END_RE.search(source, at)
        end = len(source) if line_end is None else line_end.start()
        left = source[max(line_start, at - WINDOW) : at]
        right = source[at + 1 : min(at + 1 + WINDOW, end)]
        if not (left and RUN_LEFT_RE.search(left[-1])):
            continue
        if _edge_run(left[::-1], at - len(left) == line_start) or _edge_run(
            right, at + 1 + len(right) == end
        ):
            continue
        found = word_across(left, right)
        if found is None or found[0] > SHORT_WORD or quoted(source, at):
            continue
        if not names_kept(left, right):
            return True
    return False


def _edge_run(side: str, at_edge: bool) -> bool:
    """Whether the Han run beside the gap (`side`, read away from it) is shorter than
    `EDGE_RUN` and reaches its line's edge: a wrapped line may end or open on a word's piece,
    and a real pause beside it then reads as a word cut (`美国挑动冲` / `突 破坏和平`)."""
    run = RUN_RIGHT_RE.match(side)
    return run is not None and len(run.group()) < EDGE_RUN and run.end() == len(side) and at_edge
