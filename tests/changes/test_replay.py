"""Replaying a log gives the normalized text; a log that does not fit its source is refused."""

from __future__ import annotations

import pytest

from convert.changes import ReplayError, replay
from convert.normalize import normalize


def test_replay_of_a_log_gives_the_normalized_text() -> None:
    source = "标题\r\n\r\n第一段,有  ｗｏｒｄ\u200b和 and 字;\r\n接着(上)。\r\n"
    normalized = normalize(source)
    assert normalized.changes
    assert replay(source, normalized.changes) == normalized.text


def test_a_log_replayed_on_another_source_is_refused() -> None:
    normalized = normalize("第一段,第二句。\r\n")
    with pytest.raises(ReplayError, match="does not match the text"):
        replay("another text entirely\n", normalized.changes)
