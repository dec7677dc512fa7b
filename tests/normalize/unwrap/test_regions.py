"""The measure per region (`unwrap.regions`): narrow columns whose width changes."""

from __future__ import annotations

import json

from bench.accuracy import XWLB
from bench.damage_print import damage_article
from convert.normalize.unwrap.flush_runs import run_measures
from convert.normalize.unwrap.measure import Widths, cells, measure_lines
from convert.normalize.unwrap.regions import (
    even_lines,
    front_end,
    line_lengths,
    local_widths,
    measures_vary,
    region_measure,
    wraps_disagree,
)

from ...support.normalized import paragraphs
from .texts import wrap

STORY = [
    "央视网消息（新闻联播）：国家主席习近平1日下午在人民大会堂北大厅举行仪式，欢迎白俄罗斯总统亚历山大·卢卡申科对我国进行国事访问。",
    "中共中央政治局委员、国务委员王毅，中共中央政治局委员、全国政协副主席何立峰等出席欢迎仪式。",
    "陪同卢卡申科访华的有中央银行行长、第一副总理、外交部部长等官员，以及白俄罗斯各界代表，他们将参加两国经贸合作论坛。",
    "卢卡申科在习近平陪同下检阅中国人民解放军仪仗队，两国元首随后回到检阅台观看仪仗队分列式。",
]


CONCERT = "xwlb-20240701-0166"
PLENARY = "xwlb-20251101-0279"


def test_columns_of_changing_measure_are_joined_paragraph_by_paragraph() -> None:
    widths = [10, 22, 20, 18]
    text = "\n\n".join("\n".join(wrap(p, w)) for p, w in zip(STORY, widths, strict=True))
    assert paragraphs(text) == STORY


CITY = [
    "央视网消息（新闻联播）：今天上午，市政府在中心广场举行升旗仪式，庆祝城市建成一百周年。"
    "市长和各界代表等出席。随后，飞行表演队在江面上空飞过，展示城市旗帜，船只在江面喷洒水柱致敬。",
    "市内各区、各部门、驻市单位，以及多所学校及社团组织也分别举行升旗仪式。",
    "今天，市民各界举办龙舟巡游、合唱快闪等活动庆祝城市建成一百周年，场面热烈。",
]


def test_a_story_set_narrower_than_the_page_is_not_cut_into_headings() -> None:
    """A last paragraph set in 11 under two in 23 (the shape of bench/damage_print.py's narrow
    pages) is joined, and the wider paragraphs too."""
    text = "\n\n".join(
        "\n".join(wrap("　　" + p, w)) for p, w in zip(CITY, [23, 23, 11], strict=True)
    )
    assert [p.strip() for p in paragraphs(text)] == CITY


def test_one_measure_is_no_region() -> None:
    blocks = [wrap(p, 16) for p in STORY]
    assert not measures_vary(blocks)
    assert measures_vary([wrap(p, w) for p, w in zip(STORY, [10, 12, 16, 14], strict=True)])


def test_the_local_measure_is_the_paragraphs_lines_so_far() -> None:
    lines = [
        "一二三四五六七八九十",
        "一二三四五六七八九十",
        "短句。",
        "下一段一二三四五六七八九十一二三四五",
    ]
    assert local_widths(Widths(20, 0), lines, 0, 2).wide == 10
    assert local_widths(Widths(20, 0), lines, 3, 3).wide == 20  # the block's last line: as learnt


def test_an_indented_first_line_fills_its_column_with_its_indent() -> None:
    """`　　音乐会将于7月1日晚在` / `中央广播电视总台综合频道、` (a column of 13, bench/damage_print.py's
    narrow page of a tuning article) is as full as the lines under it once its indent is
    counted (the block itself opens after the indent): a wrap, not a heading."""
    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == CONCERT)
    text = damage_article(article, "narrow", 0).text
    assert "\u3000\u3000音乐会将于7月1日晚在\n中央广播电视总台综合频道、\n" in text
    joined = "音乐会将于7月1日晚在中央广播电视总台综合频道、综艺频道黄金时段播出。"
    assert joined in [p.strip() for p in paragraphs(text)]


