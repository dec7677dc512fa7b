"""Layout breaks between blocks: which blank lines cut a paragraph or a headline in two."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.accuracy import XWLB
from bench.damage_print import damage_article
from convert.blocks import split_blocks
from convert.config import Config
from convert.headings import BYLINE_EN_RE, is_byline
from convert.normalize import layout, normalize
from convert.normalize.context import Context
from convert.normalize.cut_sentence import cuts_date, has_perfective
from convert.normalize.layout import (
    _is_headline_half,
    _label_suffixes,
    broken_headlines,
)

from ..conftest import REPO
from ..support.normalized import paragraphs

# a narrow column from bench/damage.py (seed 0, xwlb article 128): two headlines, each cut in
# two by a layout break; the first paragraph is cut twice
CEASEFIRE = (
    "以军继续在加沙地带发动军事行动 哈马斯向以色列多地发射火箭弹\n\n"
    "央视网消息(新闻联播):以色列国防军2023\n年12月31日对加沙地带北部加沙城、中部迈加\n"
    "齐难民营、南部汗尤尼斯以及约旦河西岸图勒凯尔\n姆\n\n等地发动攻击。\n\n"
    "巴勒斯坦伊斯兰抵抗运动(哈马斯)方面称,今天\n(1月1日)向以色列方向发射了多枚火箭弹,特\n"
    "拉维夫等地响起防空警报。\n\n"
    "巴以民众希望\n\n新年尽快实现和平\n\n"
    "对于新的一年,巴勒斯坦和以色列民众表示,实现\n和平是他们的新年愿望。\n\n"
    "美军称击沉3艘胡塞武装船只\n\n 胡塞武装称10名成员死亡或失踪\n\n"
    "美军中央司令部2023年12月31日发表声明\n称,美军在红海海域击沉了3艘也门胡塞武装船只\n"
    "。也门胡塞武装当天称,该组织10名成员当天在\n一次海上行动中因遭美军袭击死亡或失踪。"
)


def test_a_headline_cut_in_two_between_paragraphs_is_joined() -> None:
    blocks = paragraphs(CEASEFIRE)
    assert blocks[3] == "巴以民众希望新年尽快实现和平"
    # the break fell at the space between the headline's halves: the corpus's title keeps it
    assert blocks[5] == "美军称击沉3艘胡塞武装船只 胡塞武装称10名成员死亡或失踪"
    assert len(blocks) == 7


def test_the_seed_s_district_and_headline_pairs_stay_two_headings() -> None:
    # `东城区总工会` / `以党的二十大精神为统领…`: a series of labels that end alike, each above
    # its own headline, is two heading levels, not a headline cut in two
    seed = (REPO / "samples" / "000_331d64802fbda7f9.txt").read_text(encoding="utf-8")
    blocks = paragraphs(seed)
    for label in ("东城区总工会", "西城区总工会", "房山区总工会"):
        assert label in blocks
    assert "以党的二十大精神为统领探索工会建设实践路径" in blocks
    assert "学深悟透报告精髓，做到内化于心、外化于行" in blocks


def test_a_heading_above_a_paragraph_cut_after_its_first_words_stays_a_heading() -> None:
    # `据多家美国媒` looks like a headline half, but `媒`/`体` is one word across the break
    text = (
        "俄称再控制两个\u2060\ufeff定居点\u200c 乌称击退俄进攻\n\n"
        "俄罗斯国防部6月30日称，俄军在顿涅茨克又控制了两个定居点，并打击了乌军坦克、装甲车、"
        "反炮兵雷达、军火库等目标。\n\n"
        "美媒称欧洲多个美军基地高\u200b度\u200b戒备\n\n据多家美国媒\n\n"
        "体6月30日报道，美国官员称，由于担心可能发生针对美国军人或军事设施的恐怖袭击，"
        "美国在欧洲的多个军事基地进入高度戒备状态。\n"
    )
    blocks = paragraphs(text.rstrip())
    assert blocks[2] == "美媒称欧洲多个美军基地高度戒备"
    assert blocks[3].startswith("据多家美国媒体6月30日报道") and len(blocks) == 4


def test_after_a_lone_headline_a_comma_line_cut_by_a_page_is_a_paragraph() -> None:
    # a headline with a comma follows only a title or a series label; after a lone headline
    # `记者从…获悉，…指数首次` is a paragraph's first line, continued after the page break
    # (seed 2, article 224: a narrow column, a page break; its furniture left out)
    text = (
        "2025年大学生志愿服\n务西部计划报名开启\n\n"
        "今天(3月1日),20\n25年大学生志愿服务西\n部计划报名通道开启。从\n即日起至5月上旬,普通\n"
        "高等学校应届毕业生或在\n读研究生可注册报名。今\n年预计新招募西部计划志\n"
        "愿者约5万人,设乡村教\n育、服务乡村建设、健康\n乡村等8个专项，服务期\n为1至3年。\n\n"
        "太湖水生生物多样性指数\n首次提高到“优秀”等级\n\n"
        "记者从江苏省生态环境厅\n获悉,20\u200d24年太湖\n水生生物多样性指数首次\n\n"
        "\x0c\n\n"
        "提高到“优秀”等级,鱼\n类生物量达到多年平均值\n两倍以上,流域生态系统\n"
        "更加健康,珍稀物种黄胸\n鹀、青头潜鸭现身太湖流\n域。2024年\u2060,\u200b太\n"
        "湖水质总体达到Ⅲ类，首\n次全年达到国家良好湖泊\n标准。"
    )
    blocks = paragraphs(text)
    assert blocks[2] == "太湖水生生物多样性指数首次提高到“优秀”等级"
    assert blocks[3].startswith(
        "记者从江苏省生态环境厅获悉，2024年太湖水生生物多样性指数首次提高到"
    )
    assert blocks[3].endswith("首次全年达到国家良好湖泊标准。") and len(blocks) == 4


def test_broken_headlines_are_found_between_paragraphs_only() -> None:
    config = Config()
    text = (
        "标题\n\n这一段缺少句号\n\n东城区总工会\n\n今年，东城区总工会为职工办实事十件。\n\n"
        "第一段结束。\n\n巴以民众希望\n\n新年尽快实现和平\n\n当地时间31日，加沙民众走上街头。"
    )
    blocks = split_blocks(text)
    heads = [_is_headline_half(b.text, config) for b in blocks]
    # after the title a heading-like line is no half; between paragraphs the pair is one
    assert broken_headlines(blocks, heads, _label_suffixes(blocks, heads), config) == {5}


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        # 《吶喊》 (zh-hant-gutenberg-nahan): a story's title, then its section number or its
        # first chapter's title, each a heading of its own between two paragraphs
        (
            "    本書各篇最初發表時都未署寫作日期，現在篇末的日期為作者在編集時所補記。\n\n 藥\n\n"
            "    一\n\n    秋天的後半夜，月亮下去了，太陽還沒有出，只剩下一片烏藍的天；除了夜游"
            "的東西，什麼都睡著。",
            ["藥", "一"],
        ),
        (
            "    使用。下文說的紙錠，是用紙或錫箔折成的元寶。\n\n 阿Q正傳\n\n    第一章序\n\n"
            "    我要給阿Q做正傳，已經不止一兩年了。但一面要做，一面又往回想。",
            ["阿Q正傳", "第一章序"],
        ),
    ],
)
def test_a_title_and_its_section_number_are_not_one_headline(
    text: str, headings: list[str]
) -> None:
    blocks = [b.strip() for b in paragraphs("標題\n\n" + text)]
    assert blocks[2:4] == headings


def test_a_dateline_paragraph_that_ends_with_a_colon_introduces_the_next() -> None:
    # a dateline alone (`央视网消息（新闻联播）：`) goes on in the next block; a whole paragraph
    # that begins with one and ends with `：` announces what follows (xwlb article 165)
    lead = (
        "央视网消息（新闻联播）：国务院总理李强签署国务院令，于2024年7月1日公布《国务院关于实施"
        "〈中华人民共和国公司法〉注册资本登记管理制度的规定》，自公布之日起施行。《规定》共13条，"
        "主要包括以下内容："
    )
    items = "一是明确存量公司调整认缴出资期限的过渡期安排。二是规定公司出资异常的处理。"
    title = (
        "李强签署国务院令 公布《国务院关于实施〈中华人民共和国公司法〉注册资本登记管理制度的规定》"
    )
    assert paragraphs(f"{title}\n\n{lead}\n\n{items}") == [title, lead, items]
    assert paragraphs(f"{title}\n\n央视网消息（新闻联播）：\n\n{items}") == [
        title,
        f"央视网消息（新闻联播）：{items}",
    ]


def test_a_headline_made_long_by_a_work_s_title_is_kept_from_its_paragraph() -> None:
    # 38 characters, 33 of them the programme's title (xwlb article 239)
    headline = "《中国梦·劳动美——2025五一国际劳动节“心连心”特别节目》今晚播出"
    text = (
        f"新闻联播\n\n今天是五一国际劳动节。\n\n{headline}\n\n"
        "由中华全国总工会和中央广播电视总台联合制作的特别节目今晚播出。"
    )
    assert paragraphs(text)[2] == headline


def test_a_layout_break_at_the_space_of_a_headline_keeps_the_space() -> None:
    # bench/damage.py seed 2, article 242: one paragraph a line; the break fell at the space
    # between the headline's halves, which became a no-break space at the next block's start
    text = (
        "国际联播快讯\n\n央视网消息（新闻联播）：\n\n加沙地带多地遭以军袭击\n\n\u00a0致35人死亡\n\n"
        "据巴勒斯坦媒体报道，以军当天空袭加沙地带多地，造成至少35人死亡。"
    )
    assert "加沙地带多地遭以军袭击 致35人死亡" in paragraphs(text)


def test_a_heading_whose_last_word_and_the_next_first_make_another_stays_apart() -> None:
    # bench/damage.py seed 2, article 96, one paragraph a line: `出行` / `为期` is no `行为`
    text = (
        "国内联播快讯\n\n央视网消息（新闻联播）：\n\n全国铁路暑运结束 8.3亿人次出行\n\n"
        "为期两个月的全国铁路暑运日前结束，累计发送旅客8.3亿人次。"
    )
    assert paragraphs(text)[2:] == [
        "全国铁路暑运结束 8.3亿人次出行",
        "为期两个月的全国铁路暑运日前结束，累计发送旅客8.3亿人次。",
    ]


def test_a_section_number_is_no_fragment() -> None:
    # 《吶喊》's 《藥》: `二` above `老栓走到家`; `二老` is a word, `二` a section number
    text = "藥\n\n一\n\n秋天的後半夜，月亮下去了。\n\n二\n\n老栓走到家，店面早經收拾乾淨。"
    assert paragraphs(text) == [
        "藥",
        "一",
        "秋天的後半夜，月亮下去了。",
        "二",
        "老栓走到家，店面早經收拾乾淨。",
    ]


def test_a_dateline_cut_in_two_is_joined() -> None:
    # bench/damage.py seed 1, article 209, a narrow column: `央视网消息` alone looks like a
    # heading, but with `（新闻联播）：` it is a dateline, which opens a paragraph
    text = (
        "国内联播快讯\n\n央视网消息\n\n（新闻联播）：\n\n2024年全国铁路暑期运输今天启动\n\n"
        "今年暑运从7月1日开始，到8月31日结束，为期62天。"
    )
    assert paragraphs(text)[1] == "央视网消息（新闻联播）："


def test_a_heading_above_a_dateline_is_no_dateline_cut_in_two() -> None:
    text = (
        "国务院新闻办举行吹风会\n\n国内联播快讯\n\n央视网消息（新闻联播）：\n\n"
        "多举措优化支付服务 提升支付便利性\n\n"
        "国务院新闻办今天举行国务院政策例行吹风会，介绍优化支付服务有关情况。"
    )
    assert paragraphs(text)[1:3] == ["国内联播快讯", "央视网消息（新闻联播）："]


def test_a_headline_cut_after_the_dateline_is_not_the_dateline_s_paragraph() -> None:
    # bench/damage.py seed 2, article 110: one paragraph a line; after a bare dateline comes a
    # headline (always, in zh-news-xwlb), here cut in two
    text = (
        "国内联播快讯\n\n央视网消息（新闻联播）：\n\n2023年全\n\n国消防宣传月活动今天启动\n\n"
        "2023年全国消防宣传月活动今天（11月1日）在北京启动。"
    )
    assert paragraphs(text)[1:3] == [
        "央视网消息（新闻联播）：",
        "2023年全国消防宣传月活动今天启动",
    ]


def test_a_space_at_every_line_end_is_no_space_at_a_layout_break() -> None:
    text = (
        "会议纪要 \n\n我们在北京开会讨论了明年的计 \n划，会议决定增加投资规 \n模，扩大生产和\n\n"
        "销售的规模。 \n\n会议要求各部门抓好落实。"
    )
    assert (
        paragraphs(text)[1].rstrip()
        == "我们在北京开会讨论了明年的计划，会议决定增加投资规模，扩大生产和销售的规模。"
    )


def test_a_block_continued_after_a_comma_is_judged_with_its_continuation() -> None:
    # a short line looks like a heading alone, but `，粤港澳…` goes on from it: judged alone it
    # stayed apart from the fragment before it in the first round and was joined in the next
    from convert.normalize import PASSES

    def page(middle: str) -> str:
        return (
            "劳动节快评\n\n第一段话说完了。\n\n劳动谱写时代华章，奋斗创造美好\n\n"
            f"{middle}\n\n，粤港澳大湾区超级工程狮子洋通道项目建设过半。"
        )

    result = normalize(page("新时代的劳动者"))
    assert result.text.split("\n\n")[2] == (
        "劳动谱写时代华章，奋斗创造美好新时代的劳动者，粤港澳大湾区超级工程狮子洋通道项目建设过半。"
    )
    assert all(c.step < len(PASSES) for c in result.changes if c.pass_name == "layout")
    # a dated box there is a running head the page set in the sentence: the furniture pass takes
    # it out (`head_runs.INNER_CLAUSE_MARK`: the line over it holds a comma), the layout pass joins
    dated = normalize(page("2022年11月1日 星期二"))
    assert dated.text.split("\n\n")[2] == (
        "劳动谱写时代华章，奋斗创造美好，粤港澳大湾区超级工程狮子洋通道项目建设过半。"
    )
    assert all(c.step < len(PASSES) for c in dated.changes if c.pass_name == "layout")


def test_nothing_runs_on_into_a_dateline() -> None:
    # a headline too long to be taken for one, then the story's dateline: a dateline opens its
    # paragraph, whatever ends the block before it
    headline = "【实干笃行创伟业 团结奋斗新征程】苦干实干 敬业奉献 为实现宏伟蓝图而不懈奋斗并肩前行"
    text = (
        f"上一篇报道的结尾。\n\n{headline}\n\n"
        "央视网消息（新闻联播）：在“五一”国际劳动节到来之际，习近平总书记代表党中央致以节日祝贺。"
    )
    assert paragraphs(text)[1] == headline


def test_a_heading_like_fragment_above_a_short_sentence_tail_is_joined() -> None:
    # bench/damage.py seed 3, article 91, a narrow column: a layout break between two words
    # (`人民大会堂` / `举行`) leaves a heading-like first half; no paragraph under a heading is
    # one comma-less sentence of nine characters
    text = (
        "史学部主任王巍作了题为《中华文明起\n源与早期发展综合研究》的讲座。\n\n"
        "十四届全国人大常委会１日上午在北京\n人民大会堂\n\n举行宪法宣誓仪式。\n\n"
        "宣誓仪式由全国人大常委会委员长赵乐际主持。"
    )
    assert paragraphs(text)[1] == "十四届全国人大常委会1日上午在北京人民大会堂举行宪法宣誓仪式。"


def test_a_sentence_tail_of_up_to_twenty_characters_is_joined() -> None:
    # bench/damage.py seed 5, article 46, blank-line blocks cut into pages: the break fell
    # between a title and the name it goes with; a 16-character sentence is no story's body
    text = (
        "会议还听取了全国政协十四届一次会议筹备工作情况的汇报。\n\n"
        "全国政协副主席兼秘书长\n\n李斌等就有关议题作了说明和汇报。"
    )
    assert paragraphs(text)[1] == "全国政协副主席兼秘书长李斌等就有关议题作了说明和汇报。"


def test_a_photo_caption_under_its_headline_is_no_sentence_tail() -> None:
    # pdftotext of a narrow WeasyPrint page (bench/accuracy_extracted.py, weasy-narrow, tuning
    # half): a headline, its photo's caption, then the story
    text = (
        "上一篇报道的结尾。\n\n赵乐际会见贝宁总统\n\n图为赵乐际会见贝宁总统现场画面。\n\n"
        "央视网消息（新闻联播）：全国人大常委会委员长赵乐际1日在北京会见贝宁总统塔隆。"
    )
    assert paragraphs(text)[1:3] == ["赵乐际会见贝宁总统", "图为赵乐际会见贝宁总统现场画面。"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("美国总统特朗普2025年12月", "31日发文称，"),
        ("据统计，2024年", "3月起"),
        ("今年１２月", "１日"),
        ("部长怀进鹏10月30", "日在国家教育行政学院"),  # the day cut from its 日
        ("今年５月１", "号起"),
    ],
)
def test_a_date_cut_by_a_break(left: str, right: str) -> None:
    assert cuts_date(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("美总统称从芝加哥等地撤走国民警卫队", "美国总统特朗普2025年12月"),
        ("2025年", "12个省份"),
        ("十二月", "31日发文称"),
        ("西部\t8729", "日本方面表示"),  # a number that is no month's day
        ("增长了2030", "日前，"),
    ],
)
def test_no_date_cut(left: str, right: str) -> None:
    assert not cuts_date(left, right)


def test_a_headline_above_a_paragraph_opening_with_a_cut_date() -> None:
    # bench/damage.py seed 9, article 300, a narrow column: the paragraph's first words
    # (`美国总统特朗普2025年12月`) look like the second half of the headline above them
    text = (
        "乌军还对炼油厂实施了打击。\n\n美总统称从芝加哥等地撤走国民警卫队\n\n"
        "美国总统特朗普2025年12月\n\n31日发文称，正从芝加哥、洛杉矶和波特兰\n撤走国民警卫队。\n\n"
        "去年6月起，美国联邦政府以打击非法移民和犯罪为由派遣国民警卫队。"
    )
    assert paragraphs(text)[1:3] == [
        "美总统称从芝加哥等地撤走国民警卫队",
        "美国总统特朗普2025年12月31日发文称，正从芝加哥、洛杉矶和波特兰撤走国民警卫队。",
    ]


def test_a_page_break_inside_a_day_is_joined() -> None:
    # bench/damage_print.py seed 0, article xwlb-20251101-0283 (tuning half), blank-line blocks:
    # a page break (its number and running head taken out) fell between a month's day and its 日
    with XWLB.open(encoding="utf-8") as handle:
        article = next(
            a for line in handle if (a := json.loads(line))["id"] == "xwlb-20251101-0283"
        )
    text = damage_article(article, "blocks", 0).text
    assert "部长怀进鹏10月30\n\n12\n" in text
    assert "中央宣讲团成员，教育部党组书记、部长怀进鹏10月30日在国家教育行政学院作宣讲报告。" in (
        "".join(paragraphs(text))
    )


def test_a_heading_like_fragment_holding_le_opens_the_paragraph_below() -> None:
    # bench/damage.py seed 6, article 91, blank-line blocks: the break fell after a verb and
    # its 了, leaving a short comma-less block no headline of zh-news-xwlb is like
    text = (
        "会议审议了有关报告。\n\n会议表决通过了全国人大\n\n"
        "常委会代表资格审查委员会关于个别代表的代表资格的报告，决定提请下次会议审议。"
    )
    assert paragraphs(text)[1] == (
        "会议表决通过了全国人大常委会代表资格审查委员会关于个别代表的代表资格的报告，"
        "决定提请下次会议审议。"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议表决通过了全国人大", True),
        ("收到了回信", True),
        ("记者了解到", False),
        ("为了人民", False),
        ("除了山东省", False),
    ],
)
def test_has_perfective(text: str, expected: bool) -> None:
    assert has_perfective(text) is expected


def test_a_heading_above_its_paragraph_is_no_sentence_tail() -> None:
    text = (
        "上一篇报道的结尾。\n\n德法英等称将继续支持乌克兰\n\n"
        "德国、英国、法国等欧洲国家方面称，将继续支持乌克兰。"
    )
    assert paragraphs(text)[1:] == [
        "德法英等称将继续支持乌克兰",
        "德国、英国、法国等欧洲国家方面称，将继续支持乌克兰。",
    ]


# a text set one paragraph a line (`unwrap.unwrapped`): long lines of lengths that disagree
SPEECH = (
    "しかし「事前にお願いされるスピーチなら準備ができるしまだいいですよ。一番嫌なのは何といっても」"
)
NEWS = "央视网消息（新闻联播）：国务院总理李克强主持召开国务院常务会议，部署推进一系列稳增长的措施"


def test_a_text_never_wrapped_keeps_its_lines_that_end_without_a_stop() -> None:
    # issue 12 (livedoor): a heading, a credit and a speaker's line ending on `）` were joined
    # to the line after them as if a page break had cut them
    text = "\n\n".join(
        [
            "■お祝い貧乏の実態",
            SPEECH + "と語るのは薫さん（35歳）",
            SPEECH * 2 + "自己嫌悪に陥りますね」",
            "編集部：池田利夫＋岡本奈知子（ジャムハウス）",
            "制作編集：エヌプラス",
            "落ち着いたカフェのような居心地の良さ。銀座の隠れ家的マンガ喫茶",  # Japanese: even on Han
            SPEECH * 3 + "と語る。",
        ]
    )
    assert paragraphs(text) == text.split("\n\n")


def test_a_text_never_wrapped_still_joins_a_paragraph_cut_after_a_han_or_a_pause() -> None:
    cut = [
        "标题",
        NEWS + "，会议指出要加大",
        "力度。",
        NEWS * 2 + "、",
        "扩大内需。",
        NEWS * 3 + "。",
    ]
    joined = [cut[0], cut[1] + cut[2], cut[3] + cut[4], cut[5]]
    assert paragraphs("\n\n".join(cut)) == joined


def test_a_text_never_wrapped_joins_a_number_cut_from_its_unit() -> None:
    # the blind damage model's `blocks` page (xwlb-20240301-0141): `…提出到2030` / `年，各级…`,
    # a line of a text judged never wrapped, ending on a digit (`_may_be_cut` refuses it)
    cut = ["标题", NEWS + "，提出到2030", "年，各级绿色工厂产值超过40%。", NEWS * 2 + "。"]
    assert paragraphs("\n\n".join(cut)) == [cut[0], cut[1] + cut[2], cut[3]]


def test_a_word_hyphenated_by_the_typesetter_across_a_page_break_is_joined() -> None:
    # pdftotext of Pride and Prejudice typeset by WeasyPrint on A5 (bench/accuracy_extracted.py,
    # en-weasy-1col, chapter 3): `there‐` ends page 7, `fore,` opens page 8 under its running
    # head; the furniture goes and the layout pass joins the word without its hyphen
    text = (REPO / "tests/fixtures/pdftotext/pp-weasy-a5-pages.txt").read_text(encoding="utf-8")
    assert "They returned, there\u2010\n" in text
    blocks = paragraphs(text)
    assert not any("\u2010" in block or "PRIDE AND PREJUDICE" in block for block in blocks)
    assert any("at a ball. They returned, therefore, in good spirits to" in b for b in blocks)


def test_a_scene_break_and_a_credit_keep_their_blank_lines() -> None:
    # Pride and Prejudice and The Girl's Own Paper as Project Gutenberg publishes them
    text = (
        "Produced by Susan Skinner and the Online Distributed\n"
        "Proofreading Team at http://www.pgdp.net\n\n\n\n"
        "THE GIRL'S OWN PAPER\n\n"
        "He had no more to say.\n\n"
        "                          * * * * *\n\n"
        "It may be easily believed, that however little of novelty could be added\n"
        "to their fears, hopes, and conjectures, on this happy topic.\n"
    )
    assert [block.strip() for block in paragraphs(text) if block.strip()] == [
        "Produced by Susan Skinner and the Online Distributed Proofreading Team at "
        "http://www.pgdp.net",
        "THE GIRL'S OWN PAPER",
        "He had no more to say.",
        "* * * * *",
        "It may be easily believed, that however little of novelty could be added to their "
        "fears, hopes, and conjectures, on this happy topic.",
    ]


def test_a_later_round_reads_the_last_runs_verdicts_and_decides_as_a_fresh_run() -> None:
    """The layout pass keeps its `_continues` and headline-half verdicts in the `Context` for
    the next run: on the texts each round of a `normalize()` gives it (damaged articles, every
    round, run with one context as the driver runs it), its edits equal those of a run with a
    fresh context, and a later round finds most of its pairs already judged."""
    from bench.accuracy import load_articles
    from bench.damage import damage_file
    from convert.changes import Edit
    from convert.normalize import PASSES, Pass
    from convert.normalize.context import Context
    from convert.normalize.layout import join_layout_breaks

    seen: list[tuple[str, bool | None]] = []

    def watched(step: Pass) -> Pass:
        def run(text: str, config: Config, context: Context) -> list[Edit]:
            if step.name == "layout":
                seen.append((text, context.unwrapped))
            return step.run(text, config, context)

        return Pass(step.name, run)

    texts = []
    for index, article in enumerate(load_articles(20)):
        title, body = str(article["title"]), [str(p) for p in article["paragraphs"]]  # type: ignore[attr-defined]
        texts.append(damage_file(title, body, index, mojibake=False).text)
    normalize("\n\n".join(texts), passes=tuple(watched(p) for p in PASSES))
    assert len(seen) >= 2  # a second round ran
    config, shared = Config(), Context()
    reused = later = 0
    for run, (text, unwrapped) in enumerate(seen):
        fresh = Context()
        fresh.unwrapped = shared.unwrapped = unwrapped
        before = dict(shared.continues)
        assert join_layout_breaks(text, config, shared) == join_layout_breaks(text, config, fresh)
        reused += len(before.keys() & shared.continues.keys())
        later += len(shared.continues) if run else 0
        assert shared.continues == fresh.continues  # the verdicts themselves are the same
    assert reused * 4 > later * 3 > 0  # a later round judges few pairs anew


BYLINE_PIECES = ["□", "本报记者", "记者", "By", "by", "BY", " ", "　", "Jane Austen", "张三", "，", "\t"]


@given(st.lists(st.sampled_from(BYLINE_PIECES), max_size=6))
@settings(max_examples=300, deadline=None)
def test_byline_refused_at_once_is_is_byline(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert layout._byline(text) == is_byline(text)


def test_an_english_byline_opens_with_a_b() -> None:
    """What `layout._byline` lets through besides a Chinese byline's first characters: every
    character that opens a match of `BYLINE_EN_RE`."""
    firsts = {
        chr(code)
        for code in range(0x10000)
        if any(BYLINE_EN_RE.match(chr(code) + rest) for rest in ("y Jane", "Y Jane"))
    }
    assert firsts == set("Bb")


def test_a_block_of_an_unwrapped_text_that_ends_on_an_opening_mark_is_cut() -> None:
    assert layout._may_be_cut("宁夏六盘山长征纪念馆，《")
    assert layout._may_be_cut("他说：“")
    assert not layout._may_be_cut("宁夏六盘山长征纪念馆。")
    assert not layout._may_be_cut("《没有共产党就没有新中国》")


# blocks of both languages: chapter lines (the only headings that end a sentence), headlines,
# lines cut inside a sentence, their rests, datelines and finished paragraphs
LAYOUT_PIECES = [
    "CHAPTER I.",
    "Chapter 2.",
    "BOOK TWO",
    "CHAPTER",
    "I.",
    "Pride and Prejudice",
    "It is a truth universally acknowledged, that a single man",
    "in possession of a good fortune must be in want of a wife.",
    "Lady Catherine then observed,",
    "“You are mistaken.”",
    "巴以民众希望",
    "新年尽快实现和平",
    "东城区总工会",
    "西城区总工会",
    "习近平在会见时强调，双方要加强",
    "合作，推动两国关系发展。",
    "，走出了一条合作之路。",
    "央视网消息（新闻联播）：今天，会议在北京举行。",
    "举行宪法宣誓仪式。",
    "中非携手同行",
    "中非携手，共创未来",
    "《中国梦·劳动美——2025五一国际劳动节“心连心”特别节目》今晚",
    "播出",
    "二",
]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(LAYOUT_PIECES), min_size=1, max_size=12),
    st.sampled_from([None, True, False]),
)
def test_pairs_that_end_a_sentence_are_passed_as_the_rules_pass_them(
    pieces: list[str], unwrapped: bool | None
) -> None:
    """A pair whose paragraph ends a sentence is passed at once, the paragraph only noted for
    what may follow it (`after_heading`), and each block's headline half is asked only where
    it is short enough: the edits are those of every pair and block asked in full."""
    text = "\n\n".join(pieces)
    runs = []
    for full_rules in (False, True):
        context = Context()
        context.unwrapped = unwrapped
        runs.append(layout.join_layout_breaks(text, Config(), context, full_rules=full_rules))
    assert runs[0] == runs[1]
