"""The front's lines set apart from a headline (`unwrap.front_lines`): a kicker, a subtitle, a
photo's caption."""

from __future__ import annotations

import pytest

from convert.blocks import split_blocks
from convert.normalize.unwrap.front_lines import (
    as_read_later,
    briefs_under,
    following_leads,
    kicker_apart,
    kicker_over,
    short_kicker_apart,
    subtitle_apart,
    tag_opens_apart,
)

from ...support.normalized import fixed

# a flush page of 31 characters (bench/accuracy_blind.py, subtitle): the headline, its subtitle
FLUSH = (
    "意大利铁路系统员工举行罢工\n"
    "——来自基层一线的报道\n"
    "央视网消息（新闻联播）：据意大利交通部门表示，意大利铁路系统\n"
    "员工从当地时间4月30日晚9时开始举行罢工，要求提高薪资，意大利\n"
    "全国铁路运输都受到影响。此外，为抗议高通胀，意大利多家工会定\n"
    "于5月2日在全国范围内发起公交系统罢工。\n"
)


def test_a_subtitle_under_a_short_headline_is_set_apart() -> None:
    assert subtitle_apart("意大利铁路系统员工举行罢工", "——来自基层一线的报道", 31)
    assert fixed(FLUSH).startswith("意大利铁路系统员工举行罢工\n\n——来自基层一线的报道\n\n央视网")
    assert subtitle_apart("意大利铁路系统员工举行罢工", "——来自基层一线的报道", 0)  # (no measure)


def test_a_headline_wrapped_before_its_own_dash_stays_one_line() -> None:
    # a line that fills the text's measure, or two lines of one width (weasy-1col, tuning half)
    assert not subtitle_apart("人民日报社论：坚定信念信心 阔步复兴征程", "——热烈庆祝建党", 20)
    # a headline longer than the text's measure was never wrapped at it
    assert subtitle_apart("人民日报社论：坚定信念信心 阔步复兴征程", "——热烈庆祝建党", 12)
    assert not subtitle_apart(
        "人民日报社论：坚定信念信心 阔步复兴征程", "——热烈庆祝中国共产党成立一百零四周年", 40
    )
    # a body's line, or a clause after the dash, is no subtitle
    assert not subtitle_apart("称，济州航空失事客机的", "——驾驶舱语音记录仪", 40)
    assert not subtitle_apart("一个短句的开头", "——这是另一个分句，到此为止。", 40)


def test_a_kicker_over_its_headline_in_an_indented_text_is_set_apart() -> None:
    text = (
        "一线观察\n"
        "李克强主持上海合作组织成员国政府首脑（总理）理事会第二十一次会议\n"
        "\n"
        "    央视网消息（新闻联播）：国务院总理李克强1日在京以视频方式主持上海合作\n"
        "组织成员国政府首脑（总理）理事会第二十一次会议。\n"
        "    李克强表示，今年9月举行的上合组织撒马尔罕峰会就推进上合组织发展达成新\n"
        "的共识。\n"
    )
    assert fixed(text).startswith("一线观察\n\n李克强主持上海合作组织成员国政府首脑")
    assert kicker_apart("一线观察", "李克强会见白俄罗斯总统", 38)
    assert not kicker_apart(
        "一线观察", "李克强表示，双方合作成果丰硕。", 38
    )  # (a paragraph's line)
    # a line that fills the measure is a wrap, however narrow its digits and Latin marks
    assert not kicker_apart('2026"购在中国"国际', "消费季(上海站)暨第七届上海", 13)


def test_a_headline_wrapped_over_a_photo_caption_is_one_line_apart_from_it() -> None:
    text = (
        "以军继续在加沙地带发动军事行动 哈马斯向以色列多地发\n"
        "射火箭弹\n"
        "图为以军继续在加沙地带发动军现场画\n"
        "面。\n"
    )
    assert fixed(text).startswith(
        "以军继续在加沙地带发动军事行动 哈马斯向以色列多地发射火箭弹\n\n图为以军"
    )
    assert fixed("韩正访问沙特\n图为韩正访问沙特现场画面。\n").startswith("韩正访问沙特\n\n图为")