def test_an_indented_paragraph_shows_its_measure_with_one_inner_line() -> None:
    """Paragraphs of three lines (one inner line each) set in 20 and in 12: several measures
    where each opens with an indent (it is a paragraph), none where a block of three lines may
    be two paragraphs."""
    blocks = [wrap(p, w)[:3] for p, w in zip(STORY, [20, 20, 12, 12], strict=True)]
    assert all(len(lines) == 3 for lines in blocks)
    assert measures_vary(blocks, [True] * 4)
    assert not measures_vary(blocks)
    assert not measures_vary(blocks, [True, True, False, False])  # both in 20


def test_a_mark_hung_past_the_measure_does_not_widen_it() -> None:
    """`    央视网消息（新闻联播）：` fills 14 with its hung colon over wraps of 13 (bench/
    damage_print.py's narrow page of a tuning article): the line under it is a wrap."""
    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == PLENARY)
    text = damage_article(article, "narrow", 0).text
    assert "    央视网消息（新闻联播）：\n政协第十四届全国委员会常务\n委员会第十四次会议" in text
    assert any(
        "政协第十四届全国委员会常务委员会第十四次会议1日上午举行全体会议" in p
        for p in paragraphs(text)
    )


def _page(article_id: str, shape: str, seed: int, independent: bool = False) -> str:
    from bench.damage_indep import damage_article as indep_article

    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == article_id)
    return (indep_article if independent else damage_article)(article, shape, seed).text


def test_ascii_is_half_a_cell() -> None:
    assert cells("的280万株各色郁金香") == 10  # 8 Han characters and 3 digits, rounded up
    assert cells("会议强调") == 4
    assert line_lengths(["的280万株各色郁金香", "乐享自然。"]) == [10, 4]  # `。` may hang past


def test_a_column_with_digits_beside_a_wider_one_is_two_measures() -> None:
    """A story in 10 whose lines hold a number (11 characters, 10 cells) beside one in 13:
    counted in characters they looked two apart, one measure (bench/damage_print.py's narrow
    page of a tuning article)."""
    text = _page("xwlb-20240501-0154", "narrow", 0)
    assert "宁丹东鸭绿江畔的万亩\n桃花园、新疆五家渠市\n的280万株各色郁金香\n" in text
    assert any("新疆五家渠市的280万株各色郁金香绚烂多彩" in p for p in paragraphs(text))


def test_a_narrow_page_in_blank_line_paragraphs_keeps_its_full_lines() -> None:
    """A full line ending a sentence inside a paragraph of a narrow page set in blank-line
    paragraphs (bench/damage_indep.py, a tuning article): judged against the page's one
    measure every sentence end of the column read short, and `两国元首宣布` opened a paragraph."""
    text = _page("xwlb-20230901-0082", "narrow", 21, independent=True)
    assert "举行会谈。\n两国元首宣布，中贝建立战略伙伴关系。\n" in text
    assert any("塔隆举行会谈。两国元首宣布，中贝建立战略伙伴关系。" in p for p in paragraphs(text))


def test_a_flush_block_shows_its_measures_in_runs_of_lines() -> None:
    """Paragraphs set flush with no blank line between them, two in 8, two in 13:
    one block, whose runs of lines of one length show two measures."""
    block = [line for p, w in zip(STORY, [8, 8, 13, 13], strict=True) for line in wrap(p, w)]
    assert measures_vary([block])
    assert not measures_vary([[line for p in STORY for line in wrap(p, 20)]])
    # (the 8-cell lines are wraps: no paragraph stops mid-sentence; a sentence end that nearly
    # fills its line may run on, which a flush page cannot tell)
    assert all(p.endswith("。") for p in paragraphs("\n".join(block)))


