"""Running heads by repetition, with a head's boxes counted as part of the page boundary."""

from __future__ import annotations

from convert.normalize import normalize

# LibreOffice's running head in three boxes (bench/pdf_layouts.py, office-1col), pdftotext's
# page break inside a sentence: the desk's box (`要闻`) has no form that tells it
HEAD = "新闻联播文字版\n\n2023 年 3 月 1 日 星期三\n\n要闻\n\n"
PAGES = (
    HEAD
    + "汪洋主持召开全国政协主席会议\n"
    + "央视网消息（新闻联播）：全国政协主席会议今天在北京召开。会议传达学习贯彻二中全会精神，切实把思\n\n1\n\n\f"
    + HEAD
    + "想和行动统一到党中央决策部署上来。\n"
    + "汪洋主持会议并讲话。\n\n2\n"
)


def test_a_desk_box_repeated_past_the_head_goes_with_it() -> None:
    result = normalize(PAGES)
    assert "要闻" not in result.text
    assert "切实把思想和行动统一到党中央决策部署上来。" in result.text
    removed = [c.before.strip() for c in result.changes if c.kind == "running-head"]
    assert removed.count("要闻") == 2


def test_a_line_repeated_inside_the_text_is_no_head() -> None:
    # the same short line in the body, away from every page boundary, stays
    text = PAGES.replace("汪洋主持会议并讲话。", "要闻\n汪洋主持会议并讲话。\n要闻\n结束。")
    result = normalize(text)
    assert not [c for c in result.changes if c.kind == "running-head" and "要闻" in c.before]
    assert result.text.count("要闻") == 3  # (the first page's box goes as its masthead)
