"""Hard-wrapped lines: which breaks are wraps (joined) and which end a paragraph (kept)."""

from __future__ import annotations

import pytest

from convert.changes import replay
from convert.normalize import normalize

ARTICLE = [
    "央视网消息（新闻联播）：记者今天从国家发展改革委了解到，前三季度全国铁路固定资产投资完成四千七百五十亿元。",
    "投产新线两千三百八十一公里，国家铁路发送货物二十九亿吨，同比增长百分之六点三。",
    "全年目标有望顺利完成。",
]


def fixed(text: str) -> str:
    result = normalize(text)
    assert replay(text, result.changes) == result.text
    return result.text


def wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


@pytest.mark.parametrize("width", [10, 17, 25])
def test_narrow_chinese_columns_with_blank_lines_between_paragraphs(width: int) -> None:
    text = "\n\n".join("\n".join(wrap(p, width)) for p in ARTICLE)
    assert fixed(text) == "\n\n".join(ARTICLE)


def test_lines_that_begin_with_punctuation_join_with_nothing() -> None:
    text = "我们在北京开会\n，讨论了明年的计划\n。会议很成功。"
    assert fixed(text) == "我们在北京开会，讨论了明年的计划。会议很成功。"


@pytest.mark.parametrize("indent", ["　　", "  ", "    "])
def test_paragraphs_marked_only_by_indentation(indent: str) -> None:
    text = "\n".join(indent + "\n".join(wrap(p, 20)) for p in ARTICLE)
    # the text's own first indent is left for the structure stage, which strips every block
    assert fixed(text).removeprefix(indent) == "\n\n".join(ARTICLE)


def test_pdftotext_shape_short_last_lines_end_paragraphs() -> None:
    # no blank lines, no indentation: a line that stops short of the measure and finishes a
    # sentence ends its paragraph; a full line ending in 。 does not
    lines = [line for p in ARTICLE for line in wrap(p, 19)]
    assert fixed("\n".join(lines)) == "\n\n".join(ARTICLE)


def test_a_dateline_opens_a_paragraph_and_stays_with_it() -> None:
    text = "国务院常务会议召开\n央视网消息（新闻联播）：\n国务院总理主持召开国务院常务会议。"
    assert (
        fixed(text)
        == "国务院常务会议召开\n\n央视网消息（新闻联播）：国务院总理主持召开国务院常务会议。"
    )


def test_numbers_cut_by_a_chinese_wrap_join_without_a_space() -> None:
    assert fixed("同比增长1\n2.21%，创下新高。") == "同比增长12.21%，创下新高。"


def test_a_number_cut_in_a_column_of_mostly_digits_joins_tight() -> None:
    # bench/damage.py seed 0, article 235: a column of 15 in which two lines are more digits
    # than Han (`收入1921.9万元,同比20`), so neither is "mostly wide"; the wrap cut `2024`
    column = "门票收入1921.9万元,同比20\n24年分别增长18.5%和15\n.2%。"
    assert fixed(column) == "门票收入1921.9万元，同比2024年分别增长18.5%和15.2%。"


def test_a_decimal_point_at_a_full_line_end_is_not_a_full_stop() -> None:
    # seed 2, article 297: `65.` fills the line and `1%` opens the next; a full stop is `。`
    text = (
        "全国铁路今天迎来元旦假期客流最高峰，预计发送旅客1825万人次，同比增长65.\n"
        "1%。铁路部门在热门方向、区间和时段增加运力投放，并组织开行旅游列车。"
    )
    assert paragraphs(text) == [
        "全国铁路今天迎来元旦假期客流最高峰，预计发送旅客1825万人次，同比增长65.1%。"
        "铁路部门在热门方向、区间和时段增加运力投放，并组织开行旅游列车。"
    ]


# a narrow column (bench/damage.py seed 0, article 2): the wrap fell at the space inside the
# title of a report, which the corpus keeps
SPACED_TITLE = (
    "央视网消息（新闻联播）：习近平同志2022年10月16日在中国共产党第二十次全国代表大\n"
    "会上所作的报告《高举中国特色社会主义伟大旗帜 \n"
    "为全面建设社会主义现代化国家而团结奋斗》和中国\n"
    "共产党章程蒙古文单行本已出版。"
)


def test_a_space_the_wrap_fell_on_between_cjk_words_is_kept() -> None:
    assert fixed(SPACED_TITLE) == (
        "央视网消息（新闻联播）：习近平同志2022年10月16日在中国共产党第二十次全国代表大会上所作的"
        "报告《高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗》和中国共产党"
        "章程蒙古文单行本已出版。"
    )
    leading = SPACED_TITLE.replace("旗帜 \n为", "旗帜\n 为")
    assert fixed(leading) == fixed(SPACED_TITLE)


def test_an_indentation_or_a_spaced_blank_line_is_no_space_between_words() -> None:
    text = "会议纪要\n\n我们在北京开会讨论了明年的\n\n \n计划。"
    assert paragraphs(text) == ["会议纪要", "我们在北京开会讨论了明年的计划。"]
    assert fixed("我们在北京开 \n 会讨论了明年的计划。") == "我们在北京开会讨论了明年的计划。"