def test_runs_of_lines_of_one_length() -> None:
    assert run_measures([10, 10, 10, 10, 9, 20, 20, 20, 20, 6, 20]) == [10, 20]
    assert run_measures([10, 10, 10, 20, 20, 20]) == []  # (three in a row show nothing)
    assert run_measures([10, 10, None, 10, 10]) == [10]  # (a line with ASCII: passed over)


def test_one_run_in_a_flush_block_shows_no_second_measure() -> None:
    """A flush story in 13 under paragraphs that show 20: the block's one run is no evidence
    of a second measure (a headline or a caption at its own, most often)."""
    wide = [line for p in STORY[:2] for line in wrap(p, 20)]
    flush = wrap("".join(STORY[2:]), 13) + wrap(STORY[2], 13)
    assert not measures_vary([wide, flush], [True, False])
    # (unless the text's measure is another: a story in 13 on a page whose measure is 20)
    assert measures_vary([wide, flush], [True, False], wide=20)
    assert not measures_vary([wide, flush], [True, False], wide=14)


def test_the_first_block_of_a_text_is_asked_its_runs() -> None:
    """The first block opens the text after no indent, though `opened` says it does: its
    flush runs are asked where `at_start` says so."""
    block = [line for p in STORY for line in wrap(p, 10)]
    assert not measures_vary([block], [True], wide=20)
    assert measures_vary([block], [True], wide=20, at_start=True)


def test_a_headline_at_its_own_measure_shows_no_run() -> None:
    """`【学习贯彻党的二` / `十届四中全会精` / … over a flush story: with the headline's lines
    taken (`headline_runs`), the block shows the story's measure only."""
    headline = ["【学习贯彻党的二", "十届四中全会精", "神】中央宣讲团在", "各地各部门宣讲党"]
    block = ["标题", *headline, *wrap("".join(STORY), 13)]
    assert measures_vary([block])
    assert not measures_vary([block], headlines=[set(range(1, 5))])


def test_certain_wraps_that_disagree_ask_each_lines_region() -> None:
    """A flush news-in-brief column whose measure changes from story to story (35, 38, 39,
    33, 29: bench/damage_blind.py, a tuning article): its lines that end on a comma disagree,
    the text shows no one measure, and each line is read against the lines around it: the
    subheads stand alone."""
    from bench.damage_blind import damage_article as blind_article

    with XWLB.open(encoding="utf-8") as handle:
        article = next(a for line in handle if (a := json.loads(line))["id"] == BRIEFS)
    text = blind_article(article, "flush", 0).text
    assert "优化经办服务。\n新版国家医保药品目录落地实施\n今天（1月1日）" in text
    lines = [line.split("\n") for line in text.split("\n\n") if "\n" in line.strip("\n")]
    widths, wide_lines, _ = measure_lines(lines)
    assert widths.wide == 0
    assert wraps_disagree(widths, wide_lines)
    assert "新版国家医保药品目录落地实施" in paragraphs(text)
    one = [line for p in STORY for line in wrap(p, 24)]
    assert not wraps_disagree(*measure_lines([one])[:2])


BRIEFS = "xwlb-20250101-0209"


def test_a_first_line_is_measured_under_a_short_line() -> None:
    """A paragraph's first line takes the longest of itself and the two lines under it: a
    subhead right under it is no measure (office-1col through pdftotext: `…运抵苏丹。` (46) /
    `海合会秘书长呼吁停止暴力升级` (14) / `海湾阿拉伯国家合作委员会…` (43))."""
    lengths = [30, 20, 40, 14, 43, 20]
    assert region_measure(lengths, 2, 2) == 43
    assert region_measure(lengths, 0, 0) == 40
    assert region_measure(lengths, 4, 4) == 43  # (one line under: it and the line)
    assert region_measure(lengths, 2, 3) == 40  # (inside a paragraph: the lines before)
    assert region_measure(lengths, 5, 5) is None