def test_a_line_shorter_than_any_headline_measure_is_a_kicker_in_every_shape() -> None:
    byline, lead = "■记者 李娟秀 曾文霞", "央视网消息（新闻联播）：一年好景君须记，最是橙黄橘绿时。"
    assert fixed(f"新春走基层\n大美中国\n{byline}\n\n{lead}\n").startswith(
        "新春走基层\n\n大美中国\n\n"
    )
    assert short_kicker_apart("一线观察", "文化中国行")
    # six characters and more may be a wrapped headline's line, and a paragraph's line is none
    assert not short_kicker_apart("全国政协十三届", "常委会第二十四次会议举行全体会议")
    assert not short_kicker_apart("一线观察", "李克强表示，双方合作成果丰硕。")


def test_a_dash_line_under_a_news_headline_is_its_subtitle_at_any_width() -> None:
    # one width (11 and 12 cells), which reads as a wrap, but the headline opens on a name
    assert subtitle_apart("李克强会见白俄罗斯总统", "——写在新的一年到来之际", 31)
    assert subtitle_apart("【央视快评】建设更高水平平安中国", "——本报记者现场直击", 17)
    assert subtitle_apart("新华社长篇通讯：登高壮观天地间——以习近平", "——本报记者现场直击", 21)
    # a slogan's headline wraps before its own dash, and a work's title is no dash of the head's
    assert not subtitle_apart("凝心聚力推动改革行稳致远", "——省部级主要领导干部", 40)
    assert not subtitle_apart("习近平《建设开放包容的世界", "——在第三届论坛上的主旨演讲》", 40)


def test_a_line_over_a_column_tag_is_a_kicker() -> None:
    assert tag_opens_apart("聚焦全国两会", "【文化中国行】唐三彩烧制技艺焕发新光彩")
    assert tag_opens_apart("聚焦全国两会", "【文化中国行")  # (the tag cut at its measure)
    assert not tag_opens_apart("聚焦全国两会", "唐三彩烧制技艺焕发新光彩")
    assert not tag_opens_apart("他表示，双方合作", "【编者按】")  # (a paragraph's line)


# the story's lead in the blocks under the front, and the next story (bench/accuracy_blind.py,
# subtitle, blocks shape, tuning half)
STORY_BELOW = (
    "\n"
    "央视网消息（新闻联播）：美国总统特朗普4月30日称，尽管当\n"
    "前美伊谈判进展受阻，但美方的核心目标仍是迫使伊朗放弃核武\n"
    "器研发。据伊朗媒体今天（5月1日）报道，伊朗外交部发言人巴\n"
    "加埃表示，伊朗对美国积累了深深的不信任，期待伊美在短时间\n"
    "内达成协议的想法并不现实。\n"
    "\n"
    "美防长称对伊军事行动“６０天期限”已因停火中止\n"
    "\n"
    "根据美国《战争权力法》，总统在首次通知国会动用军事力量后，\n"
    "应在60天内决定停止该军事行动或者寻求国会授权继续作战。据\n"
    "美国媒体报道，美对伊军事行动的法律时限应于5月1日到期。美\n"
    "国防部长赫格塞思4月30日在出席国会听证会时称，美伊临时停\n"
    "火4月8日生效，意味着有关60天法律时限已“暂停或中止”，美\n"
    "国政府目前无需寻求国会授权。民主党对这一说法表示反对。\n"
)
HEAD = "2026年5月1日 星期五\n\n经济 1\n\n美称其核心目标仍是伊朗放弃核武 伊朗称伊美短时间达成协议不现实\n"


