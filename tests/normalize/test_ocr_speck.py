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
        "他说这才对.让我们来修改。皆吊之.其父曰：此何遽不能为福乎。\n"  # after a word that may end one
        "【一线调研·加快形成新质生产力】《中国梦·劳动美》\n"  # a column's label, a title
        "中文'中文'中文\n"  # a quoted word
        "两国关系迈上新的台阶.\n段性成果陆续显现。\n"  # a line's last stop (`阶段` read across)
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
