"""A full line that finishes a sentence: a wrap or a paragraph end, by what the whole text shows
about its paragraphs (`unwrap.paragraphing`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.chars import mostly_wide
from convert.normalize.unwrap.measure import LINE_SPACES

from ...support.normalized import paragraphs
from .texts import ARTICLE, wrap

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


def test_paragraphing_is_the_same_with_the_lines_measure_already_judged() -> None:
    """`learn_paragraphing` given `measure_lines`' verdicts (as the unwrap pass gives them)
    learns what it learns judging every line itself, on damaged texts of every shape."""
    from bench.accuracy import load_articles
    from bench.damage import damage_file
    from bench.damage_print import SHAPES, damage_article
    from convert.blocks import split_blocks
    from convert.normalize.unwrap.measure import measure_lines
    from convert.normalize.unwrap.paragraphing import learn_paragraphing

    texts = [MEETING, "\n\n".join("\n".join(wrap(p, 17)) for p in ARTICLE * 2)]
    for index, article in enumerate(load_articles(12)):
        title, body = str(article["title"]), [str(p) for p in article["paragraphs"]]  # type: ignore[attr-defined]
        texts.append(damage_file(title, body, index, mojibake=False).text)
        texts.append(damage_article(article, SHAPES[index % len(SHAPES)], index).text)
    learnt = set()
    for text in texts:
        every = split_blocks(text)
        lines = [b.text.split("\n") for b in every if "\n" in b.text]
        widths, wide_lines, _ = measure_lines(lines)
        alone = learn_paragraphing(lines, widths, len(every))
        assert learn_paragraphing(lines, widths, len(every), (), wide_lines) == alone
        learnt.add(alone.blank_lines)
    assert learnt == {True, False}  # texts of both kinds were compared


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


def test_a_typewritten_book_in_blank_line_paragraphs_wraps_ragged() -> None:
    # issue 12: The Federalist as Project Gutenberg publishes it (shortened); the first line
    # stops short after a full stop, where `Still` would have fitted, and is still a wrap
    paragraph = (
        "This intelligent people perceived these defects.\n"
        "Still continuing no less attached to union than enamored of\n"
        "liberty, they observed the danger which immediately threatened the\n"
        "former and more remotely the latter; and being persuaded that ample\n"
        "security for both could only be found in a national government more\n"
        "wisely framed, they as with one voice, convened the late convention."
    )
    other = (
        "It has been frequently remarked that it seems to have been reserved to the\n"
        "people of this country, by their conduct and example, to decide the important\n"
        "question, whether societies of men are really capable or not of establishing\n"
        "good government from reflection and choice."
    )
    text = "\n\n".join([other, other, paragraph, other, other])
    assert paragraphs(text) == [b.replace("\n", " ") for b in text.split("\n\n")]


def test_the_same_lines_without_blank_lines_between_paragraphs_end_there() -> None:
    short = "Elizabeth, with a triumphant sensation, looked at him.\n"
    paragraph = (
        "He bore it with noble indifference, and she would have imagined that\n"
        "Bingley had received his sanction to be happy, had she not seen his eyes\n"
        "likewise turned towards Mr. Darcy, with an expression of half-laughing\n"
        "alarm.\n"
    )
    text = (paragraph + short) * 4
    assert short.strip() in paragraphs(text)


def test_a_table_under_a_paragraph_does_not_deny_blank_line_paragraphing() -> None:
    """bench/damage_print.py's blocks page of a tuning article puts a table right under a
    paragraph: its short last line above the first row says nothing of how the page marks
    paragraphs, and a full line ending a sentence inside a block stays a wrap."""
    text = _damaged_blocks_page("print", "xwlb-20251101-0276")
    assert "检阅仪仗队。\n两国元首分别同对方陪同人员握手致意。\n指标\t" in text
    assert any("检阅仪仗队。两国元首分别同对方陪同人员握手致意。" in p for p in paragraphs(text))


# pdftotext of a narrow column typeset with a CSS text-indent (bench/accuracy_extracted.py,
# weasy-narrow, tuning half): each paragraph's first line stops two cells short of the
# measure (16), its indent dropped; the next line goes on with it
DROPPED_INDENT = """\
央视网消息（新闻联播）：北京
市抢抓产业发展战略机遇，推动新质
生产力加快发展，初步形成“南箭北
星”格局，商业航天创新发展驶入快
车道。
走进北京北部的“星谷”，记者
看到为商业卫星研发的氪气电推进发
动机正在进行点火试验。
在北部的另一个高科技园内，银
河航天正在研制太阳翼和相控阵天线
一体化通信卫星，未来将用于支持手
机直连卫星的宽带通信。
在北部建设“星谷”的同时，全
国七成以上的整箭企业也在北京南部
集聚，北京的产业格局正在形成。"""


def test_a_first_line_short_by_the_indent_the_extraction_dropped_goes_on() -> None:
    got = paragraphs(DROPPED_INDENT)
    assert [p[:6] for p in got] == ["央视网消息（", "走进北京北部", "在北部的另一", "在北部建设“"]
    assert got[1].startswith("走进北京北部的“星谷”，记者看到为商业卫星研发的氪气电推进")


def test_a_heading_as_short_as_an_indent_stays_where_paragraphs_open_full() -> None:
    from convert.normalize.unwrap.dropped import dropped_indent, first_line_cells
    from convert.normalize.unwrap.measure import Widths
    from convert.normalize.unwrap.paragraphing import Paragraphing, learn_paragraphing

    widths = Widths(16, 0)
    assert first_line_cells("走进北京北部的“星谷”，记者", 16) == "short"
    assert first_line_cells("看到为商业卫星研发的氪气电推进发", 16) == "full"
    assert first_line_cells("动机正在进行点火试验。", 16) is None  # a sentence ends
    blocks = [DROPPED_INDENT.split("\n")]
    assert learn_paragraphing(blocks, widths, 1).indent_dropped
    # the same paragraphs with their first lines full: no indent was dropped
    full = [line for line in DROPPED_INDENT.split("\n") if not line.endswith(("记者", "银", "全"))]
    assert not learn_paragraphing([full], widths, 1).indent_dropped
    heading = "第一部分：新质生产力"  # 10 cells, nowhere near the measure less an indent
    learnt = Paragraphing(frozenset(), blank_lines=False, indent_dropped=True)
    assert not dropped_indent(heading, widths, learnt, len(heading))


# clean zh-news-xwlb (xwlb-20231101-0149-like): a long paragraph whose last line fills the
# measure (24) and ends in 。; the next opens by setting its scene: the next stage of the event
STAGES = (
    "习近平会见斯洛伐克总理\n"
    "\n"
    "央视网消息（新闻联播）：国家主席习近平1日在北京人民大会堂会见斯洛\n"
    "伐克总理菲佐。习近平指出，中斯友好源远流长，两国关系始终健康稳定\n"
    "发展。双方要尊重彼此核心利益，妥善处理分歧，推动两国关系行稳致远。\n"
    "会见后，双方发表联合声明。同日，国务院总理李强同菲佐举行会谈，双\n"
    "方就共同关心的国际和地区问题交换了意见。"
)


def test_a_full_last_line_before_a_sentence_that_sets_its_scene_after_a_long_paragraph() -> None:
    blocks = paragraphs(STAGES)
    assert [b[:4] for b in blocks] == ["习近平会", "央视网消", "会见后，"]


def test_a_scene_setting_sentence_after_a_short_run_goes_on_with_it() -> None:
    # `同日，` after one sentence of 40 characters: a paragraph goes on as often as not
    text = (
        "李强会见外宾\n"
        "\n"
        "央视网消息（新闻联播）：国务院总理李强1日在北京会见外宾。同日，李强同\n"
        "外宾举行会谈，双方就共同关心的问题交换了意见，达成多项共识，并见证签\n"
        "署合作文件。"
    )
    assert len(paragraphs(text)) == 2


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=LINE_SPACES + "中文あ가，、。a1.“”-\u2003\u3001", max_size=24))
def test_a_line_is_mostly_wide_as_its_stripped_text(line: str) -> None:
    """`learn_paragraphing` reads a block's first line's `mostly_wide` from `wide_lines`, which
    holds the verdicts of stripped lines: stripping LINE_SPACES (white space, none wide) changes
    no line's verdict."""
    assert mostly_wide(line) == mostly_wide(line.strip(LINE_SPACES))


