"""Invariants of the normalizer over generated text (hypothesis).

Replay: the log applied to the source gives the result. Idempotence: a second run changes nothing.
Nothing lost: every letter, digit or Han character missing from the result was removed by a
recorded change. CI runs a modest number of examples; GALLEY_FUZZ_EXAMPLES raises it.
"""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convert.changes import replay
from convert.normalize import normalize

EXAMPLES = int(os.environ.get("GALLEY_FUZZ_EXAMPLES", "300"))

PIECES = st.sampled_from(
    [
        "中",
        "文",
        "党",
        "的",
        "工会",
        "报告",
        "Hello",
        "world",
        "and",
        "the",
        "Chapter 1",
        "1,000",
        "3.14",
        "10:30",
        ",",
        ";",
        ":",
        "?",
        "!",
        "(",
        ")",
        '"',
        "'",
        ".",
        "...",
        "。",
        "。。。",
        "--",
        "-",
        "，",
        "、",
        "“",
        "”",
        "（",
        "）",
        "□",
        "本报记者 ",
        "——",
        " ",
        "  ",
        "\u3000",
        "\t",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\u2028",
        "\u2029",
        "\x0c",
        "\u200b",
        "\u200d",
        "\u00ad",
        "\ufeff",
        "\u00a0",
        "\x07",
        "ＡＢ１",
        "👨\u200d👩",
        "é",
        "ß",
        "https://example.com/a,b",
        "a@b.org",
    ]
)
TEXTS = st.lists(PIECES, max_size=60).map("".join) | st.text(max_size=200)

SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _kept(text: str) -> Counter[str]:
    return Counter(c for c in text if c.isalnum())


@SETTINGS
@given(TEXTS)
def test_replay_reproduces_the_result(source: str) -> None:
    result = normalize(source)
    assert replay(source, result.changes) == result.text


@SETTINGS
@given(TEXTS)
def test_normalizing_twice_changes_nothing(source: str) -> None:
    once = normalize(source).text
    twice = normalize(once)
    assert twice.text == once
    assert [c for c in twice.changes if not c.is_flag] == []


@SETTINGS
@given(TEXTS)
def test_no_letter_digit_or_han_disappears_unrecorded(source: str) -> None:
    result = normalize(source)
    lost = _kept(source) - _kept(result.text)
    removed = Counter()
    for change in result.changes:
        removed.update(_kept(change.before))
    assert not lost - removed


@SETTINGS
@given(TEXTS)
def test_change_positions_lie_inside_the_source(source: str) -> None:
    result = normalize(source)
    line_count = source.count("\n") + 1
    for change in result.changes:
        assert 0 <= change.source_start <= change.source_end <= len(source)
        assert 1 <= change.line <= line_count
