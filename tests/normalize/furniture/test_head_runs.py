"""`head_runs`: running heads set in boxes, found with or without a page mark beside them."""

from __future__ import annotations


def test_a_running_head_in_a_text_with_no_page_mark_is_read() -> None:
    """No page number, no masthead opening the text: the gate still lets the pass read a text
    whose running head cuts a sentence (`may_hold_unmarked_head`)."""
    from convert.normalize import normalize
    from convert.normalize.furniture.head_runs import may_hold_unmarked_head

    text = (
        "会议强调，要深入贯彻习近平总书记关于长三角一体化发展的\n\n解放日报\n\n"
        "2024年3月1日 星期五\n\n第4版 时政\n重要指示精神，紧扣一体化和高质量两个关键词。"
    )
    assert may_hold_unmarked_head(text)
    fixed = normalize(text).text
    assert "解放日报" not in fixed and "星期五" not in fixed and "第4版" not in fixed
    assert not may_hold_unmarked_head("特此通知。\n\n今年是2024年，我们迎来了新的发展。")