def test_a_sentence_end_at_the_measure_over_a_full_line_runs_on_under_dropped_indents() -> None:
    # pdftotext of a narrow WeasyPrint page (bench/accuracy_extracted.py, weasy-narrow, tuning
    # half): paragraphs open an indent short (their indent dropped), the measure is 18
    from convert.normalize.unwrap.dropped import runs_on_flush
    from convert.normalize.unwrap.measure import Widths
    from convert.normalize.unwrap.paragraphing import Paragraphing

    learnt = Paragraphing(frozenset(), blank_lines=False, indent_dropped=True)
    widths = Widths(18, 0)
    line = "今天的中国，是梦想接连实现的中国。"
    assert runs_on_flush(line, "在距离地球约400公里的中国空间站，神舟", widths, learnt)
    # the next line an indent short opens a paragraph; a line well short ends one
    assert not runs_on_flush(line, "在距离地球约400公里的中国空间", widths, learnt)
    assert not runs_on_flush(
        "是梦想接连实现的中国。", "在距离地球约400公里的中国空间站，神舟", widths, learnt
    )
    # where paragraphs open full, the width says nothing
    plain = Paragraphing(frozenset(), blank_lines=False)
    assert not runs_on_flush(line, "在距离地球约400公里的中国空间站，神舟", widths, plain)


