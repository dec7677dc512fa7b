"""Furniture by form: page numbers, edition and date lines, jump lines; text is not furniture."""

from __future__ import annotations

import pytest

from convert.readers.pdf.furniture import JUMP_RE, furniture_kind
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