def test_a_dash_line_the_lead_in_the_next_block_does_not_restate_is_a_subtitle() -> None:
    assert fixed(HEAD + "——来自基层一线的报道\n" + STORY_BELOW).startswith(
        "美称其核心目标仍是伊朗放弃核武 伊朗称伊美短时间达成协议不现实\n\n——来自基层一线的报道\n\n"
    )
    # under a kicker (its line set apart), a byline between the front and the story
    kicked = HEAD.replace("美称", "一线观察\n美称") + "——来自基层一线的报道\n■新华社记者 何勇\n"
    assert "不现实\n\n——来自基层一线的报道\n\n■" in fixed(kicked + STORY_BELOW)
    # a dash part the lead restates is the headline's own, wrapped at one width
    lead = "".join(STORY_BELOW.split())
    assert subtitle_apart("凝心聚力推动改革行稳致远", "——省部级主要领导干部", 40, lead=lead)
    restating = (
        "央视网消息（新闻联播）：凝心聚力推动改革行稳致远——省部级主要领导干部研讨班侧记。" * 3
    )
    assert not subtitle_apart(
        "凝心聚力推动改革行稳致远", "——省部级主要领导干部", 40, lead=restating
    )


def test_following_leads_reads_the_blocks_under_a_front_with_a_dash() -> None:
    text = "标题\n——副题\n\n署名\n\n导语第一段。\n\n正文\n第二行\n"
    every = split_blocks(text)
    blocks = [b for b in every if "\n" in b.text]
    assert following_leads(every, blocks) == ["署名导语第一段。正文第二行", ""]


KICKER = "在习近平新时代中国特色社会主义思想指引下"
STORY = (
    "央视网消息（新闻联播）：国务院总理李克强1日在京会见越共\n"
    "中央总书记阮富仲。\n"
    "\n"
    "李克强表示，中越是全面战略合作伙伴，拥有广泛共同利益。\n"
)


def test_a_kicker_the_story_does_not_restate_is_set_apart_at_the_front() -> None:
    text = f"{KICKER}\n李克强会见越共中央总书记\n□新华社记者 高昊\n\n{STORY}"
    assert fixed(text).startswith(f"{KICKER}\n\n李克强会见越共中央总书记\n\n")
    blocks = split_blocks(text)
    assert kicker_over(blocks, blocks[:1], blocks[0].text.split("\n"))
    # the headline's own two lines: the story restates the first
    text = f"李克强会见越共\n中央总书记阮富仲\n□新华社记者 高昊\n\n{STORY}"
    blocks = split_blocks(text)
    assert not kicker_over(blocks, blocks[:1], blocks[0].text.split("\n"))
    # asked of the text's first block only
    assert not kicker_over(blocks, blocks[1:], blocks[1].text.split("\n"))


def test_a_kicker_over_a_headline_that_leaves_a_title_open_is_set_apart() -> None:
    lines = [
        "一线调研",
        "《求是》杂志发表习近平总书记重要文章《以中国",
        "式现代化全面推进强国建设》",
    ]
    story = "2025年1月1日出版的第1期《求是》杂志发表习近平的重要文章《以中国式现代化全面推进强国建设》。"
    text = "\n".join(lines) + f"\n\n{story}\n"
    blocks = split_blocks(text)
    assert kicker_over(blocks, blocks[:1], lines)


# a roundup whose dateline stands alone on its line in the front's block (a narrow column)
ROUNDUP = (
    "深入学习贯彻党的二十大精神\n"
    "国际联播快讯\n"
    "　　央视网消息（新闻联播）：\n"
    "　　台风“珊珊”致日本7人死亡 灾情持续\n"
    "　　据日本媒体今天（9月1日）报道，台风“珊珊”过境\n"
    "已在日本造成至少7人死亡，127人受伤，一人失踪。宫崎\n"
    "县宫崎市750栋住宅遭强风破坏受损；在神奈川县相模原\n"
    "市，强降雨导致积水严重，街道被淹。\n"
)


def test_a_kicker_over_a_roundup_whose_dateline_shares_its_block_is_set_apart() -> None:
    blocks = split_blocks(ROUNDUP)
    assert kicker_over(blocks, blocks[:1], ROUNDUP.rstrip("\n").split("\n"))
    assert fixed(ROUNDUP).startswith("深入学习贯彻党的二十大精神\n\n国际联播快讯\n")


