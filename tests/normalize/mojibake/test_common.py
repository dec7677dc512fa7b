"""What the mojibake modules share: UTF-8 lead lengths (the one definition both repairs use) and
the bytes a Latin-1 or cp1252 decoder read."""

from __future__ import annotations

from convert.normalize.mojibake.common import (
    LATIN_CHARACTERS,
    LATIN_RE,
    is_utf8,
    latin_bytes,
    utf8_length,
)


def test_utf8_length_is_the_length_of_the_sequences_a_byte_starts() -> None:
    for lead in range(0x80, 0x100):
        lengths = {
            size
            for size in (2, 3, 4)
            for trail in range(0x80, 0xC0)
            if is_utf8(bytes([lead, trail, *([0xA0] * (size - 2))])[:size])
            or is_utf8(bytes([lead, 0x90, *([trail] * (size - 2))])[:size])
        }
        assert utf8_length(lead) == (max(lengths) if lengths else 0), hex(lead)


def test_latin_bytes_are_what_a_sloppy_cp1252_decoder_read() -> None:
    assert latin_bytes("ÄãºÃ") == "你好".encode("gbk")
    assert (
        latin_bytes("€\x81") == b"\x80\x81"
    )  # cp1252's euro, and an undefined byte passed through
    assert latin_bytes("中") is None


def test_the_latin_characters_are_what_the_latin_class_matches() -> None:
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert set(LATIN_RE.findall(everything)) == LATIN_CHARACTERS
