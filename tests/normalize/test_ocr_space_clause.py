"""The ocr-space pass on a headline's line: a verb cut from the name it governs, a short part
after an indent; the pauses that stay."""

from __future__ import annotations

from convert.config import Config
from convert.normalize import normalize
from convert.normalize.context import Context
from convert.normalize.ocr_space import remove_prose_gaps

from ..support.normalized import applied


def removed(text: str) -> str:
    return applied(text, remove_prose_gaps(text, Config(), Context()))


# a story whose prose holds OCR's spaces, and that does not restate its headline's words
STORY = (
    "\n\n央视网消息（新闻联播）：以色列军方当天说，在对加沙地带的一次空袭中打死了该组织的一名"
    "发言人。以色列媒体则援引消息人士的话称，以军此前的重要 军事行动并未取得预期效果，当地局势仍然 紧张。\n"
)


def test_a_verb_cut_from_the_name_it_governs_goes_in_an_ocrd_file() -> None:
    text = "以军称打死 卡桑旅发言人 以媒称以军重要军事行动未获成功" + STORY
    assert normalize(text).text.startswith(
        "以军称打死卡桑旅发言人 以媒称以军重要军事行动未获成功\n"
    )


def test_a_verb_before_a_name_stays_in_a_file_without_ocr_spaces() -> None:
    clean = "以军称打死 卡桑旅发言人 以媒称以军重要军事行动未获成功" + STORY.replace(
        "重要 军事", "重要军事"
    ).replace("仍然 紧张", "仍然紧张")
    assert normalize(clean).text.startswith("以军称打死 卡桑旅发言人")


def test_a_pause_before_a_clause_of_its_own_stays_in_an_ocrd_file() -> None:
    # (the part after opens on a name but holds its own verb: a clause, not an object)
    text = "全国政协十四届常委会第十次会议开幕 王沪宁出席" + STORY
    assert normalize(text).text.startswith("全国政协十四届常委会第十次会议开幕 王沪宁出席\n")


def test_a_short_part_after_an_indent_goes_from_a_headline() -> None:
    text = "    人类 命运共同体理念再次写入联大裁军与国际安全委员会决议\n"
    assert removed(text) == text.replace("人类 命运", "人类命运")
