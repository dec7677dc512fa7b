"""Page furniture: running heads, page numbers, jump lines and form feeds go, each recorded."""

from __future__ import annotations

import pytest

from convert.config import Config

from ..support.normalized import normalized


def fixed(text: str, config: Config | None = None) -> tuple[str, list[str]]:
    result = normalized(text, config)
    return result.text, [c.kind for c in result.changes if c.pass_name == "furniture"]


@pytest.mark.parametrize("number", ["— 3 —", "3", "Page 3", "- 3 -", "第3页", "3/12", "－ 3 －"])
def test_page_numbers_between_pages_are_removed(number: str) -> None:
    text = f"标题\n\n第一段的前半句在这一页的末尾，\n{number}\n\f后半句在下一页的开头继续。\n"
    result, kinds = fixed(text)
    assert result == "标题\n\n第一段的前半句在这一页的末尾，后半句在下一页的开头继续。\n"
    assert "page-number" in kinds


@pytest.mark.parametrize(
    "jump", ["（下转第2版）", "(下转第2版)", "上接第一版", "（上接第1版）", "Continued on page 5"]
)
def test_jump_lines_are_removed(jump: str) -> None:
    text = f"标题\n\n这篇报道在头版开始，\n{jump}\n\f在第二版继续讲完。"
    result, kinds = fixed(text)
    assert result == "标题\n\n这篇报道在头版开始，在第二版继续讲完。"
    assert "jump-line" in kinds


def test_a_jump_line_glued_to_the_last_line_of_a_page_is_cut_off() -> None:
    result, kinds = fixed("标题\n\n报道在这里结束。（下转第2版）\n\n另一段。")
    assert result == "标题\n\n报道在这里结束。\n\n另一段。" and kinds == ["jump-line"]


def test_running_heads_repeated_at_page_boundaries_are_removed() -> None:
    pages = [
        "北京日报 · 要闻\n第一页的正文写到这里，",
        "北京日报 · 要闻\n第二页接着写，仍然没有结束，",
        "北京日报 · 要闻\n第三页写完了。",
    ]
    result, kinds = fixed("标题\n\n" + "\n\f".join(pages))
    assert result == "标题\n\n第一页的正文写到这里，第二页接着写，仍然没有结束，第三页写完了。"
    assert kinds.count("running-head") == 3


def test_a_repeated_line_inside_the_text_is_not_a_running_head() -> None:
    text = "标题\n\n小结\n\n第一段。\n\n小结\n\n第二段。\n\f第三段。"
    assert "小结" in fixed(text)[0]


def test_pdftotext_page_break_is_a_line_break_not_a_paragraph_break() -> None:
    # pdftotext ends each page with a blank line and a form feed; the sentence runs on
    text = "Chapter 1\nIt was the best of times, it was the worst of\n\n\ftimes, it was the age."
    result, kinds = fixed(text)
    assert (
        result
        == "Chapter 1\n\nIt was the best of times, it was the worst of times, it was the age."
    )
    assert "form-feed" in kinds


def test_a_chapter_heading_at_a_page_top_is_kept() -> None:
    text = "The end of the chapter.\n\n\fChapter 2\n\nThe next one.\n\n\fChapter 3\n\nAnd another."
    result, _ = fixed(text)
    assert "Chapter 2" in result and "Chapter 3" in result and "\f" not in result


def test_numbers_inside_paragraphs_stay() -> None:
    text = "共有\n3\n个人参加了会议。"
    assert "3" in fixed(text)[0]


def test_the_pass_can_be_switched_off() -> None:
    text = "正文第一页，\n— 1 —\n\f正文第二页。"
    result, kinds = fixed(text, Config(remove_page_furniture=False))
    assert kinds == [] and "— 1 —" in result


# a narrow column from bench/damage.py (seed 0, article 54): the page ends on a full line that
# ends a sentence, and the page's foot and the next page's head are set off by blank lines
THEME_PAGE = (
    "文章指出,要全面准确把\n握主题教育的目标要求。\n这次主题教育的总要求是\n"
    '"学思想、强党性、重实\n践、建新功"。这四句话\n体现了我们党认识与实践\n'
    "相结合、理论与实际相联\n系、改造主观世界与改造\n客观世界相统一的一贯要\n"
    "求，是一个紧密联系、相\n互贯通、内在统一的整体。\n\n(下转第3版)\n2\n"
    "\fContinued from page 2\n\n"
)


def test_a_page_break_inside_a_paragraph_loses_its_blank_lines() -> None:
    # `要把…` leans on the sentence before: the paragraph runs on across the page
    text = "标题\n\n" + THEME_PAGE + "要把这一总要求贯穿这次\n主题教育全过程。"
    result, kinds = fixed(text)
    assert result.split("\n\n")[1].endswith(
        "内在统一的整体。要把这一总要求贯穿这次主题教育全过程。"
    )
    assert kinds.count("form-feed") >= 2


def test_a_full_line_before_a_page_break_may_still_end_its_paragraph() -> None:
    text = "标题\n\n" + THEME_PAGE + "文章强调，要以学铸魂\n、以学增智。"
    result, _ = fixed(text)
    blocks = [block.strip() for block in result.split("\n\n")]
    assert (
        blocks[1].endswith("内在统一的整体。") and blocks[2] == "文章强调，要以学铸魂、以学增智。"
    )
