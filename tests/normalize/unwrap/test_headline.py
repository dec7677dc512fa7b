"""A headline wrapped just above its dateline (`unwrap.headline`): one line, and only there."""

from __future__ import annotations

from convert.normalize.unwrap.headline import headline_wraps, measured_headlines

from ...support.normalized import fixed

# pdftotext of a one-column WeasyPrint page (bench/accuracy_extracted.py, weasy-1col)
PAGE = (
    "习近平就南非约翰内斯堡火灾向南非总统致慰\n"
    "问电\n"
    "央视网消息（新闻联播）：9月1日，国家主席习近平就南非约翰内斯堡\n"
    "火灾向南非总统拉马福萨致慰问电。\n"
)


def test_a_headline_wrapped_above_its_dateline_is_one_line() -> None:
    assert fixed(PAGE).startswith("习近平就南非约翰内斯堡火灾向南非总统致慰问电\n\n央视网消息")


def test_a_second_story_s_headline_after_a_finished_paragraph_is_one_line() -> None:
    text = (
        "央视网消息（新闻联播）：记者从国铁集团了解到，今年前三季度\n"
        "全国铁路固定资产投资完成4750亿元。\n"
        "习近平将以视频方式在2023年中国国际服务贸\n"
        "易交易会全球服务贸易峰会上致辞\n"
        "央视网消息（新闻联播）：2023年中国国际服务贸易交易会将于9月\n"
        "2日在北京举行。\n"
    )
    assert (
        "\n\n习近平将以视频方式在2023年中国国际服务贸易交易会全球服务贸易峰会上致辞\n\n"
        in fixed(text)
    )


def test_lines_that_run_on_from_an_unfinished_sentence_are_no_headline() -> None:
    # the line before the two does not finish a sentence: they end a paragraph
    lines = [
        "会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，",
        "加快构建新发展格局，着力推动高质量发展",
        "更好统筹发展和安全",
        "新华社北京3月1日电 会议在北京举行。",
    ]
    assert headline_wraps(lines) == set()
    assert headline_wraps(["会议在北京举行。", *lines[1:]]) == {1}  # after a sentence: a headline


def test_a_byline_above_the_dateline_is_no_part_of_the_headline() -> None:
    lines = ["标题很长的一条新闻报道在这里", "□本报记者 张三 李四", "新华社北京3月1日电 会议举行。"]
    assert headline_wraps(lines) == set()


def test_an_indented_line_is_no_piece_of_the_headline_above_it() -> None:
    # a narrow indented column cut the dateline after its date (`新华社上海3月1日` / `电（记者…`):
    # the indent opens the story's paragraph, so the headline over it stays whole and apart
    lines = [
        "李克强同国际货币基金组织总裁通电话",
        "\u3000新华社上海3月1日",
        "电（记者赵英艳）国务院",
        "总理李克强1日在京应",
    ]
    assert headline_wraps(lines) == set()
    # set flush, the line under the date opens with the dispatch word: the rest of the cut
    # dateline (`plain.rest_of_cut_dateline`), no dateline a headline's wraps stand over
    assert headline_wraps([line.lstrip("\u3000") for line in lines]) == set()


def test_a_headline_above_a_dateline_the_narrow_column_wrapped_is_one_line() -> None:
    # pdftotext of a narrow WeasyPrint page (bench/accuracy_extracted.py, weasy-narrow, tuning
    # half): the headline, set larger, wraps at 7; the dateline under it wraps too
    lines = [
        "李强将出席东亚",
        "合作领导人系列",
        "会议并访问印尼",
        "央视网消息（新闻联",
        "播）：应东盟轮值主席国印",
    ]
    assert headline_wraps(lines) == {0, 1}
    assert headline_wraps([*lines[:3], "应东盟轮值主席国印度尼", "西亚总统佐科邀请"]) == set()


# pdftotext of a narrow WeasyPrint page (bench/accuracy_extracted.py, weasy-narrow, tuning half):
# the headline, set larger, wraps at 11-12 cells where the body's lines hold 17
NARROW_BODY = [
    "央视网消息（新闻联播）：记者从工业",
    "和信息化部了解到，今年我国5G网络建设已",
    "提前超额完成任务。",
]


def test_a_headline_at_its_own_narrower_measure_over_a_caption_is_one_line() -> None:
    lines = ["今年5G网络建设已提前超", "额完成任务", "图为今年5G网络建设已提前超现场画面。"]
    assert measured_headlines(lines, 17) == {0}  # the break cuts `超额`
    three = ["全国政协十四届常委会", "第十次会议开幕 王沪宁", "出席", "图为全国政协现场画面。"]
    assert measured_headlines(three, 17) == {0, 1}  # two full lines of one measure


