"""`section_or_head`: a short line under a boxed masthead is the page's section only when a
headline follows it; followed by the story's lead, it is the story's own short headline."""

from __future__ import annotations

import pytest

from convert.normalize.furniture.masthead import leading_mastheads


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (
            [
                "央视新闻",
                "2025年1月1日\u3000星期三",
                "",
                "江山多娇",
                "",
                "央视网消息（新闻联播）：迈进新的一年。",
            ],
            [0, 1],
        ),
        (
            [
                "每日新闻摘编",
                "2026年7月1日 星期三",
                "",
                "联播快讯",
                "",
                "  央视网消息（新闻联播）：一元复始，万象更新。",
            ],
            [0, 1],
        ),
        # the lead's dateline alone on its line (a narrow column), or its first line unfinished
        (
            ["新闻联播", "2026-07-01 星期三", "", "联播快讯", "", "  央视网消息（新闻联播）："],
            [0, 1],
        ),
        (
            [
                "央视新闻",
                "2024年1月1日 星期一",
                "",
                "江山多娇",
                "",
                "    央视网消息（新闻联播）：一元复始，万象更新，神州大地，江",
            ],
            [0, 1],
        ),
        # a section with a headline under it: taken, as before (a headline's line may end in `：`)
        (
            [
                "经济日报",
                "2023年3月1日 星期三",
                "今日8版",
                "要闻",
                "",
                "【权威部门话开局】财政部：",
            ],
            [0, 1, 2, 3],
        ),
        (
            [
                "人民日报",
                "2024年3月1日 星期五",
                "要闻",
                "习近平出席仪式并发表讲话",
                "新华社北京3月1日电",
            ],
            [0, 1, 2],
        ),
        (
            ["央视新闻", "2025年1月1日 星期三", "国际", "央视快评：牢记初心使命开创美好未来"],
            [0, 1, 2],
        ),
    ],
)
def test_a_short_line_before_the_lead_is_no_section(lines: list[str], found: list[int]) -> None:
    assert leading_mastheads(lines) == found


def test_a_short_headline_under_a_two_line_masthead_is_the_title() -> None:
    """The whole pass: the masthead goes, the four-character headline stays and titles the
    story (before, it went with the masthead and the story had no title)."""
    from convert.normalize import normalize

    text = (
        "央视新闻\n2025年1月1日\u3000星期三\n\n                          江山多娇\n\n"
        "    央视网消息（新闻联播）：迈进新的一年，神州大地气象一新。\n"
        "    节目的最后，让我们一起感受祖国锦绣山河、壮丽风光。\n"
    )
    fixed = normalize(text).text
    assert fixed.split("\n")[0].strip() == "江山多娇"
    assert "央视新闻" not in fixed and "星期三" not in fixed