def test_the_fronts_first_lines_keep_the_line_under() -> None:
    """In the front (no sentence ended yet), a first line takes the line under only: a
    two-line headline over a subtitle (`海军福建舰出海开展` 9 / `首次航行试验` 6 /
    `——本报记者现场直击` 10) measured at 10 read its first line short and was cut."""
    lengths = [9, 6, 10, 20, 20]
    assert region_measure(lengths, 0, 0, front=True) == 6
    assert region_measure(lengths, 0, 0) == 10
    assert region_measure(lengths, 0, 1, front=True) == 9  # (inside: the lines before)


def test_a_first_line_over_a_sentence_end_keeps_the_line_under() -> None:
    """A line under that ends a sentence closes the paragraph: the line after it is another's
    (`习近平就开辟中韩关系新局面` 13 / `提出4点建议。` 7 / `一是加强战略沟通，…` 14)."""
    lengths = [13, 7, 14, 14]
    assert region_measure(lengths, 0, 0, under="提出4点建议。") == 7
    assert region_measure(lengths, 0, 0, under="提出4点建议。”") == 7
    assert region_measure(lengths, 0, 0) == 14


def test_the_front_ends_at_the_first_sentence_end() -> None:
    """`front_end`: the first line that ends a sentence, its closing marks aside."""
    assert front_end(["海军福建舰出海开展", "首次航行试验", "——本报记者现场直击"]) == 3
    assert front_end(["标题", "他说：“好。”", "正文。"]) == 1
    assert front_end(["标题", "正文，", "结束。  "]) == 2
    assert front_end([]) == 0
    assert front_end(["标题", ""]) == 2


def test_two_lines_of_one_length_short_of_the_measure_are_wraps() -> None:
    # bench/accuracy_blind.py, flush, seed 0 (tuning half): a story in 31 under a measure of 32
    line = "是“预防为主、生命至上”，各地将开展形式多样的宣传教育活动，通"
    next_line = "过消防疏散演练、消防志愿者进学校进社区、重点场所消防安全培训等"
    assert even_lines(line, next_line, 32)
    assert not even_lines(line, next_line, 31)  # (at the measure: not short)
    assert not even_lines(line, next_line, 34)  # (three short: a line may stop so)
    assert not even_lines(line, next_line[:-1], 32)  # (lengths differ)
    assert not even_lines(line[:-1] + "。", next_line, 32)  # (a sentence end)


def test_a_heading_under_a_line_of_its_length_stands() -> None:
    # weasy-narrow through pdftotext (tuning half): a headline's last line over its story
    assert not even_lines("保骗保刑事案件指导意见", "最高人民法院、最高人民", 13)


def test_a_story_a_cell_narrower_than_the_text_stays_one_paragraph() -> None:
    # bench/accuracy_blind.py, flush, seed 0 (tuning half): a brief set in 31 among stories in 32
    before = (
        "央视网消息（新闻联播）：今年前三季度，我国光伏市场规模持续扩大，产业链主要环节产量延续增长态势，"
        "光伏产业持续保持高速增长。这两天，在青藏高原，我国海拔最高的光伏项目正在加紧建设，项目建成后"
        "每年可提供清洁电力，有力支撑当地经济社会发展和生态环境保护工作。"
    )
    story = [
        "全国消防宣传月活动今天在北京启动。今年的主题",
        "是“预防为主、生命至上”，各地将开展形式多样的宣传教育活动，通",
        "过消防疏散演练、消防志愿者进学校进社区、重点场所消防安全培训等",
        "方式，向公众普及应急避险、火灾预防相关安全知识。",
    ]
    after = (
        "河北雄安新区行政区划代码今天正式应用于户籍管理工作。此后，雄安新区将使用该行政区划代码编制新"
        "生儿身份证件，雄安新区户籍居民在身份证及户口簿住址栏中可统一使用新的字样。相关部门将有序开展"
        "户籍证件办理工作，做好各项服务保障，原有证件在有效期内的可不更换。"
    )
    text = "\n".join([*wrap(before, 32), *story, *wrap(after, 32)])
    assert paragraphs(text) == [before, "".join(story), after]


