"""Word's language tags (`convert/writers/docx/language.py`)."""

from __future__ import annotations

import pytest

from convert.writers.docx.language import document_lang, is_east_asian, run_lang, word_lang


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("zh-CN", "zh-CN"),
        ("zh", "zh-CN"),
        ("zh-Hans", "zh-CN"),
        ("zh-Hant", "zh-TW"),
        ("zh-Hant-HK", "zh-HK"),
        ("zh-TW", "zh-TW"),
        ("ja", "ja-JP"),
        ("en", "en-US"),
        ("en-gb", "en-GB"),
        ("und", None),
        ("", None),
    ],
)
def test_word_lang(tag: str, expected: str | None) -> None:
    assert word_lang(tag) == expected


def test_east_asian_text_is_marked_in_its_own_attribute() -> None:
    assert is_east_asian("zh-TW") and is_east_asian("ja") and not is_east_asian("en-US")
    assert not is_east_asian(None)
    assert document_lang("zh-CN") == {"w:val": "en-US", "w:eastAsia": "zh-CN"}
    assert document_lang("en-GB") == {"w:val": "en-GB", "w:eastAsia": None}
    assert run_lang("ja-JP") == {"w:eastAsia": "ja-JP"}
    assert run_lang("fr-FR") == {"w:val": "fr-FR"}