def test_a_headline_line_full_with_its_space_is_a_wrap() -> None:
    # seed 2, article 19: a column of 12; `国际人士：俄乌冲突持续 ` fills it with the space
    text = (
        "国际人士：俄乌冲突持续 \n只有美国受益\n\n"
        "国际人士指出，乌克兰冲\n突持续，受益者只有美国\n。目前的局势仍然紧张。"
    )
    assert paragraphs(text)[0] == "国际人士：俄乌冲突持续 只有美国受益"


GUTENBERG = """\
It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife.

However little known the feelings or views of such a man may be on his
first entering a neighbourhood, this truth is so well fixed in the minds
of the surrounding families, that he is considered the rightful property
of some one or other of their daughters."""


def test_project_gutenberg_seventy_column_wraps() -> None:
    paragraphs = fixed(GUTENBERG).split("\n\n")
    assert len(paragraphs) == 2 and "\n" not in "".join(paragraphs)
    assert paragraphs[0].startswith("It is a truth universally acknowledged, that a single man in")


PDF_PAGE = """\
Chapter 1
"My dear Mr. Bennet," said his lady to him one day, "have you heard that Netherfield
Park is let at last?"
Mr. Bennet replied that he had not.
"But it is," returned she; "for Mrs. Long has just been here, and she told me all about it."
Mr. Bennet made no answer. She was a woman of mean understanding, little information, and
uncertain temper. When she was discontented, she fancied herself nervous. The business of
her life was to get her daughters married; its solace was visiting and news."""


def test_pdftotext_of_a_word_pdf_ends_paragraphs_by_width_and_dialogue() -> None:
    blocks = fixed(PDF_PAGE).split("\n\n")
    assert blocks[0] == "Chapter 1"
    assert blocks[1].endswith('Park is let at last?"')
    assert blocks[2] == "Mr. Bennet replied that he had not."
    assert blocks[3].endswith('told me all about it."')
    assert blocks[4].startswith("Mr. Bennet made no answer. She was") and len(blocks) == 5


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("it was universally acknow-\nledged by all.", "it was universally acknowledged by all."),
        ("a well-\nknown fact.", "a well-known fact."),
        ("she was good-\nhumoured.", "she was good-humoured."),
        ("the neigh-\nbourhood was quiet.", "the neighbourhood was quiet."),
    ],
)
def test_end_of_line_hyphens_go_only_where_the_joined_word_is_a_word(
    source: str, expected: str
) -> None:
    result = normalize(source)
    assert result.text == expected
    removed = [c for c in result.changes if c.kind == "hyphenation"]
    assert len(removed) == (expected.count("-") < source.count("-"))


SPEECH_PAGE = """\
had been educated, what carriage her father kept, and what had been her mother's maiden
name? Elizabeth felt all the impertinence of her questions but answered them very
composedly. Lady Catherine then observed,
"Your father's estate is entailed on Mr. Collins, I think. For your sake," turning to
Charlotte, "I am glad of it; but otherwise I see no occasion for entailing estates from the
female line. It was not thought necessary in Sir Lewis de Bourgh's family. Do you play?"
About the middle of the next day, as she was in her room getting ready for a walk, a
sudden noise below seemed to speak the whole house in confusion; and, after listening a
moment, she heard somebody running up stairs in a violent hurry, and calling loudly after
her. She opened the door and met Maria in the landing place, who, breathless with agitation,
cried out—
"Oh, my dear Eliza! pray make haste and come into the dining-room, for there is such a
sight to be seen! I will not tell you what it is. Make haste, and come down this moment." """


def test_a_short_line_that_introduces_a_speech_ends_its_paragraph() -> None:
    # the line stops before the measure and the next opens a quotation: the speech is a new
    # paragraph, though the line ends with a comma or a dash rather than a full stop
    blocks = fixed(SPEECH_PAGE.rstrip()).split("\n\n")
    assert blocks[0].endswith("Lady Catherine then observed,")
    assert blocks[1].startswith("\"Your father's estate") and blocks[1].endswith('Do you play?"')
    assert blocks[2].endswith("breathless with agitation, cried out—")
    assert blocks[3].startswith('"Oh, my dear Eliza!') and len(blocks) == 4


def test_a_comma_inside_a_wrapped_line_before_a_quote_still_joins() -> None:
    # a full line ending with a comma is a wrap even when the next line opens a quotation
    text = (
        "She turned to her sister with a look of the most earnest and affectionate concern, and said,\n"
        '"I hope you are quite well."'
    )
    assert fixed(text) == text.replace("\n", " ")


def test_the_measure_is_learnt_in_the_metric_the_lines_were_set_in() -> None:
    # a typewriter wrap (Project Gutenberg, a fixed column count) is even in characters; the
    # printed lines of a typeset PDF are even in printed width
    from convert.normalize.unwrap.measure import measure

    from ..conftest import REPO

    federalist = (REPO / "samples" / "federalist-01.txt").read_text(encoding="utf-8")
    typewriter = [block.split("\n") for block in federalist.replace("\r\n", "\n").split("\n\n")]
    assert measure(typewriter).monospace
    typeset = [(PDF_PAGE + "\n" + SPEECH_PAGE).split("\n")]
    assert not measure(typeset).monospace


def paragraphs(text: str) -> list[str]:
    return fixed(text).split("\n\n")