def test_a_line_over_a_paragraph_s_indent_short_first_line_ends_there() -> None:
    from convert.normalize.unwrap.dropped import over_dropped_indent
    from convert.normalize.unwrap.measure import Widths
    from convert.normalize.unwrap.paragraphing import Paragraphing

    learnt = Paragraphing(frozenset(), blank_lines=False, indent_dropped=True)
    widths = Widths(15, 0)
    subhead, first, second = (
        "电视剧《许你万家灯火》今晚开播",
        "电视剧《许你万家灯火》今晚",
        "（3月1日）起在总台央视综合频道",
    )
    assert over_dropped_indent(subhead, first, second, widths, learnt)
    # a paragraph's one line under it, or a full wrap under it, opens no paragraph
    assert not over_dropped_indent(subhead, first, "播出。", widths, learnt)
    assert not over_dropped_indent(subhead, second, second, widths, learnt)
    plain = Paragraphing(frozenset(), blank_lines=False)
    assert not over_dropped_indent(subhead, first, second, widths, plain)


def test_a_flush_subhead_over_its_paragraph_stands_in_the_text() -> None:
    # a column of 16 whose paragraphs open an indent short; the subhead fills the measure
    lines = [
        "央视网消息（新闻联播）：记者今",
        "天从有关部门了解到，各项工作进展顺",
        "利，各地区积极推进。",
        "为做好相关工作，有关部门近日",
        "印发通知要求各地加强组织领导，确",
        "保措施落地见效。",
        "会议强调，要坚持稳中求进工作",
        "总基调，完整准确全面贯彻新发展理",
        "念，加快构建新发展格局。",
        "同时要持续深化改革开放和创新",
        "驱动，推动经济实现质的有效提升和",
        "量的合理增长。",
        "电视剧《许你万家灯火》今晚起开播",
        "该剧以我国完全独立自主研发的",
        "核电技术为创作题材，讲述了几代中",
        "国核工业人的故事。",
    ]
    assert paragraphs("\n".join(lines) + "\n")[-2:] == [
        "电视剧《许你万家灯火》今晚起开播",
        "该剧以我国完全独立自主研发的核电技术为创作题材，讲述了几代中国核工业人的故事。\n",
    ]


def test_a_sentence_end_as_long_as_its_block_s_wrap_is_judged_at_the_block_s_measure() -> None:
    from convert.normalize.unwrap.measure import Widths
    from convert.normalize.unwrap.paragraphing import block_widths

    widths = Widths(33, 0.0)
    block = ["一" * 26 + "。", "二" * 27, "三" * 5 + "。"]
    assert block_widths(widths, block, 0, True).wide == 27
    assert block_widths(widths, block, 0, False) is widths  # (no blank-line paragraphs)
    short = ["一" * 20 + "。", "二" * 27, "三" * 5 + "。"]
    assert block_widths(widths, short, 0, True) is widths  # (short of its block's wrap too)
    assert block_widths(widths, ["一" * 32 + "。", "二" * 33, "三。"], 0, True) is widths
    # a closing mark that ends no sentence over price rows (ja-livedoor-more, tuning half)
    rows = [
        "ベルト1万4700円",
        "〈いずれもポール・スミス〉",
        "シューズ6万 8250円",
        "（ポール・スミス・シュー）",
    ]
    assert block_widths(widths, rows, 1, True) is widths


def test_a_full_line_of_a_narrower_block_does_not_deny_blank_line_paragraphing() -> None:
    """bench/damage_blind.py's blocks page of a tuning article wraps each blank-line block at
    a measure of its own (27 to 37 cells): a sentence end that fills a block of 27 is a wrap of
    that block, not a short line that denies the text blank-line paragraphs (its 33-cell
    measure), and the block stays one paragraph."""
    text = _damaged_blocks_page("blind", "xwlb-20230101-0025")
    assert "来说意义非凡。\n村里的苹果种植" in text
    assert any("来说意义非凡。村里的苹果种植" in p for p in paragraphs(text))


def test_a_blocks_longest_wrap_is_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # blank-line paragraphs, then one block of many lines ending sentences: each sentence end
    # asks for the block's longest wrap, found once (found afresh, 4,000 lines took seconds)
    from convert.normalize import normalize
    from convert.normalize.unwrap import paragraphing

    found: list[int] = []
    longest = paragraphing._longest_wrap

    def counted(lines: list[str], *known: object) -> int | None:
        found.append(len(lines))
        return longest(lines, *known)  # type: ignore[arg-type]

    monkeypatch.setattr(paragraphing, "_longest_wrap", counted)
    head = "\n\n".join("第一段落的文字写满一行再加上一些。" for _ in range(8))
    block = "\n".join(
        "这是一行被折断的文字内容，它写得很长很长。"
        if i % 3
        else "这是一行被折断的文字内容，它写得很长很长"
        for i in range(300)
    )
    normalize("标题\n\n" + head + "\n\n" + block + "\n\n" + head + "\n")
    assert found and max(found.count(n) for n in set(found)) <= 1  # (once a block)


def _damaged_blocks_page(model: str, article_id: str) -> str:
    """A corpus article set as a `blocks` page, seed 1, by bench/damage_print.py or
    bench/damage_blind.py (`model`)."""
    import json

    from bench.accuracy import XWLB
    from bench.damage_blind import damage_article as blind
    from bench.damage_print import damage_article as printed

    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == article_id)
    return (blind if model == "blind" else printed)(article, "blocks", 1).text
