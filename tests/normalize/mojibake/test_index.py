"""What the passes before the mojibake pass ask about its repairs: a NEL inside mojibake or
ending a line, a soft hyphen or no-break space inside a repair or outside every one."""

from __future__ import annotations

from convert.normalize import normalize
from convert.normalize.context import Context
from convert.normalize.mojibake import index

from .conftest import gbk_as_latin1, stage


def test_nel_inside_mojibake_is_an_ellipsis_but_a_nel_file_still_has_lines() -> None:
    assert stage("Ligne un.\nparlé\x85 Tu sais") == "Ligne un.\nparlé… Tu sais"
    assert stage("first line\x85second line\x85third") == "first line\nsecond line\nthird"


def test_nels_after_chinese_characters_end_lines() -> None:
    # a NEL-ended file from bench/damage.py (xwlb): after a Han character, or a soft hyphen left
    # at a line end, U+0085 cannot be cp1252's "…"; a blank line is two NELs in a row
    text = "美丽中国\x85\x85央视网消息（新闻联播）：春天里的中国，山河壮丽\u00ad\x85生机盎然。\x85"
    assert stage(text) == "美丽中国\n\n央视网消息（新闻联播）：春天里的中国，山河壮丽\n生机盎然。\n"
    # nor after a page number's dash or a zero-width space
    text = "此前联通外界的唯一\u200b\x85桥梁被洪水冲毁\x85— 1 —\x85\x85央视网 | 新闻联播\x85"
    assert stage(text) == "此前联通外界的唯一\n桥梁被洪水冲毁\n— 1 —\n\n央视网 | 新闻联播\n"


def test_nel_ended_utf8_mojibake_keeps_its_line_ends() -> None:
    # xwlb (seed 0 article 96), NEL line ends, UTF-8 read as cp1252 and wrapped: a NEL after a
    # whole character (`éšœ` is 障) or one cutting a character (`äº` / `º` is 人) ends a line,
    # it is no cp1252 `…`; a 0x85 byte inside a character (`å\x85±` is 共) stays a byte
    garbled = "这部法律为ä¿\x9déšœ\x85æ®‹ç–¾äººã€\x81è€\x81å¹´äº\x85ºå¹³ç\xad‰ã€\x81å……åˆ†\x85"
    assert stage(garbled) == "这部法律为保障\n残疾人、老年人平等、充分\n"  # 人 cut: one line
    assert stage("有广泛å\x85±å\x90\x8cå\x88©ç\x9b\x8a\x85") == "有广泛共同利益\n"
    # GBK (seed 1 article 224): a NEL inside 优 (`Ó` / `Å`), and one before an indentation
    garbled = gbk_as_latin1("指数首次提高到") + '"' + gbk_as_latin1("优秀")[:1] + "\x85"
    garbled += gbk_as_latin1("优秀")[1:] + '"等级\x85    记者'
    assert stage(garbled) == '指数首次提高到"优秀"等级\n    记者'


def test_a_soft_hyphen_after_mojibake_waits_for_the_repair() -> None:
    # xwlb, hard-wrapped with soft hyphens at line ends, then UTF-8 read as Latin-1: ftfy
    # repairs `…äº\x8eÂ` to `…于` and leaves the soft hyphen; joined to the next line before the
    # repair, the `Â` it belonged to was stranded (`于Â维`)
    garbled = "就是致力于\u00ad\n维护一个和平、安全".encode().decode("latin-1")
    assert normalize(garbled).text == "就是致力于维护一个和平、安全"


def test_invisible_characters_outside_mojibake_are_still_removed() -> None:
    assert stage("CÃ\xa0nan 中文\u00a0字 soft\u00adhyphen") == "Cànan 中文 字 softhyphen"


def test_every_nel_of_a_repair_is_judged() -> None:
    """Two cp1252 ellipses in one repair, and one in another: each is found (by `str.find` from
    the last)."""
    text = "déjà vu\u0085 et là\u0085\u0085 encore\nsuite"
    found = index.mojibake_nels(text, Context().mojibake)
    assert found == {i for i, ch in enumerate(text) if ch == "\u0085"}