# pdftotext-like damage from bench/damage.py (seed 0, xwlb article 40): no blank lines, wrapped
# at 32, ASCII commas; the second paragraph's last line is exactly full and ends in 。
MEETING = (
    "李克强主持召开国务院党组会议 学习贯彻党的二十届二中全会精神\n"
    "\n"
    "央视网消息(新闻联播）：国务院总理、党组书记李克强1日主持召开\n"
    "国务院党组会议,学习贯彻党的二十届二中全会精神。\n"
    "会议指出，习近平总书记在全会上作的工作报告,系统总结了党的二十\n"
    "届一中全会以来，中央政治局团结带领全党全国各族人民,推动各项工\n"
    "作迈出新步伐。全会审议通过拟向十四届全国人大一次会议推荐的国家\n"
    "机构领导人员人选建议名单和拟向全国政协十四届一次会议推荐的全国\n"
    "政协领导人员人选建议名单。全会审议通过《党和国家机构改革方案》\n"
    ",以习近平新时代中国特色社会主义思想为指导,以加强党中央集中统\n"
    "一领导为统领，以推进国家治理体系和治理能力现代化为导向，具有重\n"
    "大意义。要深刻领悟“两个确立”的决定性意义,自觉把思想和行动统\n"
    "一到党中央决策部署上来，把机构改革任务落到实处。更加紧密地团结\n"
    "在以习近平同志为核心的党中央周围,切实把党的二十大精神落实到位。\n"
    "会议指出，全国两会即将召开,今年是政府换届之年。要进一步修改好\n"
    "政府工作报告和配套的国民经济和社会发展计划报告、财政预算报告,\n"
    "依法接受人民监督。当前经济增长正在企稳回升。国务院党组和国务院\n"
    "部门要慎终如始做好当前工作，巩固经济增长企稳回升态势,推动高质\n"
    "量发展。\n"
    "韩正、孙春兰、胡春华、刘鹤、魏凤和、王勇、王毅、肖捷、赵克志出\n"
    "席。\n"
)


def test_a_full_last_line_before_an_opening_the_text_uses_elsewhere_ends_its_paragraph() -> None:
    # the width cannot tell a full last line from a wrap; `会议指出` opening a paragraph after
    # a short last line elsewhere in the text can
    blocks = paragraphs(MEETING)
    assert [b[:4] for b in blocks] == ["李克强主", "央视网消", "会议指出", "会议指出", "韩正、孙"]
    assert blocks[2].endswith("切实把党的二十大精神落实到位。")


# seed 0, article 24: the title in the same block as the text, wrapped at 36 with kinsoku
GREETINGS = (
    "习近平同安提瓜和巴布达总督就中安建交40周年互致贺电 李克强同安提瓜和巴布达总理互致贺电\n"
    "央视网消息（新闻联播）：1月1日，国家主席习近平同安提瓜和巴布达总督威\n"
    "廉斯互致贺电，庆祝两国建交40周年。\n"
    "习近平指出，安巴是中国在加勒比地区重要合作伙伴。中安建交40年来,两国\n"
    "关系发展顺利,政治互信历久弥坚，务实合作富有成果，人民友谊日益加深。新\n"
    "冠肺炎疫情发生以来，中安守望相助、同舟共济，谱写了两国友好关系的新篇章。\n"
    "我高度重视中安关系发展，愿同威廉斯总督一道努力，以建交40周年为新起点，\n"
    "深化各领域合作，高质量共建“一带一路”，共同开辟中安关系更加美好的未来。\n"
    "威廉斯表示,安方非常高兴同中方共同庆祝两国建交40周年，这是安中关系的\n"
    "重要里程碑。近年来，在习近平主席领导下，两国关系更加紧密。安方将继续致\n"
    "力于维护并加强两国业已存在的良好关系。"
)


def test_a_full_last_line_before_an_attributed_sentence_after_a_long_paragraph() -> None:
    blocks = paragraphs(GREETINGS)
    assert [b[:4] for b in blocks] == ["习近平同", "央视网消", "习近平指", "威廉斯表"]
    # inside the paragraph, sentences that end at a line end and do not open a paragraph
    # stay: `…新篇章。` / `我高度重视…`
    assert "谱写了两国友好关系的新篇章。我高度重视中安关系发展" in blocks[2]


def test_a_full_last_line_then_a_short_headline() -> None:
    text = (
        "俄称击沉乌军高速艇 乌称打击俄军阵地\n"
        "央视网消息（新闻联播）：俄罗斯国防部２月２９日称,俄军在阿夫杰耶夫卡和扎波罗热方向夺\n"
        "取更多新阵地，并在赫尔松地区击退试图登陆的乌军部队，击沉４艘乌军高速艇。此外，俄防空\n"
        "部队击落９３架无人机。\n"
        "乌武装部队称，在过去２４小时内，乌军继续打击俄军人员装备阵地、弹药库、电子战平台等。\n"
        "美媒称乌方作战人员包括约两万名外籍人员\n"
        "据美国《华盛顿邮报》2月28日报道，有乌克兰官员称,目前乌方作战人员中包括来自50多\n"
        "个国家约两万名外籍人员，包括美国、英国和法国一些北约国家派遣的特种部队和军事顾问。\n"
        "同一天，俄罗斯外交部发言人扎哈罗娃表示，北约国家军人早已进入乌克兰，这不是秘密。此前，\n"
        "俄国防部多次发布打击乌方外国雇佣军据点的消息。"
    )
    blocks = paragraphs(text)
    assert blocks[3] == "美媒称乌方作战人员包括约两万名外籍人员"
    assert blocks[2].endswith("电子战平台等。") and len(blocks) == 6


