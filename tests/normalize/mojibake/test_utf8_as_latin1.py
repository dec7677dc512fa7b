"""UTF-8 read as cp1252 or Latin-1: ftfy's own test cases (../shared/corpus/ftfy), and short runs
next to Chinese."""

from __future__ import annotations

import json

import ftfy
import pytest

from convert.normalize import normalize
from convert.normalize.mojibake.utf8_as_latin1 import FTFY_CONFIG

from ...conftest import SHARED
from .conftest import stage

FTFY = SHARED / "corpus" / "ftfy"
needs_corpus = pytest.mark.skipif(not FTFY.is_dir(), reason="shared corpus not present")


def _cases(name: str) -> list[dict[str, str]]:
    if not FTFY.is_dir():
        return []
    return json.loads((FTFY / f"{name}.json").read_text(encoding="utf-8"))


# Galley removes control characters (and records it); ftfy keeps them. By design, not a miss.
CONTROL_CASES = ("byte 0x1A", "U+1A on its own")


def _label(case: dict[str, str]) -> str:
    return case["label"][:60]


@needs_corpus
@pytest.mark.parametrize(
    "case",
    [
        c
        for name in ("in-the-wild", "synthetic", "language-names")
        for c in _cases(name)
        if not any(k in c["label"] for k in CONTROL_CASES)
    ],
    ids=_label,
)
def test_ftfy_cases_are_repaired_like_ftfy_fix_encoding(case: dict[str, str]) -> None:
    assert stage(case["original"]) == case.get("fixed-encoding", case["fixed"])


@needs_corpus
@pytest.mark.parametrize("case", _cases("negative"), ids=_label)
def test_ftfy_negative_cases_come_back_unchanged_through_the_whole_normalizer(
    case: dict[str, str],
) -> None:
    # one "negative" case expects ftfy's C1 repair (parlé\x85 → parlé…); the rest are identical
    assert normalize(case["original"]).text == case.get("fixed-encoding", case["fixed"])


@needs_corpus
def test_chinese_utf8_read_as_latin1_from_ftfy_halibote() -> None:
    source = (FTFY / "halibote.txt").read_text(encoding="utf-8")
    expected = (FTFY / "halibote.expected.txt").read_text(encoding="utf-8")
    assert stage(source).strip() == expected.strip()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("传达", "会议，传达学习"),  # `ä¼\xa0è¾¾`: ftfy will not decide on a no-break space
        ("委", "国资委、国企"),  # `å§”`: one character
    ],
)
def test_short_utf8_runs_next_to_chinese_are_repaired(phrase: str, expected: str) -> None:
    # xwlb phrases garbled by bench/damage.py (UTF-8 read as cp1252) inside correct text
    garbled = expected.replace(phrase, phrase.encode().decode("cp1252", errors="strict"))
    assert garbled != expected
    assert stage(garbled) == expected
    # the same letters in European text are left alone
    assert stage("Paris ä¼\xa0è¾¾ fin") == "Paris ä¼\xa0è¾¾ fin"


def test_ftfy_is_configured_not_to_touch_chinese_punctuation() -> None:
    punctuated = "他说，“你好”；（测试）：全角ＡＢＣ、﨑"
    assert ftfy.fix_text(punctuated, FTFY_CONFIG) == punctuated
    assert ftfy.fix_text(punctuated) != punctuated  # the defaults would damage it
