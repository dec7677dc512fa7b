"""GBK read as Latin-1 or cp1252: the text's own marks at a run's edges, one character inside
Chinese text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.chars import CP1252_EXTRAS
from convert.normalize.mojibake.gbk_as_latin1 import (
    GB2312_PAIR_RE,
    LATIN_LONG_RUN_RE,
    latin_repairs,
)

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


def _decodes_as_gb2312(data: bytes) -> bool:
    try:
        data.decode("gb2312")
    except UnicodeDecodeError:
        return False
    return True


def test_gb2312_pair_holds_every_pair_of_bytes_the_codec_decodes() -> None:
    # every two bytes above ASCII, as the Latin-1 characters `latin_bytes` reads them from
    for lead in range(0x80, 0x100):
        for trail in range(0x80, 0x100):
            pair = bytes((lead, trail))
            if _decodes_as_gb2312(pair):  # (the pattern also holds GB2312's unassigned codes)
                assert GB2312_PAIR_RE.fullmatch(pair.decode("latin-1")), pair


# Chinese text and its marks, the Latin-1 upper half, cp1252's extras, ASCII and GBK characters
# read as Latin-1 (one, or a run)
_PIECES = st.one_of(
    st.sampled_from("中文的时零起个位数火箭，。、“”‘’…—–·×°±\xa0\xad 0123456789,.:;abcXYZ@~"),
    st.characters(min_codepoint=0x80, max_codepoint=0xFF),
    st.sampled_from(CP1252_EXTRAS),
    st.sampled_from("时数火中月日小").map(gbk_as_latin1),
    st.sampled_from(["Ê±", "ÈÕ", "Ð¡", "Ã©", "……", "——", "“……”", "ºÍ…£¬"]),
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_a_line_with_no_long_run_and_no_gb2312_pair_has_no_gbk_repair(line: str) -> None:
    """`spans.line_repairs` asks `latin_repairs` of a line with no long run only where
    GB2312_PAIR_RE finds a pair: the plain path finds nothing in any other line."""
    if LATIN_LONG_RUN_RE.search(line) is None and GB2312_PAIR_RE.search(line) is None:
        assert latin_repairs(line) == []


def test_the_short_runs_repaired_hold_a_gb2312_pair() -> None:
    # the test is not vacuous: what it lets through is repaired, what it stops is Chinese marks
    assert latin_repairs("运大客流，今天零Ê±起") and GB2312_PAIR_RE.search("零Ê±起")
    for text in ("他说……——好", "“……”他", "中文——中文"):
        assert GB2312_PAIR_RE.search(text) is None
