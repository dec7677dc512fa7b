"""How the next sentence opens, where the line's length cannot tell (`unwrap.openers`)."""

from __future__ import annotations

import re

from convert.normalize.unwrap.openers import (
    ZH_OPENERS,
    Opener,
    bound_across,
    decisive,
    opener_says,
    particle_opens,
    zh_form,
)

from ...support.normalized import paragraphs
from .texts import wrap


def test_a_meeting_s_sentence_opens_a_paragraph() -> None:
    assert opener_says("会议审议通过了《关于修改") is True
    assert opener_says("会上，代表们围绕") is True


def test_an_enumeration_s_point_and_china_s_position_go_on_with_the_paragraph() -> None:
    assert opener_says("二是深化务实合作，推动") is False
    assert opener_says("第三，要加强") is False
    assert opener_says("中方愿同各方一道") is False
    assert opener_says("同时，各地加强") is False


def test_a_first_time_is_no_enumeration() -> None:
    assert opener_says("第一次会议审议") is None


def test_a_sentence_of_no_known_form_says_nothing() -> None:
    assert opener_says("李强强调，") is None
    assert zh_form("李强强调，") == ""


def test_every_opener_of_the_table_is_decisive() -> None:
    assert all(decisive(opener) for opener in ZH_OPENERS)


def test_odds_that_are_not_clearly_one_way_decide_nothing() -> None:
    assert not decisive(Opener("x", re.compile("x"), opens=5, goes_on=2))
    assert not decisive(Opener("x", re.compile("x"), opens=6, goes_on=0))  # too few
    assert decisive(Opener("x", re.compile("x"), opens=1, goes_on=9))


# a flush page (no indents, no blank lines) wrapped at 24: the first paragraph's last line fills
# the measure and ends a sentence; whether the next line opens a paragraph only its first words
# can tell
FIRST = "国务院常务会议今天在北京召开，研究部署认真做好当前稳就业工作，听取关于推动大规模设备更新的汇报。"
MEETING = "会议审议通过了《关于修改部分行政法规的决定》，决定自公布之日起施行，各部门抓好落实。"
POINTS = "二是加强政策协同，形成推动发展的合力，确保各项部署落地见效，推动经济持续回升向好。"


def _page(*sentences: str) -> str:
    assert len(sentences[0]) % 24 == 0
    lines = [line for sentence in sentences for line in wrap(sentence, 24)]
    return "稳就业会议召开\n\n" + "\n".join(lines)


def test_a_full_last_line_before_a_meeting_s_sentence_ends_its_paragraph() -> None:
    assert paragraphs(_page(FIRST, MEETING))[1:] == [FIRST, MEETING]


def test_a_full_line_before_an_enumeration_s_point_is_a_wrap() -> None:
    assert paragraphs(_page(FIRST, POINTS))[1:] == [FIRST + POINTS]


def test_a_speaker_who_also_or_the_same_day_says_goes_on() -> None:
    assert opener_says("俄媒还报道说，6月30日晚") is False
    assert opener_says("乌克兰方面同一天称，乌军") is False
    assert opener_says("乌克兰方面称，乌军") is None


def test_a_particle_opens_no_paragraph() -> None:
    assert particle_opens("的5G共建共享网络，实现重点乡镇及以上区")
    assert particle_opens("们迅速赶赴救援现场。")
    assert not particle_opens("的确，这是一次难忘的救援。")
    assert not particle_opens("中国电信与中国联通")


def test_a_line_over_a_particle_is_a_wrap() -> None:
    # blind model, narrow, seed 1 (tuning half): a first line a cell short read as a subhead
    lines = [
        "央视网消息（新闻联播）：记者从工业和信息",
        "化部了解到，今年我国网络建设已提前超额完",
        "成任务。截至九月末，我国基站总数达到二百",
        "二十二万个，比计划超额完成二十二万个。",
        "中国电信与中国联通也已联合建成全球最大",
        "的共建共享网络，实现重点乡镇及以上区域连",
        "续覆盖。此外，移动电话用户达五亿多户，比",
        "上年末净增一亿多户，增长很快。",
    ]
    assert paragraphs("\n".join(lines)) == [
        "".join(lines[:4]),
        "".join(lines[4:]),
    ]