def test_a_headline_with_a_space_fills_its_line_and_stays_a_heading() -> None:
    text = (
        "本轮巴以冲突已致超10000人死亡\n"
        "\n"
        "央视网消息(新闻联播):新一轮巴以冲突导致的死亡人数10月3\n"
        "1日超过10000人。其中,巴勒斯坦死亡人数已达到8600人\n"
        "以上。以色列国防军今天(11月1日)宣布,10月7日以来,以\n"
        "军已打击了11000多个巴勒斯坦伊斯兰抵抗运动(哈马斯)目标。\n"
        "哈马斯方面称,与以军在加沙地带北部多地发生激烈战斗。\n"
        "以军攻击加沙地带最大难民营 巴武装人员与以军在加沙城周边激战\n"
        "据以色列军方发布的消息,以军继续推进地面行动,已深入加沙地带\n"
        "北部,与哈马斯激战。以地面部队在空中力量配合下占领了杰巴利耶\n"
        "难民营附近的多个哈马斯据点,包括地道、火箭弹发射阵地、武器弹\n"
        "药库等。"
    )
    blocks = paragraphs(text)
    assert blocks[3] == "以军攻击加沙地带最大难民营 巴武装人员与以军在加沙城周边激战"
    assert blocks[4].startswith("据以色列军方发布的消息") and len(blocks) == 5


def test_where_blank_lines_mark_paragraphs_a_spaced_headline_still_wraps() -> None:
    # a narrow column: the headline has its own block, and its first line is a wrap
    text = (
        "国际联播快讯\n\n央视网消息(新闻联播)：\n\n以军持续空袭加沙地带 造成人员\n死伤\n\n"
        "巴勒斯坦加沙地带卫生部门10月\n31日表示,以军当天继续对加沙\n地带多地发动袭击，造成至少3人\n"
        "死亡,多人受伤。加沙地带汗尤尼\n斯纳赛尔医疗中心10月31日称\n,当天接收到30具巴勒斯坦人的\n"
        "遗体,这是以方根据停火协议规定\n,向巴方返还的巴方人员遗体。\n\n"
        "俄称打击乌多个目标 乌称袭击俄\n变电站\n\n俄罗斯国防部10月31日称，过"
    )
    blocks = paragraphs(text)
    assert blocks[2] == "以军持续空袭加沙地带 造成人员死伤"
    assert blocks[4] == "俄称打击乌多个目标 乌称袭击俄变电站"


def test_a_line_a_character_short_in_a_blank_line_column_is_still_a_wrap() -> None:
    # zero-width characters took a column's cell in the source; once removed, the line is one
    # short of the measure, and it looks like a heading (`组在青藏铁路西宁至格`)
    text = (
        "复兴号动车组今天在青藏\n铁路西格段正式投入运营\n\n"
        "今天(7月1日),时速\n160公里的复兴号动车\n组在青\u200b藏铁路西宁至格\n"
        "尔木段正式投入运营。铁\n路部门安排西宁至格尔木、\n西宁至\u2060德令哈方向“C”\n"
        "字头动车各开行\u20601对,\n西宁、格尔木、德令哈三\n市将融入6小时城市生活\n"
        "圈,为沿线近50万居民\n交通出行提供便利。\n\n"
        "动车车主在港方预约通关\n获准后可驾香港单牌车,\n经港珠澳大桥珠海公路口\n"
        "岸驶入广东,海关对符合\n条件入境的车辆实施“免\n担保”政策,卡口验放时\n"
        "长一般不超过20秒。"
    )
    blocks = paragraphs(text)
    assert blocks[0] == "复兴号动车组今天在青藏铁路西格段正式投入运营"
    assert blocks[1].startswith("今天（7月1日），时速160公里的复兴号动车组在青藏铁路西宁至格尔木段")
    assert len(blocks) == 3


def test_a_short_text_learns_its_measure_from_a_line_that_ends_on_a_comma() -> None:
    # three lines cannot show a common length; the line ending with a comma is a wrap at the
    # measure, so the first, shorter line ended its paragraph (seed 0, article 159)
    text = (
        "文化中国行\n\n央视网消息(新闻联播）：中华文明源远流长,博大精深。\n"
        "今天（5月1日）的《文化中国行》让我们一起走进祖国各地的历史文化遗产,\n"
        "探寻中华文脉的根基。"
    )
    assert paragraphs(text)[1:] == [
        "央视网消息（新闻联播）：中华文明源远流长，博大精深。",
        "今天（5月1日）的《文化中国行》让我们一起走进祖国各地的历史文化遗产，探寻中华文脉的根基。",
    ]


def test_one_paragraph_a_line_without_blank_lines() -> None:
    # no wrap at all: a line well shorter than the next cannot be a wrap of the same paragraph
    text = (
        "李克强致电祝贺苏达尼就任伊拉克总理\n"
        "央视网消息（新闻联播）：国务院总理李克强1日致电穆罕默德·希亚·苏达尼，祝贺他就任伊拉克总理。\n"
        "李克强在贺电中表示，中国政府高度重视中伊关系发展，愿同伊拉克政府一道，不断巩固两国传统友好，"
        "增进各领域务实合作，推动中伊战略伙伴关系取得新进展。\n"
    )
    assert len(paragraphs(text)) == 3


