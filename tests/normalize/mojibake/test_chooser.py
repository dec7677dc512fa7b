"""Choosing among the characters that fit a lost byte: the margin a guess needs, numbers, and
the brackets the text opened."""

from __future__ import annotations

import pytest

from convert.normalize import normalize
from convert.normalize.mojibake import chooser
from convert.normalize.mojibake.chooser import recover
from convert.normalize.mojibake.common import REPLACEMENT
from convert.normalize.mojibake.read_back import (
    read_stretch,
)

from .conftest import ENCODING_STAGE, misread


def test_a_lost_byte_is_guessed_only_where_one_character_reads_clearly_best() -> None:
    damaged = misread("国旗仪式")  # 仪 and 式 each lose their last byte: 浠� and 寮�
    assert damaged.endswith("浠\ufffd寮\ufffd")
    stretch = read_stretch(damaged, 0, len(damaged))
    recovered = recover(stretch.slots, ended=True)
    assert (recovered.text, recovered.lost) == ("国旗仪式", 0)
    # where the damaged piece ends, 个 (E4 B8 AA) is one of 64 characters that fit, and 一万,
    # 一七, 一丁 read about as well as 一个 with nothing after them: it stays lost
    damaged = misread("他说一个")
    stretch = read_stretch(damaged, 0, len(damaged))
    recovered = recover(stretch.slots, ended=True)
    assert (recovered.text, recovered.guessed, recovered.lost) == (f"他说一{REPLACEMENT}", 1, 1)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("这是我国第22个全国科普日。", "第"),
        ("和距月球约59万公里的地方。", "约"),
        ("今年前三季度顺差达171亿美元。", "达"),
    ],
)
def test_a_byte_lost_before_a_number_is_judged_as_leading_it(text: str, lead: str) -> None:
    """Before ASCII any of 64 characters fits, and the word list holds no digits beside
    characters: 第, 约, 达 before a number are told from 笫, 纾, 辽 by what news puts there."""
    damaged = misread(text)
    assert damaged[damaged.index(next(c for c in text if c.isdigit())) - 1] == REPLACEMENT
    result = normalize(damaged, passes=ENCODING_STAGE)
    assert result.text == text
    assert any(f"{lead} (character" in c.message for c in result.changes)


def test_a_closing_mark_further_on_chooses_its_opener_for_a_lost_byte() -> None:
    # （ is EF BC 88: read as GBK, 88 before the digit 9 is lost; every full-width form fits the
    # hole, and only the ） five characters on says which
    line = "今天（9月1日），《中华人民共和国无障碍环境建设法》正式施行。"
    misread = line.encode("utf-8").decode("gbk", errors="replace")
    assert "\ufffd" in misread
    assert normalize(misread).text == line


def test_an_opener_and_its_closer_in_one_piece_cost_nothing() -> None:
    assert chooser._unopened(chooser.NO_BRACKETS, "（9月）") == 0.0
    assert chooser._unopened(chooser.NO_BRACKETS, "9月）") == chooser.UNOPENED_COST
