"""Page breaks: a form feed goes, and so do the blank lines of a page break inside a paragraph."""

from __future__ import annotations

import random
from bisect import bisect_right

from convert.config import Config
from convert.normalize.furniture.page_breaks import _covered_lines, _page_marks
from convert.normalize.furniture.page_lines import Line, lines_of

from ...support.normalized import fixed_by


def fixed(text: str, config: Config | None = None) -> tuple[str, list[str]]:
    return fixed_by("furniture", text, config)


def test_pdftotext_page_break_is_a_line_break_not_a_paragraph_break() -> None:
    # pdftotext ends each page with a blank line and a form feed; the sentence runs on
    text = "Chapter 1\nIt was the best of times, it was the worst of\n\n\ftimes, it was the age."
    result, kinds = fixed(text)
    assert (
        result
        == "Chapter 1\n\nIt was the best of times, it was the worst of times, it was the age."
    )
    assert "form-feed" in kinds


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


def test_indented_text_runs_on_across_a_page_without_a_form_feed() -> None:
    from ...support.normalized import paragraphs

    first = "　　央视网消息（新闻联播）：福建舰是我国完全自主设计建造的首艘弹\n射型航空母舰，满载排水量8万余吨。"
    rest = "从辽宁舰到山东舰，再到福建舰，人民海军\n航母建设实现了从无到有的跨越。"
    text = (
        "福建舰入列\n"
        + "\n".join(["　　新华社北京电 今天的仪式在海南三亚举行，来宾", "众多，场面十分隆重热烈。"])
        + "\n　　仪式上宣读了命令。\n"
        + first
        + "\n\n- 5 -\n第5版 国际\n\n"
        + rest
        + "\n　　仪式最后，全体官兵合影留念。\n"
    )
    result = paragraphs(text)
    assert any(
        p.startswith("央视网消息") and p.endswith("航母建设实现了从无到有的跨越。") for p in result
    )


def _covered(line: Line, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """A line is covered by the last span starting at or before it, if that span ends after
    the line's start (the definition `_covered_lines` finds from the spans)."""
    i = bisect_right(starts, line.start) - 1
    return i >= 0 and spans[i][1] > line.start


def test_page_marks_are_the_lines_with_a_form_feed_or_covered_by_a_span() -> None:
    """`_covered_lines` from the spans gives what asking every line gives (`_covered`), and
    `_page_marks` the lines with `"\\f"` in them or not blank and covered: random lines and
    random sorted spans, overlapping, meeting, sharing a start, inside a line or across
    several."""
    rng = random.Random(11)
    for _ in range(2000):
        pieces = rng.choices(["", " ", "正文", "3", "\f", "\f正"], k=rng.randint(1, 12))
        text = "\n".join(pieces)
        lines = lines_of(text)
        spans = sorted(
            (start, start + rng.randint(0, 8))
            for start in (rng.randint(0, len(text)) for _ in range(rng.randint(0, 5)))
        )
        starts = [start for start, _ in spans]
        covered = {i for i, line in enumerate(lines) if _covered(line, spans, starts)}
        assert _covered_lines(lines, spans) == covered, (text, spans)
        by_line = [
            index
            for index, line in enumerate(lines)
            if "\f" in line.text or (line.key and index in covered)
        ]
        assert _page_marks(text, lines, covered) == by_line, (text, spans)


# a narrow page whose last line is full and ends on a figure's decimal point, the figure going on
# at the next page's head (the blind model's tuning page xwlb-20250501-0231, seed 14)
FIGURE_PAGE = (
    "人力资源和社会保障部今\n天发布数据，一季度全国\n城镇新增就业三百万人，\n"
    "为企业减少成本456亿元，向58.\n\n(下转第3版)\n2\n\fContinued from page 2\n\n"
)


def test_a_figure_cut_after_its_decimal_point_runs_on_across_the_page() -> None:
    text = "标题\n\n" + FIGURE_PAGE + "8万户次企业发放稳岗资金。"
    result, kinds = fixed(text)
    blocks = [block.strip() for block in result.split("\n\n")]
    assert blocks[1].endswith("向58.8万户次企业发放稳岗资金。"), blocks
    assert "form-feed" in kinds