def test_briefs_under_reads_a_dateline_alone_on_its_line() -> None:
    subhead = "　　俄称扩大战场优势 乌媒称攻击克里米"
    assert briefs_under(
        [["　　央视网消息（新闻联播）：", subhead, "亚", "　　俄罗斯国防部称，俄军南部"]]
    )
    # a dateline that opens a wrap fills its line, or stands over a comma
    assert not briefs_under(
        [["央视网消息（新闻联播）：", "今天（7月1日）全国铁路暑", "期运输正式启动。"]]
    )
    assert not briefs_under(
        [["央视网消息（新闻联播）：", "今天（7月1日），全国", "铁路暑期运输正式启动。"]]
    )
    # a dateline alone in its block, wrapped in a narrow column, over the next block's subhead
    assert briefs_under(
        [[], ["　　央视网消息（新闻", "联播）："], ["以军持续空袭加沙地", "带 造成人员死伤"]]
    )
    assert not briefs_under([["　　央视网消息（新闻联播）：国务院总理李克强1日在京会见越共"]])


def test_a_dash_line_under_a_commentary_s_own_dash_part_is_its_subtitle_despite_a_comma() -> None:
    head = "人民日报评论员文章：坚定信心，进一步打牢科技强国建设根基——论学习贯彻习近平总书记在加强基础研究座谈会上重要讲话"
    assert subtitle_apart(
        "论学习贯彻习近平总书记在加强基础研究座谈会上重要讲话", "——来自基层一线的报道", 16, head
    )
    # a comma and no `——` part of its own: no headline's
    assert not subtitle_apart(
        "坚定信心，进一步打牢科技强国建设根基",
        "——来自基层一线的报道",
        16,
        "人民日报评论员文章：坚定信心，进一步打牢科技强国建设根基",
    )


def test_a_joined_headline_is_registered_without_the_gaps_at_its_digits_too() -> None:
    headline = "迈上新征程 创造新伟业——以习近平同志为核心的党中央 2022 年治国理政述评"
    assert as_read_later(headline) == [
        headline,
        "迈上新征程 创造新伟业——以习近平同志为核心的党中央2022年治国理政述评",
    ]
    assert as_read_later("迈上新征程 创造新伟业") == ["迈上新征程 创造新伟业"]


def test_a_headline_over_a_caption_stays_apart_from_it() -> None:
    # pdftotext of office-1col (bench/accuracy_extracted.py): the headline's digits gapped
    text = (
        "港澳人士表示，习近平主席的新年贺词让人深受鼓舞，相信有祖国的支持，港澳的明天会更好。\n\n"
        "新华社播发：迈上新征程 创造新伟业——以习近平同志为\n"
        "核心的党中央 2022 年治国理政述评\n"
        "图为新华社播发：迈上新征程 现场画面。\n\n"
        "央视网消息（新闻联播）：新华社今天（1 月 1 日）播发《迈上新征程 创造新伟业——以习近平同志为核\n"
        "心的党中央 2022 年治国理政述评》。\n"
    )
    assert "治国理政述评\n\n图为" in fixed(text)


def test_a_long_flush_block_is_measured_once_for_its_dateline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a flush page in 20 cells, one block of ~1,300 lines: whether its first line is a bare
    # dateline over a subhead asks the block's widest line once (asked at every line, it
    # went quadratic: 1.8 million widths here, and 342 KB of such a page took a minute)
    import random

    from convert.normalize import normalize
    from convert.normalize.unwrap import front_lines

    calls = [0]
    width = front_lines._width

    def counted(piece: str) -> int:
        calls[0] += 1
        return width(piece)

    monkeypatch.setattr(front_lines, "_width", counted)
    rng = random.Random(2)
    han = "的一是不了人我在有他这为之大来以个中上们到说时国和地要就出会可也你对生能而子那得于着下自年过发后作"
    lines: list[str] = []
    for _ in range(300):
        text = "".join(rng.choice(han) for _ in range(rng.randint(40, 120))) + "。"
        lines.extend(text[i : i + 20] for i in range(0, len(text), 20))
    normalize("标题\n" + "\n".join(lines) + "\n")
    assert calls[0] < 10 * len(lines)
