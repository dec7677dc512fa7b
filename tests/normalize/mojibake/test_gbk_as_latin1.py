"""GBK read as Latin-1 or cp1252: the text's own marks at a run's edges, one character inside
Chinese text."""

from __future__ import annotations

from .conftest import gbk_as_latin1, stage


def test_gbk_run_keeps_the_texts_own_quotes_and_soft_hyphen_at_its_edges() -> None:
    # xwlb (seed 0 article 108): the run ran into the text's own `“`, an odd byte out
    text = "人员运送和后勤补给任务，“天惠”轮货船"
    garbled = text.replace("和后勤补给任务，", gbk_as_latin1("和后勤补给任务，"))
    assert stage(garbled) == text
    soft = "发展新能" + gbk_as_latin1("源潜力") + "\u00ad\n" + gbk_as_latin1("巨大") + "。"
    assert stage(soft) == "发展新能源潜力\n巨大。"
    # no-break spaces indenting the line are no GBK bytes (seed 0 article 35: `牋牋`)
    indented = "\xa0\xa0\xa0\xa0ÖÐ¹²ÖÐÑëÕþÖÎ¾Ö³£Î¯²ÌÆæ\x17¡¢¶¡Ñ¦Ïé³ö席。"
    assert stage(indented) == "    中共中央政治局常委蔡奇、丁薛祥出席。"


def test_one_gbk_character_inside_chinese_text_is_repaired() -> None:
    # xwlb (seed 1 article 254): `Ê±` is 时; ftfy read it as UTF-8, the letter `ʱ`
    assert stage("运大客流，今天零Ê±起，全国铁路同步") == "运大客流，今天零时起，全国铁路同步"
    # signs Chinese and Japanese text use themselves are no mojibake, nor is a Latin word
    for text in ("それでも○○したら××まで△△する", "温度为２０°±２度", "中文 café 文字"):
        assert stage(text) == text


def test_one_gbk_character_beside_the_digits_of_chinese_text_is_repaired() -> None:
    # xwlb (seed 3 article 313): a wrap cut `小时` after `Ð¡`, which ftfy read as Cyrillic `С`
    wrapped = "过去24" + gbk_as_latin1("小") + "\n" + gbk_as_latin1("时内，") + "6500吨"
    assert stage(wrapped) == "过去24小\n时内，6500吨"
    # seed 3 article 284: a date, Chinese beyond the digits on one side only
    assert stage("10月31" + gbk_as_latin1("日") + "20Ê±") == "10月31日20时"
    # digits with no Chinese beyond them are no evidence: UTF-8 read as Latin-1 stays ftfy's
    for text, repaired in (
        ("Le 12Ã©", "Le 12é"),
        ("中文 12Ã©", "中文 12é"),
        ("Chapter 1Ã©中文", "Chapter 1é中文"),
        ("1ÈÕ2", "1ÈÕ2"),
    ):
        assert stage(text) == repaired


def test_one_gbk_character_beside_an_ascii_comma_of_chinese_text_is_repaired() -> None:
    # seed 4 article 233: text typed with half-width commas, read as Latin-1; the comma cuts the
    # run into two GBK characters, each with Chinese on one side and a run beyond the comma
    assert stage("次数只有个位" + gbk_as_latin1("数") + "," + gbk_as_latin1("火") + "箭的制造") == (
        "次数只有个位数,火箭的制造"
    )
    # European text has a space beyond its comma, and a mark with no run beyond it is no
    # evidence: ftfy's reading stays
    for text, repaired in (
        ("中文Ã©, thé", "中文é, thé"),
        ("vous Ã©,中文", "vous é,中文"),
        ("中文Ã©:", "中文é:"),
        ("Ã©;（中文", "é;（中文"),
    ):
        assert stage(text) == repaired
