"""The parts and words the ocr-space pass reads beside a gap: the quick ways the first call
takes (bench/README.md, "The OCR passes on a first call") answer as the plain definitions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.ocr_space_forms import (
    HAN_CHAR_RE,
    PART_ENDS,
    _parts,
    part_texts,
    word_across,
)
from convert.normalize.words import SEGMENT_CONTEXT, word_boundaries

SIDE = "习近平举行仪式天安门新闻联播a1 ，"


def _word_across_defined(left: str, right: str) -> tuple[int, int] | None:
    """`word_across` as it stood, Han told by the pattern."""
    before, after = left[-SEGMENT_CONTEXT:], right[:SEGMENT_CONTEXT]
    start = len(before)
    while start and HAN_CHAR_RE.match(before[start - 1]):
        start -= 1
    end = 0
    while end < len(after) and HAN_CHAR_RE.match(after[end]):
        end += 1
    cut = len(before) - start
    if not cut or not end:
        return None
    bounds = word_boundaries(before[start:] + after[:end]) | {0}
    if cut in bounds:
        return None
    first = max(b for b in bounds if b < cut)
    return min(b for b in bounds if b > cut) - first, cut - first


@settings(max_examples=300, deadline=None)
@given(left=st.text(alphabet=SIDE, max_size=8), right=st.text(alphabet=SIDE, max_size=8))
def test_the_word_across_is_the_patterns(left: str, right: str) -> None:
    assert word_across(left, right) == _word_across_defined(left, right)


@settings(max_examples=400, deadline=None)
@given(block=st.text(alphabet="甲乙 ，《", min_size=1, max_size=30), data=st.data())
def test_the_parts_texts_leave_out_the_joined_gaps(block: str, data: st.DataObject) -> None:
    gap = data.draw(st.integers(0, len(block) - 1))
    joined = data.draw(st.sets(st.integers(0, len(block) - 1), max_size=3))
    _, _, start, end = _parts(block, gap, PART_ENDS, joined)
    before = "".join(c for at, c in enumerate(block[start:gap], start) if at not in joined)
    after = "".join(c for at, c in enumerate(block[gap + 1 : end], gap + 1) if at not in joined)
    assert part_texts(block, gap, PART_ENDS, joined) == (before, after)
    if not joined:
        assert part_texts(block, gap) == (block[start:gap], block[gap + 1 : end])
