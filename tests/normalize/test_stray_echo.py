"""A stray word whose place the same text writes elsewhere with its Han word: replaced."""

from __future__ import annotations

import pytest

from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.stray import mark_stray_tokens


def stray_edits(text: str) -> list[tuple[str, str]]:
    edits = mark_stray_tokens(text, Config(), Context())
    return [(text[e.start : e.end], e.after) for e in edits if e.kind == "stray-word"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kept as English by its own context before; the text writes 与天和核心
        ("梦天实验舱将与天 and 核心舱对接，此前问天实验舱已与天和核心舱对接。", [(" and ", "和")]),
        ("工业 and 信息化部表示。工业和信息化部长说。", [(" and ", "和")]),
        ("做好 in 平常的工作。要做好在平常。", [(" in ", "在")]),
        # glued, after the echo
        ("问天实验舱已与天和核心舱对接。梦天实验舱将与天and核心舱对接。", [("and", "和")]),
    ],
)
def test_replaced_where_the_text_writes_the_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert stray_edits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "歌手发行新专辑 in 我心中。",  # the album title: no echo, kept
        "总理向莫迪 and 致慰问电。",
        "与天 and 核心舱。与天与核心舱。",  # the echo holds another Han word than the dictionary's
        # two Han characters on each side: `，天和核心` is no echo of `与天和核心`
        "梦天实验舱将与天 and 核心舱对接。此前，天和核心舱已在轨运行。",
        "介词 in 的用法。在的用法。",  # too little Han on the left: no echo read
        "中方 and 东盟签署协议\n\n中方和东盟签署了协议。",  # a headline drops what its lead writes
    ],
)
def test_kept_without_an_echo(text: str) -> None:
    edits = stray_edits(text)
    assert all(after.strip() == before.strip() for before, after in edits), edits


def test_a_word_talked_about_is_left() -> None:
    text = "英语介词 in 的用法，和介词在的用法不同。"
    assert all(after == "in" for _, after in stray_edits(text))