def test_a_number_before_its_date_unit_and_an_open_title_are_bound() -> None:
    assert bound_across("据俄罗斯卫星通讯社2", "月28日报道，俄罗斯总")
    assert bound_across("本台播发央视快评《劳动谱写时代", "华章 奋斗创造美好未来——庆祝")
    assert bound_across("中国电信与中国联通也已联合建成全球最大", "的共建共享网络")
    assert bound_across("最高人民法院、最高人民检察院、公安部今天", "（3月1日）发布《关于办理")
    assert not bound_across("会议审议通过了有关决定。", "（一）国际人士：向乌")
    assert not bound_across("加快推进新型工业化 塑造发展新动能新优势", "（9月1日）的《权威访谈》")
    assert not bound_across("全国共有基站2", "百多万个")
    assert not bound_across("《许你万家灯火》今晚开播", "华章")


def test_a_number_cut_from_its_month_is_a_wrap() -> None:
    # blind model, narrow, seed 0 (tuning half): ASCII `2` leaves the line half a cell short
    lines = [
        "聚焦全国两会",
        "俄称打击乌军人员和武器",
        "装备 乌称击退俄军多次进攻",
        "",
        "",
        "央视网消息（新闻联播）：俄罗斯国防部2",
        "月28日称，俄军在多地继续打击乌军人员和",
        "武器装备。",
        "乌克兰军方称，乌军在",
        "多个定居点击退俄军进",
        "攻。",
        "据俄罗斯卫星通讯社2",
        "月28日报道，俄罗斯总",
        "统普京在俄联邦安全局",
        "局务会议上表示，在特",
        "别军事行动中为俄武装",
        "力量和俄国家近卫军提",
        "供协助是俄联邦安全局",
        "的工作重点。普京当天",
        "还签署了关于俄暂停履",
        "行《新削减战略武器条",
        "约》的法律，该法律自",
        "正式公布之日起生效。",
        "（一）国际人士：向乌",
        "输送武器无助于和平解",
        "决冲突",
        "（二）据美国媒体2月28",
        "日报道，有美国国防部官",
        "员称，美国对乌克兰的武",
        "器输送将长期持续。",
        "（三）国际人士表示，美",
        "西方不断向乌克兰提供武",
        "器无助于实现和平，只会",
        "导致局势升级。",
    ]
    story = "".join(
        lines[lines.index("据俄罗斯卫星通讯社2") : lines.index("正式公布之日起生效。") + 1]
    )
    assert story in paragraphs("\n".join(lines))


def test_a_line_that_leaves_a_work_s_title_open_is_a_wrap() -> None:
    # blind model, narrow, seed 0 (tuning half): the title's space read as a headline's
    lines = [
        "央视快评：劳动谱写时代华章 奋斗创造美好未来——庆祝“五一”国际劳动节",
        "新华社上海5月1日电（记者马霞洋）",
        "本台播发央视快评《劳动谱写时代",
        "华章 奋斗创造美好未来——庆祝",
        "“五一”国际劳动节》。",
        "",
        "·9·",
    ]
    assert "".join(lines[1:5]) in paragraphs("\n".join(lines))


def test_a_line_ending_on_an_ordinal_s_di_is_a_wrap() -> None:
    # fifth model, indented and narrow pages (tuning half): `二、` read as a list's item
    from convert.normalize import normalize

    text = (
        "        第五次全国经济普查现场登记工作启动\n"
        "    第五次全国经济普查现场登记工作今天（1月1日）全面启动，200多万\n"
        "普查员将在4个月里对数千万家普查对象进行数据采集登记，全面调查我国第\n"
        "二、第三产业的发展规模、布局和效益。\n"
        "    今起我国调整部分商品进出口关税\n"
    )
    assert "全面调查我国第二、第三产业" in normalize(text).text
    assert bound_across("名单，中国共产党第", "二十届中央纪律检查")
    assert not bound_across("名单，中国共产党第", "届中央纪律检查")
