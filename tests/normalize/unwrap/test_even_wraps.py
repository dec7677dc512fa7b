"""Two wraps of one length under a measure misread keep their break (`unwrap.even_wraps`)."""

from __future__ import annotations

from convert.normalize.unwrap.even_wraps import even_wraps
from convert.normalize.unwrap.measure import Widths

from ...support.normalized import fixed

# blind damage model, flush page (xwlb-20240301-0137, seed 0, tuning half): a story at 28 cells
# in a text whose measure reads 29; the paragraph's first line (28) was read as a heading
PAGE = """新春走基层
《平“语”近人——习近平喜欢的典故》（第三季）引发热烈反响
央视网消息（新闻联播）：《平“语”近人——习近平喜欢的典
故》（第三季），以鲜明的时代特色和生动的表述方式受到观众
的广泛好评[1]。
节目选取习近平总书记在重要讲话、重要文章中引用的古代典籍
和经典名句，紧扣党的二十大精神，聚焦习近平总书记的新思想、
新观点、新论断，彰显了习近平文化思想所蕴含的伟大真理力量、
实践力量和人格力量。
"""
LINE = "节目选取习近平总书记在重要讲话、重要文章中引用的古代典籍"
NEXT = "和经典名句，紧扣党的二十大精神，聚焦习近平总书记的新思想、"
BODY = ["前文。"]  # (a line over it in its block that ends a sentence: not the front)


def test_the_next_line_s_hung_mark_aside_the_lines_are_of_one_length() -> None:
    assert even_wraps(LINE, NEXT, Widths(29, 0.0), [*BODY, LINE], 1, 0)
    assert not even_wraps(LINE, NEXT[:-3] + "、", Widths(29, 0.0), [*BODY, LINE], 1, 0)
    assert not even_wraps(LINE, NEXT, Widths(29, 0.0), [*BODY, LINE], 1, 0, chinese=False)
    # far short of a measure learnt from the text: only under a guess
    assert not even_wraps(LINE, NEXT, Widths(34, 0.0), [*BODY, LINE], 1, 0)
    assert even_wraps(LINE, NEXT, Widths(34, 0.0, guessed=True), [*BODY, LINE], 1, 0)


def test_a_heading_s_line_is_not_asked() -> None:
    widths = Widths(29, 0.0)
    assert not even_wraps(LINE + "。", NEXT, widths, [*BODY, LINE], 1, 0)  # (a sentence's end)
    assert not even_wraps(
        "节目选取习近平总书记在重要讲话重要文章中引用古代典籍", NEXT, widths, BODY, 1, 0
    )
    # the text's front: a line of its first block with no sentence end over it
    assert not even_wraps(LINE, NEXT, widths, ["新春走基层", LINE], 1, 0)
    assert even_wraps(LINE, NEXT, widths, ["新春走基层", LINE], 1, 1)  # (a later block)


def test_the_story_s_first_line_runs_on() -> None:
    assert "古代典籍和经典名句" in fixed(PAGE)
