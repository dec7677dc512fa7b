"""Page breaks inside a paragraph of a text that indents its paragraphs (`unwrap.pages`)."""

from __future__ import annotations

from convert.blocks import split_blocks
from convert.config import Config
from convert.normalize.unwrap.pages import indents_paragraphs, next_opened, page_joins

from ...support.normalized import fixed_by, paragraphs
from .texts import wrap

# three paragraphs in a column of 11, each opening with an ideographic indent; a page's foot and
# the next page's running head cut the second after a full line that ends a sentence
SECOND = "赵乐际表示，中贝传统友谊深厚，历久弥新。近年来，两国关系保持良好发展势头。"
STORY = [
    "央视网消息（新闻联播）：全国人大常委会委员长赵乐际今天在北京会见贝宁总统塔隆。",
    SECOND,
    "塔隆表示，中国发展成就举世瞩目，是全球发展中国家的榜样。",
]


def _column(paragraph: str, width: int = 11) -> list[str]:
    return wrap("\u3000\u3000" + paragraph, width)


def _paged(first_page_lines: int) -> str:
    lines = [line for paragraph in STORY for line in [*_column(paragraph), ""]]
    foot = ["", "— 3 —", "北京日报  2023年9月1日 星期五", ""]
    return "\n".join([*lines[:first_page_lines], *foot, *lines[first_page_lines:]])


def test_a_page_break_after_a_full_line_that_ends_a_sentence_goes_on_unindented() -> None:
    # the second paragraph's first line, `　　赵乐际表示，中贝传`, and its second, which ends
    # a sentence at the column's edge (`统友谊深厚，历久弥新。`), stand on the first page
    text = _paged(len(_column(STORY[0])) + 1 + 2)
    assert _column(SECOND)[1] == "统友谊深厚，历久弥新。"
    got, kinds = fixed_by("unwrap", text)
    assert [p.strip() for p in got.split("\n\n")] == STORY
    assert kinds.count("unwrap") >= 1


def test_the_next_page_opening_with_an_indent_opens_a_paragraph() -> None:
    # the page breaks at the end of the first paragraph: the second opens the next page
    text = _paged(len(_column(STORY[0])) + 1)
    assert [p.strip() for p in paragraphs(text) if p.strip()] == STORY


def test_a_heading_a_table_row_or_a_list_item_after_the_page_break_stays_apart() -> None:
    config = Config()
    blocks_text = "\n\n".join(
        [
            "\n".join(_column(STORY[0])),
            "\n".join(_column(STORY[2])),
            "中贝合作成果丰硕",  # a heading
            "地区\t数量\t占比",  # a table row
            "1.推动国家区域医疗中心建设。",  # a list item
        ]
    )
    text = "\u3000\u3000" + blocks_text[2:]
    blocks = split_blocks(text)
    opened = [text[b.start - 1 : b.start] in " \u3000\t" for b in blocks]
    edits, continued = page_joins(blocks, opened, config)
    assert (edits, continued) == ([], set())


def test_a_block_that_goes_on_keeps_its_paragraphs_indent_for_the_next_page() -> None:
    # a paragraph over three pages: its middle page has no indent, nor does the last
    config = Config()
    long = "在新征程上，我们要坚定信心、接续奋斗，结合新的实际把党的优秀特质不断发扬光大，" * 3
    lines = _column(long)
    text = "\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:6]) + "\n\n" + "\n".join(lines[6:])
    blocks = split_blocks(text)
    opened = [text[b.start - 1 : b.start] in " \u3000\t" for b in blocks]
    edits, continued = page_joins(blocks, opened, config)
    assert continued == {1, 2}
    assert [e.after for e in edits] == ["", ""]


def test_indentation_marks_paragraphs_only_where_most_paragraphs_show_it() -> None:
    def judged(blocks: list[list[str]]) -> bool:
        text = "\n\n".join("\n".join(lines) for lines in blocks)
        split = [b.split("\n") for b in text.split("\n\n")]
        opened = [b[:1] in " \u3000" for b in text.split("\n\n")]
        # (the blocks' texts start after the indent they open with)
        starting = [[lines[0].lstrip(" \u3000"), *lines[1:]] for lines in split]
        return indents_paragraphs("\n" + text, starting, opened)

    indented = [_column(p) for p in STORY]
    assert judged(indented)
    # one paragraph alone under its indent: a story of one paragraph (`one_indent`)
    assert judged(indented[:1])
    unindented = [wrap(p, 11) for p in STORY]
    assert not judged(unindented[:1])
    assert not judged(indented[:2] + unindented)
    # list items and table rows open no paragraph
    items = [["1.推动国家区域医疗中心", "建设。"], ["2.支持普惠托育建设工程", "。"]]
    assert judged(indented[:2] + items)


def test_a_numbered_paragraph_after_an_indented_headline_stays_apart() -> None:
    # damage_print, narrow, seed 12 (tuning half): `（一）` before a digit is no list item for
    # `LIST_ITEM_RE`, but no page's continuation opens with a paragraph's number
    config = Config()
    text = (
        "\u3000\u3000央视网消息（新闻联播）：近日，\n阿富汗发生地震。\n\n"
        "\u3000\u3000阿富汗发生6.1级地震致严重伤亡\n\n"
        "（一）8月31日深夜，阿富汗东部发生6\n.1级地震，震源深度20公里。"
    )
    blocks = split_blocks(text)
    opened = [text[b.start - 1 : b.start] in " \u3000\t" for b in blocks]
    assert page_joins(blocks, opened, config) == ([], set())


def test_next_opened_tells_which_blocks_stand_over_an_indented_block() -> None:
    text = "甲乙丙\n丁戊\n\n　　己庚辛\n壬癸\n\n子丑\n寅卯"
    every = split_blocks(text)
    several = [b for b in every if "\n" in b.text]
    assert next_opened(text, every, several) == [True, False, False]
