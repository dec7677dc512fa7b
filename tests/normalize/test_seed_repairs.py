"""The seed article's damage, repaired exactly as the walking-pipeline issue describes."""

from __future__ import annotations

from collections import Counter

import pytest

from convert.blocks import split_blocks
from convert.changes import replay
from convert.normalize import PASSES, Normalized, normalize

from ..conftest import REPO

SEED = REPO / "samples" / "000_331d64802fbda7f9.txt"


@pytest.fixture(scope="module")
def seed() -> Normalized:
    return normalize(SEED.read_text(encoding="utf-8"))


def test_replaying_the_log_on_the_source_gives_the_normalized_text(seed: Normalized) -> None:
    assert replay(seed.source, seed.changes) == seed.text


def test_normalizing_twice_changes_nothing(seed: Normalized) -> None:
    again = normalize(seed.text)
    assert again.text == seed.text
    assert [c for c in again.changes if not c.is_flag] == []


def test_every_ascii_comma_semicolon_and_bracket_becomes_full_width(seed: Normalized) -> None:
    kinds = Counter(c.kind for c in seed.changes)
    assert kinds["cjk-comma"] == 166
    assert kinds["cjk-semicolon"] == 4
    assert kinds["cjk-parenthesis"] == 2
    assert not set(",;()") & set(seed.text)
    assert "报告（上）" in seed.text


def test_the_twelve_layout_breaks_are_joined(seed: Normalized) -> None:
    joins = [c for c in seed.changes if c.kind == "layout-break"]
    assert [c.line for c in joins] == [17, 29, 39, 49, 53, 63, 65, 73, 77, 85, 89, 99]
    assert all(c.before == "\n\n" and c.after == "" for c in joins)
    assert "坚信在中国共产党的领导下" in seed.text
    assert "党组书记、主席王振华表示" in seed.text
    assert "精神抓好各项工作落实；要迅速掀起学习贯彻热潮" in seed.text


def test_the_heading_trap_is_not_swallowed(seed: Normalized) -> None:
    blocks = [b.text for b in split_blocks(seed.text)]
    assert "更加坚定永远跟党走的信心和决心" in blocks  # the heading stays a block of its own
    assert any(
        b.endswith("更加坚定了永远跟党走的信心和决心。") for b in blocks
    )  # the fragment joined
    assert len(blocks) == 3 + 1 + 16 + 19


def test_stray_and_is_replaced_where_the_text_writes_its_place(seed: Normalized) -> None:
    # spaced on both sides, as English is typed, it would be kept and flagged (issue 12); but
    # line 27 writes `贡献智慧和力量`: the text shows 和 stood there (`stray_echo`)
    (stray,) = [c for c in seed.changes if c.kind == "stray-word"]
    assert not stray.is_flag
    assert (stray.before, stray.after, stray.severity) == (" and ", "和", "warning")
    assert "the text writes its place with '和' elsewhere" in stray.message
    assert (stray.line, stray.column) == (67, 139)
    assert "智慧和力量。" in seed.text and "智慧 and" not in seed.text


def test_change_positions_point_into_the_source(seed: Normalized) -> None:
    lines = seed.source.split("\n")
    for change in seed.changes:
        source_text = seed.source[change.source_start : change.source_end]
        assert source_text == change.before, change
        line = lines[change.line - 1] + "\n"
        assert line[change.column - 1 :].startswith(change.before[: len(line) - change.column + 1])


def test_passes_run_in_the_documented_order() -> None:
    assert [p.name for p in PASSES] == [
        "line-endings",
        "invisible",
        "mojibake",
        "width",
        "ocr-speck",
        "punctuation",
        "columns",
        "gap-words",
        "furniture",
        "web-lines",
        "unwrap",
        "layout",
        "stray",
        "autospace",
        "ocr-space",
    ]
