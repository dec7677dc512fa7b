"""A block hard-wrapped at a measure inside a text set one paragraph a line
(`unwrap.wrapped_block`, issue 12)."""

from __future__ import annotations

from convert.blocks import split_blocks
from convert.normalize.unwrap.unwrapped import written_unwrapped
from convert.normalize.unwrap.wrapped_block import holds_wrapped_block, is_wrapped_block

from ...support.normalized import paragraphs

# a story's paragraphs one a line, blank lines between them: long lines no measure holds
ONE_A_LINE = [
    "文章强调，从现在起，中国共产党的中心任务就是团结带领全国各族人民全面建成社会主义现代化强国、"
    "实现第二个百年奋斗目标，以中国式现代化全面推进中华民族伟大复兴。",
    "文章指出，在新中国成立特别是改革开放以来长期探索和实践基础上，经过十八大以来在理论和实践上的"
    "创新突破，我们党成功推进和拓展了中国式现代化。中国式现代化，是中国共产党领导的社会主义现代化。",
    "文章指出，全面建成社会主义现代化强国，总的战略安排是分两步走：从二〇二〇年到二〇三五年基本实现"
    "社会主义现代化；从二〇三五年到本世纪中叶把我国建成富强民主文明和谐美丽的社会主义现代化强国。",
]
# and one wrapped at 27 cells (digits half a cell): its breaks cut a name and a phrase
WRAPPED = [
    "新华社北京7月1日电（记者赵丽）7月1日出版的第13期《求",
    "是》杂志发表中共中央总书记、国家主席、中央军委主席习",
    "近平2022年10月16日在中国共产党第二十次全国代表大会上",
    "的报告的一部分《新时代新征程中国共产党的使命任务》。",
]
PARAGRAPH = "".join(WRAPPED)


def test_lines_at_one_measure_to_the_cell_are_a_wrapped_block() -> None:
    assert is_wrapped_block(WRAPPED)


def test_a_block_needs_three_lines() -> None:
    assert not is_wrapped_block(WRAPPED[:2])


def test_lines_that_disagree_by_a_cell_are_no_wrapped_block() -> None:
    assert not is_wrapped_block([WRAPPED[0], WRAPPED[1] + "。", WRAPPED[3]])


def test_a_last_line_longer_than_the_measure_is_no_wrap() -> None:
    assert not is_wrapped_block([*WRAPPED[:3], WRAPPED[3] + "中国式现代化"])


def test_lines_that_end_their_sentences_are_a_writers() -> None:
    # (each line a paragraph that happens to be as long as the one above)
    lines = ["中国式现代化是人口规模巨大的现代化。", "中国式现代化是全体人民共同富裕的现。", "完"]
    assert len({len(line) for line in lines[:2]}) == 1
    assert not is_wrapped_block(lines)


def test_items_agreeing_by_their_mark_are_no_wrapped_block() -> None:
    lines = ["■製品名：PowerBank 10000mAh　ブラックモデル"] * 2 + ["■販売価格(税込)：8,800円"]
    assert is_wrapped_block(lines)  # (the lengths alone agree)
    assert not is_wrapped_block(lines, lambda line: not line.startswith("■"))


def test_short_lines_agree_by_chance() -> None:
    assert not is_wrapped_block(["一、坚持党的领导", "二、坚持人民至上", "三、坚持"])


def test_a_text_with_a_wrapped_block_is_wrapped() -> None:
    blocks = split_blocks("\n\n".join(ONE_A_LINE) + "\n")
    assert written_unwrapped(blocks)
    assert not holds_wrapped_block(blocks)
    mixed = split_blocks("\n\n".join([ONE_A_LINE[0], "\n".join(WRAPPED), *ONE_A_LINE[1:]]) + "\n")
    assert holds_wrapped_block(mixed)
    assert not written_unwrapped(mixed)


def test_the_wrapped_block_is_one_paragraph_again() -> None:
    text = "\n\n".join([ONE_A_LINE[0], "\n".join(WRAPPED), *ONE_A_LINE[1:]])
    assert paragraphs(text) == [ONE_A_LINE[0], PARAGRAPH, *ONE_A_LINE[1:]]


# the same paragraph as an office program spaces digits in CJK text (`7 月 1 日`), wrapped at 25
# cells: its lines carry spaces between wide characters and digits
SPACED = [
    "新华社北京 7 月 1 日电（记者赵丽）7 月 1 日出版的",
    "第 13 期《求是》杂志发表中共中央总书记、国家主席、",
    "中央军委主席习近平 2022 年 10 月 16 日在中国共产党",
    "第二十次全国代表大会上的报告的一部分《新时代新征程",
    "中国共产党的使命任务》。",
]


def test_a_block_wrapped_with_office_spacing_is_a_wrapped_block() -> None:
    mixed = split_blocks("\n\n".join([ONE_A_LINE[0], "\n".join(SPACED), *ONE_A_LINE[1:]]) + "\n")
    assert not written_unwrapped(mixed)
    # (one paragraph again, the office spacing taken out as well)
    text = "\n\n".join([ONE_A_LINE[0], "\n".join(SPACED), *ONE_A_LINE[1:]])
    assert paragraphs(text) == [ONE_A_LINE[0], PARAGRAPH, *ONE_A_LINE[1:]]
