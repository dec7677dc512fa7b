"""The ocr-space pass between runs as short as names: a space that cuts a word goes, names'
spaces stay."""

from __future__ import annotations

from convert.normalize import normalize
from convert.normalize.ocr_space_names import cuts_word_not_names

STORY = "\u3000\u3000今天，全国各地的工作人员坚守岗位，保障群众平安出行，各项工作有序开展。\n"


def test_a_headlines_space_inside_a_word_goes_between_short_runs() -> None:
    text = "国内联 播快讯\n\n" + STORY
    assert normalize(text).text.startswith("国内联播快讯\n")


def test_a_datelines_space_inside_a_word_goes() -> None:
    # (on a line of its own, as a narrow page sets it)
    text = "标题一行\n\n  央视 网消息（新闻联播）：\n\n" + STORY
    assert "央视网消息（新闻联播）：" in normalize(text).text


def test_names_spaces_stay() -> None:
    text = "标题一行\n\n" + STORY + "\n记者 罗国 何国桂\n"
    assert "记者 罗国 何国桂" in normalize(text).text
    assert not cuts_word_not_names("杨洁篪", "王毅", ("杨洁篪", "王毅"))
    assert not cuts_word_not_names("韩正", "孙春兰", ("韩正", "孙春兰"))


def test_a_known_name_keeps_its_space() -> None:
    # (`李强` is a name of the dictionary: its space stays, though `强大` runs across it)
    assert not cuts_word_not_names("李强", "大的", ("李强", "大的"))


def test_a_list_of_names_keeps_its_spaces_where_a_word_runs_across() -> None:
    # (`超高` is a word across the gap; the names are spaced from the role and the next name)
    text = "标题一行\n\n新华社记者 黄超 高鹏 王洁婷\n\n" + STORY
    assert "新华社记者 黄超 高鹏 王洁婷" in normalize(text).text
