"""What a headline's second line opens on (`headline_words`)."""

from __future__ import annotations

from convert.headline_words import (
    SAYS_RE,
    kicker_by_words,
    leads_into,
    opens_briefs,
    opens_on_actor,
    opens_on_name,
    opens_on_time,
    restated_in_lead,
    story_share,
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


KICKER_STORY = (
    "央视网消息（新闻联播）：国务院总理李克强1日在京会见越共中央总书记阮富仲。"
    "李克强表示，中越是全面战略合作伙伴，拥有广泛共同利益。"
)


def test_a_slogan_the_story_does_not_restate_over_a_headline_it_does_is_a_kicker() -> None:
    assert kicker_by_words("在习近平新时代中国特色社会主义思想指引下", "李克强会见越共中央总书记", KICKER_STORY)
    assert kicker_by_words("落实党中央决策部署", "李克强会见越共中央总书记", KICKER_STORY)
    # the headline's own first line: the story restates it
    assert not kicker_by_words("李克强会见越共", "中央总书记阮富仲", KICKER_STORY)
    # a headline its story does not restate at all tells nothing
    assert not kicker_by_words("落实党中央决策部署", "国际联播快讯", KICKER_STORY)


def test_a_kicker_by_words_keeps_the_breaks_that_cut_a_headline() -> None:
    story = "美国中央司令部31日称，美军当天对也门胡塞武装控制的多个目标实施了打击。"
    # a word cut at the break (`打|击`)
    assert not kicker_by_words("美军称打", "击也门胡塞武装多个目标", story)
    # a break at a spaced headline's space, a number cut from its counter
    assert not kicker_by_words("以军继续在加沙地带发动军事行动 ", "哈马斯向以色列多地发射火箭弹", story)
    assert not kicker_by_words("庆祝中国共产党成立103", "周年交响音乐会在京举行", story)


def test_a_verb_opening_the_headline_vetoes_only_a_first_line_restated_in_part() -> None:
    story = "今天上午8时许，我国第三艘航空母舰福建舰从上海江南造船厂码头解缆启航，开展首次航行试验。"
    assert not kicker_by_words("海军福建舰出海", "开展首次航行试验", story)
    story = "6月30日晚，庆祝中国共产党成立103周年交响音乐会在中国共产党历史展览馆举行。"
    assert kicker_by_words("落实党中央决策部署", "庆祝中国共产党成立103周年交响音乐会在京举行", story)


def test_story_share() -> None:
    assert story_share("会见越共中央", KICKER_STORY) == 1.0
    assert story_share("李克强会见越共", KICKER_STORY) == 0.6  # (`强会见` the story writes `强1日在京会见`)
    assert story_share("新春走基层", KICKER_STORY) == 0.0
    assert story_share("《》", KICKER_STORY) is None


def test_a_roundup_opens_on_a_bare_dateline_over_a_briefs_subhead() -> None:
    briefs = ["央视网消息（新闻联播）：", "前三季度全国铁路固定资产投资完成4750亿元", "记者从国铁集团了解到，…"]
    assert opens_briefs(briefs)
    # a story that runs on from its dateline, or a dateline over a sentence, opens no roundup
    assert not opens_briefs(["央视网消息（新闻联播）：今天（11月1日），…", "记者了解到，…。"])
    assert not opens_briefs(["央视网消息（新闻联播）：", "今天（11月1日），全国消防宣传月活动启动。"])
    assert not opens_briefs(briefs[:1])


def test_over_a_roundups_briefs_the_headline_need_not_be_restated() -> None:
    story = "央视网消息（新闻联播）：前三季度全国铁路固定资产投资完成4750亿元记者从国铁集团了解到"
    assert not kicker_by_words("落实党中央决策部署", "国际联播快讯", story)
    assert kicker_by_words("落实党中央决策部署", "国际联播快讯", story, briefs=True)
    # the kicker's own words still must stand nowhere in the story
    assert not kicker_by_words("铁路固定资产投资", "国际联播快讯", story, briefs=True)


def test_a_short_lead_that_restates_the_headline_and_not_the_dash_tells_a_subtitle() -> None:
    head = "央视快评：当好践行全球治理倡议的表率 携手迈向人类命运共同体"
    lead = "本报武汉9月2日电　本台今天（9月1日）播发央视快评《当好践行全球治理倡议的表率 携手迈向人类命运共同体》。"
    assert unrestated("——各地推进高质量发展综述", lead, head)
    assert not unrestated("——各地推进高质量发展综述", lead)  # (no headline: undecided)
    # the headline's own part, restated in a story of one sentence
    whole = "央视网消息（新闻联播）：本台播发央视快评《深刻把握新时代新征程党的使命任务——热烈庆祝中国共产党成立103周年》。"
    assert not unrestated("——热烈庆祝中国共产党成立103周年", whole, "央视快评：深刻把握新时代新征程党的使命任务")
    # a lead cut short inside the work's title, or before its sentence ends, tells nothing
    assert not unrestated("——热烈庆祝中国共产党成立103周年", whole[:40], "央视快评：深刻把握新时代新征程党的使命任务")
    assert not unrestated("——各地推进高质量发展综述", lead[:-2], head)


def test_a_first_line_that_opens_on_a_source_that_says_leads_into_the_second() -> None:
    assert leads_into("俄称发动多轮", "集群打击 乌称袭击俄炼油厂")
    assert leads_into("美军称打击", "也门胡塞武装多个目标")
    assert SAYS_RE.match("俄媒称俄军") and not SAYS_RE.match("授予荣誉称号")  # (a title, `称号`)
