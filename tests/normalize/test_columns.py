"""Lines read across columns put back in column order (`normalize.columns`)."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from convert.config import Config
from convert.normalize import columns, normalize
from convert.normalize.columns import _SEED, FLAG_NOTE, MAX_LINE, restore_column_order
from convert.normalize.context import Context

PARAGRAPHS = [
    "记者从工业和信息化部了解到，今年我国网络建设已提前超额完成任务。截至九月末，"
    "我国基站总数达到二百二十二万个，比计划超额完成二十二万个。",
    "中国电信与中国联通也已联合建成全球最大的共建共享网络，实现重点乡镇及以上区域连续覆盖。"
    "此外，移动电话用户达五亿户，比上年末净增一亿户，占移动电话用户的三成。",
    "如今，新技术正在工业、医疗、教育、交通等多个行业领域发挥赋能效应，覆盖国民经济九十七个"
    "大类中的四十个。研究院测算，到二〇二五年，我国网络建设投资将累计带动相关投资。",
]
MEASURE = 15


def _column_lines() -> list[str]:
    """The paragraphs set in lines of MEASURE characters, each first line indented two."""
    lines: list[str] = []
    for paragraph in PARAGRAPHS:
        first, rest = paragraph[: MEASURE - 2], paragraph[MEASURE - 2 :]
        lines.append(first)
        lines.extend(rest[i : i + MEASURE] for i in range(0, len(rest), MEASURE))
    return lines


def _read_across(lines: list[str], k: int) -> str:
    """What `pdftotext` makes of `lines` set in k balanced columns: row by row, a block each."""
    height = -(-len(lines) // k)
    columns = [lines[c * height : (c + 1) * height] for c in range(k)]
    rows = [column[r] for r in range(height) for column in columns if r < len(column)]
    return "\n\n".join(rows) + "\n"


def _edits(text: str) -> list:
    return restore_column_order(text, Config(), Context())


def test_lines_read_across_three_columns_are_put_back_in_column_order() -> None:
    lines = _column_lines()
    text = _read_across(lines, 3)
    (edit,) = _edits(text)
    assert edit.kind == "column-order" and edit.severity == "warning"
    assert "3 columns" in edit.message
    assert edit.after == "\n".join(lines)


def test_two_columns_too() -> None:
    lines = _column_lines()
    (edit,) = _edits(_read_across(lines, 2))
    assert edit.after == "\n".join(lines)


def test_the_repair_reaches_the_paragraphs_and_is_logged() -> None:
    headline = "我国网络建设提前超额完成今年的任务"  # wider than a column
    result = normalize(headline + "\n\n" + _read_across(_column_lines(), 3))
    assert [c.kind for c in result.changes if c.pass_name == "columns"] == ["column-order"]
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_clean_paragraphs_and_a_one_column_page_are_left_alone() -> None:
    assert _edits("\n\n".join(PARAGRAPHS) + "\n") == []
    assert _edits("\n".join(_column_lines()) + "\n") == []  # one block: one column


def test_lines_that_do_not_read_on_in_any_order_are_flagged_not_reordered() -> None:
    # one-line blocks, none ending a sentence, none continuing another in any column order
    heads = ["甲方代表发言", "乙方代表补充", "丙组负责记录", "丁组准备材料", "会场布置完毕"]
    text = "\n\n".join(heads * 3) + "\n"
    edits = _edits(text)
    assert all(e.after == text[e.start : e.end] for e in edits)  # flags only
    assert all(e.message == FLAG_NOTE for e in edits)


def test_the_seed_search_finds_what_the_backtracking_spelling_found() -> None:
    """`_SEED` takes a line whole and looks back at its last character; the spelling it replaced
    (`[^\\n]{2,59}` then the last character's class) gave back characters one by one. Random
    texts of short and long lines, blank lines and sentence ends: the same matches, every start."""
    backtracking = re.compile(
        rf"\n\n(?:[^\n]{{2,{MAX_LINE - 1}}}[^\n。！？；…”』」）》.!?]\n\n){{4}}"
    )
    rng = random.Random(17)
    separators = ["\n\n"] * 20 + ["\n", "\n\n\n"]
    for _ in range(3000):
        lines = [
            "字" * rng.choice([2, 3, 20, 58, 59] * 3 + [0, 1, 60, 61, 90])
            + rng.choice("。，，，字字字a ”!.")
            for _ in range(rng.randrange(1, 12))
        ]
        text = "".join(rng.choice(separators) + line for line in lines) + "\n\n"
        for pos in range(0, len(text), 7):
            found, expected = _SEED.search(text, pos), backtracking.search(text, pos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos)


def _stretches_searching_to_the_ends(text: str) -> list[tuple[int, int]]:
    """`columns._stretches` as first written: each end of a run looked for to the text's ends."""
    stretches: list[tuple[int, int]] = []
    position = 0
    while (seed := _SEED.search(text, position)) is not None:
        start = max(text.rfind("\n\n\n", 0, seed.start()), text.rfind("\f", 0, seed.start()))
        start = max(start, seed.start() - columns.REACH, 0)
        start = text.rfind("\n", 0, start) + 1 if start > 0 else 0
        ends = [e for e in (text.find("\n\n\n", seed.end()), text.find("\f", seed.end())) if e >= 0]
        end = min([*ends, seed.end() + columns.REACH, len(text)])
        if stretches and start <= stretches[-1][1]:
            start = stretches[-1][0]
            stretches.pop()
        stretches.append((start, end))
        position = max(end, seed.end())
    return stretches


def test_a_runs_ends_looked_for_within_reach_are_those_found_searching_the_whole_text(
    monkeypatch: object,
) -> None:
    """The stretches' ends are looked for only `REACH` characters around each seed (a search to
    the text's ends at each seed was quadratic in a text with no form feed). Random
    texts of seeds, long lines, double blank lines and form feeds at every distance around a
    short reach, and the real reach: the same stretches. Fails when any of the four searches
    stops two characters short (one short is the same: the reach's end is an end itself)."""
    rng = random.Random(27)
    pieces = ["\n\n字字字" * 4 + "\n\n", "\n\n字字字", "\n", "\n", "\f", "字", "字", "。"]
    for reach in (3, 5, 11, 23, 6000):
        monkeypatch.setattr(columns, "REACH", reach)  # type: ignore[attr-defined]
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40))) + "\n\n"
            assert columns._stretches(text) == _stretches_searching_to_the_ends(text), text


@given(st.text(alphabet="中国\u3400\u9fff\u33ff\ua000a1 \t\u3000，\f", max_size=30))
def test_a_column_lines_han_counted_by_runs_as_one_by_one(stripped: str) -> None:
    """`_column_line`'s Han counted by deleting their runs (issue 17), against its `findall`."""
    raw = stripped.strip()
    if "\f" in raw or len(raw) > MAX_LINE or raw[:1] in " \t\u3000":
        return
    each = re.compile(r"[\u3400-\u9fff]")
    old = len(each.findall(raw)) * 2 >= len(raw) - raw.count(" ")
    assert columns._column_line(raw, raw) == old
