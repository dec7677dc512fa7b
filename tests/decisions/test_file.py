"""The decisions file: written so a diff reads well, read back exactly, bad ones refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.decisions import (
    ChangeDecision,
    Decisions,
    StructureDecision,
    decisions_path,
    format_decisions,
    load_decisions,
    parse_decisions,
)
from convert.errors import DecisionsError

DECISIONS = Decisions(
    (
        ChangeDecision("reject", "zero-width", "\u200b", "", "前文\n", '"引号\\'),
        ChangeDecision("accept", "cjk-comma", ",", "，", "他说", "你好", note="house style"),
    ),
    (StructureDecision("heading", "第一章 总则"), StructureDecision("furniture", "— 3 —")),
)


def test_round_trip_and_invisible_characters_are_escaped(tmp_path: Path) -> None:
    data = format_decisions(DECISIONS, "a.txt")
    text = data.decode()
    assert '"\\u200B"' in text  # a removed zero-width space is visible in a diff
    assert '"前文\\n"' in text and '"\\"引号\\\\"' in text
    assert parse_decisions(data, tmp_path / "x") == DECISIONS
    assert format_decisions(DECISIONS, "a.txt") == data  # deterministic


def test_the_file_sits_beside_its_source(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    assert decisions_path(source) == tmp_path / "a.txt.decisions.toml"
    assert load_decisions(source) == (Decisions(), None)
    decisions_path(source).write_bytes(format_decisions(DECISIONS, "a.txt"))
    assert load_decisions(source) == (DECISIONS, decisions_path(source))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[change]\n", "not valid TOML"),
        ('[[chnage]]\nverdict = "reject"\n', "unknown section(s) chnage"),
        (
            '[[change]]\nverdict = "ignore"\nkind = "k"\nbefore = ""\nafter = ""\nleft = ""\n'
            'right = ""\n',
            "verdict 'ignore' is not one of accept, reject",
        ),
        ('[[change]]\nverdict = "reject"\n', "`kind` is missing"),
        ('[[structure]]\nrole = "caption"\ntext = "x"\n', "role 'caption' is not one of"),
        ('[[structure]]\nrole = "title"\ntext = "x"\ncolour = "red"\n', "unknown or bad field"),
    ],
)
def test_bad_files_are_refused_naming_the_file(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "a.txt.decisions.toml"
    with pytest.raises(DecisionsError) as caught:
        parse_decisions(text.encode(), path)
    assert problem in str(caught.value) and str(path) in str(caught.value)