# the blind damage model's narrow page (xwlb-20240901-0179, seed 1): paragraphs in 25 whose
# short last lines leave no run, over a story in 11 (its ASCII marks as the page had them)
STORY_IN_11 = (
    "央视网消息（新闻联播）：本周，全国中小学陆续开学，\n"
    "各地以多彩活动开启秋季新学期。\n"
    "新学期,各地学校设计了丰富的活动,欢迎同学们的到来.\n"
    '在北京市朝阳区实验小学以"扬奥运精神”为主题的开学\n'
    "第一课上,老师们特别为暑期里每天都坚持锻炼打卡的同\n"
    "学颁发了奖状.\n"
    "今年正值红军长征出发90周年,贵州、江西、陕西三省联\n"
    "合推出以《长征精神之美》为主题的开学第一课,引导青\n"
    '少年学生牢记"新长征、再出发”的历史责任,进一步弘扬\n'
    "长征精神.\n"
    "\n"
    "新学期, 多地学校在助力\n"
    '学生成长的"关键小事"上\n'
    "不断推进. 北京市所有小\n"
    "学和初中的课间时间从10\n"
    "分钟延长至15分钟, 让孩\n"
    "子们有更充裕的时间走到\n"
    "户外休息放松和适当运动.\n"
    "在河南、浙江、江西、吉\n"
    "林等多地学校, 都启动了\n"
    '“可躺式课桌椅"进校园,\n'
    "呵护孩子们的睡眠健康."
)


def test_a_paragraph_apart_from_the_text_measure_makes_regions() -> None:
    found = paragraphs(STORY_IN_11)
    assert found[-1].startswith("新学期，多地学校在助力学生成长")
    assert found[-1].endswith("呵护孩子们的睡眠健康。")


# the blind damage model's narrow page (xwlb-20230301-0046, seed 1): a flush story in 17 on one
# page, in 12 on the next, a page break between (its ASCII marks as the page had them)
PAGES_IN_17_AND_12 = (
    "新华社北京3月1日电(记者黄宇军)根据\n全国政协十三届常委会第二十五次会议\n"
    "授权,全国政协3月1日在京召开第八十\n五次主席会议,审议全国政协十四届一\n"
    "次会议有关事宜.全国政协主席汪洋主\n持会议.\n会议审议通过了全国政协十四届一次会\n"
    "议主席团成员、主席团常务主席和秘书\n长、副秘书长人选建议名单(草案),全\n"
    "国政协十四届一次会议提案审查委员会\n人选建议名单(草案),全国政协十四届\n"
    "一次会议预备会议日程,全国政协十四\n届一次会议分组办法(草案)、委员小组\n"
    "召集人名单(草案)、秘书处机构设置和\n工作任务(草案).会议决定将上述有关\n"
    "草案分别提请全国政协十四届一次会议\n预备会议和主席团第一次会议审议.\n"
    "会议推举十三届全国政协主席汪洋在全\n国政协十四届一次会议上作常委会工作\n"
    "报告、十三届全国政协副主席邵鸿作提\n案工作情况报告。\n（下转第11版）\n\n\n"
    "2023年3月1日 星期三\n\n11 经济\n- 11 -\n\n"
    "会议确定郭卫民担任全国政\n协十四届一次会议新闻发言\n人。\n会议审议通过了关于接受向\n"
    "东同志辞去政协第十四届全\n国委员会委员的决定、关于\n撤销郝宏军政协第十四届全\n"
    "国委员会委员资格的决定。\n会议还听取了全国政协十四\n届一次会议筹备工作情况的\n"
    "汇报、关于2022年全国政协\n协商议政质量评价工作情况\n的汇报。\n全国政协副主席兼秘书长李\n"
    "斌等就有关议题作了说明和\n汇报。"
)


def test_flush_runs_on_two_pages_that_disagree_make_regions() -> None:
    found = paragraphs(PAGES_IN_17_AND_12)
    assert (
        "会议审议通过了关于接受向东同志辞去政协第十四届全国委员会委员的决定、关于撤销郝宏军政协第十四届"
        "全国委员会委员资格的决定。"
    ) in found
