"""The invisible-characters pass: what it removes, and what it must leave to others or alone."""

from __future__ import annotations

import pytest

from convert.changes import replay
from convert.config import Config
from convert.normalize import PASSES, normalize
from convert.normalize.context import Context
from convert.normalize.invisible import remove_invisible

UP_TO_MOJIBAKE = PASSES[: [p.name for p in PASSES].index("mojibake") + 1]


def fixed(text: str) -> str:
    result = normalize(text, passes=UP_TO_MOJIBAKE)
    assert replay(text, result.changes) == result.text
    return result.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("中\u200b文\u2060字", "中文字"),  # zero-width space, word joiner
        ("中\ufeff文", "中文"),  # a BOM inside the text
        ("bell\x07s and \x1b esc", "bells and  esc"),
        ("hy\u00adphen", "hyphen"),
        ("hyphen\u00ad\nation", "hyphenation"),  # a soft hyphen at a line end joins the word
        # after Han it marks nothing: the line break stays for the unwrap pass (bench/damage.py)
        ("召开的一次十分重要的\u00ad\n大会", "召开的一次十分重要的\n大会"),
        # so before Han on the next line, after an ASCII comma still to be widened (seed 2, 176)
        ('合作计划",\u00ad\n为中非命运共同体', '合作计划",\n为中非命运共同体'),
        ("中文\u00a0字", "中文 字"),  # NBSP between CJK: an artifact
        # NBSP indenting a line (bench/damage.py, xwlb): the indentation stays, as spaces
        ("江山多娇\n\u00a0\u00a0央视网消息", "江山多娇\n  央视网消息"),
        ("10\u00a0km, M.\u00a0Dupont", "10\u00a0km, M.\u00a0Dupont"),  # NBSP in Latin: meant
        (
            "family 👨\u200d👩\u200d👧, ❤\ufe0f\u200d🔥",
            "family 👨\u200d👩\u200d👧, ❤\ufe0f\u200d🔥",
        ),
        ("中\u200d文\u200c字", "中文字"),  # joiners between Han: artifacts
    ],
)
def test_invisible_characters(source: str, expected: str) -> None:
    assert fixed(source) == expected


@pytest.mark.parametrize("word", ["می\u200cخواهم", "क्\u200dष", "ශ්\u200dරී"])
def test_joiners_that_are_spelling_stay(word: str) -> None:
    assert remove_invisible(word, Config(), Context()) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("CÃ\xa0nan", "Cànan"),  # NBSP is the second byte of à
        ("æ\xad£é«”ä¸\xadæ–‡", "正體中文"),  # soft hyphens are bytes of 正 and 中
        ("â\x80\x9cquoted\x94", "“quoted”"),  # C1 bytes of cp1252 quotes
    ],
)
def test_bytes_of_mojibake_are_left_to_the_mojibake_pass(source: str, expected: str) -> None:
    assert remove_invisible(source, Config(), Context()) == []
    assert fixed(source) == expected


def test_c1_controls_are_cp1252_marks_where_they_can_be_and_are_removed_otherwise() -> None:
    # \x84 and \x93 are cp1252's „ and “ read as Latin-1 (ftfy's repair); \x81 and \x8d
    # mean nothing in cp1252: stray control characters, removed and recorded
    result = normalize("\x84Handwerk\x93 plain\x81text\x8d", passes=UP_TO_MOJIBAKE)
    assert result.text == "„Handwerk“ plaintext"
    kinds = [c.kind for c in result.changes]
    assert kinds == ["control", "control", "cp1252-as-latin1", "cp1252-as-latin1"]


def test_noncharacters_that_xml_cannot_hold_are_removed_and_recorded() -> None:
    from convert.normalize import normalize

    result = normalize("文字\uffff内容\ufffe。")
    assert result.text == "文字内容。"
    assert [c.kind for c in result.changes] == ["noncharacter", "noncharacter"]
