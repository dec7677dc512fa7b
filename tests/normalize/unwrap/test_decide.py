"""Whether a break inside a block is a paragraph end (`unwrap.decide`): short lines, headings,
datelines, English dialogue."""

from __future__ import annotations

from convert.config import Config
from convert.normalize.unwrap.decide import paragraph_ends_here
from convert.normalize.unwrap.dropped import dropped_indent
from convert.normalize.unwrap.measure import Widths
from convert.normalize.unwrap.paragraphing import Paragraphing
from convert.normalize.unwrap.plain import closes_dateline

from ...conftest import REPO
from ...support.normalized import fixed, paragraphs
from .texts import ARTICLE, PDF_PAGE, SPEECH_PAGE, wrap


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


def test_pdftotext_of_a_word_pdf_ends_paragraphs_by_width_and_dialogue() -> None:
    blocks = fixed(PDF_PAGE).split("\n\n")
    assert blocks[0] == "Chapter 1"
    assert blocks[1].endswith('Park is let at last?"')
    assert blocks[2] == "Mr. Bennet replied that he had not."
    assert blocks[3].endswith('told me all about it."')
    assert blocks[4].startswith("Mr. Bennet made no answer. She was") and len(blocks) == 5


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


def test_one_paragraph_a_line_without_blank_lines() -> None:
    # no wrap at all: a line well shorter than the next cannot be a wrap of the same paragraph
    text = (
        "李克强致电祝贺苏达尼就任伊拉克总理\n"
        "央视网消息（新闻联播）：国务院总理李克强1日致电穆罕默德·希亚·苏达尼，祝贺他就任伊拉克总理。\n"
        "李克强在贺电中表示，中国政府高度重视中伊关系发展，愿同伊拉克政府一道，不断巩固两国传统友好，"
        "增进各领域务实合作，推动中伊战略伙伴关系取得新进展。\n"
    )
    assert len(paragraphs(text)) == 3


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


# pdftotext of Pride and Prejudice's Word PDF (the corpus's 1342-pdf.pdf, chapter 6): the first
# paragraph ends on a full line, the second opens on a line the 1-em indent left short
WORD_PAGE = """\
Occupied in observing Mr. Bingley's attentions to her sister, Elizabeth was far from
suspecting that she was herself becoming an object of some interest in the eyes of his friend.
Mr. Darcy had at first scarcely allowed her to be pretty; he had looked at her without
admiration at the ball; and when they next met, he looked at her only to criticise. But no
sooner had he made it clear to himself and his friends that she hardly had a good feature in
her face, than he began to find it was rendered uncommonly intelligent by the beautiful
expression of her dark eyes. To this discovery succeeded some others equally mortifying.
Though he had detected with a critical eye more than one failure of perfect symmetry in her
form, he was forced to acknowledge her figure to be light and pleasing; and in spite of his
asserting that her manners were not those of the fashionable world, he was caught by their
easy playfulness. Of this she was perfectly unaware; to her he was only the man who made
himself agreeable nowhere, and who had not thought her handsome enough to dance with.
He began to wish to know more of her, and as a step towards conversing with her
himself, attended to her conversation with others. His doing so drew her notice. It was at Sir
William Lucas's, where a large party were assembled."""


def test_after_a_full_line_that_ends_a_sentence_an_indented_line_opens_a_paragraph() -> None:
    blocks = paragraphs(WORD_PAGE)
    assert len(blocks) == 2
    # `…equally mortifying.` / `Though he had…` fills the measure: the sentence end is a wrap
    assert "equally mortifying. Though he had detected" in blocks[0]
    assert blocks[0].endswith("enough to dance with.")
    assert blocks[1].startswith("He began to wish")


def test_a_short_line_that_ends_its_paragraph_is_not_taken_for_an_indent() -> None:
    # the line after the full one ends its own sentence and paragraph: nothing shows an indent
    # (the line after it opens in capitals), so the full line's sentence end stays a wrap
    text = WORD_PAGE.replace(
        "He began to wish to know more of her, and as a step towards conversing with her\nhimself,",
        "He began to wish to know more of her, and as a step towards conversing with her.\nHimself,",
    )
    blocks = paragraphs(text)
    assert "enough to dance with. He began to wish" in blocks[0]


