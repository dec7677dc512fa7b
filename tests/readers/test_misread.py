"""Step 11 on its own: a whole Chinese file misread as a single-byte codec is undone, anything
else is left as it was decoded."""

from __future__ import annotations

from convert.readers.encodings import Decoded
from convert.readers.misread import undo_misreading

ZH = "今年前三季度铁路固定资产投资完成四千七百五十亿元，同比增长百分之七点二。两艘超大型集装箱船出坞。"


def test_utf8_read_as_latin1_is_undone() -> None:
    garbled = ZH.encode("utf-8").decode("latin-1")
    decoded = undo_misreading(Decoded(garbled, "utf-8", 1.0, "utf-8"))
    assert (decoded.text, decoded.misread) == (ZH, "utf8-as-latin1")
    assert decoded.method == "utf-8; whole file utf8-as-latin1 undone"


def test_chinese_as_it_should_be_is_left_alone() -> None:
    decoded = Decoded(ZH, "utf-8", 1.0, "utf-8")
    assert undo_misreading(decoded) is decoded
