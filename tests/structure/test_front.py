"""The front matter: title, subtitle, kicker and byline."""

from __future__ import annotations

from convert.headline_words import headline_restated
from convert.model import Document
from convert.normalize import normalize
from convert.structure import build_document, parse_byline
from convert.structure.front import _headline_over_paragraph


def test_seed_front_matter(seed_doc: Document) -> None:
    assert seed_doc.title == "牢记使命 团结凝聚首都广大职工奋进新征程"
    assert seed_doc.subtitle == "——全市各区工会认真学习党的二十大报告（上）"  # as printed
    assert seed_doc.kicker == ""
    assert [c.name for c in seed_doc.contributors] == [
        "张晶",
        "边磊",
        "陈曦",
        "刘欣欣",
        "赵思远",
        "余翠平",
        "闫长禄",
    ]
    assert {c.role for c in seed_doc.contributors} == {"本报记者"}
    assert (seed_doc.lang, seed_doc.article_type) == ("zh-CN", "news")


def test_bylines() -> None:
    assert [(c.name, c.role) for c in parse_byline("□本报记者 张晶 边磊")] == [
        ("张晶", "本报记者"),
        ("边磊", "本报记者"),
    ]
    assert [c.name for c in parse_byline("By Jane Austen and Cassandra Austen")] == [
        "Jane Austen",
        "Cassandra Austen",
    ]


def test_federalist_front_matter(federalist_doc: Document) -> None:
    # a title-case heading under the title that no other heading follows is its subtitle; the
    # author's name alone on a line is the byline, not a section around the whole paper
    assert federalist_doc.title == "FEDERALIST. No. 1"
    assert federalist_doc.subtitle == "General Introduction"
    assert [c.name for c in federalist_doc.contributors] == ["HAMILTON"]
    texts = [p.text for p in federalist_doc.paragraphs()]
    assert texts[:2] == ["For the Independent Journal.", "To the People of the State of New York:"]
    assert federalist_doc.sections() == []  # the salutation and the list are no headings


def test_a_name_alone_under_the_title_is_the_byline() -> None:
    doc = build_document(normalize("Pride and Prejudice\n\nJane Austen\n\nIt is a truth.").text)
    assert (doc.title, [c.name for c in doc.contributors]) == (
        "Pride and Prejudice",
        ["Jane Austen"],
    )
    doc = build_document(normalize("A TALE\n\nIntroduction\n\nIt is a truth.\n\nMore.").text)
    assert doc.contributors == () and doc.subtitle == "Introduction"


def test_chinese_byline_with_a_box_and_a_hard_wrapped_article() -> None:
    text = "首都职工热议二十大报告\n\n□本报记者 王磊\n\n昨天上午，全市各级工会组织职工收看\n开幕会盛况，大家纷纷表示\n深受鼓舞。"
    doc = build_document(normalize(text).text)
    assert doc.title == "首都职工热议二十大报告"
    assert [(c.name, c.role) for c in doc.contributors] == [("王磊", "本报记者")]
    assert [p.text for p in doc.paragraphs()] == [
        "昨天上午，全市各级工会组织职工收看开幕会盛况，大家纷纷表示深受鼓舞。"
    ]


LONG_HEADLINE = (
    "习近平在中共中央政治局第十二次集体学习时强调 大力推动我国新能源高质量发展 "
    "为共建清洁美丽世界作出更大贡献"
)
DATELINE_LEAD = (
    "央视网消息（新闻联播）：中共中央政治局2月29日下午就新能源技术与我国的能源安全进行集体学习。"
)


def test_long_headline_before_a_dateline_is_the_title() -> None:
    # issue 12: 53 characters, over max-heading-chars, yet a headline: the story opens after it
    doc = build_document(f"{LONG_HEADLINE}\n\n{DATELINE_LEAD}\n\n第二段。\n")
    assert doc.title == LONG_HEADLINE
    assert doc.body_text() == [DATELINE_LEAD, "第二段。"]


def test_long_headline_over_a_photo_caption_and_a_dateline_is_the_title() -> None:
    # bench/accuracy_extracted.py, weasy-narrow: a caption set between headline and story
    caption = "图为习近平在中共中央政治局第现场画面。"
    doc = build_document(f"{LONG_HEADLINE}\n\n{caption}\n\n{DATELINE_LEAD}\n")
    assert doc.title == LONG_HEADLINE
    # two sentences are no caption, nor one with no dateline under it
    two = "图为会议现场。会议在北京举行。"
    doc = build_document(f"{LONG_HEADLINE}\n\n{two}\n\n{DATELINE_LEAD}\n", fallback_title="n")
    assert doc.title == "n"
    doc = build_document(f"{LONG_HEADLINE}\n\n{caption}\n\n正文第一段。\n", fallback_title="n")
    assert doc.title == "n"


