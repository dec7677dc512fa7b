"""The unwrap pass's round 7 of speed (issue 17) answers as before: `mostly_wide`, a substitution
for a line no rule has asked yet, is asked after the cheap tests that decide most lines
(`_is_long`, `sentence_far_short`, `clause_left_open`), or read from `measure_lines`' record
(`wide_lines`: `restated_subhead`, `opening_cells`, the break's `stops_short_under_indents`). Each function is
held to its definition before the change (kept here), on random lines and on the lines the
pass asks of it on damaged texts of every shape; the record to `mostly_wide` itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.blocks import ends_paragraph, split_blocks
from convert.chars import KANA_RE, mostly_wide
from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.unwrap import breaks, dropped, open_clause, restated, unwrapped
from convert.normalize.unwrap.dropped import FAR_SHORT, INDENT_CELLS, sentence_far_short
from convert.normalize.unwrap.measure import (
    LINE_SPACES,
    UNWRAPPED_LATIN,
    UNWRAPPED_WIDE,
    Widths,
    cells,
    measure_lines,
)
from convert.normalize.unwrap.open_clause import (
    CLAUSE_MARKS,
    SENTENCE_ENDS,
    SPACED_HALVES_RE,
    TITLED_OR_QUOTED_RE,
    clause_left_open,
)
from convert.normalize.unwrap.unwrapped import _is_long
from tests.normalize.unwrap.test_restated import BRIEF
from tests.normalize.unwrap.test_same_answers import _texts


def _is_long_before(line: str) -> bool:
    """`_is_long` as at base ade9f3e: `mostly_wide` asked first."""
    length = len(line)
    if length > UNWRAPPED_LATIN:
        return True
    if length <= UNWRAPPED_WIDE:
        return False
    if mostly_wide(line):
        return True
    wide = length - len(line.encode("ascii", "ignore"))
    return wide * 4 >= length and cells(line) > UNWRAPPED_WIDE


def _sentence_far_short_before(line: str, widths: Widths, opening: bool) -> bool:
    """`sentence_far_short` as at base ade9f3e."""
    if not widths.wide or widths.guessed or not mostly_wide(line) or KANA_RE.search(line):
        return False
    room = widths.wide - (INDENT_CELLS if opening else 0)
    return len(line) + FAR_SHORT <= room and ends_paragraph(line)


def _clause_left_open_before(line: str, before: Sequence[str], next_line: str = "") -> bool:
    """`clause_left_open` as at base ade9f3e."""
    if not before or ends_paragraph(line) or line[-1:] in "：:" or not mostly_wide(line):
        return False
    if len(before) < 2 and not any(mark in "".join(before) for mark in SENTENCE_ENDS):
        return False
    if before[-1].rstrip(LINE_SPACES)[-1:] not in CLAUSE_MARKS or KANA_RE.search(line):
        return False
    return not SPACED_HALVES_RE.search(TITLED_OR_QUOTED_RE.sub("", next_line))


# pieces a line is drawn from: Han, kana, digits, Latin words, marks that end a sentence or a
# clause, closing marks, spaces and an ideographic space, a colon, a spaced headline's gap
PIECES = st.sampled_from(
    ["习近平", "会见", "新华社", "の", "ニュース", "2024", "年", "5", "%", "Beijing", "and", " ",
     "\u3000", "，", "；", ",", "。", "！", "?", ".", "”", "）", "：", ":", "——", "a", "《报告》"]
)
LINES = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@given(LINES)
def test_a_long_line_is_found_as_before(line: str) -> None:
    assert _is_long(line) == _is_long_before(line)


@settings(max_examples=1500, deadline=None)
@given(LINES, st.integers(0, 60), st.booleans(), st.booleans())
def test_a_sentence_far_short_is_found_as_before(
    line: str, wide: int, guessed: bool, opening: bool
) -> None:
    widths = Widths(wide, 0, guessed=guessed)
    assert sentence_far_short(line, widths, opening) == _sentence_far_short_before(
        line, widths, opening
    )


@settings(max_examples=1500, deadline=None)
@given(LINES, st.lists(LINES, max_size=3), LINES)
def test_a_clause_left_open_is_found_as_before(
    line: str, before: list[str], next_line: str
) -> None:
    assert clause_left_open(line, before, next_line) == _clause_left_open_before(
        line, before, next_line
    )


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return list(_texts())


def _asked(texts: list[str], module: Any, name: str) -> list[tuple[Any, ...]]:
    """The arguments of every call the pass makes of `module.name` on `texts`."""
    calls: list[tuple[Any, ...]] = []
    rule: Callable[..., Any] = getattr(module, name)

    def recorded(*args: Any) -> Any:
        calls.append(args)
        return rule(*args)

    patch = pytest.MonkeyPatch()
    patch.setattr(module, name, recorded)
    try:
        for text in texts:
            breaks.unwrap_lines(text, Config(), Context())
    finally:
        patch.undo()
    return calls


def test_the_lines_the_pass_asks_are_answered_as_before(texts: list[str]) -> None:
    """`_is_long` (through `written_unwrapped`), `sentence_far_short` and `clause_left_open`
    (through `dropped.runs_on`) on every line the pass asks them of."""
    long_asked = _asked(texts, unwrapped, "_is_long")
    far_asked = _asked(texts, breaks, "sentence_far_short")
    open_asked = _asked(texts, dropped, "clause_left_open")
    assert long_asked and far_asked and open_asked
    for args in long_asked:
        assert _is_long(*args) == _is_long_before(*args)
    for args in far_asked:
        assert sentence_far_short(*args) == _sentence_far_short_before(*args)
    for args in open_asked:
        assert open_clause.clause_left_open(*args) == _clause_left_open_before(*args)


def test_the_wide_lines_record_is_mostly_wide(texts: list[str]) -> None:
    """What the reads rest on: each line `measure_lines` judged is `mostly_wide` as judged."""
    for text in texts:
        blocks = [b.text.split("\n") for b in split_blocks(text) if "\n" in b.text]
        for line, wide in measure_lines(blocks)[1].items():
            assert mostly_wide(line) == wide, line


def test_the_pass_cuts_each_text_as_without_the_record_read(texts: list[str]) -> None:
    """The pass with `measure_lines`' record emptied (every rule asks `mostly_wide` itself, as
    `restated_subhead`, `opening_cells` and the break's `stops_short_under_indents` did at base
    ade9f3e; `plain_wrap`, `learn_paragraphing` and `BlockWrap` read it before too) cuts
    every text as with it; a `BlockSubheads` without the record answers as with it."""
    with_record = [breaks.unwrap_lines(text, Config(), Context()) for text in texts]

    def unrecorded(blocks: list[list[str]]) -> tuple[Widths, dict[str, bool], set[str]]:
        widths, _, all_wide = measure_lines(blocks)
        return widths, {}, all_wide

    patch = pytest.MonkeyPatch()
    patch.setattr(breaks, "measure_lines", unrecorded)
    try:
        for text, edits in zip(texts, with_record, strict=True):
            assert breaks.unwrap_lines(text, Config(), Context()) == edits, text[:80]
    finally:
        patch.undo()

def test_restated_subhead_reads_the_record() -> None:
    """The brief's subhead, restated, is one with the record or without; a record that says
    its line is not mostly wide is read (no subhead), and one that does not know it is asked."""
    subhead = BRIEF[1].strip(LINE_SPACES)
    assert restated.restated_subhead(BRIEF, 1, Config(), 1, {subhead: True})
    assert restated.restated_subhead(BRIEF, 1, Config(), 1, {"其他": False})
    assert not restated.restated_subhead(BRIEF, 1, Config(), 1, {subhead: False})
    assert restated.BlockSubheads(BRIEF, Config(), {subhead: True})(1)
    assert not restated.BlockSubheads(BRIEF, Config(), {subhead: False})(1)


def test_opening_cells_reads_the_record() -> None:
    """A paragraph's first line an indent short is one with the record or without; a record
    that says the line is not mostly wide is read (nothing said of it)."""
    line = "走进北京北部的“星谷”，记者"
    assert dropped.opening_cells(line, "", 16) == "short"
    assert dropped.opening_cells(line, "", 16, {line: True}) == "short"
    assert dropped.opening_cells(line, "", 16, {line: False}) is None
    assert dropped.first_line_cells(line, 16, False) is None
