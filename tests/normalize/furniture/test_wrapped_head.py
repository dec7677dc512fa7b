"""A running head wrapped into pieces at the top of a narrow page (`furniture.wrapped_head`):
taken only where every cut part has its tail, at the text's start or after a form feed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.furniture.page_lines import lines_of
from convert.normalize.furniture.wrapped_head import MAX_PIECES, wrapped_head, wrapped_heads

from ...support.normalized import fixed_by

STORY = "习近平出席仪式并发表讲话\n\n央视网消息（新闻联播）：仪式在北京举行。\n"
# as pdftotext gives the head of bench/accuracy_extracted.py's weasy-narrow pages
HEADS = [
    ["新闻联播文字版", "期六", "", "2025年3月1日 星", "", "第9", "版"],
    ["新闻联播文字版", "六", "", "2025年11月1日 星期", "", "第7", "版"],
    ["新闻联播文字版", "五", "", "2023年9月1日 星期 第9", "版"],
    ["新闻联播文字版", "星期六", "", "2025年11月1日", "", "第8", "版"],
]


@pytest.mark.parametrize("head", HEADS)
def test_wrapped_heads_are_found_and_not_the_headline(head: list[str]) -> None:
    lines = [*head, "", "俄称发动多轮集群", "正文。"]
    assert wrapped_head(enumerate(lines)) == [i for i, key in enumerate(head) if key]


@pytest.mark.parametrize(
    "lines",
    [
        ["新闻联播文字版", "2025年3月1日 星", "正文。"],  # a cut without its tail
        ["第9", "正文。"],
        ["版", "第一章", "正文。"],  # a tail without its cut
        ["2025年3月1日 星期六", "第9版", "正文。"],  # whole parts: the masthead pass's
        ["第一", "版本更新说明", "正文。"],
    ],
)
def test_unbalanced_or_whole_lines_are_not_a_wrapped_head(lines: list[str]) -> None:
    assert wrapped_head(enumerate(lines)) == []


@pytest.mark.parametrize("head", HEADS)
def test_a_wrapped_head_opening_the_text_is_removed_and_recorded(head: list[str]) -> None:
    result, kinds = fixed_by("furniture", "\n".join(head) + "\n\n" + STORY)
    assert result == STORY
    assert "masthead" in kinds


def test_a_wrapped_head_after_a_form_feed_is_removed() -> None:
    page = "第一页的正文到此结束了。\n\n9\n\n\f" + "\n".join(HEADS[0]) + "\n\n第二页的正文。\n"
    result, _ = fixed_by("furniture", page)
    assert "星" not in result and "期六" not in result and "第9" not in result
    assert "第一页的正文到此结束了。" in result and "第二页的正文。" in result


_HEAD_LINES = ["新闻联播文字版", "期六", "2025年3月1日 星", "第9", "版", "2025年3月1日 星期六", "第9版"]
_PAGE_LINES = [*_HEAD_LINES, "", "", "俄称…", "正文的一行。", "\f新闻联播文字版", "\f第9"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_LINES), max_size=60))
def test_the_pieces_asked_once_across_pages_find_what_each_page_finds(keys: list[str]) -> None:
    """`wrapped_heads` keeps each line's `_piece` across the pages of a text: it finds what
    `wrapped_head` finds asked page by page with nothing kept."""
    text = "\n".join(keys)
    lines = lines_of(text)
    marks = [i for i, line in enumerate(lines) if "\f" in line.text]
    first = next((i for i, line in enumerate(lines) if line.key), None)
    alone: set[int] = set()
    for start in sorted({*marks} | ({first} if first is not None else set())):
        window = range(start, min(len(lines), start + 2 * MAX_PIECES + 1))
        alone.update(wrapped_head((i, lines[i].key) for i in window))
    assert wrapped_heads(lines, marks) == alone