def test_long_headline_before_a_byline_is_the_title() -> None:
    doc = build_document(f"{LONG_HEADLINE}\n\n□本报记者 张晶\n\n正文第一段。\n")
    assert doc.title == LONG_HEADLINE
    assert [c.name for c in doc.contributors] == ["张晶"]


def test_long_first_block_is_no_title_without_a_story_opening_after_it() -> None:
    # what follows decides: before an ordinary paragraph a long line stays a paragraph
    doc = build_document(f"{LONG_HEADLINE}\n\n正文第一段，没有电头。\n", fallback_title="name")
    assert doc.title == "name"
    # and a sentence is never a headline, whatever follows it
    sentence = "中共中央政治局2月29日下午就新能源技术与我国的能源安全进行集体学习。"
    doc = build_document(f"{sentence}\n\n{DATELINE_LEAD}\n", fallback_title="name")
    assert doc.title == "name"


def test_a_long_headline_over_a_list_whose_first_item_holds_the_dateline() -> None:
    from convert.structure import build_document

    headline = (
        "习近平在中共中央政治局集体学习时强调 坚定不移贯彻总体国家安全观 把平安中国建设推向更高水平"
    )
    text = f"{headline}\n\n• 央视网消息（新闻联播）：中共中央政治局上午进行集体学习。\n\n• 习近平在主持学习时强调，要建设更高水平平安中国。\n"
    assert build_document(text).title == headline


def test_a_japanese_headline_with_a_mark_of_tone_over_its_body_is_the_title() -> None:
    # issue 12 (livedoor): the body right under the headline, one paragraph a line
    body = "もうすぐジューン・ブライドと呼ばれる６月。独女の中には自分の式はまだなのに呼ばれてばかり。"
    for title in ("友人代表のスピーチ、独女はどうこなしている？", "旧式Macで禁断のパワーアップ！最新PCをチェック【IT】"):
        lines = [body[:30] + "。", body * 2, body[:20] + body * 3, body * 4]
        doc = build_document(normalize("\n".join([title, *lines]) + "\n").text)
        assert doc.title == title
        assert doc.body_text() == lines


def test_a_first_line_that_leads_in_or_ends_a_sentence_is_not_a_japanese_headline() -> None:
    body = "もうすぐジューン・ブライドと呼ばれる６月。独女の中には自分の式はまだなのに呼ばれてばかり。"
    assert _headline_over_paragraph(["友人代表のスピーチ、独女はどうこなしている？", body], "ja")
    for first in ("お祝いについて、私は考える。", "お祝いについて、私は考えるが、", "独女の声は次の通り："):
        assert not _headline_over_paragraph([first, body], "ja")
    assert not _headline_over_paragraph(["友人代表のスピーチ", "独女の声は次の通り："], "ja")
    # nor over lines that finish no sentence: items, table rows
    assert not _headline_over_paragraph(["主なスペック", "機種名 Xperia GX", "発売時期 2012年7月"], "ja")
    # Chinese keeps its own rule (`_headline_before_story`)
    assert not _headline_over_paragraph(["以军攻击加沙地带最大难民营！", "正文第一段。"], "zh-CN")


def test_a_japanese_headline_over_a_lead_its_writer_broke_over_two_lines_is_the_title() -> None:
    # issue 12 (livedoor): readers' voices, one sentence over two lines, under the headline
    title = "「彼女が結婚したがっていて悩んでいます」 - 辛口説教部屋 vol.5"
    lead = ["「3年で転職は早すぎる？」「将来が見えない」", "「仕事が面白くない」・・・悩みは尽きないもの。"]
    para = "そんな様々な悩みに辛口4姉妹がお答えします。"
    body = [para * 3, para * 5, para * 4]
    assert _headline_over_paragraph([title, *lead, *body], "ja")
    assert not _headline_over_paragraph([title, *lead[:1], "機種名 Xperia GX", *body], "ja")
    doc = build_document(normalize("\n".join([title, *lead, "", *body]) + "\n").text)
    assert doc.title == title
    assert doc.body_text() == [*lead, *body]


