"""The unwrap pass's round 4 of speed (issue 17) answers as before: the certain dashes of a
text without a face looked for only where its blocks write `--` twice (`writes_dashes`), and
`written_unwrapped` told whether the text holds a kana (`Context.has_kana`) and reading a
finished line's length past the measure off its long lines. Each held to what it replaces, on
damaged texts of every shape (`test_same_answers._texts`), the pages of the round-3 tests and
random lines; a test fails where a quick path decides otherwise."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.blocks import Block, split_blocks
from convert.chars import kana_count
from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.unwrap import breaks
from convert.normalize.unwrap.block_lines import offset_lines
from convert.normalize.unwrap.dehyphenated import (
    DASH,
    MIN_DASHES,
    restored_dashes,
    writes_dashes,
)
from convert.normalize.unwrap.unwrapped import written_unwrapped
from tests.normalize.unwrap.test_dehyphenated import TORTURED, _measure_at, width
from tests.normalize.unwrap.test_same_answers import _texts
from tests.normalize.unwrap.test_same_answers_round3 import (
    BLOCKS,
    PAGES,
    _one_a_line,
    _written_unwrapped_defined,
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*_texts(), *PAGES]


def test_the_pass_cuts_each_text_as_with_the_dashes_asked_everywhere(texts: list[str]) -> None:
    """The pass with `writes_dashes` made to pass every text (`restored_dashes` asked of every
    text without a face, as at base 34f2d95) cuts every text as the pass with it."""
    gated = [breaks.unwrap_lines(text, Config(), Context()) for text in texts]
    patch = pytest.MonkeyPatch()
    patch.setattr(breaks, "writes_dashes", lambda blocks: True)
    try:
        for text, edits in zip(texts, gated, strict=True):
            assert breaks.unwrap_lines(text, Config(), Context()) == edits, text[:80]
    finally:
        patch.undo()


# lines of an English page without a face: dashes written `--`, a certain dash (`me;-though`),
# hyphens of compounds and a hyphen opening a line, and a Chinese line
DASH_LINES = st.sampled_from(
    [
        "a line with a dash--so",
        "and another--so",
        "three--in--one",
        TORTURED,
        'Dear Sir,-"If you are not so compassionate as to dine with us to-day."',
        '-"Quoted" here',
        "a well-known fact",
        "中国经济发展会议--北京",
        "short line",
    ]
)


def _blocks(lines_of_blocks: list[list[str]]) -> list[Block]:
    return split_blocks("\n\n".join("\n".join(lines) for lines in lines_of_blocks))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(DASH_LINES, min_size=1, max_size=4), min_size=1, max_size=5))
def test_where_the_blocks_write_no_dashes_no_certain_dash_is_restored(
    lines_of_blocks: list[list[str]],
) -> None:
    """`writes_dashes` is `restored_dashes`' own count of the lines' `--`, and where it is
    False the call restores nothing (the pass does not make it)."""
    blocks = _blocks(lines_of_blocks)
    lines = offset_lines(blocks, [block.text.split("\n") for block in blocks])
    counted = sum(line.count(DASH) for _, line in lines) >= MIN_DASHES
    assert writes_dashes(blocks) == counted
    measure = _measure_at(TORTURED, "me;-")
    found = restored_dashes(lines, [], measure, width, certain_only=True)
    if not writes_dashes(blocks):
        assert found == []


def test_two_dashes_written_open_the_gate_and_one_does_not() -> None:
    two = _blocks([["a line with a dash--so", "and another--so", TORTURED]])
    one = _blocks([["a line with a dash--so", TORTURED]])
    assert writes_dashes(two) and not writes_dashes(one)
    lines = offset_lines(two, [block.text.split("\n") for block in two])
    measure = _measure_at(TORTURED, "me;-")
    assert restored_dashes(lines, [], measure, width, certain_only=True) != []


def _judged(text: str) -> bool:
    """`written_unwrapped` told whether the text holds a kana, as the pass tells it, against
    the definition as it stood at 023ef79 (`_written_unwrapped_defined`, which asks neither)."""
    blocks = split_blocks(text)
    split = [block.text.split("\n") for block in blocks]
    asked: list[bool] = []

    def has_kana() -> bool:
        asked.append(True)
        return kana_count(text) > 0

    found = written_unwrapped(blocks, split, has_kana)
    assert found == written_unwrapped(blocks, split) == _written_unwrapped_defined(blocks), text[:80]
    assert len(asked) <= 1
    return found


def test_a_text_never_wrapped_judged_as_defined_told_its_kana(texts: list[str]) -> None:
    answers = Counter(_judged(text) for text in texts)
    answers += Counter(_judged(text.replace("\n\n", "\n")) for text in texts)
    answers += Counter(_judged(_one_a_line(text)) for text in texts[:60])
    assert answers[True] >= 20 and answers[False] >= 100, answers


@settings(max_examples=800, deadline=None)
@given(BLOCKS)
def test_random_texts_judged_as_defined_told_their_kana(blocks: list[list[str]]) -> None:
    # (long lines of Han, of kana, of Latin words, ending on marks, letters, digits and white
    # space `LINE_SPACES` does not strip: a finished line's length read off the long lines)
    _judged("\n\n".join("\n".join(lines) for lines in blocks))


def test_a_japanese_text_set_one_paragraph_a_line_is_still_found() -> None:
    para = "私は基本的に人前で話すのが苦手なんですよ。だからいきなり指名されるとしどろもどろになる。"
    text = "見出し\n" + "\n".join(para * k for k in (2, 3, 5)) + "\n■小見出し\n" + para
    assert _judged(text)
    blocks = split_blocks(text)
    assert written_unwrapped(blocks, None, lambda: True)