# pdftotext of a WeasyPrint page (Pride and Prejudice, DejaVu Sans 10.5 pt on 77 mm, justified):
# a line with wide word spaces comes out one word a line
ONE_WORD_LINES = """\
is as fair as most people can boast on
entering the marriage state.”
Elizabeth
quietly
answered
“Undoubtedly;” and after an awkward
pause, they returned to the rest of the
family. Charlotte did not stay much
longer, and Elizabeth was then left to
reflect on what she had heard. It was a
long time before she became at all
reconciled to the idea of so unsuitable
a match. The strangeness of Mr.
Collins's making two offers of marriage
within three days was nothing in
comparison of his being now accepted.
She had always felt that Charlotte's
opinion of matrimony was not exactly
like her own, but she had not
supposed it to be possible that, when
called into action, she would have
sacrificed every better feeling to
worldly advantage. Charlotte the wife
of Mr. Collins was a most humiliating"""


def test_a_line_cut_into_one_word_lines_runs_on_into_its_lowercase_words() -> None:
    blocks = paragraphs(ONE_WORD_LINES)
    assert len(blocks) == 2
    assert blocks[0].endswith("entering the marriage state.”")
    assert blocks[1].startswith("Elizabeth quietly answered “Undoubtedly;” and after an awkward")


def test_a_title_set_over_lines_stops_short_in_its_face_and_ends_there() -> None:
    # bench/english_books.py's federalist-008: The Federalist No. 9 set by LibreOffice (DejaVu
    # Serif 11 pt, 111 mm, indented), through `pdftotext`; its subtitle ends without a full stop
    text = (REPO / "tests/fixtures/pdftotext/federalist-09-office.txt").read_text(encoding="utf-8")
    blocks = paragraphs(text)
    at = blocks.index("FEDERALIST No. 9")
    assert blocks[at + 1] == "The Union as a Safeguard Against Domestic Faction and Insurrection"
    assert blocks[at + 2 : at + 5] == [
        "For the Independent Journal.",
        "HAMILTON",
        "To the People of the State of New York:",
    ]
    assert blocks[at + 5].startswith("A FIRM Union will be of the utmost moment to the peace")


def test_a_spaced_headline_opening_a_paragraph_is_no_dropped_indent() -> None:
    """A line one or two cells short of the measure that opens its paragraph reads as a first
    line whose indent the extraction dropped (`dropped_indent`); one that is a headline spaced in
    two (`美军称击沉3艘胡塞武装船只 胡塞武装称10名成员死亡或失踪`, bench/damage.py seed 3,
    article 128) stands on its own, while a first line with no such space still goes on."""
    learnt = Paragraphing(frozenset(), blank_lines=False, indent_dropped=True)
    headline = "美军称击沉3艘胡塞武装船只 胡塞武装称10名成员死亡或失踪"
    widths = Widths(30, 0.0)
    assert dropped_indent(headline, widths, learnt, len(headline))
    after = "美军中央司令部2023年12月31日发表声明称，美军在红海海"
    assert paragraph_ends_here(headline, after, widths, Config(), learnt, len(headline))
    first = "中国电信与中国联通也已联合建成全球"
    assert not paragraph_ends_here(
        first, "最大的5G共建共享网络，", Widths(19, 0.0), Config(), learnt, len(first)
    )


