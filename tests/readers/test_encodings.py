"""The recognisers the text reader asks in turn, each on its own."""

from __future__ import annotations

from convert.readers.encodings import _everyday_gb18030, mostly_utf8, utf16_by_nul_pattern


def test_big5_is_not_taken_for_everyday_gb18030() -> None:
    data = "魯迅在《吶喊》的自序裡說：我在年青時候也曾經做過許多夢，後來大半忘卻了。".encode("big5")

    assert _everyday_gb18030(data) is None


def test_a_legacy_encoding_is_not_damaged_utf8() -> None:
    assert mostly_utf8("中文的文字，不是 UTF-8。".encode("gbk")) is None


def test_utf16_by_its_nul_pattern_records_the_byte_order() -> None:
    decoded = utf16_by_nul_pattern("plain text, in UTF-16".encode("utf-16-be"))
    assert decoded is not None
    assert (decoded.text, decoded.encoding, decoded.method) == (
        "plain text, in UTF-16",
        "utf-16-be",
        "nul-pattern",
    )
