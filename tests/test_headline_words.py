"""What a headline's second line opens on (`headline_words`)."""

from __future__ import annotations

from convert.headline_words import (
    opens_on_actor,
    opens_on_name,
    opens_on_time,
    restated_in_lead,
    unrestated,
    verb_goes_on,
)


def test_a_line_that_opens_on_a_verb_goes_on() -> None:
    assert verb_goes_on("欢迎白俄罗斯总统访华")
    assert not verb_goes_on("李克强会见白俄罗斯总统")  # (its own subject)
    assert not verb_goes_on("迎接新学期 全国中小学陆续开学")  # (spaced: its parts stand)


def test_a_line_that_opens_on_a_name_states_its_subject() -> None:
    assert opens_on_name("李强将出席东亚合作领导人系列会议并访问印尼")
    assert not opens_on_name("施加快规模化绿色化发展")  # (a surname alone: no name)
    assert not opens_on_name("斯托祖利季斯就任塞浦路斯总统")  # (a name cut at the break)


def test_a_first_line_that_opens_on_a_full_name_starts_a_headline() -> None:
    assert opens_on_actor("习近平向瑞士")
    assert opens_on_actor("王沪宁会见波黑")  # (three characters tagged `nr`)
    assert not opens_on_actor("权威访谈")  # (a two-character `nr` that is no name)
    assert not opens_on_actor("李克强")  # (the name alone goes on nowhere)


def test_a_first_line_that_opens_on_a_time_starts_a_headline() -> None:
    assert opens_on_time("一季度物流开局")
    assert opens_on_time("今年5G网络")
    assert not opens_on_time("元旦特别报道")  # (a column: the time and one word)
    assert not opens_on_time("一线观察")


def test_a_break_the_lead_restates_is_inside_the_headline() -> None:
    lead = "央视网消息（新闻联播）：今天（1月1日），世界超高海拔地区规模最大的风电项目投产。"
    assert restated_in_lead("世界超高海拔地区", "规模最大风电项目在西藏投产", lead)
    assert restated_in_lead("世界超高海拔地区规模最大", "风电项目在西藏投产", lead)  # (的)
    assert not restated_in_lead("新春走基层", "世界超高海拔地区规模最大", lead)  # (a kicker)
    assert not restated_in_lead("一线观察：", "世界", lead)  # (Han or digits only)
    lead = "央视网消息（新闻联播）：6月30日晚8时，庆祝中国共产党成立103周年交响音乐会举行。"
    assert restated_in_lead("庆祝中国共产党成立", "103周年交响音乐会在京举行", lead)


def test_a_dash_line_the_lead_does_not_restate_is_a_subtitle() -> None:
    lead = (
        "央视网消息（新闻联播）：本台播发央视快评《劳动谱写时代华章 奋斗创造美好未来——庆祝“五一”国际"
        "劳动节》。快评指出，劳动创造了中华民族，造就了中华民族的辉煌历史，也必将创造出中华民族的光明未来。"
    )
    assert not unrestated("——庆祝“五一”国际劳动节", lead)  # (the headline's own part)
    assert unrestated("——来自基层一线的报道", lead)
    assert not unrestated("——来自基层一线的报道", "央视网消息（新闻联播）：")  # (too little lead)
