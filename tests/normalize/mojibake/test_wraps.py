"""Characters a hard wrap cut in two: the lines are repaired as one, the break inside the repair;
a break between whole characters stays."""

from __future__ import annotations

import pytest

from convert.normalize import normalize

from .conftest import ENCODING_STAGE, misread, stage


def test_a_phrase_cut_by_a_hard_wrap_inside_a_character_is_read_across_it() -> None:
    text = "中青年干部培训班学员参加开班式，中央有关部门负责同志列席开班式。"
    damaged = text.replace("学员参", misread("学员参"))
    cut = damaged.index("﹀")  # 学 is E5 AD A6: the wrap fell after E5 AD (瀛)
    wrapped = damaged[:cut] + "\n" + damaged[cut:]
    result = normalize(wrapped, passes=ENCODING_STAGE)
    assert result.text == text
    (change,) = result.changes
    assert "\n" in change.before and change.after == "学员参"


@pytest.mark.parametrize("misread", ["latin-1", "cp1252"])
def test_utf8_mojibake_hard_wrapped_inside_characters(misread: str) -> None:
    # an xwlb phrase garbled (bench/damage.py), then wrapped at 13 characters: most breaks fall
    # inside a character's bytes (`…æº` / `\x90…` is 源), and no line decodes on its own
    phrase = "进一步建设好新能源基础设施网络，推进电网基础设施智能化改造"
    garbled = "".join(
        bytes([b]).decode(misread, errors="ignore") or chr(b) for b in phrase.encode()
    )
    wrapped = "\n".join(garbled[i : i + 13] for i in range(0, len(garbled), 13))
    assert normalize(f"标题\n\n{wrapped}\n").text == f"标题\n\n{phrase}\n"


def test_a_paragraph_end_between_whole_garbled_characters_stays() -> None:
    # whole characters on both sides of the break: nothing says it is a wrap, so the passes
    # that judge line breaks keep their say (here: two paragraphs, each ending a sentence)
    first, second = "会议强调要推进改革。", "会议指出要扩大开放。"
    garbled = f"{first}\n\n{second}\n".encode().decode("latin-1")
    assert normalize(garbled).text == f"{first}\n\n{second}\n"


def test_soft_hyphen_at_a_line_end_inside_a_utf8_character() -> None:
    # xwlb (seed 1 articles 130, 237): `…åŸºç\xad` / `¡€…` is 基础 with a soft hyphen at the line
    # end; in `…å\xad` / `¦…` byte 0xAD belongs to 学
    garbled = "新能æº\x90åŸºç\u00ad\n¡€è®¾æ–½ç½‘ç»œ"
    assert stage(garbled) == "新能源基础设施网络"
    garbled = "ç©ºé\x97´ç§\x91å\xad\n¦å®\x9eéª\x8c"
    assert stage(garbled) == "空间科学实验"


def test_gbk_mojibake_hard_wrapped_inside_characters() -> None:
    # xwlb, seed 0 article 17 of bench/damage.py: a GBK phrase read as Latin-1, wrapped so that a
    # line ends on the lead byte of 共 (`…µÈ¹` / `²£±…`); neither line decoded, and ftfy took
    # `Î¯` (委) for the Greek `ί`
    garbled = "此次签约包括中Á¸¼¯ÍÅ\n¡¢ÖÐ¹ú±¦ÎäµÈÑëÆó,ºÍµØ·½¹ú×ÊÎ¯¡¢¹úÆóµÈ¹\n²£±£±×éÏîÄ¿¡£Ä¿前,央企"
    assert stage(garbled) == (
        "此次签约包括中粮集团\n、中国宝武等央企,和地方国资委、国企等共１１组项目。目前,央企"
    )
