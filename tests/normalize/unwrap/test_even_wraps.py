"""Two wraps of one length under a measure misread keep their break (`unwrap.even_wraps`)."""

from __future__ import annotations

from convert.normalize.unwrap.even_wraps import at_wraps_measure, even_wraps
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


# a brief's story at 10 cells in a text whose measure reads 11 (the blind damage model's narrow
# page, xwlb-20250101-0211, seed 4, tuning half, its story set under another at 11): the story's
# first line, no mark in it, read as a heading
BRIEFS = """俄军称打击乌军用机场
俄罗斯国防部今天称，俄军
对乌克兰一个军用机场和一
家为乌军生产火药的军工企
业实施了集群打击，俄黑海
舰队还击落了多架乌军无人
机和多艘无人艇，这些目标
主要用于供应乌军前线部队。
俄气称已停止通过乌克兰
向欧洲供应天然气
俄罗斯天然气工业公司
今天（1月1日）通报称，
由于过境运输协议终止，
该公司已不具备相关技
术和法律条件，当天停
止了通过乌克兰向欧洲
供应天然气。
"""
FIRST = "俄罗斯天然气工业公司"
UNDER = ["今天（1月1日）通报称，", "由于过境运输协议终止，"]


def test_a_first_line_at_its_wraps_measure() -> None:
    lines = ["前文。", FIRST, *UNDER]
    assert at_wraps_measure(FIRST, UNDER[0], lines, 1, 1)
    assert not at_wraps_measure(FIRST, UNDER[0], lines[1:], 0, 0)  # (the text's front)
    # narrower than the wraps: a subhead stopping short at its own length
    assert not at_wraps_measure("俄罗斯天然气公司", UNDER[0], lines, 1, 1)
    # a subhead the story restates, four characters in a row
    restated = ["前文。", FIRST, "俄罗斯天然气工业公司今", UNDER[1]]
    assert not at_wraps_measure(FIRST, restated[2], restated, 1, 1)
    # a headline's pause; a dateline under it
    paused = "俄罗斯天然 气工业公司"
    assert not at_wraps_measure(paused, UNDER[0], ["前文。", paused, *UNDER], 1, 1)
    dated = ["前文。", FIRST, "新华社北京1月1日电", UNDER[1]]
    assert not at_wraps_measure(FIRST, dated[2], dated, 1, 1)


def test_the_story_s_first_line_runs_on_under_a_wider_measure() -> None:
    found = fixed(BRIEFS).split("\n\n")
    assert "俄气称已停止通过乌克兰向欧洲供应天然气" in found
    assert any(p.startswith("俄罗斯天然气工业公司今天（1月1日）") for p in found)


def test_a_dateline_alone_on_its_line_ends_the_front() -> None:
    lines = ["央视网消息（新闻联播）：", FIRST, *UNDER]
    assert at_wraps_measure(FIRST, UNDER[0], lines, 1, 0)
    assert not at_wraps_measure(FIRST, UNDER[0], ["新春走基层", FIRST, *UNDER], 1, 0)