def test_a_japanese_headline_of_two_sentences_is_the_title_when_it_ends_on_no_mark() -> None:
    # issue 12 (ja-livedoor-more): one `。` between two sentences, the second ending on a noun,
    # a quotation or a tag; a paragraph's sentences each end on a mark
    lead = "23日、千葉県総合スポーツセンター陸上競技場では、国際千葉駅伝が行われた。" * 2
    body = [lead, "レースは、ケニアが大会新記録で初優勝を果たし、日本代表は惜しくも2位だった。" * 3]
    for title in (
        "悪質ファンが卑劣なツイート。JRA騎手は怒り心頭",
        "曙の恐るべき飲みっぷり。一晩で使った飲み代は「1000万くらい」",
        "「映画祭を創る、女性たち。」vol.4　森下美香さん",
    ):
        assert _headline_over_paragraph([title, *body], "ja")
        # as the articles are set: the headline, the lead under it, then blank-line paragraphs
        doc = build_document(normalize(f"{title}\n{lead}\n\n{body[1]}\n").text)
        assert doc.title == title
        assert doc.body_text() == body
    for first in (
        "彼は卑劣なツイートをした。騎手は怒った！",  # the second sentence ends on a mark
        "卑劣なツイート。騎手は怒り心頭。ファンは困惑",  # two full stops: sentences of prose
        "卑劣なツイート。騎手は怒り心頭。",
    ):
        assert not _headline_over_paragraph([first, *body], "ja")


def test_a_japanese_headline_closed_by_a_tag_is_the_title_over_short_lines() -> None:
    # issue 12 (ja-livedoor-more): a lead its writer broke into short lines, no sentence ended
    title = "ふぉっくす紺子だよ！アキバとPC業界を応援します【紺子にゅうす】"
    lines = ["こんこん♪ふぉっくす紺子だよ＾＾", "先週は", "コラボ企画に"]
    assert _headline_over_paragraph([title, *lines], "ja")
    assert not _headline_over_paragraph([title.removesuffix("【紺子にゅうす】"), *lines], "ja")


def test_a_japanese_headline_opened_by_a_tag_is_the_title_over_short_lines() -> None:
    # issue 12 (ja-livedoor-more, livedoor-homme-6305694): a catalogue page's headline over a
    # label and a lead its writer broke at pauses, no sentence ended in the two lines under it
    title = "【特集】Paul Smith | ポール・スミス春夏最新スーツカタログ[2/4]"
    lines = ["Paul Smith LONDON", "着心地を究めたディテールと", "洗練されたカラーコントラストで"]
    assert _headline_over_paragraph([title, *lines], "ja")
    assert _headline_over_paragraph(["【最新写真集 東京オートサロン2011】  vol.3", *lines], "ja")
    assert not _headline_over_paragraph([title.removeprefix("【特集】"), *lines], "ja")
    # a tag alone, or a lead opened by a dateline tag that ends its sentence, is no headline
    assert not _headline_over_paragraph(["【賞品・応募数】", *lines], "ja")
    lead = "【ワシントン＝共同】米国の大統領は演説し、新しい政策を発表した。"
    assert not _headline_over_paragraph([lead, *lines], "ja")


def test_a_word_in_capitals_with_a_full_stop_in_the_front_is_no_byline() -> None:
    # The Girl's Own Paper: a section's title over its first piece's (bench/english_books.py)
    text = 'VARIETIES.\n\nTHE "WOMAN OF STENAY."\n\n"And so you have not heard the story?" said he.'
    assert build_document(normalize(text).text).contributors == ()
    text = "FEDERALIST No. 8\n\nFrom the New York Packet.\n\nHAMILTON\n\nTo the People of the State:"
    assert [c.name for c in build_document(normalize(text).text).contributors] == ["HAMILTON"]


def test_a_title_line_in_title_case_is_no_author_beside_a_name_in_capitals() -> None:
    """(bench/english_books.py's federalist-023, -044, -085: the title's second line, or the
    subtitle, was read as the author's name)"""
    for title in ("The Powers Necessary to the Common Defense\n\nFurther Considered", "Concluding Remarks"):
        text = (
            f"FEDERALIST No. 24\n\n{title}\n\nFor the Independent Journal.\n\nHAMILTON\n\n"
            "To the People of the State of New York:\n\nTO THE powers proposed to be conferred "
            "upon the federal government, in respect to the creation and direction of the "
            "national forces, I have met with but one specific objection."
        )
        doc = build_document(normalize(text).text)
        assert [c.name for c in doc.contributors] == ["HAMILTON"]


DATELINE = "央视网消息（新闻联播）：国务院总理李克强1日在京会见白俄罗斯总统卢卡申科。"


