"""The measure a text was set to, learnt from its wrapped lines (`unwrap.measure`)."""

from __future__ import annotations

from convert.normalize.unwrap.measure import with_next_word

from ...support.normalized import paragraphs
from .texts import PDF_PAGE, SPEECH_PAGE


def test_the_measure_is_learnt_in_the_metric_the_lines_were_set_in() -> None:
    # a typewriter wrap (Project Gutenberg, a fixed column count) is even in characters; the
    # printed lines of a typeset PDF are even in printed width
    from convert.normalize.unwrap.measure import measure

    from ...conftest import REPO

    federalist = (REPO / "samples" / "federalist-01.txt").read_text(encoding="utf-8")
    typewriter = [block.split("\n") for block in federalist.replace("\r\n", "\n").split("\n\n")]
    assert measure(typewriter).monospace
    typeset = [(PDF_PAGE + "\n" + SPEECH_PAGE).split("\n")]
    assert not measure(typeset).monospace


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


# a one-story column of 19 cells (damage_print, seed 0, its tuning half): the lines with dates
# and figures hold more characters than the Han-only lines, which fill the column too
DATED_COLUMN = """\
李强将出席东亚合作领导人系列会议并访问印尼

\u3000\u3000央视网消息（新闻联播）：应东盟轮值
主席国印度尼西亚总统佐科邀请，国务院总
理李强将于9月5日至8日出席在印尼雅加达
举行的第26次中国—东盟（10+1）领导人会
议、第26次东盟与中日韩（10+3）领导人会
议和第18届东亚峰会（EAS）并对印尼进行
正式访问。"""


def test_digits_count_half_a_cell_towards_the_measure() -> None:
    from convert.normalize.unwrap.measure import measure

    blocks = [block.split("\n") for block in DATED_COLUMN.split("\n\n")]
    assert measure(blocks).wide == 19  # in characters, the lines with figures made it 22
    assert paragraphs(DATED_COLUMN)[1].strip() == "".join(line.strip() for line in blocks[1])


def test_a_line_with_latin_words_counts_in_characters() -> None:
    # the rows of a Japanese spec sheet are no wrapped lines: counted in cells they would share
    # a length (bench/clean_text.py, ja-livedoor)
    from convert.normalize.unwrap.measure import _numbers_only

    lines = [
        "理李强将于9月5日至8日出席在印尼雅加达",
        "举行的第26次中国—东盟（10+1）领导人会",
        "议和第18届东亚峰会（EAS）并对印尼进行",
        "インカメラ 0.3M",
        "CPU クロック数 1.5GHz",
    ]
    assert _numbers_only(lines) == lines[:2]
    assert _numbers_only([]) == []


def test_a_typeset_text_more_even_in_characters_than_the_rough_metric_finds_its_face() -> None:
    # Pride and Prejudice ch. 8 set by LibreOffice in DejaVu Serif 10.5 pt at 88 mm, justified,
    # paragraphs indented (bench/english_books.py, prejudice-007): its lines came out more even
    # in characters than in the approximate metric and it was judged typewritten
    from convert.normalize.unwrap.measure import _spread, latin_width, measure

    from ...conftest import REPO

    text = (REPO / "tests/fixtures/pdftotext/pp-office-dejavu-serif-88mm.txt").read_text()
    blocks = [block.split("\n") for block in text.split("\n\n") if block.strip()]
    inner = [line for lines in blocks for line in lines[:-1] if line.strip()]
    assert _spread([float(len(line)) for line in inner]) < _spread(list(map(latin_width, inner)))
    widths = measure(blocks)
    assert not widths.monospace
    assert widths.face  # a face's widths measure it (not always DejaVu Serif's: near alike)
    # too few lines to tell a face by (79 of them, more even in characters): typewritten still
    few = inner[120:199]
    assert _spread([float(len(line)) for line in few]) < _spread(list(map(latin_width, few)))
    assert measure([[*few, "end"]]).monospace


def test_the_next_word_is_set_as_the_typesetter_would_have_set_it() -> None:
    assert with_next_word("protested against any", "description of finery") == (
        "protested against any description"
    )
    assert with_next_word("protested against any descrip‐", "tion of finery") == (
        "protested against any description"
    )
    assert with_next_word("a very grown-", "up daughter") == "a very grown-up"
    assert with_next_word("the last line", "") == "the last line "


def test_a_sentence_end_on_a_line_of_digits_is_measured_against_the_cjk_measure() -> None:
    from convert.normalize.unwrap.measure import Widths

    # pdftotext of a narrow WeasyPrint page (bench/accuracy_extracted.py, weasy-narrow, tuning
    # half): a paragraph's last line, more digits than Han, over a subhead
    widths = Widths(28, 0)
    assert widths.is_short("跌97%。", "多个产油国今日起自愿减产至年底", finished=True)
    assert not widths.is_short("跌97%", "多个产油国今日起自愿减产至年底")  # no sentence ends
    assert not widths.is_short("だ97.5%。", "多个产油国今日起自愿减产至年底", finished=True)  # kana


def test_a_photo_caption_over_its_short_last_line_shows_no_longer_measure() -> None:
    from convert.normalize.unwrap.measure import measure

    # a column of 15 under headlines whose captions, set smaller, wrap at 17 (weasy-narrow)
    body = [
        "乌武装部队称，在过去24小时",
        "内，乌军继续打击俄军人员装备阵",
        "地、弹药库、电子战平台等。同日",
        "美方称乌方作战人员包括约两万名",
        "外籍人员，包括美国、英国和法国",
        "一些北约国家派遣的特种部队和军",
        "事顾问。",
    ]
    blocks = [
        ["《求是》杂志发表重要文章", "图为《求是》杂志发表习近平总现场画", "面。"],
        body,
        ["习近平复信斯梅戴雷沃钢厂职工", "图为习近平复信斯梅戴雷沃钢厂现场画", "面。"],
        body,
    ]
    assert measure(blocks).wide == 15
    # two lines of 17 ending on a Han character inside the body's blocks do show it
    assert measure([[*block, "事顾问。"] for block in blocks]).wide == 17


def test_a_subhead_s_last_line_of_digits_is_measured_against_the_cjk_measure() -> None:
    from convert.normalize.unwrap.measure import Widths

    # the blind damage model's narrow page (xwlb-20240701-0171, seed 1, tuning half): a subhead
    # wrapped at its story's measure, its last line more digits than Han
    widths = Widths(11, 0)
    assert widths.is_short("至1600余只", "记者从国家林业和草原局")
    assert not widths.is_short("1618只，比2019年第三次", "调查增加147只，栖息地")  # a wrap
    assert not widths.is_short("至1600余只a", "记者从国家林业和草原局")  # a Latin letter


SUBHEAD = """多家媒体对活动进行报道。
濒危神农架金丝猴种群增
至1600余只
记者从国家林业和草原局
了解到，近期神农架林区
对金丝猴的第四次调查结
果显示，金丝猴总数达到
1618只，比2019年第三次
调查增加147只，栖息地
面积增至401平方公里。
"""


def test_a_wrapped_subhead_s_last_line_of_digits_ends_it() -> None:
    from ...support.normalized import fixed

    assert "濒危神农架金丝猴种群增至1600余只" in fixed(SUBHEAD).split("\n\n")
