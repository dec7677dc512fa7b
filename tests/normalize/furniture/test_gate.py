"""The furniture pass's gates: a text they let through with `unmarked_heads` alone, or turn away,
gets what the whole pass (every line looked at) gives it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.furniture import page_furniture_edits, remove_page_furniture
from convert.normalize.furniture.head_runs import unmarked_heads
from convert.normalize.furniture.lone_heads import takes_any_head
from convert.normalize.furniture.page_lines import lines_of

from ..test_properties import EXAMPLES

# the boxes of running heads, a cited source and a dateline, which both alphabets below hold
HEADS = [
    "第4版 时政",
    "第5版：要闻",
    "8 经济",
    "评论 5",
    "解放日报",
    "人民日报",
    "新华每日电讯",
    "（人民日报 2024年3月1日 第5版）",
    "日期：2024年3月1日",
]

# lines of running text (cut mid-sentence and whole), running heads with and without a page
# number, dates, editions, a bracketed source, a jump line, and the white space between them
PIECES = [
    "正文的一行字写到了这一页的最后",
    "还没有写完的一行字写到了这一页的",
    "写完的句子。",
    "特此通知。",
    "今年是2024年，我们迎来了新的发展。",
    "2024年3月1日 星期五",
    "2024年3月1日",
    *HEADS,
    "（下转第2版）",
    "— 3 —",
    "3",
    "\f",
    "\n",
    "\n\n",
    "  ",
    "\u3000\u3000",
]


# whole lines: of running text, boxes of a head, a cited source, a dateline, blank ones and white
# space, a short line, a box after a form feed (texts of these hold a head one time in six)
LINES = [
    "正文的一行字写到了这一页的最后",
    "还没有写完的一行字写到了这一页的",
    "写完的句子。",
    "特此通知。",
    "2024年3月1日 星期五",
    "2024年3月1日",
    "2023年1月1日 第2版",
    *HEADS,
    "",
    "",
    "  ",
    "\u3000",
    "短",
    "\f2024年3月1日",
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=24).map("".join),
    st.lists(st.sampled_from(LINES), max_size=12).map("\n".join),
)


def _whole_pass(text: str) -> list[object]:
    return list(page_furniture_edits(text, lines_of(text), Context()))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example(
    "正文的一行字写到了这一页的最后\n还没有写完的一行字写到了这一页的\n\n2024年3月1日 星期五\n\n写完的句子。"
)
@example("特此通知。\n\n2024年3月1日 星期五\n\n下一篇。")
@example("特此通知。\n\n2024年3月1日\n\n下一篇。")
@example("3月1日。\n2024年3月2日 星期六\n\n晴。\n2024年3月3日 星期日\n\n雨。")
@example("写完的句子。\n解放日报\n2024年3月1日 星期五\n第4版 时政\n正文的一行字写到了这一页的最后")
def test_the_gates_answer_as_the_whole_pass(text: str) -> None:
    assert remove_page_furniture(text, Config(), Context()) == _whole_pass(text)


def test_a_running_head_in_a_text_with_no_page_mark_is_still_found() -> None:
    """The second gate lets `unmarked_heads` answer: a head it takes goes through the whole
    pass (and is removed), one it leaves is no edit (a closing date, no weekday:
    `dated_heads`)."""
    text = "正文的一行字写到了这一页的最后\n还没有写完的一行字写到了这一页的\n\n2024年3月1日 星期五\n\n写完的句子。"
    edits = remove_page_furniture(text, Config(), Context())
    assert [e.kind for e in edits] == ["masthead"] and edits == _whole_pass(text)
    assert (
        remove_page_furniture("特此通知。\n\n2024年3月1日\n\n下一篇。", Config(), Context()) == []
    )


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("2024年3月1日 星期五\n\n写完的句子。")  # at the text's start: nothing above
@example("写完的句子\n解放日报\n\n2024年3月1日\n\n第4版 时政\n")  # at its end: nothing below
@example("写完的一行字还没有写完\n\n人民日报\n2024年3月1日\n正文的一行字")  # a paper's name above
@example("短\n\n2023年1月1日 第2版\n\u3000\n写完的句子。")  # the line under the run
@example(  # the line above the one over the run
    "还没有写完的一行字写到了这一页的\n\n解放日报\n正文的一行字写到了这一页的最后\n"
    "还没有写完的一行字写到了这一页的\n2024年3月1日 星期五\n还没有写完的一行字写到了这一页的"
)
def test_a_head_is_found_around_its_line_as_among_every_line(text: str) -> None:
    """`takes_any_head` reads the lines around each short dated line only (`_window`). (Each
    walk of the window made one line shorter fails: the line above the line over the run, and
    the line with content under it.)"""
    assert takes_any_head(text) == bool(unmarked_heads(text, lines_of(text), set()))


@pytest.mark.parametrize(
    "above", ["正文的一行字写到了这一页的最后\n还没有写完的一行字写到了这一页的", "特此通知。"]
)
def test_a_long_run_of_boxes_is_asked_once_among_every_line(above: str) -> None:
    """Each line of a run is asked with all of it: past the text's length read, the windows
    give way to one cut of the whole text (the same answer). (Dates with no weekday: under a
    finished sentence, a weekday's would go as a head of the text's one day, `dated_heads`.)"""
    text = above + "\n" + "\n".join(["2024年3月1日"] * 5) + "\n\n写完的句子。"
    expected = bool(unmarked_heads(text, lines_of(text), set()))
    assert takes_any_head(text) == expected == (above != "特此通知。")
