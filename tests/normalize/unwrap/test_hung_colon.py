"""A colon's line that passes the column under it only by the marks it hangs is a wrap
(`unwrap.hung_colon`)."""

from __future__ import annotations

from convert.normalize.unwrap.hung_colon import colon_over_column

from ...support.normalized import paragraphs
from .test_story_measure import blind_page

LEAD = "央视网消息（新闻联播）："  # 12 cells: `）：` hung past a column of 10


def test_a_colon_s_line_hung_past_the_column_under_it_is_a_wrap() -> None:
    assert colon_over_column(LEAD, "全国人大常委会委员长", "赵乐际1日在北京会见", [])
    assert colon_over_column(LEAD, "记者从工业和信息化部了", "解到，今年我国5G网络建", [])  # 11
    assert colon_over_column(
        "央视网消息(新闻联播):", "全国人大常委会委员长", "赵乐际1日在北京会见", []
    )
    # a sentence's colon, its column shown by the line over it too
    over = "家，是一项伟大而艰巨的事业，前途光明，任重"
    line = "道远。前进道路上，必须牢牢把握以下重大原则："
    under = "坚持和加强党的全面领导，坚持中国特色社会主"
    assert colon_over_column(line, under, "义道路，坚持以人民为中心的发展思想，坚持深", [over])
    assert not colon_over_column(
        line, under, "义道路，坚持以人民为中心的发展思想，坚持深", ["家，是"]
    )


def test_a_colon_s_line_at_the_column_inside_a_paragraph_is_a_wrap() -> None:
    # under the hung dateline, the lead's own colon fills the column of 10
    assert colon_over_column(
        "日前，中共中央决定：", "马兴瑞同志不再兼任新", "疆维吾尔自治区党委书", [LEAD]
    )
    # a numbered item opens a paragraph under a colon's line
    assert not colon_over_column(
        "日前，中共中央决定：", "1.马兴瑞同志不再兼任", "疆维吾尔自治区党委书", [LEAD]
    )
    assert not colon_over_column(LEAD, "一、中国55个项目获", "日内瓦国际发明展金奖", [])


def test_what_the_rule_refuses() -> None:
    # a subhead under a dateline standing alone: its two lines disagree on a width
    assert not colon_over_column(LEAD, "多举措优化支付服务", "提升支付便利性", [])
    # within the column: the line's length decides
    assert not colon_over_column(
        LEAD, "本台今天（９月１日）播发央视", "快评《牢记初心使命开创美好未", []
    )
    # no colon; no line after the next; the next line ends a sentence
    assert not colon_over_column(
        "央视网消息（新闻联播）", "全国人大常委会委员长", "赵乐际1日在北京会见", []
    )
    assert not colon_over_column(LEAD, "全国人大常委会委员长", "", [])
    assert not colon_over_column(LEAD, "赵乐际在北京会见了。", "赵乐际1日在北京会见", [])
    # a paragraph's first line that is no dateline: a colon's paragraph of one line may pass
    # the next story's column by its colon by chance
    line = "李克强就推进上合组织合作提出五点建议："
    assert not colon_over_column(
        line, "一是深化执法安全合作，维护安全稳定，", "营造良好发展环境。二是提高贸易和投资", []
    )
    # a line wider than the column by more than its hung marks
    assert not colon_over_column(
        "央视网消息新闻联播今天报道：", "全国人大常委会委员长", "赵乐际1日在北京会见", []
    )


def test_a_narrow_page_s_lead_runs_on_under_its_hung_dateline() -> None:
    # the blind model's narrow page, seed 1 (tuning half): a column of 10 under the lead's
    # dateline, 12 cells; the dateline and the headline-like line under it were paragraphs
    text = blind_page("xwlb-20230901-0092", "narrow", 1)
    assert "央视网消息（新闻联播）：\n全国人大常委会委员长\n" in text
    assert any(
        p.strip().startswith("央视网消息（新闻联播）：全国人大常委会委员长赵乐际1日在北京会见")
        for p in paragraphs(text)
    )


def test_a_dateline_joined_leaves_the_lead_s_colon_at_the_column_a_wrap() -> None:
    # seed 115 (tuning half): joined to its dateline, the lead's first line, a colon's line at
    # the column, was measured against the text (no longer a paragraph's first line) and split
    text = blind_page("xwlb-20250701-0256", "narrow", 115)
    assert "央视网消息（新闻联播）：\n日前，中共中央决定：\n马兴瑞" in text
    assert any(
        p.strip().startswith("央视网消息（新闻联播）：日前，中共中央决定：马兴瑞同志")
        for p in paragraphs(text)
    )