def test_the_measure_is_not_stretched_by_a_long_headline_in_the_same_block() -> None:
    from convert.normalize.unwrap.measure import measure

    lines = [
        "《求是》杂志出版专刊发表习近平同志在中国共产党第二十次全国代表大会上的报告"
        "《高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗》",
        "央视网消息（新闻联播）：11月1日出版的第21期",
        "《求是》杂志以专刊形式发表习近平同志在中国共产党",
        "第二十次全国代表大会上的报告《高举中国特色社会主",
        "义伟大旗帜　为全面建设社会主义现代化国家而团结奋",
        "斗》；刊发十九届中央纪律检查委员会向中国共产党第",
        "二十次全国代表大会的工作报告，《中国共产党章程》",
        "，党的二十大秘书处负责人就党的二十大通过的《中国",
        "共产党章程（修正案）》答记者问，党的二十大关于十",
        "九届中央委员会报告的决议，党的二十大关于十九届中",
        "央纪律检查委员会工作报告的决议，党的二十大关于《",
        "中国共产党章程（修正案）》的决议。",
    ]
    assert measure([lines]).wide == 24


def test_blank_line_paragraphing_is_told_from_the_text() -> None:
    from convert.blocks import split_blocks
    from convert.normalize.unwrap.measure import measure
    from convert.normalize.unwrap.paragraphing import learn_paragraphing

    def learnt(text: str) -> tuple[bool, frozenset[str]]:
        every = split_blocks(text)
        lines = [b.text.split("\n") for b in every if "\n" in b.text]
        found = learn_paragraphing(lines, measure(lines), len(every))
        return found.blank_lines, found.openings

    blank, openings = learnt(MEETING)
    assert not blank and "会议指" in openings
    narrow = "\n\n".join("\n".join(wrap(p, 17)) for p in ARTICLE * 2)
    assert learnt(narrow)[0]


def test_a_short_column_under_a_long_headline_takes_the_column_s_measure() -> None:
    # a narrow column with no blank lines (xwlb article 26): three lines of 15 under a headline
    # of 43; the lines are wraps, the space inside the work's title included
    text = (
        "新华社播发：迈上新征程 创造新伟业——以习近平同志为核心的党中央2022年治国理政述评\n"
        "央视网消息（新闻联播）：新华社\n今天（1月1日）播发《迈上新征\n程 创造新伟业——以习近平同志\n"
        "为核心的党中央2022年治国理\n政述评》。"
    )
    assert paragraphs(text)[1] == (
        "央视网消息（新闻联播）：新华社今天（1月1日）播发《迈上新征程 创造新伟业——"
        "以习近平同志为核心的党中央2022年治国理政述评》。"
    )


# pdftotext of the Word PDF of Pride and Prejudice (chapters 16 and 13), lines as extracted
OPEN_SPEECH_PAGE = """\
good humour itself, and is, I really believe, truly amiable, be in friendship with such a man?
How can they suit each other? Do you know Mr. Bingley?"
"Not at all."
"He is a sweet-tempered, amiable, charming man. He cannot know what Mr. Darcy is."
"Probably not; but Mr. Darcy can please where he chooses. He does not want abilities.
He can be a conversible companion if he thinks it worth his while. Among those who are at
all his equals in consequence, he is a very different man from what he is to the less
prosperous. His pride never deserts him; but with the rich he is liberal-minded, just, sincere,
rational, honourable, and perhaps agreeable—allowing something for fortune and figure."
The whist party soon afterwards breaking up, the players gathered round the other table
and Mr. Collins took his station between his cousin Elizabeth and Mrs. Phillips."""


def test_a_sentence_that_ends_a_full_line_inside_an_open_speech_is_a_wrap() -> None:
    # `He does not want abilities.` ends a sentence a little short of the measure, but the
    # quotation it stands in is still open: the speech goes on after the wrap
    blocks = fixed(OPEN_SPEECH_PAGE).split("\n\n")
    assert blocks[3].startswith('"Probably not;') and blocks[3].endswith('fortune and figure."')
    assert "abilities. He can be" in blocks[3]
    assert blocks[4].startswith("The whist party") and len(blocks) == 5


BROKEN_OFF_PAGE = """\
"I am very sensible, madam, of the hardship to my fair cousins, and could say much on
the subject, but that I am cautious of appearing forward and precipitate. But I can assure the
young ladies that I come prepared to admire them. At present I will not say more; but,
perhaps, when we are better acquainted—"
He was interrupted by a summons to dinner; and the girls smiled on each other. They
were not the only objects of Mr. Collins's admiration. The hall, the dining-room, and all its
furniture, were examined and praised.
"Caroline decidedly says that none of the party will return into Hertfordshire this winter.
I will read it to you:"
"When my brother left us yesterday, he imagined that the business which took him to
London might be concluded in three or four days; but as we are certain it cannot be so, and
at the same time convinced that when Charles gets to town he will be in no hurry to leave it."
"""


