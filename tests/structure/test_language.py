"""The language of an article and of its paragraphs."""

from __future__ import annotations

import pytest

from convert.structure import build_document, detect_language
from convert.structure.language import lang_attr


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们在北京开会，这是国家的大事。", "zh-CN"),
        ("我們在臺北開會，這是國家的大事。", "zh-TW"),
        ("東京で会議が開かれました。", "ja"),
        ("서울에서 회의가 열렸습니다.", "ko"),
        ("The meeting was held in London.", "en"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_paragraph_in_another_language_gets_its_own_lang() -> None:
    text = "标题\n\n这是中文的段落，内容很长很长。\n\nThis paragraph is written entirely in English words."
    doc = build_document(text)
    assert [p.lang for p in doc.paragraphs()] == [None, "en"]


def test_kanji_alone_in_a_japanese_article_stays_japanese() -> None:
    """関連記事 holds 記 and 関, which Traditional Chinese shares with Japanese: counted as
    Chinese it tagged its section zh-TW and set the section in a Chinese face (106 headings
    and 10 paragraphs of the 131 livedoor articles were tagged zh-CN or zh-TW)."""
    assert lang_attr("■関連記事", "ja", heading=True) is None
    assert lang_attr("最大電力使用量、電力８社管内で今夏最高（読売新聞）", "ja") is None
    assert lang_attr("This paragraph is written entirely in English words.", "ja") == "en"
    assert lang_attr("我们在北京开会，这是国家的大事。", "en") == "zh-CN"