def test_a_scene_break_stands_alone() -> None:
    # LibreOffice centres `* * * * *` between two scenes and `pdftotext` gives `*****` on a line
    # of its own, between a short last line and the next scene's full first line (Pride and
    # Prejudice set by bench/english_books.py, prejudice-033): it ran into the next paragraph
    text = (
        "“I think you are in very great danger of making him as much in love with you\n"
        "as ever.”\n"
        "*****\n"
        "They did not see the gentlemen again till Tuesday; and Mrs. Bennet, in the\n"
        "meanwhile, was giving way to all the happy schemes, which the good humour\n"
        "and common politeness of Bingley, in half an hour’s visit, had revived."
    )
    assert paragraphs(text)[1:] == [
        "*****",
        "They did not see the gentlemen again till Tuesday; and Mrs. Bennet, in the "
        "meanwhile, was giving way to all the happy schemes, which the good humour "
        "and common politeness of Bingley, in half an hour’s visit, had revived.",
    ]


def test_a_first_line_ending_in_a_comma_before_a_speech_is_measured_less_the_indent() -> None:
    # WeasyPrint's P&P (Liberation Serif, 1.5 em indents): the first line of the paragraph
    # wrapped before `“I`, which the full measure would have held
    widths = Widths(0, 31.7, face="times", indent=1.6)
    line = "“When you have killed all your own birds, Mr. Bingley,” said her mother,"
    speech = "“I beg you will come here, and shoot as many as you please on Mr. Bennet's"
    config = Config()
    assert widths.is_short(line, speech) and not widths.is_short(line, speech, opening=True)
    assert not paragraph_ends_here(line, speech, widths, config)  # (opens its paragraph)
    assert paragraph_ends_here(line, speech, widths, config, before=["…went on,"])
    # a dash before a speech ends the paragraph more often than not: measured in full
    dash = line.removesuffix(",") + "—"
    assert paragraph_ends_here(dash, speech, widths, config)


def test_an_indented_line_ending_in_a_word_it_broke_is_measured_with_the_word_whole() -> None:
    # WeasyPrint's P&P (Liberation Serif, 1.5 em indents, `hyphens: auto`): the paragraph's
    # first line broke `descrip‐` / `tion`, which the full measure would have held whole; it
    # opens a paragraph after a full line that ends a sentence or breaks a speech off
    widths = Widths(0, 31.72, face="times", indent=1.72)
    line = "more elegant than their dresses. I dare say the lace upon Mrs. Hurst's gown--”"
    opening = "Here she was interrupted again. Mr. Bennet protested against any descrip‐"
    after = "tion of finery. She was therefore obliged to seek another branch of the subject,"
    assert paragraph_ends_here(line, opening, widths, Config(), after_next=after)
    finished = "more elegant than their dresses. I dare say the lace upon Mrs. Hurst was fine."
    assert not widths.is_short(finished, opening)
    assert paragraph_ends_here(finished, opening, widths, Config(), after_next=after)
    # `descrip‐ tion` with a space and the hyphen passes the measure; `description` fits it
    such = "Here she was interrupted again. Mr. Bennet protested against such descrip‐"
    assert widths.width(f"{such} tion") > widths.latin
    assert paragraph_ends_here(finished, such, widths, Config(), after_next=after)
    # the line wrapped at the full measure: `description` did not fit whole
    wrapped = "Here she was interrupted again, and Mr. Bennet protested against all descrip‐"
    assert widths.width(wrapped.removesuffix("‐") + "tion") > 31.72
    assert not paragraph_ends_here(line, wrapped, widths, Config(), after_next=after)
    assert not paragraph_ends_here(finished, wrapped, widths, Config(), after_next=after)


def test_a_wire_dateline_whole_on_a_short_line_ends_there_as_a_colon_does() -> None:
    assert closes_dateline("新华社广州11月1日电（记者梁鹏）")
    assert not closes_dateline("新华社广州11月1日电（记者梁鹏）今天")  # (the lead runs on)
    assert not closes_dateline("会议（扩大）")  # (no dateline)
    widths = Widths(23, 0.0)
    line, headline = "新华社广州11月1日电（记者梁鹏）", "2023年全国消防宣传月活动今天启动"
    assert paragraph_ends_here(line, headline, widths, Config())
    # at the measure it is a wrap like any line: the lead goes on under it
    assert not paragraph_ends_here(
        line, "各地将开展形式多样的宣传教育活动", Widths(16, 0.0), Config()
    )
