"""Each repair pass on small inputs: what it must change and what it must leave alone."""

from __future__ import annotations

import pytest

from convert.changes import replay
from convert.config import Config
from convert.normalize import normalize


def fixed(text: str) -> str:
    result = normalize(text)
    assert replay(text, result.changes) == result.text
    return result.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a\r\nb\rc\u2028d", "a b c d"),  # line endings become LF, then the wrapped lines join
        ("第一段\r\n\r\n第二段", "第一段\n\n第二段"),
        ("中\u200b文\ufeff字", "中文字"),
        ("hy\u00adphen", "hyphen"),
        ("bell\x07s", "bells"),
        ("family 👨\u200d👩\u200d👧 stays", "family 👨\u200d👩\u200d👧 stays"),
        # (not `中文 字`: a space cutting the word 文字 goes, normalize/ocr_space.py)
        ("会议\u00a0开始", "会议 开始"),
        ("10\u00a0km", "10\u00a0km"),
    ],
)
def test_line_endings_and_invisible_characters(source: str, expected: str) -> None:
    assert fixed(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("ＡＢＣ１２３，全角", "ABC123，全角"),
        ("他说,好的;然后:走?对!", "他说，好的；然后：走？对！"),
        ("共 1,000 人，圆周率 3.14，时间 10:30。", "共 1,000 人，圆周率 3.14，时间 10:30。"),
        ("Hello, world; fine: yes? no!", "Hello, world; fine: yes? no!"),
        ("报告(上)", "报告（上）"),
        ("使用 Python (a language) 编程", "使用 Python (a language) 编程"),
        ('他说"你好"。', "他说“你好”。"),
        ("等等...还有。。。", "等等……还有……"),
        ("中文--破折号", "中文——破折号"),
        ("网址 https://example.com/a,b 请访问", "网址 https://example.com/a,b 请访问"),
        ("智慧, 力量", "智慧，力量"),
    ],
)
def test_width_and_cjk_punctuation(source: str, expected: str) -> None:
    assert fixed(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("我们在\n北京开会。", "我们在北京开会。"),
        ("It is a truth\nuniversally acknowledged.", "It is a truth universally acknowledged."),
        ("a well-\nknown fact.", "a well-known fact."),
        ("“Hello,”\nshe said.", "“Hello,” she said."),
        ("　　第一段开头\n继续。\n　　第二段开头。", "　　第一段开头继续。\n\n第二段开头。"),
    ],
)
def test_hard_wrapped_lines_are_joined(source: str, expected: str) -> None:
    assert fixed(source) == expected


def test_layout_break_joins_fragment_but_not_heading() -> None:
    cut = "第二段在排版时被分栏和分页打断，后半句跑到了下一栏的开头，读者看到的是两段不完整的文字，在这"
    body = "小标题下面的正文，说明这一节的内容。"
    text = f"标题\n\n第一段结束。\n\n{cut}\n\n里继续。\n\n小标题\n\n{body}"
    assert fixed(text) == f"标题\n\n第一段结束。\n\n{cut}里继续。\n\n小标题\n\n{body}"


def test_a_heading_after_a_paragraph_without_final_stop_is_kept() -> None:
    text = "标题\n\n这一段缺少句号\n\n东城区总工会\n\n今年，东城区总工会为职工办实事十件。"
    assert fixed(text) == text


def test_a_fragment_ending_in_a_pause_always_continues() -> None:
    text = "标题\n\n区总工会党组书记、\n\n主席王振华表示。"
    assert fixed(text) == "标题\n\n区总工会党组书记、主席王振华表示。"


def test_english_layout_break_joins_with_a_space() -> None:
    text = "Title Here\n\nThe meeting went on until\n\nthe evening came."
    assert fixed(text) == "Title Here\n\nThe meeting went on until the evening came."


def test_stray_word_not_in_dictionary_is_flagged_not_changed() -> None:
    result = normalize("我们的 the 力量。使用Python开发。")
    assert result.text == "我们的 the 力量。使用Python开发。"
    (flag,) = result.flags
    assert flag.kind == "stray-word" and flag.before == "the" and flag.severity == "warning"


def test_stray_dictionary_is_configurable() -> None:
    config = Config(stray_replacements={"the": "这"})
    # 这件事: the context asks for 这 (`我们的the 力量` would be taken out: 的这力量 reads wrong)
    assert normalize("他说the 件事。", config).text == "他说这件事。"


def test_missing_glyph_is_flagged_outside_a_byline() -> None:
    result = normalize("□本报记者 张三\n\n他说□很好。")
    (flag,) = result.flags
    assert flag.kind == "missing-glyph" and flag.line == 3


def test_a_bracket_whose_partner_is_full_width_becomes_full_width() -> None:
    assert fixed("昨天（10月31日)，今天(11月1日）。") == "昨天（10月31日），今天（11月1日）。"


def test_a_paragraph_ending_in_a_colon_introduces_the_next_one() -> None:
    text = "标题\n\n李克强就推进合作提出五点建议：\n\n一是深化执法安全合作。"
    assert fixed(text) == text


def test_a_dateline_alone_joins_its_paragraph_but_not_a_heading() -> None:
    text = "标题\n\n央视网消息（新闻联播）：\n\n国务院总理今天主持召开常务会议。"
    assert fixed(text) == "标题\n\n央视网消息（新闻联播）：国务院总理今天主持召开常务会议。"
    roundup = (
        "快讯\n\n央视网消息（新闻联播）：\n\n全国铁路投资完成四千亿元\n\n"
        "记者从国铁集团了解到，前三季度全国铁路完成固定资产投资四千亿元。"
    )
    assert fixed(roundup) == roundup


