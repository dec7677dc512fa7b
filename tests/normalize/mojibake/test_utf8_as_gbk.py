"""UTF-8 read as GBK, run by run: lossless, and with the bytes a GBK decoder dropped."""

from __future__ import annotations

import pytest

from convert.normalize import normalize
from convert.normalize.mojibake import utf8_as_gbk

from .conftest import ENCODING_STAGE, news_paragraphs, stage


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return news_paragraphs(12)[:60]


def test_utf8_read_as_gbk_is_reversed() -> None:
    text = "你好，世界！北京工人日报讯：首都职工认真学习党的二十大报告了"
    damaged = text.encode("utf-8").decode("gb18030")  # lossless: GB18030 maps every byte pair
    assert damaged.startswith("浣犲ソ")
    result = normalize(damaged, passes=ENCODING_STAGE)
    assert result.text == text
    (change,) = result.changes
    assert (change.kind, change.before, change.after) == ("utf8-as-gbk", damaged, text)


def test_bytes_a_gbk_decoder_dropped_are_restored_or_marked(paragraphs: list[str]) -> None:
    """`gbk` with errors="replace" drops bytes: a 、 or “ (only one value fits) comes back; a
    character where several fit becomes � and the change is an error."""
    damaged = "重、热“五一”假期".encode().decode("gbk", errors="replace")
    assert damaged.count("\ufffd") == 3
    result = normalize(damaged, passes=ENCODING_STAGE)
    # 、 and ” are restored; 一 (E4 B8 80) and 个 (E4 B8 AA) both fit and read alike after 五
    # (五一, 五个): marked; of the 64 characters that fit the 期 a final byte broke, 假期 reads
    # far better than the rest: guessed, and the change asks the editor to check it
    assert result.text == "重、热“五\ufffd”假期"
    assert {c.severity for c in result.changes if c.kind == "utf8-as-gbk"} == {"error"}
    kept = 0
    for paragraph in paragraphs:
        out = stage(paragraph.encode().decode("gbk", errors="replace"))
        assert len(out) == len(paragraph)  # one character, or one �, for each lost one
        kept += sum(a == b for a, b in zip(out, paragraph, strict=True))
    assert kept / sum(map(len, paragraphs)) > 0.85


def test_the_utf8_lead_characters_are_the_pairs_that_round_trip_one_by_one() -> None:
    """The import-time table, decoded a lead byte's pairs at a time, is the pairs checked singly."""
    single = set()
    for lead in range(0xC2, 0x100):
        for trail in range(0x80, 0xC0):
            data = bytes([lead, trail])
            try:
                char = data.decode("gb18030")
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and char.encode("gb18030") == data:
                single.add(char)
    assert single == utf8_as_gbk.UTF8_LEAD_CHARACTERS
    assert len(single) > 3000