def test_kicker_over_headline_over_dateline() -> None:
    doc = build_document(f"一线观察\n\n李克强会见白俄罗斯总统\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("一线观察", "李克强会见白俄罗斯总统")


def test_headline_over_byline_over_dateline_has_no_kicker() -> None:
    doc = build_document(f"李克强会见白俄罗斯总统\n\n□本报记者 张晶\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", "李克强会见白俄罗斯总统")
    doc = build_document(f"李克强会见白俄罗斯总统\n\n——写在新的一年到来之际\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", "李克强会见白俄罗斯总统")


def test_headline_cut_over_two_lines_is_one_title() -> None:
    doc = build_document(f"全国政协十三届常\n\n委会第二十四次会议举行全体会议\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", "全国政协十三届常委会第二十四次会议举行全体会议")


def test_a_first_line_that_is_no_heading_alone_joins_the_headline_under_it() -> None:
    doc = build_document(f"各地庆祝党的\n\n生日 凝聚磅礴力量\n\n□本报记者 张晶\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", "各地庆祝党的生日 凝聚磅礴力量")


def test_a_source_before_its_colon_joins_the_headline_even_when_it_reads_as_a_heading() -> None:
    doc = build_document(f"人民日报社论：\n\n坚定信念信心 阔步复兴征程\n\n□本报记者 张晶\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", "人民日报社论：坚定信念信心 阔步复兴征程")
    doc = build_document(f"一线观察\n\n坚定信念信心 阔步复兴征程\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("一线观察", "坚定信念信心 阔步复兴征程")


def test_the_subtitle_keeps_its_dash_as_printed() -> None:
    text = f"意大利铁路系统员工举行罢工\n——来自基层一线的报道\n{DATELINE}\n"
    doc = build_document(normalize(text).text)
    assert (doc.title, doc.subtitle) == ("意大利铁路系统员工举行罢工", "——来自基层一线的报道")


def test_a_first_line_that_leads_into_the_second_is_no_kicker() -> None:
    for first, second in [
        ("央视快评：新时代的光荣", "属于每一个挺膺担当的奋斗者"),  # a source's colon
        ("【文化中国行】", "唐三彩烧制技艺焕发新光彩"),  # a column tag alone
        ("【文化中国行】唐三彩", "烧制技艺焕发新光彩"),  # a column tag opening it
        ("庆祝中国共产党成立103", "周年交响音乐会在京举行"),  # a number cut from its counter
    ]:
        doc = build_document(f"{first}\n\n{second}\n\n{DATELINE}\n")
        assert (doc.kicker, doc.title) == ("", first + second)


def test_a_break_inside_a_bracket_or_a_spaced_part_is_no_kicker() -> None:
    for first, second in [
        ("【一线调研·加快形成新质生产力", "】创新发展 北京做好商业航天大文章"),  # a bracket left open
        ("俄称打击乌军工企业 乌", "称袭击俄境内油库"),  # a spaced part cut short
        ("全面深化改", "革 中国式现代化万千气象"),
    ]:
        doc = build_document(f"{first}\n\n{second}\n\n{DATELINE}\n")
        assert (doc.kicker, doc.title) == ("", first + second)
    doc = build_document(f"奋进新征程 建功新时代\n\n坚定信念信心 阔步复兴征程\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("奋进新征程 建功新时代", "坚定信念信心 阔步复兴征程")


def test_a_first_line_longer_than_a_kicker_over_a_subtitle_joins_the_headline() -> None:
    first, second = "为中国式现代化建设贡献巾帼智慧和力量", "习近平总书记的重要讲话引发热烈反响"
    doc = build_document(f"{first}\n\n{second}\n\n——写在新的一年到来之际\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", first + second)
    doc = build_document(f"一线观察\n\n{second}\n\n——写在新的一年到来之际\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("一线观察", second)


def test_a_second_line_that_opens_on_a_verb_goes_on_from_the_first() -> None:
    doc = build_document(f"习近平举行仪式\n\n欢迎白俄罗斯总统访华\n\n□本报记者 张晶\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", "习近平举行仪式欢迎白俄罗斯总统访华")
    doc = build_document(f"香港举行升旗仪式\n\n庆祝回归祖国28周年\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", "香港举行升旗仪式庆祝回归祖国28周年")
    # a spaced headline under a kicker stands by itself, its parts whole
    doc = build_document(f"一线观察\n\n迎接新学期 全国中小学陆续开学\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("一线观察", "迎接新学期 全国中小学陆续开学")
    # a headline with its own subject under a kicker
    doc = build_document(f"一线观察\n\n李克强会见白俄罗斯总统\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("一线观察", "李克强会见白俄罗斯总统")


def test_a_kicker_over_a_headline_that_opens_on_a_name_is_no_word_cut() -> None:
    # `行|李` reads as 行李 across the break, but the next line opens on the name 李强
    headline = "李强将出席东亚合作领导人系列会议并访问印尼"
    doc = build_document(f"高质量发展调研行\n\n{headline}\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("高质量发展调研行", headline)
    # a word cut at the break still joins (`常|委会`)
    doc = build_document(f"全国政协十三届常\n\n委会第二十四次会议举行全体会议\n\n{DATELINE}\n")
    assert doc.title == "全国政协十三届常委会第二十四次会议举行全体会议"


def test_a_kicker_over_a_headline_set_on_two_lines() -> None:
    text = f"一线观察\n\n习近平举行仪式\n\n欢迎白俄罗斯总统访华\n\n{DATELINE}\n"
    doc = build_document(text)
    assert (doc.kicker, doc.title) == ("一线观察", "习近平举行仪式欢迎白俄罗斯总统访华")


def test_a_first_line_that_opens_on_a_name_or_a_time_is_no_kicker() -> None:
    doc = build_document(f"习近平向瑞士\n\n新任联邦主席致贺电\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", "习近平向瑞士新任联邦主席致贺电")
    doc = build_document(f"一季度物流开局\n\n稳中向好 运行效率提升\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("", "一季度物流开局稳中向好 运行效率提升")
    # a column's name over a headline stays the kicker
    doc = build_document(f"元旦特别报道\n\n天安门广场举行升国旗仪式\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title) == ("元旦特别报道", "天安门广场举行升国旗仪式")


def test_a_break_the_lead_restates_is_no_kicker_s() -> None:
    lead = "央视网消息（新闻联播）：第133届广交会第三期今天（5月1日）开幕，本期展览更为丰富。"
    doc = build_document(f"第133届广交会\n\n第三期今天开幕\n\n{lead}\n")
    assert (doc.kicker, doc.title) == ("", "第133届广交会第三期今天开幕")
    doc = build_document(f"高质量发展调研行\n\n第三期今天开幕\n\n{lead}\n")
    assert (doc.kicker, doc.title) == ("高质量发展调研行", "第三期今天开幕")


def test_the_two_lines_under_a_kicker_are_its_headline_cut_or_not() -> None:
    text = f"新春走基层\n\n国际人士积极评价习近平主席\n\n二〇二六年新年贺词\n\n{DATELINE}\n"
    doc = build_document(text)
    assert (doc.kicker, doc.title) == ("新春走基层", "国际人士积极评价习近平主席二〇二六年新年贺词")


def test_a_kicker_over_a_long_headline_over_its_subtitle() -> None:
    headline = "为中国式现代化建设贡献巾帼智慧和力量——习近平总书记在同全国妇联新一届领导班子成员集体谈话时的重要讲话引发热烈反响"
    doc = build_document(f"聚焦全国两会\n\n{headline}\n\n——各地各部门贯彻落实综述\n\n{DATELINE}\n")
    assert (doc.kicker, doc.title, doc.subtitle) == ("聚焦全国两会", headline, "——各地各部门贯彻落实综述")


def test_a_second_line_that_closes_the_first_s_bracket() -> None:
    text = f"李强签署国务院令 公布修订后的《\n\n中华人民共和国植物新品种保护条例》\n\n{DATELINE}\n"
    assert build_document(text).title == "李强签署国务院令 公布修订后的《中华人民共和国植物新品种保护条例》"
    text = f"今年主汛期前将\n\n完成防洪水毁工程修复重建\n\n——各地各部门贯彻落实综述\n\n{DATELINE}\n"
    doc = build_document(text)
    assert (doc.title, doc.subtitle) == ("今年主汛期前将完成防洪水毁工程修复重建", "——各地各部门贯彻落实综述")


LONG_KICKER = "在习近平新时代中国特色社会主义思想指引下"
MEETING = "央视网消息（新闻联播）：国务院总理李克强1日在京会见越共中央总书记阮富仲。"


def test_a_kicker_the_story_does_not_restate_stands_apart_from_the_headline() -> None:
    # longer than a kicker's form (`MAX_KICKER`): told by what the story restates
    doc = build_document(f"{LONG_KICKER}\n\n李克强会见越共中央总书记\n\n□新华社记者 高昊\n\n{MEETING}\n")
    assert (doc.kicker, doc.title) == (LONG_KICKER, "李克强会见越共中央总书记")
    # over a headline of two lines
    doc = build_document(f"落实党中央决策部署\n\n李克强会见越共\n\n中央总书记\n\n{MEETING}\n")
    assert (doc.kicker, doc.title) == ("落实党中央决策部署", "李克强会见越共中央总书记")
    # a headline's first line the story restates is no kicker
    doc = build_document(f"海军福建舰出海\n\n开展首次航行试验\n\n{MEETING}福建舰开展首次航行试验。\n")
    assert (doc.kicker, doc.title) == ("", "海军福建舰出海开展首次航行试验")


SPACE_STATION = (
    "本报北京11月2日电　10月31日15时37分，中国空间站梦天实验舱在海南文昌航天发射场发射升空，"
    "历时约13小时后，于今天（11月1日）4时27分，成功对接于天和核心舱前向端口。"
)


def test_a_first_line_the_lead_restates_is_no_kicker_over_a_subtitle() -> None:
    text = f"空间站梦天实验舱与空间站\n\n组合体在轨完成交会对接\n\n——各地各部门贯彻落实情况综述\n\n{SPACE_STATION}\n"
    doc = build_document(text)
    assert (doc.kicker, doc.title) == ("", "空间站梦天实验舱与空间站组合体在轨完成交会对接")
    # a slogan the lead does not restate stays the kicker
    text = f"高质量发展调研行\n\n组合体在轨完成交会对接\n\n——各地各部门贯彻落实情况综述\n\n{SPACE_STATION}\n"
    assert build_document(text).kicker == "高质量发展调研行"


def test_headline_restated_leaves_out_the_pieces_the_headline_holds() -> None:
    lead = "央视网消息（新闻联播）：今年以来，各地推动卫生健康事业高质量发展，成效明显。"
    assert not headline_restated("高质量发展调研行", "推动卫生健康事业高质量发展", lead)
    assert headline_restated("推动卫生健康事业", "高质量发展", lead)


XINJIANG = "央视网消息（新闻联播）：日前，中共中央决定：马兴瑞同志不再兼任新疆维吾尔自治区党委书记、常委、委员职务。"


def test_a_first_line_the_lead_restates_over_a_dateline_is_the_headline_s() -> None:
    doc = build_document(f"新疆维吾尔自治区党委\n\n主要负责同志职务调整\n\n{XINJIANG}\n")
    assert (doc.kicker, doc.title) == ("", "新疆维吾尔自治区党委主要负责同志职务调整")
    # a short line the lead restates over a headline more than twice as long stays a kicker
    head = "马兴瑞同志不再兼任新疆维吾尔自治区党委书记另有任用陈小江同志任书记"
    doc = build_document(f"新疆维吾尔自治区党委\n\n{head}\n\n{XINJIANG}\n")
    assert (doc.kicker, doc.title) == ("新疆维吾尔自治区党委", head)


QIUSHI = "央视网消息（新闻联播）：7月1日出版的第13期《求是》杂志发表习近平的文章《新时代新征程中国共产党的使命任务》。"


def test_a_work_s_title_alone_under_the_line_that_names_it_ends_the_headline() -> None:
    text = f"《求是》杂志发表习近平总书记重要文章\n\n《新时代新征程中国共产党的使命任务》\n\n{QIUSHI}\n"
    doc = build_document(text)
    assert doc.title == "《求是》杂志发表习近平总书记重要文章《新时代新征程中国共产党的使命任务》"


def test_a_headline_wrapped_before_a_press_meeting_is_one_title() -> None:
    # issue 12 (fifth model, tuning half): `记者见面会` opening a headline's last line read as a
    # reporter's byline, a line of its own, so the headline lost it to a paragraph
    headline = "中国人民抗日战争暨世界反法西斯战争胜利80周年纪念活动新闻中心举办第二场记者见面会"
    lead = "央视网消息（新闻联播）：纪念活动新闻中心今天举办第二场记者见面会，邀请华侨华人代表介绍情况。"
    assert headline[36:] == "记者见面会"  # the third line of a measure of 18

    def wrap(text: str) -> str:
        return "\n".join(text[i : i + 18] for i in range(0, len(text), 18))

    doc = build_document(normalize(f"{wrap(headline)}\n\n{wrap(lead)}\n").text)
    assert doc.title == headline
    assert doc.body_text() == [lead]
