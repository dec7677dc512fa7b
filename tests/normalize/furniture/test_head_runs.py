"""`head_runs`: running heads set in boxes, found with or without a page mark beside them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.furniture.head_runs import NUMBERED_MARK_RE


def test_a_running_head_in_a_text_with_no_page_mark_is_read() -> None:
    """No page number, no masthead opening the text: the gate still lets the pass read a text
    whose running head cuts a sentence (`may_hold_unmarked_head`)."""
    from convert.normalize import normalize
    from convert.normalize.furniture.head_runs import may_hold_unmarked_head

    text = (
        "会议强调，要深入贯彻习近平总书记关于长三角一体化发展的\n\n解放日报\n\n"
        "2024年3月1日 星期五\n\n第4版 时政\n重要指示精神，紧扣一体化和高质量两个关键词。"
    )
    assert may_hold_unmarked_head(text)
    fixed = normalize(text).text
    assert "解放日报" not in fixed and "星期五" not in fixed and "第4版" not in fixed
    assert not may_hold_unmarked_head("特此通知。\n\n今年是2024年，我们迎来了新的发展。")


def test_a_dated_head_under_a_paragraph_s_first_line_that_ends_on_a_comma_is_taken_out() -> None:
    """A paragraph's first line has no wrap over it to show it was cut; ending on a comma, it
    stops inside a sentence all the same, and the dated box under it is a running head
    (`head_runs._cut`, `CLAUSE_ENDS`): it goes, and the sentence is joined round it."""
    from convert.normalize import normalize

    lead = "两会特刊\n\n政府工作报告提出，今年经济增长预期目标为百分之五左右。\n\n"
    rest = "系统总结了新时代十年的伟大成就，对今年的工作作出了全面部署。\n"
    pages = (
        "报告全面回顾了过去一年的工作，\n\n2024年3月6日 星期三\n\n",  # blank-line blocks
        "\u3000\u3000报告全面回顾了过去一年的工作，\n2024年3月6日\u3000星期三\n",  # indents
    )
    for page in pages:
        fixed = normalize(lead + page + rest).text
        assert "星期三" not in fixed
        assert "过去一年的工作，系统总结了" in fixed


def test_a_dated_head_under_a_first_line_that_holds_a_comma_and_ends_on_no_mark_goes() -> None:
    """A paragraph's first line that holds a comma and ends on no mark is a sentence the page
    cut (`INNER_CLAUSE_MARK`): the programme's dated head under it goes, the sentence is joined
    round it; a subhead (no comma) over a date keeps it (no weekday: `dated_heads`)."""
    from convert.normalize import normalize

    lead = "各地庆祝党的生日 凝聚磅礴力量\n\n今天，新发展的党员们在各地纪念馆面向党旗庄严宣誓。\n\n"
    cut = "重温入党誓词，汲取奋进\n新闻联播文字版  2024年7月1日\n\n"
    rest = "力量。在福建省革命历史纪念馆等地，各地党员们走进党史教育基地。\n"
    fixed = normalize(lead + cut + rest).text
    assert "新闻联播文字版" not in fixed
    assert "汲取奋进力量。在福建省" in fixed
    subhead = "各地党员重温入党誓词汲取奋进\n2024年7月1日\n\n"
    assert "2024年7月1日" in normalize(lead + subhead + rest).text


def test_an_edition_head_between_two_paragraphs_goes_without_a_date() -> None:
    """`第2版 要闻` alone between two paragraphs (the page broke after a sentence's end, the
    head under it): an edition in digits is a page's head (`_numbered_edition`); one in Han
    numerals, a book's `第一版`, stays."""
    from convert.normalize import normalize

    above = "党的二十大报告对全面建设社会主义现代化国家具有决定性意义。\n"
    below = "\n党的二十大报告强调，高质量发展是全面建设社会主义现代化国家的首要任务。\n"
    for head in ("第2版 要闻", "第2版\u3000要闻"):
        fixed = normalize(above + head + "\n" + below).text
        assert "第2版" not in fixed and "要闻" not in fixed
        assert "决定性意义。\n\n党的二十大报告强调" in fixed
    assert "第一版 前言" in normalize(above + "第一版 前言\n" + below).text


def test_an_iso_dated_head_that_cuts_a_sentence_goes() -> None:
    """A head dated in ISO's digits (`2025-11-01 星期六`, a web page's or e-paper's head printed
    with the page) cutting a sentence goes like a `年` date (`NUMBERED_MARK_RE`, `MARK_CHARS`),
    the gate reading the text for it too; the same date closing a sentence stays (no weekday:
    `dated_heads`)."""
    from convert.normalize import normalize
    from convert.normalize.furniture.head_runs import may_hold_unmarked_head

    lead = "神舟二十一号载人飞船发射取得圆满成功\n\n今天，神舟二十一号载人飞船在酒泉发射成功。\n\n"
    cut = "今天3时22分，飞船成功对接于空间\n2025-11-01 星期六\n\n"
    rest = "站天和核心舱前向端口，整个对接过程历时约3.5小时。\n"
    assert may_hold_unmarked_head(lead + cut + rest)
    fixed = normalize(lead + cut + rest).text
    assert "星期六" not in fixed
    assert "对接于空间站天和核心舱" in fixed
    closing = "特此通知。\n\n2025-11-01\n\n下一篇。"
    assert "2025-11-01" in normalize(closing).text


