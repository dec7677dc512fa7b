"""The line-endings pass: every later pass sees LF only."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.changes import Edit
from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.line_endings import (
    LINE_ENDING_RE,
    LONE_ENDING_RE,
    fix_line_endings,
    lines_as_read,
)
from convert.normalize.mojibake import mojibake_nels

from ..support.normalized import fixed


def edits(text: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.after) for e in fix_line_endings(text, Config(), Context())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb", [(1, 3, "\n")]),  # CRLF is one line ending
        ("a\rb", [(1, 2, "\n")]),
        ("a\u0085b", [(1, 2, "\n")]),  # NEL
        ("a\u2028b", [(1, 2, "\n")]),  # LINE SEPARATOR
        ("a\u2029b", [(1, 2, "\n\n")]),  # PARAGRAPH SEPARATOR: a blank line
        ("a\r\rb", [(1, 2, "\n"), (2, 3, "\n")]),
        ("a\n\r\nb", [(2, 4, "\n")]),
        ("a\nb", []),
    ],
)
def test_every_line_ending_becomes_lf(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert edits(text) == expected


def test_each_edit_is_logged_as_a_line_ending() -> None:
    assert {e.kind for e in fix_line_endings("a\r\nb\rc", Config(), Context())} == {"line-ending"}


def test_the_edits_are_the_named_tuples_edit_makes() -> None:
    """Made by `tuple.__new__`: every field as `Edit(...)` fills it, the defaults included."""
    made = fix_line_endings("a\r\nb\u2029c\u2028", Config(), Context())
    assert made == [
        Edit(1, 3, "\n", "line-ending"),
        Edit(4, 5, "\n\n", "line-ending"),
        Edit(6, 7, "\n", "line-ending"),
    ]
    assert all(type(e) is Edit and (e.message, e.severity) == ("", "info") for e in made)


def test_a_nel_that_is_a_cp1252_ellipsis_is_left_to_the_mojibake_pass() -> None:
    text = "parlé\u0085 Tu sais\nla suite"
    assert edits(text) == []
    assert fixed(text) == "parlé… Tu sais la suite"


def test_crlf_paragraphs_keep_their_blank_line() -> None:
    assert fixed("第一段\r\n\r\n第二段") == "第一段\n\n第二段"


def test_the_endings_found_by_str_find_are_the_definition_s_matches() -> None:
    """`fix_line_endings` finds each ending character by `str.find`; LINE_ENDING_RE is the
    definition. Random texts of every ending, CRs before LFs and not, NELs after Latin-1 letters
    (some of them cp1252 ellipses, left to the mojibake pass), after Han and soft hyphens."""
    rng = random.Random(17)
    pieces = [
        "\r",
        "\n",
        "\r\n",
        "\u0085",
        "\u2028",
        "\u2029",
        "a",
        "parlé",
        "字",
        " ",
        "Ã",
        "\u00ad",
    ]
    left = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 20)))
        ellipses = mojibake_nels(text, Context().mojibake)
        expected = [
            (m.start(), m.end(), "\n\n" if m.group() == "\u2029" else "\n")
            for m in LINE_ENDING_RE.finditer(text)
            if m.start() not in ellipses
        ]
        assert edits(text) == expected, text
        left += len(ellipses)
    assert left > 100  # NELs left to the mojibake pass are among them


def test_the_file_as_read_keeps_its_offsets_with_lone_line_ends_read_as_lf() -> None:
    source = "甲\r乙\r\n丙\u2028丁\u2029戊\u0085己"
    read = lines_as_read(source)
    assert read == "甲\n乙\r\n丙\n丁\n戊\u0085己"
    assert len(read) == len(source)
    assert lines_as_read("甲\n乙\r\n丙") == "甲\n乙\r\n丙"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="甲a\r\n\u2028\u2029\u0085", max_size=30))
def test_the_file_as_read_is_the_definitions_substitution(source: str) -> None:
    assert lines_as_read(source) == LONE_ENDING_RE.sub("\n", source)
