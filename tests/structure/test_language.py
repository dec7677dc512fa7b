"""The language of an article and of its paragraphs."""

from __future__ import annotations

import pytest

from convert.structure import build_document, detect_language


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
