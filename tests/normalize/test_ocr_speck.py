"""The ocr-speck pass: OCR's specks between Han go; a writer's full stops, names' dots and
quotes stay."""

from __future__ import annotations

from convert.config import Config
from convert.normalize import normalize
from convert.normalize.context import Context
from convert.normalize.ocr_speck import remove_specks

from ..support.normalized import applied


def removed(text: str) -> str:
    return applied(text, remove_specks(text, Config(), Context()))


def test_a_lone_apostrophe_between_han_goes() -> None:
    assert removed("灯光'造型下，舞台焕然一新。\n") == "灯光造型下，舞台焕然一新。\n"


def test_a_dot_or_full_stop_that_cuts_a_common_word_goes() -> None:
    assert (
        removed("经济年均增长4.5%，高于世界平均水.平。\n")
        == "经济年均增长4.5%，高于世界平均水平。\n"
    )
    assert (
        removed("拓展了中国特色社会·主义道路的文化根基。\n")
        == "拓展了中国特色社会主义道路的文化根基。\n"
    )
    assert removed("中国将坚持改.革开放基本国策。\n") == "中国将坚持改革开放基本国策。\n"


def test_a_speck_at_a_lines_end_goes() -> None:
    assert (
        removed("方共同落实好两国领导人达'\n成的重要共识。\n")
        == "方共同落实好两国领导人达\n成的重要共识。\n"
    )
    kept = "他说这是'人民至上'\n的体现。\n"  # a quote's second half at a line's end
    assert removed(kept) == kept


def test_a_dot_or_full_stop_beside_a_function_word_goes() -> None:
    assert (
        removed("统一领导是做好经济工作的·根本保证。\n") == "统一领导是做好经济工作的根本保证。\n"
    )
    assert removed("为斯梅戴雷沃市的发展为.中国式现代化提供支撑。\n") == (
        "为斯梅戴雷沃市的发展为中国式现代化提供支撑。\n"
    )


def test_full_stops_names_labels_and_quotes_stay() -> None:
    kept = (
        "大奋斗精神的人民.党和人民取得了伟大成就。\n"  # a full stop set narrow
        "病药的药品和原料等.同时，为促进供应。\n"
        "美军称击毙本·拉登，消息得到证实。\n"  # names the segmenter reads as a word
        "作家马克·吐温的小说，列奥纳多·达·芬奇的画。\n"
        "头条新闻：联合国秘书长阿·古当天发表讲话。\n"
        "总统亚历山大·卢卡申科，总理本雅明·内塔尼亚胡。\n"
        "法国思想家让·雅克·卢梭，王储穆罕默德·本·萨勒曼。\n"
        # a full stop after a word that may end one; 呐喊's 塞翁 story, its colon kept
        "他说这才对.让我们来修改。马无故亡而入胡，人皆吊之.其父曰：此何遽不能为福乎。\n"
        "【一线调研·加快形成新质生产力】《中国梦·劳动美》\n"  # a column's label, a title
        "中文'中文'中文\n"  # a quoted word
        # a paragraph's last stop on a line shorter than the next (`阶段` read across)
        "两国关系迈上新的台阶.\n段性成果陆续显现，合作领域不断拓展。\n"
    )
    assert removed(kept) == kept


def test_the_pass_runs_before_punctuation() -> None:
    assert normalize("高于世界平均水.平。当前中国经济增长正在企稳回升。\n").text == (
        "高于世界平均水平。当前中国经济增长正在企稳回升。\n"
    )


def test_a_page_that_sets_its_marks_narrow_keeps_its_full_stops() -> None:
    narrow = "会议指出,经济稳中向好,高于世界平均水.平均增速保持领先。\n"  # `.` a narrowed stop
    assert removed(narrow) == narrow
    wide = "会议指出，经济稳中向好，高于世界平均水.平均增速保持领先。\n"
    assert removed(wide) == "会议指出，经济稳中向好，高于世界平均水平均增速保持领先。\n"


