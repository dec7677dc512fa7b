"""A `·` between two words no name is read as, on a sentence's line, is a speck."""

from __future__ import annotations

from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.ocr_speck import remove_specks

from ..support.normalized import applied


def removed(text: str) -> str:
    return applied(text, remove_specks(text, Config(), Context()))


def test_a_dot_between_two_ordinary_words_goes() -> None:
    assert removed("在青藏高原，我国·海拔最高的光伏项目正在加紧建设。\n") == (
        "在青藏高原，我国海拔最高的光伏项目正在加紧建设。\n"
    )
    assert removed("2023年全年·电影票房为549.15亿元，\n城市院线观影人次为12.99亿。\n") == (
        "2023年全年电影票房为549.15亿元，\n城市院线观影人次为12.99亿。\n"
    )


def test_a_dot_wrapped_across_a_line_goes() -> None:
    assert removed("今天，2024年国家基本医保·\n药品目录调整正式启动。\n") == (
        "今天，2024年国家基本医保\n药品目录调整正式启动。\n"
    )


def test_names_labels_and_quoted_titles_keep_their_dots() -> None:
    kept = [
        "国务院总理李克强致电本雅明·内塔尼亚胡，祝贺他再次就任以色列总理。\n",
        "习近平致电舒尤克·道马什，祝贺他当选总统。\n",
        "庆祝“中国梦·劳动美”主题活动，今天举行。\n",
        "【一线调研·加快形成新质生产力】\n",
        "本台播发评论《我国医保·药品目录》。\n",  # (outside the title the dot would go)
    ]
    for text in kept:
        assert removed(text) == text