def test_a_measured_headline_joins_in_the_text() -> None:
    text = "\n".join(["今年5G网络建设已提前超", "额完成任务", "图为今年5G网络建设已提前超现场画面。"])
    assert fixed(text + "\n\n" + "\n".join(NARROW_BODY) + "\n").startswith(
        "今年5G网络建设已提前超额完成任务\n\n图为"
    )


def test_two_short_lines_that_cut_no_word_are_no_measured_headline() -> None:
    # one full line shows no measure: two headings one over the other may be so
    assert measured_headlines(["国内联播快讯今日要闻", "欧元区经济", "图为现场画面。"], 17) == set()


def test_lines_at_the_body_s_measure_or_ending_a_sentence_are_no_measured_headline() -> None:
    assert measured_headlines(NARROW_BODY, 17) == set()  # the body's measure
    lines = ["全国政协十四届常委会", "第十次会议开幕王沪宁", "出席。", "图为现场画面。"]
    assert measured_headlines(lines, 17) == set()  # a sentence
    lines = ["全国政协十四届常委会", "第十次会议开幕王沪宁出席", "会议", "图为现场画面。"]
    assert measured_headlines(lines, 17) == set()  # full lines that disagree (10, 12)
    lines = ["会议指出，要加强合作，", "全国政协十四届常委会", "第十次会议开幕 王沪宁", "出席"]
    assert measured_headlines(lines, 17) == set()  # after an unfinished sentence


def test_a_two_line_headline_at_a_measure_another_headline_shows_is_one_line() -> None:
    lines = ["俄称击沉乌军高速艇", "乌称打击俄军阵地", "图为现场画面。"]
    assert measured_headlines(lines, 17) == set()  # one full line, no word cut: no evidence
    assert measured_headlines(lines, 17, {9}) == {0}  # the text's headlines fill 9 cells
    assert measured_headlines(lines, 17, {12}) == set()


def test_a_short_line_whose_break_cuts_a_word_goes_on_with_the_headline() -> None:
    # `启` / `动`: a line-start mark (`“`) pulled the word's end down
    lines = ["中朝两党两国最高领导人", "互致新年贺电宣布启", "动“中朝友好年”", "图为现场画面。"]
    assert measured_headlines(lines, 17, {11}) == {0, 1}


def test_a_caption_under_a_measured_headline_stays_its_own_paragraph() -> None:
    lines = [
        "全国人大常委会党组举行",
        "会议学习贯彻习近平总书",
        "记在党的二十届二中全会",
        "上的重要讲话和全会精神",
        "栗战书主持并讲话",
        "图为全国人大常委会党组举行会现场画面。",
    ]
    text = "\n".join(lines) + "\n\n" + "\n".join(NARROW_BODY) + "\n"
    assert fixed(text).startswith(
        "全国人大常委会党组举行会议学习贯彻习近平总书记在党的二十届二中全会上的重要讲话和全会精神"
        "栗战书主持并讲话\n\n图为"
    )


def test_a_measured_headline_stops_at_an_indented_line() -> None:
    # bench/accuracy_print.py's indented narrow pages: the next paragraph opens indented
    lines = [
        "\u3000\u3000美军称击沉3艘胡塞武装船只 胡",
        "塞武装称10名成员死亡或失踪",
        "\u3000\u3000美军中央司令部2023年",
        "12月31日发表声明称，美军",
    ]
    assert 1 not in measured_headlines(lines, 20, {14})


def test_a_headline_s_first_line_may_end_on_its_source_s_colon() -> None:
    # weasy-narrow, tuning half: a headline's measure of 7 cells in a column of 12
    lines = [
        "人民日报社论：",
        "坚定信念信心 阔",
        "步复兴征程——",
        "热烈庆祝中国共",
        "产党成立一百零",
        "四周年",
        "央视网消息（新闻联",
    ]
    assert measured_headlines(lines, 12) == {0, 1, 2, 3, 4}
    # a later line of the headline may not end on one, nor a paragraph's line
    assert measured_headlines([lines[1], "人民日报社论：", *lines[2:]], 12) == set()


def test_a_headline_s_last_line_may_fill_its_measure_over_a_wider_line() -> None:
    lines = ["全国政协十四届常委", "会第十四次会议举行", "全体会议 王沪宁出席", "图为全国政协十四届常委会第十现场画", "面。"]
    assert measured_headlines(lines, 14) == {0, 1}  # (the space between its parts is narrow)
    # two lines of one width over a wider one may be two headings
    assert measured_headlines([lines[0], lines[1], *lines[3:]], 14) == set()