def test_a_speech_broken_off_or_introducing_a_quotation_ends_its_paragraph() -> None:
    # neither `—"` nor `:"` finishes a sentence, yet both end the paragraph: the unwrap pass
    # keeps the break and the layout pass does not join the paragraphs back
    blocks = fixed(BROKEN_OFF_PAGE.rstrip()).split("\n\n")
    assert blocks[0].endswith('when we are better acquainted—"')
    assert blocks[1].startswith("He was interrupted") and blocks[1].endswith("praised.")
    assert blocks[2].endswith('I will read it to you:"')
    assert blocks[3].startswith('"When my brother') and len(blocks) == 4


# The Girl's Own Paper (Project Gutenberg #18195) set as pdftotext gives back a Word PDF
MAGAZINE_PAGE = """\
But this idea must be given up, and yet it would not have mattered in a hospital if I had spelt
"all-right" with one "l." I am quite sure my bandages would have been considered perfect, and
that would have been more to the point.
(_To be continued._)
THE AMATEUR CHURCH ORGANIST.
BY THE HON. VICTORIA GROSVENOR.
We believe that young people generally have a desire to be useful. Sometimes not an actually
formulated desire, but a vague intention which they mean some day shall have a practical issue,
when and how they do not quite know, or in what way.
ART.
SHELTIE.--To ornament ginger jars, or any kind of earthenware, without knowing how to draw
or paint, first size it with ordinary glue-size, melted over the fire; then cut bright scraps of chintz,
making any set design. Let the paste dry; then size the jar, and varnish with white hard varnish.
FLEUR DES ALPES.--We fear there are no chances of a sale in London, as the market for screen
and fan painting is already so full. Accept our best wishes.
WOULD-BE PHOTOGRAPHER.--The reason that the object to be taken appears upside down
is that the lens inverts it."""


def test_headings_in_capitals_and_run_in_labels_stand_apart() -> None:
    blocks = fixed(MAGAZINE_PAGE).split("\n\n")
    assert blocks[1] == "(_To be continued._)"
    assert blocks[2] == "THE AMATEUR CHURCH ORGANIST."
    assert blocks[3] == "BY THE HON. VICTORIA GROSVENOR."
    assert blocks[4].startswith("We believe") and blocks[5] == "ART."
    assert blocks[6].startswith("SHELTIE.--") and blocks[6].endswith("white hard varnish.")
    assert blocks[7].startswith("FLEUR DES ALPES.--") and blocks[7].endswith("best wishes.")
    assert blocks[8].startswith("WOULD-BE PHOTOGRAPHER.--") and len(blocks) == 9


def test_a_word_in_capitals_that_ends_a_wrapped_sentence_joins() -> None:
    text = (
        "So far, therefore, as either designed or accidental violations of treaties and the laws\n"
        "of nations afford just causes of war, it follows that the former most favors the\n"
        "SAFETY.\n"
        "As to those just causes of war which proceed from direct and unlawful violence, it"
        " appears."
    )
    assert "the former most favors the SAFETY. As to those" in fixed(text)


def test_a_speech_resumed_after_its_attribution_stays_in_its_paragraph() -> None:
    # an opening quotation mark before a lowercase word goes on with the sentence the
    # attribution interrupted; a new speech opens with a capital
    text = OPEN_SPEECH_PAGE.replace(
        '"Not at all."',
        '"He has been so unlucky as to lose your friendship," replied Elizabeth with emphasis,\n'
        '"and in a manner which he is likely to suffer from all his life."',
    )
    blocks = fixed(text).split("\n\n")
    assert blocks[1] == (
        '"He has been so unlucky as to lose your friendship," replied Elizabeth with emphasis,'
        ' "and in a manner which he is likely to suffer from all his life."'
    )


# a column of 12 (bench/damage.py seed 0, article 165) with soft hyphens inside its lines: the
# line before `括以下内容：` is one character short once its soft hyphen is gone
DECREE = (
    "李强签署国务院令\n\n"
    "央视网消息（新闻联播）：\n国务院总理\xad李强签署国务\n院令，于2024年7月1\n"
    "日公布《国务院关于实施〈\n中华人民共和国公司法〉注\n册资本登记管理制度的规定\n"
    "》，自公布之日起施行。《\n规定》共13\xad条，主要包\n括以下内容：\n\n"
    "一是明确\xad存量公司调整认\n缴出资期限的过渡期安排。\n二是规定公司出资异常的处\n"
    "理。公司出资期限、注册资\n本明显异常的，公司登记机\n关认定违背真实性、合理性\n"
    "原则的，可以依法要求其及\n时调整。"
)


def test_a_wrapped_line_short_by_a_removed_soft_hyphen_is_no_heading_s_neighbour() -> None:
    # `括以下内容：` looks like a short heading; where blank lines mark paragraphs, a line one
    # character short of the measure above it is still a wrap
    assert paragraphs(DECREE)[1] == (
        "央视网消息（新闻联播）：国务院总理李强签署国务院令，于2024年7月1日公布《国务院关于实施"
        "〈中华人民共和国公司法〉注册资本登记管理制度的规定》，自公布之日起施行。《规定》共13条，"
        "主要包括以下内容："
    )