def test_a_lone_date_with_its_weekday_between_paragraphs_goes() -> None:
    """A head reduced to its date and weekday under a sentence's end or a subhead, in a text
    that names one day so (`dated_heads`): it goes; a closing date (no weekday) and a diary's
    dates (each another day) stay."""
    from convert.normalize import normalize

    lead = "国际人士积极评价\n\n中国共产党领导中国经历了深刻变革。\n"
    rest = "\n这一切成就的根源，是中国共产党以人民为中心的执政理念。\n"
    for head in ("2026-07-01 星期三", "2026年7月1日\u3000星期三"):
        fixed = normalize(lead + head + "\n" + rest).text
        assert "星期三" not in fixed and "2026" not in fixed
    subhead = "德法英等称将继续支持乌克兰\n\n2025年3月1日 星期六\n\n德国、英国、法国等欧洲国家方面称，将继续支持乌克兰。\n"
    assert "星期六" not in normalize(lead + "\n" + subhead).text
    assert "2026年7月1日" in normalize(lead + "2026年7月1日\n" + rest).text
    diary = (
        "早上下了雨。\n2024年3月2日 星期六\n\n晴，出门散步。\n2024年3月3日 星期日\n\n又下雨了。\n"
    )
    assert normalize(diary).text.count("星期") == 2


def test_a_programmes_name_with_the_date_between_paragraphs_goes() -> None:
    """A head of the programme's name and the date (`新闻联播文字版  2022年11月1日`) under a
    sentence's end goes (`dated_heads.head_line`); a sender's name and date on one line (no
    paper's or programme's name) stays, as a signature."""
    from convert.normalize import normalize

    above = "全国已建成5G基站，覆盖国民经济97个大类中的40个。\n"
    below = "\n中国信息通信研究院测算，到2025年，5G将带动经济总产出。\n"
    fixed = normalize(above + "新闻联播文字版  2022年11月1日\n" + below).text
    assert "新闻联播文字版" not in fixed and "2022年11月1日" not in fixed
    kept = normalize(above + "中共中央办公厅  2022年11月1日\n" + below).text
    assert "中共中央办公厅  2022年11月1日" in kept


def test_a_news_site_s_or_a_digest_s_name_with_the_date_between_paragraphs_goes() -> None:
    """A head of a news site's or a digest's name and the date (`央视新闻  2024年7月1日`,
    `每日新闻摘编  2023年9月1日`) under a sentence's end goes, as a paper's does
    (`masthead.PAPER_ENDS`); a body's name that holds `新闻` but ends otherwise stays, as a
    signature (`国务院新闻办公室`)."""
    from convert.normalize import normalize

    above = "生态保护修复治理的任务非常艰巨。整整4天奔波在山野湿地之间。\n"
    below = "\n8年间，加羊多杰行程9万多公里，他与同事们巡护草场湖泊，救助野生动物。\n"
    for head in ("央视新闻  2024年7月1日", "每日新闻摘编  2024年7月1日"):
        fixed = normalize(above + "\n" + head + "\n" + below).text
        assert "2024年7月1日" not in fixed and "新闻" not in fixed
    kept = normalize(above + "国务院新闻办公室  2024年7月1日\n" + below).text
    assert "国务院新闻办公室  2024年7月1日" in kept


def test_an_edition_that_ends_the_text_goes_and_a_source_cited_stays() -> None:
    """The text's last line an edition numbered in digits with its desk (`第2版 专题`), under a
    sentence's end: the last page's head, with no text of its own (`head_runs._edition_alone`);
    a source cited under the story, naming its paper or the date, stays."""
    from convert.normalize import normalize

    above = "全党必须坚定信心、锐意进取，主动识变应变求变，不断夺取全面建设社会主义现代化国家新胜利！\n"
    for tail in ("第2版 专题\n", "\n第2版 专题\n\n\n", "第12版　时政"):
        fixed = normalize(above + tail).text
        assert "第2版" not in fixed and "版" not in fixed and "新胜利！" in fixed
    for source in ("人民日报 2024年3月1日 第5版", "人民日报  第5版", "2024年3月1日 第5版"):
        assert source in normalize(above + "\n" + source + "\n").text


def test_unmarked_heads_are_the_same_with_the_line_starts_given() -> None:
    """The heads `unmarked_heads` takes, asked with the line starts the caller listed, or
    listing them itself; a head repeated on many pages (each distinct line's `may_open_head`
    asked once) is taken on every page it cuts a sentence."""
    from convert.normalize.furniture.head_runs import unmarked_heads
    from convert.normalize.furniture.page_lines import lines_of, starts_of

    page = "会议强调，要深入贯彻习近平总书记关于长三角一体化发展的\n\n2024年3月1日 星期五\n\n"
    text = page * 5 + "重要指示精神。"
    lines = lines_of(text)
    taken = unmarked_heads(text, lines, set())
    assert taken == unmarked_heads(text, lines, set(), starts_of(lines))
    assert sorted(taken) == [2 + 4 * page for page in range(5)]


OLD_NUMBERED_MARK_RE = re.compile(
    r"[0-9〇零一二三四五六七八九十] ?[年版]|农历|\d{4}-\d{1,2}-\d{1,2}"
)


@settings(max_examples=600)
@given(st.text(alphabet="0123456789〇零一十年版农历- 2٣:a甲\n", max_size=24))
def test_a_numbered_mark_is_found_where_the_old_pattern_found_one(key: str) -> None:
    """The branches after the class of their first characters (issue 17), against the pattern
    whose branches opened with no common class."""
    assert (NUMBERED_MARK_RE.search(key) is None) == (OLD_NUMBERED_MARK_RE.search(key) is None)