def test_a_dot_that_would_end_or_start_a_sentence_shorter_than_any_goes() -> None:
    assert removed("正是养护的好时机。这些.天，李长青和队员们在养护道路。\n") == (
        "正是养护的好时机。这些天，李长青和队员们在养护道路。\n"
    )
    assert removed("新闻联播\n2026-07-01 星期三\n\n世界.政党政要热烈祝贺中国共产党成立\n") == (
        "新闻联播\n2026-07-01 星期三\n\n世界政党政要热烈祝贺中国共产党成立\n"
    )
    assert removed("中国发生了翻天覆地的历史巨.变。\n") == "中国发生了翻天覆地的历史巨变。\n"


def test_short_utterances_numbers_and_double_spaced_lines_keep_their_stops() -> None:
    kept = (
        "一.总则\n"  # a list's number
        "他说：“好.我们走吧。”\n"  # an utterance
        "“我对邹七嫂说过了.都完了。”\n"
        "“发财？自然.要什么就是什么……”\n"
        # a double-spaced text: a blank line between wrapped lines, each indented
        "    仿佛是想走异路，逃异地，去寻求别样的人们.我\n\n    的母亲没有法，办了八元的川资。\n"
    )
    assert removed(kept) == kept


def test_a_rarer_word_across_a_dot_makes_it_a_speck() -> None:
    assert removed("出版的《求是》杂志以专.刊形式发表文章。\n") == (
        "出版的《求是》杂志以专刊形式发表文章。\n"
    )


def test_more_words_no_sentence_ends_or_starts_on() -> None:
    assert removed("会议强调，各地要.坚持以人民为中心的发展思想。\n") == (
        "会议强调，各地要坚持以人民为中心的发展思想。\n"
    )
    assert removed("活动以合唱、器乐演奏.等形式，奏唱经典歌曲。\n") == (
        "活动以合唱、器乐演奏等形式，奏唱经典歌曲。\n"
    )
    # a rare word read across (`以方`): the words each side read alone
    assert removed("交还人质遗体，这是以.方根据停火协议交还的第一批。\n") == (
        "交还人质遗体，这是以方根据停火协议交还的第一批。\n"
    )


def test_a_dot_between_two_common_words_or_in_a_common_pair_goes() -> None:
    assert removed("二〇二二年，我们胜利·召开党的二十大。\n") == (
        "二〇二二年，我们胜利召开党的二十大。\n"
    )
    assert removed("应东·盟轮值主席国印度尼西亚总统邀请。\n") == (
        "应东盟轮值主席国印度尼西亚总统邀请。\n"
    )
    kept = (
        "美国总统约翰·肯尼迪和乔治·华盛顿，作家杰克·伦敦，希拉里·克林顿。\n"
        "【一线调研·加快形成新质生产力】【强信心·权威访谈】\n"
    )
    assert removed(kept) == kept


def test_a_line_s_last_stop_spelling_a_word_across_the_break_or_parting_an_adverb_goes() -> None:
    def taken(text: str) -> list[str]:
        return [text[e.start - 2 : e.end + 2] for e in remove_specks(text, Config(), Context())]

    # a narrow column's full lines, a speck ending one
    column = "在总书记的领导下，中国共产党深汲中华.\n文明的厚重积淀，融汇哲学理念、道德\n秩序。\n"
    assert taken(column) == ["中华.\n文"]
    column = "平总书记在党的二十届二中\n神。全国政协主席、党组.\n书记汪洋主持会议并讲话。\n"
    assert taken(column) == ["党组.\n书"]
    column = "会议经表决，张军扩同志不再.\n担任提案委员会副主任，易纲\n同志。\n"
    assert taken(column) == ["不再.\n担"]
    column = "健全党领导的制度，理顺党全面集中统一领导的.\n体制机制，确保党中央令行禁止。\n"
    assert taken(column) == ["导的.\n体"]
    # a paragraph's last full stop, where a paragraph is a line: a sentence's first word
    # (`与会`, read as `与`) and the text's spellings (`精神中央`) are not asked there
    assert taken("要加强同上合组织各方的合作.\n与会各方积极评价。\n") == []
    column = "贯彻四中全会精神中央宣讲团\n学习贯彻四中全会精神.\n中央宣讲团成员作报告。\n"
    assert taken(column) == []
    # a paragraph's last line, shorter than the line before it
    assert taken("在总书记的领导下，中国共产党深汲\n中华.\n文明的厚重积淀。\n") == []
