"""Runs of item and table-row blocks made lists and tables; everything else left a paragraph."""

from __future__ import annotations

from convert.model import ListBlock, Paragraph, Table, Text
from convert.structure.lines import in_item_runs, line_blocks, source_lines


def _labels(block: object) -> tuple[str, ...]:
    assert isinstance(block, ListBlock)
    return block.labels


def test_a_numbered_run_is_a_list_with_its_markers_and_texts() -> None:
    [block] = line_blocks(["1. 甲。", "2. 乙。", "3. 丙。"], "zh-CN")
    assert isinstance(block, ListBlock) and block.ordered
    assert block.labels == ("1. ", "2. ", "3. ")  # each marker with the space printed after it
    assert [item[0] for item in block.items] == [
        Paragraph("甲。"),
        Paragraph("乙。"),
        Paragraph("丙。"),
    ]
    assert source_lines(block) == ["1. 甲。", "2. 乙。", "3. 丙。"]


def test_an_items_separator_reads_back_as_the_text_had_it() -> None:
    texts = ["1.甲。", "2. 乙。", "3.\u3000丙。"]
    [block] = line_blocks(texts, "zh-CN")
    assert _labels(block) == ("1.", "2. ", "3.\u3000")
    assert source_lines(block) == texts


def test_a_lone_item_or_a_broken_sequence_stays_a_paragraph() -> None:
    assert line_blocks(["1. 甲。"], "zh-CN") == [Paragraph("1. 甲。")]
    blocks = line_blocks(["1. 甲。", "3. 丙。"], "zh-CN")
    assert blocks == [Paragraph("1. 甲。"), Paragraph("3. 丙。")]


def test_a_deeper_kind_nests_only_with_evidence() -> None:
    texts = ["一、总则。", "二、分类如下：", "（一）捐赠。", "（二）轮换。", "三、值守。"]
    [outer] = line_blocks(texts, "zh-CN")
    assert _labels(outer) == ("一、", "二、", "三、")
    assert isinstance(outer, ListBlock)
    assert _labels(outer.items[1][1]) == ("（一）", "（二）")
    # no outer item after the run and no colon announcing it: two lists side by side
    flat = line_blocks(["一、总则。", "二、分类。", "（一）捐赠。", "（二）轮换。"], "zh-CN")
    assert [_labels(b) for b in flat] == [("一、", "二、"), ("（一）", "（二）")]


def test_bullets_of_another_kind_start_another_list() -> None:
    blocks = line_blocks(["• 甲。", "• 乙。", "1. 丙。", "2. 丁。"], "zh-CN")
    assert [(b.ordered, _labels(b)) for b in blocks if isinstance(b, ListBlock)] == [
        (False, ("• ", "• ")),
        (True, ("1. ", "2. ")),
    ]


def test_tab_rows_with_a_header_only_when_it_looks_it() -> None:
    [table] = line_blocks(["项目\t去年\t今年", "钢铁\t12\t13", "煤炭\t1\t2"], "zh-CN")
    assert isinstance(table, Table)
    assert table.head == (((Text("项目"),), (Text("去年"),), (Text("今年"),)),)
    assert len(table.rows) == 2
    [plain] = line_blocks(["甲\t乙", "丙\t丁"], "zh-CN")
    assert isinstance(plain, Table) and not plain.head and len(plain.rows) == 2
    assert source_lines(plain) == ["甲\t乙", "丙\t丁"]


def test_a_lone_row_or_rows_of_unequal_width_stay_paragraphs() -> None:
    masthead = "人民日报\t2024年3月1日\t星期五"
    assert line_blocks([masthead], "zh-CN") == [Paragraph(masthead)]
    assert all(isinstance(b, Paragraph) for b in line_blocks(["甲\t乙", "丙\t丁\t戊"], "zh-CN"))


def test_items_of_a_run_are_flagged_a_lone_marker_is_not() -> None:
    texts = ["一、总则", "二、分类", "正文。", "三、值守"]
    assert in_item_runs(texts) == [True, True, False, False]