# pdftotext-like damage (bench/damage.py seed 1, article 42), no blank lines inside the body,
# wrapped at 40: the last paragraph ends a full line, and the attendance follows
PHONE_CALL = (
    "李克强同国际货币基金组织总裁通电话\n\n"
    "央视网消息（新闻联播）：国务院总理李克强1日在京应约同国际货币基金组织总裁\n"
    "格奥尔基耶娃通电话。\n"
    "李克强表示，中国同基金组织开展合作有利于双方，也有利于国际社会共同应对面临的挑\n"
    "战。中方愿在多边框架下建设性参与解决相关国家债务问题，同时主张各方共同行动、公\n"
    "平负担。\n"
    "李克强指出，去年在全球通胀高企的背景下，中国经济既稳增长也防通胀，居民消费价格\n"
    "涨幅只有2%。疫情发生以来的三年，我们坚持创新宏观调控，着力通过减税降费等激发\n"
    "市场活力和社会创造力，经济年均增长4.5%，高于世界平均水平。当前中国经济增长\n"
    "正在企稳回升，未来发展具有广阔空间。\n"
    "格奥尔基耶娃表示，中国经济近期表现出色，将继续成为世界经济增长的主要动力。基金\n"
    "组织已大幅调高中国经济增长预期。愿同中方就发展中国家应对债务危机加强协调合作。\n"
    "何立峰、肖捷等参加。"
)


def test_a_full_last_line_before_a_sentence_of_who_attended() -> None:
    assert paragraphs(PHONE_CALL)[-2:] == [
        "格奥尔基耶娃表示，中国经济近期表现出色，将继续成为世界经济增长的主要动力。基金组织已"
        "大幅调高中国经济增长预期。愿同中方就发展中国家应对债务危机加强协调合作。",
        "何立峰、肖捷等参加。",
    ]


def test_a_full_lead_before_an_attributed_sentence_ends_the_lead() -> None:
    # seed 2, article 88: the lead (the dateline's paragraph) is one full line; the quotes
    # follow, however short the lead
    text = (
        "李强会见贝宁总统\n"
        "央视网消息（新闻联播）：国务院总理李强1日在京会见来华进行国事访问的贝宁总统塔隆。\n"
        "李强表示，中贝始终真诚友好，两国关系已成为发展中国家间相互尊重、平等相待的典范。\n"
        "相信在习近平主席和总统先生战略引领和推动下，中贝关系将迈上新台阶。中方将一如既往\n"
        "坚定支持贝宁走符合本国国情的发展道路，愿同贝方稳步拓展基础设施、数字信息、产业园\n"
        "区等领域合作，扩大人文交流，更好实现互利共赢。"
    )
    assert paragraphs(text)[1:3] == [
        "央视网消息（新闻联播）：国务院总理李强1日在京会见来华进行国事访问的贝宁总统塔隆。",
        "李强表示，中贝始终真诚友好，两国关系已成为发展中国家间相互尊重、平等相待的典范。相信在"
        "习近平主席和总统先生战略引领和推动下，中贝关系将迈上新台阶。中方将一如既往坚定支持贝宁"
        "走符合本国国情的发展道路，愿同贝方稳步拓展基础设施、数字信息、产业园区等领域合作，扩大"
        "人文交流，更好实现互利共赢。",
    ]


# pdftotext-like damage (bench/damage.py seed 1, article 77): a roundup of items, each a
# headline on its own line(s) above one paragraph; one headline runs onto a second line
ROUNDUP = (
    "国内联播快讯\n"
    "上半年西部陆海新通道班列运输货物42.4万标箱\n"
    "今年上半年西部陆海新通道班列运输货物42.4万标箱，同比增长10.5%，货物运\n"
    "输品类增加到940多种，已辐射中国18个省区市61个城市120个站点，通达全\n"
    "球119个国家和地区393个港口。\n"
    "《中医药专业技术人员师承教育管理办\n"
    "法》颁布\n"
    "国家中医药管理局近日公布《中医药专业技术人员师承教育管理办法》，明确了指导老师\n"
    "和继承人应具备的基本条件、师带徒程序与管理等要求。该管理办法主要填补了面向中医\n"
    "药专业技术人员开展的、与继续教育相结合的师承教育尚无相应管理规范的空缺。"
)


def test_a_headline_wrapped_onto_a_second_line_stays_a_heading() -> None:
    assert paragraphs(ROUNDUP)[3:5] == [
        "《中医药专业技术人员师承教育管理办法》颁布",
        "国家中医药管理局近日公布《中医药专业技术人员师承教育管理办法》，明确了指导老师和继承人"
        "应具备的基本条件、师带徒程序与管理等要求。该管理办法主要填补了面向中医药专业技术人员开"
        "展的、与继续教育相结合的师承教育尚无相应管理规范的空缺。",
    ]


def test_lines_that_end_on_han_past_the_commonest_length_show_the_measure() -> None:
    # after bench/damage.py seed 4, article 310 (its `1.2` spelt in Han: a line with digits may
    # be longer in characters than the measure): wrapped at 36; two paragraphs end at 34, which
    # makes 34 the commonest length, but two lines of 36 end on a Han character: no Han hangs
    text = (
        "第139届广交会第三期开展\n\n"
        "央视网消息（新闻联播）：第139届广交会第三期今天（5月1日）开展。\n"
        "本期展会涵盖时尚、家用纺织品、玩具及孕婴童、文具、健康休闲五大板块，参展\n"
        "企业超一点二万家。其中，国家高新技术企业、专精特新“小巨人”等优质企业突\n"
        "破3000家。展会上，一批科技赋能、创意新颖的创新产品格外吸引眼球。\n"
        "本期展会为期5天，其间将举办新品首发、供需对接等贸易促进活动178场，\n"
        "线上线下联动，助力企业开拓国际市场。"
    )
    assert paragraphs(text)[1:] == [
        "央视网消息（新闻联播）：第139届广交会第三期今天（5月1日）开展。",
        "本期展会涵盖时尚、家用纺织品、玩具及孕婴童、文具、健康休闲五大板块，参展企业超一点二万家。"
        "其中，国家高新技术企业、专精特新“小巨人”等优质企业突破3000家。展会上，一批科技赋能、"
        "创意新颖的创新产品格外吸引眼球。",
        "本期展会为期5天，其间将举办新品首发、供需对接等贸易促进活动178场，线上线下联动，助力企业"
        "开拓国际市场。",
    ]