def test_a_long_headline_takes_as_many_lines_as_its_measure_needs() -> None:
    lines = [
        "习近平在2024年春",
        "季学期中央党校",
        "（国家行政学院）",
        "中青年干部培训班",
        "开班之际作出重要",
        "指示强调 牢记初心",
        "使命顽强拼搏进取",
        "奋力跑好历史的接",
        "力棒 蔡奇出席开班",
        "式并讲话",
        "央视网消息（新闻联",
    ]
    assert measured_headlines(lines, 13) == set(range(9))


def test_one_comma_is_a_headline_s_where_three_lines_show_its_measure() -> None:
    lines = [
        "人民日报评论员文章：坚定信",
        "心，进一步打牢科技强国建设根",
        "基——论学习贯彻习近平总书记",
        "在加强基础研究座谈会上重要讲",
        "话",
        "央视网消息（新闻联播）：明天（5月2日）出版",
    ]
    assert measured_headlines(lines, 23) == {0, 1, 2, 3}
    # two lines with a comma are a paragraph's clauses (bench/accuracy.py, narrow columns)
    assert measured_headlines(["仪式开始，中国人民解放", "军仪仗队礼兵正步进入", "会场。"], 18) == set()


def test_a_kicker_over_a_wrapped_headline_is_set_apart() -> None:
    dateline = "央视网消息（新闻联播）：国务院总理李克强1日在京以视频方式出席会议。"
    kicker = ["一线观察", "李克强主持上海合作组织成员国政府首脑", "（总理）理事会第二十一次会议", dateline]
    assert headline_wraps(kicker) == {1}  # the headline's two lines join, not the kicker
    assert headline_wraps(["一线观察", "李克强主持上海合作组织会议", dateline]) == set()
    # a line as short that is not narrower than the one under it is still a wrap
    assert headline_wraps(["习近平就南非约翰", "内斯堡火灾致电", dateline]) == {0}


def test_a_line_shorter_than_any_headline_measure_ends_the_run_upward() -> None:
    dateline = "新华社成都11月1日电（记者郭勇敏）当地时间10月28日至11月1日，"
    lines = ["新春走基层", "韩正访问沙特", dateline, "应沙特政府邀请，国家副主席韩正访问沙特。"]
    assert headline_wraps(lines) == set()  # (5 cells over 6: no wrap leaves so short a line)
    assert fixed("\n".join(lines) + "\n").startswith("新春走基层\n\n韩正访问沙特\n\n")


def test_a_dash_line_its_lead_does_not_restate_is_no_piece_of_the_headline() -> None:
    lead = [
        "央视网消息（新闻联播）：",
        "近日，世界多国政党、政府领导人致电致函中共中央和习近平总书记，",
        "对中国共产党成立105周年表示热烈祝贺。朝鲜劳动党总书记、国务委员长金正恩表示，",
        "中国共产党领导中国人民战胜各种艰难险阻，有力推进中国特色社会主义伟大事业。",
    ]
    headline = "世界政党政要热烈祝贺中国共产党成立105周年"
    assert headline_wraps([headline, "——写在新的一年到来之际", *lead]) == set()  # (a subtitle)
    own = [headline, "——多国政党政府领导人致电致函", *lead]  # (restated: the headline's own)
    assert headline_wraps(own) == {0}


def test_a_headline_at_its_own_measure_ends_over_a_subtitle_its_lead_does_not_restate() -> None:
    text = (
        "全国政协十四届常委会第十四\n"
        "次会议举行全体会议 王沪宁出席\n"
        "——各地各部门贯彻落实综述\n"
        "\u3000央视网消息（新闻联播）：政协第十四届全国委员会常务委员会第十四次会议\n"
        "1日上午举行全体会议，14位全国政协常委作大会发言。中共中央政治局常委、\n"
        "全国政协主席王沪宁出席。\n"
        "\u3000政协常委们在发言中表示，中共二十届四中全会是一次十分重要的会议。\n"
    )
    assert fixed(text).startswith(
        "全国政协十四届常委会第十四次会议举行全体会议 王沪宁出席\n\n——各地各部门贯彻落实综述\n\n"
    )


def test_a_subtitle_under_a_commentary_s_short_whole_lead_stands_apart() -> None:
    text = (
        "央视快评：劳动谱写时代华章 奋斗创造\n"
        "美好未来——庆祝“五一”国际劳动节\n"
        "——写在新的一年开启之际\n"
        "本报武汉5月2日电　本台播发央视快评《劳动谱写\n"
        "时代华章 奋斗创造美好未来——庆祝“五一”国\n"
        "际劳动节》。\n"
    )
    assert fixed(text).startswith(
        "央视快评：劳动谱写时代华章 奋斗创造美好未来——庆祝“五一”国际劳动节\n\n——写在新的一年开启之际\n"
    )
