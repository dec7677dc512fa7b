"""The log replayed without rejected changes: it must replay to its own text, and keep the source
text where a change was rejected."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from convert.changes import replay
from convert.decisions import Decisions, decide, decide_changes
from convert.decisions.changes import match_changes, replay_without
from convert.normalize import normalize

REPO = Path(__file__).resolve().parents[2]
TEXT = "他说,你好。\n\n她说,再见。\n\n文章写得很好,读者喜欢。\n"


def test_nothing_rejected_is_the_normalized_text() -> None:
    normalized = normalize(TEXT)
    replayed = replay_without(TEXT, normalized.changes, set())
    assert replayed.text == normalized.text
    assert replayed.changes == normalized.changes


def test_a_rejected_change_keeps_the_source_text_there() -> None:
    normalized = normalize(TEXT)
    second = next(i for i, c in enumerate(normalized.changes) if c.line == 3)
    replayed = replay_without(TEXT, normalized.changes, {second})
    assert "她说,再见" in replayed.text
    assert "他说，你好" in replayed.text and "很好，读者" in replayed.text
    assert replay(TEXT, replayed.changes) == replayed.text
    assert second not in replayed.kept


def test_a_change_that_depends_on_a_rejected_one_is_dropped() -> None:
    # CRLF endings: the unwrap pass then joins text the line-endings pass made
    source = "This line is wrapped in the\r\nmiddle of a sentence and goes on\r\nafter it.\r\n"
    normalized = normalize(source)
    assert {c.pass_name for c in normalized.changes} >= {"line-endings", "unwrap"}
    endings = {i for i, c in enumerate(normalized.changes) if c.pass_name == "line-endings"}
    replayed = replay_without(source, normalized.changes, endings)
    assert replayed.text == source  # the joins needed the LF the rejected changes made
    assert replayed.dropped and all(
        normalized.changes[i].pass_name == "unwrap" for i in replayed.dropped
    )


@pytest.mark.parametrize("seed", range(4))
def test_random_rejections_replay_on_real_damage(seed: int) -> None:
    import sys

    sys.path.insert(0, str(REPO))
    from bench.accuracy import load_articles
    from bench.damage import damage_file
    from convert.readers.text import decode

    article = load_articles()[seed]
    damaged = damage_file(str(article["title"]), list(article["paragraphs"]), seed=seed)
    source = decode(damaged.data).text
    changes = normalize(source).changes
    rng = random.Random(seed)
    for _ in range(5):
        rejected = {i for i in range(len(changes)) if rng.random() < 0.2}
        replayed = replay_without(source, changes, rejected)
        assert replay(source, replayed.changes) == replayed.text
        assert not rejected & set(replayed.kept)
    assert replay_without(source, changes, set(range(len(changes)))).text == source


def test_a_decision_survives_an_edit_elsewhere_and_goes_stale_when_its_place_goes() -> None:
    normalized = normalize(TEXT)
    target = next(c for c in normalized.changes if c.line == 3)
    decisions = Decisions((decide(target, TEXT, "reject"),))
    edited = "新加的导语,放在最前面。\n\n" + TEXT.replace("读者喜欢", "读者都喜欢")
    changes = normalize(edited).changes
    text, _, decided = decide_changes(edited, changes, decisions)
    assert text is not None and "她说,再见" in text and "导语，放在" in text
    assert decided.stale_changes == ()
    gone = edited.replace("她说,再见", "她说：再见")
    matched = match_changes(normalize(gone).changes, gone, decisions.changes)
    assert matched.stale == (0,)
