"""A paragraph's first line in a column narrowed beside a picture is a wrap
(`unwrap.picture_column`)."""

from __future__ import annotations

import json

from bench.accuracy import XWLB
from bench.damage_fifth import damage_article
from convert.normalize.unwrap.paragraphing import NO_PARAGRAPHING
from convert.normalize.unwrap.picture_column import (
    narrow_column,
    narrow_goes_on,
    picture_column,
    picture_goes_on,
)

from ...support.normalized import paragraphs

LINE = "刘争是中国运载火箭"  # 9 cells beside a picture, a heading's look
NEXT = "技术研究院的工艺师，"  # 10 cells, cut inside its sentence
FULL = "他的工作就是设计研发新技术、新装"  # 16 cells: the text's measure again


def test_a_first_line_over_a_wrap_of_its_width_and_the_text_s_measure() -> None:
    assert picture_column([], LINE, NEXT, FULL, 16)
    assert narrow_column([], LINE, NEXT, FULL, 16, NO_PARAGRAPHING)


def test_a_first_line_over_a_wrap_of_its_width_and_the_paragraph_s_last_line() -> None:
    assert picture_column(
        [],
        "拉共体轮值主席国哥伦比亚呼吁9月1日召开拉",
        "共体外交部长会议，就美国在加勒比海地区部",
        "署军舰进行讨论。",
        26,
    )


def test_a_first_line_over_a_wrap_and_a_last_line_with_a_note_s_call() -> None:
    """The blind model's narrow page of a tuning article (seed 13, xwlb-20240701-0166): a story
    at 16 cells under a text measure of 23, its last line a note's call; `[1]` counted in cells
    as digits and parentheses are, not as Latin letters."""
    assert picture_column(
        [], "音乐会将于7月1日晚在中央广播电视", "总台综合频道、综艺频道黄金时段播", "出[1]。", 23
    )


def test_not_a_heading_over_its_paragraph() -> None:
    assert not picture_column([], LINE, FULL, FULL, 16)  # the next line at the measure
    assert not picture_column([], LINE, "技术研究院的工艺师们", FULL, 16)  # no pause in it
    assert not picture_column([], LINE, "技术研究院的工艺师。", FULL, 16)  # a sentence ends
    assert not picture_column(["他说"], LINE, NEXT, FULL, 16)  # not a first line
    assert not picture_column([], LINE, NEXT, "他的工作就是设计研发新技", 16)  # a third width


def test_a_picture_s_first_lines_on_a_page_of_blank_line_paragraphs() -> None:
    # the fifth model's narrow page, seed 0 (tuning half): a picture narrows the column to 10
    # cells under a measure of 16, and a paragraph opens beside it
    text = _fifth_page("xwlb-20250501-0233", 0)
    assert "\n\n刘争是中国运载火箭\n技术研究院的工艺师，\n他的工作" in text
    assert any("刘争是中国运载火箭技术研究院的工艺师，他的工作" in p for p in paragraphs(text))


def test_a_first_line_over_a_next_line_with_a_heading_s_look() -> None:
    # seed 14 (tuning half): 20 cells beside a picture under a measure of 26; the next line
    # looks like a short heading too
    text = _fifth_page("xwlb-20250901-0273", 14)
    assert "\n\n拉共体轮值主席国哥伦比亚呼吁9月1日召开拉\n" in text
    assert any("呼吁9月1日召开拉共体外交部长会议" in p for p in paragraphs(text))


OVER = [
    "中方代表表示，美西方炒作涉疆问题，本质就",  # 20 cells: the text's measure
    "是借人权问题破坏中国稳定，阻挠中国发展，",
    "维护自身霸权。美西方少数国家",  # 14 cells beside a picture
]
INSIDE = "无论如何炒作表演，都抹杀不了"
UNDER = "新疆人权事业历史性进步的事实"


def test_a_line_going_on_in_a_column_narrowed_under_a_line_at_the_measure() -> None:
    assert picture_goes_on(OVER, INSIDE, UNDER, 20)
    assert picture_goes_on(OVER[:2], OVER[2], INSIDE, 20)  # the picture's first line
    assert picture_goes_on([*OVER, INSIDE], UNDER, "和真相，只会自取其辱。", 20)  # over the last
    assert narrow_goes_on(OVER, INSIDE, UNDER, 20, NO_PARAGRAPHING)


def test_not_without_a_line_at_the_measure_over_it_nor_under_a_sentence_s_end() -> None:
    assert not picture_goes_on(OVER[2:], INSIDE, UNDER, 20)  # a story at its own measure
    assert not picture_goes_on([*OVER[:2], "维护自身霸权。美西方少数国。"], INSIDE, UNDER, 20)
    assert not picture_goes_on(OVER, INSIDE, "新疆人权事业历史性进步的事实和真相", 20)  # wider


def test_a_paragraph_narrowed_beside_a_picture_on_a_page_of_blank_line_paragraphs() -> None:
    # the fifth model's narrow page, seed 13 (tuning half): a picture narrows the column to 14
    # cells under a measure of 20 in the middle of a paragraph; two of its lines read as headings
    text = _fifth_page("xwlb-20221101-0018", 13)
    assert "美西方少数国家\n无论如何炒作表演，都抹杀不了\n新疆人权事业" in text
    assert any("都抹杀不了新疆人权事业历史性进步的事实和真相" in p for p in paragraphs(text))


def _fifth_page(article_id: str, seed: int) -> str:
    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == article_id)
    return damage_article(article, "narrow", seed).text