def test_a_block_that_begins_with_a_pause_mark_continues_the_one_before() -> None:
    text = "标题\n\n正文。\n\n中非携手同行\n\n，走出了一条合作共赢之路。"
    assert fixed(text) == "标题\n\n正文。\n\n中非携手同行，走出了一条合作共赢之路。"


def test_a_short_fragment_that_cuts_a_word_is_not_a_heading() -> None:
    # `项目` is cut by the break; `东城区总工会` / `以党的…` (the seed's heading pair) is not
    text = "标题\n\n正文。\n\n中国55个项\n\n目获日内瓦国际发明展金奖\n\n正文。"
    assert "中国55个项目获日内瓦国际发明展金奖" in fixed(text)


def test_a_short_line_with_a_comma_after_a_paragraph_is_a_fragment() -> None:
    text = (
        "标题\n\n正文。\n\n经历了这次危险救援，也让他明白了同是\n\n抢险救援队驾驶员的父亲常说的话。"
    )
    assert fixed(text).endswith("也让他明白了同是抢险救援队驾驶员的父亲常说的话。")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("我们的 the 力量。", "the"),  # flagged, not replaced
        ("文化 ist 历史。", "ist"),
    ],
)
def test_stray_words_outside_the_dictionaries_are_only_flagged(source: str, expected: str) -> None:
    result = normalize(source)
    assert result.text == source
    assert [c.before for c in result.flags if c.kind == "stray-word"] == [expected]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("文化und历史。", "文化和历史。"),
        ("智慧 et力量。", "智慧和力量。"),
        ("中国avec 法国。", "中国与法国。"),
    ],
)
def test_other_languages_stray_words_are_replaced_from_their_dictionaries(
    source: str, expected: str
) -> None:
    assert fixed(source) == expected


def test_the_newsrooms_dictionary_wins_over_the_language_dictionaries() -> None:
    config = Config(stray_replacements={"und": "及"})
    assert normalize("文化und历史。", config).text == "文化及历史。"


def test_a_headline_cut_inside_a_longer_word_is_joined() -> None:
    # `国际象棋` spans the break; neither `际象` nor the halves' ends are two-character words
    text = "标题\n\n正文。\n\n丁立人夺得国际\n\n象棋男子个人世界冠军\n\n正文。"
    assert "丁立人夺得国际象棋男子个人世界冠军" in fixed(text)


def test_a_block_that_begins_with_a_one_character_clause_continues() -> None:
    text = "标题\n\n正文。\n\n当今世界正值百年未有之大变\n\n局，以中国和非洲为代表的“全球南方”蓬勃发展。"
    assert fixed(text).endswith(
        "当今世界正值百年未有之大变局，以中国和非洲为代表的“全球南方”蓬勃发展。"
    )


def test_no_heading_ends_with_a_particle_or_a_preposition() -> None:
    text = (
        "标题\n\n正文。\n\n中国式现代化是全体人民的共同事业，也是一项充满风险挑战、需要付出艰辛努力的\n\n"
        "宏伟事业，必须坚持全体人民共同参与。"
    )
    assert fixed(text).endswith("需要付出艰辛努力的宏伟事业，必须坚持全体人民共同参与。")


def test_a_heading_like_fragment_with_a_comma_after_an_unfinished_paragraph_continues() -> None:
    text = (
        "标题\n\n正文。\n\n以色列军方当天回应称，以军没有发动袭击，是\n\n现场发生了踩踏，为了\n\n"
        "驱散人群，以军坦克进行了警告性射击。"
    )
    assert fixed(text).endswith(
        "以色列军方当天回应称，以军没有发动袭击，是现场发生了踩踏，为了驱散人群，以军坦克进行了警告性射击。"
    )


def test_a_title_case_heading_is_not_swallowed_by_the_next_block() -> None:
    text = "FEDERALIST. No. 1\n\nGeneral Introduction\n\nFor the Independent Journal.\n\nText."
    assert "General Introduction\n\nFor the Independent Journal." in fixed(text)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # xwlb, straight quotes from bench/damage.py: a Latin term quoted between Han characters
        (
            '问天实验舱形成空间站"T"字基本构型组合体。',
            "问天实验舱形成空间站“T”字基本构型组合体。",
        ),
        # an English quotation with spaces keeps its straight quotes
        ('他说"Hello world"。', '他说"Hello world"。'),
    ],
)
def test_straight_quotes_around_a_latin_term_in_chinese(source: str, expected: str) -> None:
    assert normalize(source).text == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # xwlb, a lone `…` typed for the Chinese ellipsis (bench/damage.py)
        ("在活力涌动的科研院所…各行各业的人们", "在活力涌动的科研院所……各行各业的人们"),
        ("在活力涌动的科研院所……各行各业的人们", "在活力涌动的科研院所……各行各业的人们"),
        ("Wait… what?", "Wait… what?"),  # English keeps its own
    ],
)
def test_a_lone_ellipsis_in_chinese_becomes_the_chinese_ellipsis(
    source: str, expected: str
) -> None:
    assert normalize(source).text == expected


def test_nbsp_indented_paragraphs_are_paragraphs() -> None:
    # xwlb article, paragraphs marked only by two no-break spaces (a web page's &nbsp;&nbsp;)
    source = (
        "江山多娇\n\n\u00a0\u00a0央视网消息（新闻联播）：一元复始，万象更新，神州大地，江山多娇。\n"
        "\u00a0\u00a0节目的最后，让我们一起领略祖国山河的壮丽风光。\n"
    )
    blocks = [block.strip() for block in normalize(source).text.split("\n\n")]
    assert blocks == [
        "江山多娇",
        "央视网消息（新闻联播）：一元复始，万象更新，神州大地，江山多娇。",
        "节目的最后，让我们一起领略祖国山河的壮丽风光。",
    ]