def test_a_space_at_every_line_end_is_a_habit_not_a_word_space() -> None:
    column = [
        "我们在北京开会 ",
        "讨论了明年的计 ",
        "划，会议决定增 ",
        "加投资规模，扩 ",
        "大生产。",
    ]
    assert (
        fixed("\n".join(column))
        == "我们在北京开会讨论了明年的计划，会议决定增加投资规模，扩大生产。"
    )


# pdftotext-like damage (bench/damage.py seed 0, article 303), wrapped at 33: the lead ends a
# sentence at a full line, and `大家表示，` (a pronoun for its subject) goes on with it
RESEARCH = (
    "提升我国原始创新能力 进一步打牢科技强国建设根基——习近平总书记在加强基础研究座谈会上"
    "的重要讲话在广大科技教育工作者中引发热烈反响\r\n\r\n"
    "央视网消息（新闻联播）：习近平总书记在加强基础研究座谈会上强调，\r\n"
    "基础研究是整个科学体系的源头，是所有技术问题的总机关。要以更大力\r\n"
    "度、更实举措加强基础研究，提升我国原始创新能力，进一步打牢科技强\r\n"
    "国建设根基。总书记的重要讲话在广大科技教育工作者当中引发热烈反响。\r\n"
    "大家表示，要深学细悟总书记重要讲话精神，准确把握党中央战略意图，\r\n"
    "增强紧迫感、责任感、使命感，持续抓好基础研究，为实现高水平科技自\r\n"
    "立自强、建设科技强国努力奋斗。\r\n"
    "习近平总书记指出，党中央高度重视基础研究，推动我国基础研究水平显\xad\r\n"
    "著提升。当前，新一轮科技革命和产业变革加速突破，我们要抓住机遇、\r\n"
    "应对挑战，切实把基础研究工作摆上重要日程，不断抓出新成效。总书记\xad\r\n"
    "强调，要加强统筹谋划和顶层设计，优化基础研究系统布局。坚持“四个\xad\r\n"
    "面向”战略导向，进一步明确基础研究的主攻方向和重点领域。大家表示，\r\n"
    "总书记的重要讲话高屋建瓴、内涵丰富，为加强基础研究指明了前进方向、\r\n"
    "提供了根本遵循，对广大科技工作者锐意创新、攻坚克难是巨大鼓舞和激\xad\r\n"
    "励。\r\n"
)


def test_a_sentence_that_leans_on_the_one_before_opens_no_paragraph() -> None:
    blocks = paragraphs(RESEARCH)
    assert blocks[1].startswith("央视网消息") and blocks[1].endswith("建设科技强国努力奋斗。")
    assert blocks[2].startswith("习近平总书记指出") and len(blocks) == 3


# pdftotext-like damage (bench/damage.py seed 3, article 128), wrapped at 30
CEASEFIRE_PDF = (
    "以军继续在加沙地带发动军事行动 哈马斯向以色列多地发射火箭弹\r\n"
    "央视网消息（新闻联播):以色列国防军2023年12月31日对\r\n"
    "加沙地\u200d带北部加沙城、中部迈加齐难民营、南部汗尤尼斯以及约旦\r\n"
    "河西岸图勒凯尔姆等地发动攻击。\r\n"
    "巴勒\u2060斯坦伊斯兰抵抗运动(哈马斯）方面称,今天（1月\u200c1日)\r\n"
    "向以色列方向发射了多枚火箭弹,特拉维夫等\u2060地响起防空警报。\r\n"
    "巴以民众希望新年尽快实现和平\r\n"
    "对于新的\u2060一年,巴\u2060勒斯坦和\u2060以色列民众表示,实现和平是他们\r\n"
    "的新年愿望。\r\n"
    "美军称击沉3艘胡塞武装船只\xa0胡塞武装称10名成员死亡或失踪\r\n"
    "美军中央司令部2023年12月31日发表声明称,美军在红海海\r\n"
    "\u200c域击沉了3艘也门胡塞武装船只。也门胡塞武装当天称，该组织1\r\n"
    "0名成\u200d员当天\xa0in\xa0一次海上行动中因遭美军袭击死亡或失踪。\r\n"
    "胡塞武装还称，将继续采取行动支持巴\u200d勒斯坦加沙地带。\r\n"
)


def test_a_speaker_who_also_says_goes_on_with_the_paragraph() -> None:
    # `胡塞武装还称，` after a long paragraph: an attribution, but `还` ties it to the one before
    assert paragraphs(CEASEFIRE_PDF.rstrip())[-1].endswith(
        "因遭美军袭击死亡或失踪。胡塞武装还称，将继续采取行动支持巴勒斯坦加沙地带。"
    )
