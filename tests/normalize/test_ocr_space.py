"""The ocr-space pass: OCR's lone spaces between Han go; a writer's pauses and names stay."""

from __future__ import annotations

from convert.config import Config
from convert.normalize import normalize
from convert.normalize.context import Context
from convert.normalize.ocr_space import remove_prose_gaps

from ..support.normalized import applied


def removed(text: str) -> str:
    return applied(text, remove_prose_gaps(text, Config(), Context()))


def test_a_space_inside_a_sentence_goes() -> None:
    text = "习近平主席倡 导携手建设和平、稳定、繁荣的美好家园，共同应对挑 战。\n"
    assert removed(text) == "习近平主席倡导携手建设和平、稳定、繁荣的美好家园，共同应对挑战。\n"


def test_a_space_that_cuts_a_short_word_goes_from_a_headline() -> None:
    assert removed("习近平举行仪 式欢迎贝宁总统访华\n") == "习近平举行仪式欢迎贝宁总统访华\n"
    assert removed("天 安门广场举行元旦升国旗仪式\n") == "天安门广场举行元旦升国旗仪式\n"


def test_pauses_names_and_quoted_titles_stay() -> None:
    kept = (
        "凝心聚力抓落实 团结奋进谱新篇\n"  # a headline's pause
        "两部门推进社区适老化 适儿化改造\n"
        "主题是“药品安全 监管为民”。各地将开展宣传活动。\n"  # a quoted title's pause
        "本报记者 高静杰 罗国 何国桂\n"  # a byline's names
        "总理本雅明·内塔尼亚胡表示，双方将继续合作。\n"  # a foreign name's dot
        "美军称击毙本·拉登，消息在当天晚间得到了白宫方面的证实。\n"  # one the segmenter reads as a word
        "头条新闻：联合国秘书长阿·古当天在纽约总部发表讲话。\n"
    )
    assert removed(kept) == kept


def test_a_captions_pause_and_a_joined_subheads_pause_stay() -> None:
    caption = "图为新华社播发：迈上新征程 现场画面。\n"  # a short line: a caption quoting a title
    assert removed(caption) == caption
    joined = "黄渤海开渔 多部门护航渔船出海作业，今天12时，在北纬35度以北我国管辖的渤海和黄海海域开渔。\n"
    assert removed(joined) == joined  # a subhead's pause before the paragraph's first mark


def test_japanese_text_is_left_alone() -> None:
    text = "安倍 晋三首相は東京で記者会見を行った。\n"
    assert removed(text) == text


def test_the_pass_runs_in_normalize() -> None:
    assert (
        normalize(
            "大会指出，我们胜利召开党 的二十大，擘画了全面建设社会主义现代化国家的宏伟蓝图，吹响了奋进新征程的号角。\n"
        ).text
        == "大会指出，我们胜利召开党的二十大，擘画了全面建设社会主义现代化国家的宏伟蓝图，吹响了奋进新征程的号角。\n"
    )
