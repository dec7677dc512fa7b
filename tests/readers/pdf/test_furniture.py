"""Furniture by form: page numbers, edition and date lines, jump lines; text is not furniture."""

from __future__ import annotations

import pytest

from convert.readers.pdf.furniture import JUMP_RE, find_furniture, furniture_kind
from convert.readers.pdf.lines import Segment


def _seg(text: str) -> Segment:
    return Segment(text, 0, 0, 100, 12, 12, False, "F", points=10)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("— 5 —", "page-number"),
        ("第 3 版", "page-number"),
        ("Page 12", "page-number"),
        ("xiv", "page-number"),
        ("（下转第2版）", "jump-line"),
        ("上接第1版", "jump-line"),
        ("新闻联播文字版　2025年6月1日 星期日", "running-head"),
        ("第5版　要闻", "running-head"),
    ],
)
def test_edge_lines_of_a_furniture_form(text: str, kind: str) -> None:
    assert furniture_kind(_seg(text), 12, repeated=False) == kind


@pytest.mark.parametrize(
    "text", ["Chapter 7", "图为现场画面。", "党的二十大文件民族文字版出版发行"]
)
def test_text_at_an_edge_is_not_furniture_unless_it_repeats(text: str) -> None:
    assert furniture_kind(_seg(text), 12, repeated=False) is None
    assert furniture_kind(_seg(text), 12, repeated=True) == "running-head"


def test_a_sentence_that_mentions_a_page_is_no_jump_line() -> None:
    assert not JUMP_RE.match("本报今日第2版刊登了评论员文章。")


def _at(text: str, x0: float, top: float, size: float) -> Segment:
    return Segment(text, x0, top, x0 + size * len(text), top + size, size, False, "F", points=size)


def _page(head_size: float) -> list[Segment]:
    """A narrow page: a running head wrapped over two rows (`…星期` / `五` left, `第9` / `版`
    right), white, then three lines of text in 10-point type."""
    head = [
        _at("新闻联播文字版 2023年9月1日 星期", 10, 20, head_size),
        _at("第9", 150, 20, head_size),
        _at("五", 10, 20 + 1.3 * head_size, head_size),
        _at("版", 150, 20 + 1.3 * head_size, head_size),
    ]
    text = [_at("央视网消息（新闻联播）：国务院总理", 10, 60 + 16 * i, 10) for i in range(3)]
    return head + text


def test_a_running_head_wrapped_over_two_rows_is_furniture_both_rows() -> None:
    pages = [_page(7.0), _page(7.0)]
    found = find_furniture(pages, 10.0)
    chosen = [
        sorted(s.text for s in p if id(s) in ids) for p, ids in zip(pages, found, strict=True)
    ]
    assert chosen == [["五", "新闻联播文字版 2023年9月1日 星期", "版", "第9"]] * 2


def test_two_rows_in_the_texts_own_size_are_no_wrapped_head() -> None:
    pages = [_page(10.0), _page(10.0)]
    found = find_furniture(pages, 10.0)
    assert all(not ids for ids in found)
