"""Item markers read (`convert.markers`): their kind, label, number and text, and which comes next."""

from __future__ import annotations

import pytest

from convert.chars import cjk_number
from convert.markers import marker, next_item


@pytest.mark.parametrize(
    ("text", "kind", "label", "number", "rest"),
    [
        ("1. 加强统筹。", "decimal.", "1.", 1, "加强统筹。"),
        ("2、资金保障。", "decimal、", "2、", 2, "资金保障。"),
        ("（十二）第十二条。", "cjk()", "（十二）", 12, "第十二条。"),
        ("二十一、其他。", "cjk、", "二十一、", 21, "其他。"),
        ("（2）10年来，…", "decimal()", "（2）", 2, "10年来，…"),
        ("③数据。", "circled", "③", 3, "数据。"),
        ("• 增加儿童读物。", "bullet", "•", 0, "增加儿童读物。"),
    ],
)
def test_marker(text: str, kind: str, label: str, number: int, rest: str) -> None:
    found = marker(text)
    assert found is not None
    assert (found.kind, found.label, found.number, found.rest) == (kind, label, number, rest)


@pytest.mark.parametrize(
    "text", ["一是加强统筹，二是资金保障。", "2023年，全市…", "1. The first point.", "一、二类苗"]
)
def test_no_marker(text: str) -> None:
    assert marker(text) is None


def test_cjk_number() -> None:
    assert [cjk_number(t) for t in ("三", "十", "十二", "二十", "九十九")] == [3, 10, 12, 20, 99]


def test_next_item() -> None:
    assert next_item("2.2023年，我国…", "1. 央视网消息…")
    assert next_item("（三）今天…", "（二）2008年…")
    assert next_item("• 乙。", "• 甲。")
    assert not next_item("3. 丙。", "1. 甲。")
    assert not next_item("2.5%，…", "")
    assert not next_item("（二）乙。", "2. 甲。")
