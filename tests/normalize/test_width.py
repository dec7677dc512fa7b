"""The width pass: full-width letters, digits and word spaces narrow; punctuation never does."""

from __future__ import annotations

import pytest

from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.width import narrow_ascii_letters_digits

from ..support.normalized import applied


def narrowed(text: str) -> str:
    return applied(text, narrow_ascii_letters_digits(text, Config(), Context()))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("ＡＢＣ１２３ａｂｃ", "ABC123abc"),
        ("Ｈｅｌｌｏ　Ｗｏｒｌｄ", "Hello World"),  # a full-width space between Latin words
        ("iPhone　15　Pro", "iPhone 15 Pro"),
        ("　　第一段开头。", "　　第一段开头。"),  # an ideographic indent stays
        ("中文　中文", "中文　中文"),  # between Han: a deliberate ideographic space
        ("GDP　增长", "GDP　增长"),  # Latin next to Han: not a word space
    ],
)
def test_letters_digits_and_word_spaces(source: str, expected: str) -> None:
    assert narrowed(source) == expected


def test_full_width_punctuation_is_never_narrowed() -> None:
    punctuation = (
        "，。、；：？！（）【】《》〈〉「」『』“”‘’——……～＃＄％＆＊＋－／＜＝＞＠［＼］＾＿｀｛｜｝"
    )
    assert narrow_ascii_letters_digits(punctuation, Config(), Context()) == []


def test_japanese_text_keeps_its_widths() -> None:
    # issue 12: full-width digits and letters and the ideographic word space are Japanese
    # conventions (JLReq), not damage; Chinese text around the same characters still narrows
    text = "もうすぐ６月。「ミュージックステーション　ＳＵＰＥＲ　ＬＩＶＥ」とタブレットPC　Surface"
    assert narrow_ascii_letters_digits(text, Config(), Context()) == []
    assert narrowed("六月　ＳＵＰＥＲ　ＬＩＶＥ节目") == "六月　SUPER LIVE节目"
