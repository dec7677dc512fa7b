"""The normalizer's rounds: a pass is run again only on a text it has not seen, and the fixed
point is kept."""

from __future__ import annotations

from convert.changes import Edit, SourceMap, replay
from convert.config import Config
from convert.normalize import Pass, Seen, _run_round, normalize
from convert.normalize.context import Context


def _counting(name: str, calls: list[str], old: str, new: str) -> Pass:
    def run(text: str, config: Config, context: Context) -> list[Edit]:
        calls.append(name)
        at = text.find(old)
        return [] if at < 0 else [Edit(at, at + len(old), new, name)]

    return Pass(name, run)


def test_a_pass_is_not_run_again_on_a_text_it_changed_nothing_in() -> None:
    calls: list[str] = []
    passes = (
        _counting("first", calls, "a", "b"),  # one `a` per run: changes in rounds 1 and 2
        _counting("second", calls, "c", "d"),  # finds nothing in this text
    )
    result = normalize("aa", passes=passes)
    assert result.text == "bb"
    assert replay("aa", result.changes) == "bb"
    # round 1: both; round 2: first changes the text, so second runs again on the new text;
    # round 3: first finds nothing, and second sees the very text it saw in round 2: skipped
    assert calls == ["first", "second", "first", "second", "first"]


def test_skipping_settled_passes_keeps_the_fixed_point() -> None:
    calls: list[str] = []
    passes = (
        _counting("widen", calls, ",", "，"),
        _counting("join", calls, "\n\n", ""),  # joining blocks puts a comma next to Han
    )
    result = normalize("中文,\n\n后文,\n\n再后", passes=passes)
    assert "," not in result.text
    assert normalize(result.text, passes=passes).changes == ()
    assert replay("中文,\n\n后文,\n\n再后", result.changes) == result.text


def test_only_the_present_text_is_kept_as_settled() -> None:
    """A pass that found nothing in a text a later pass changed is no longer settled: the
    earlier text is not kept alive through the rest of the call (the peak memory)."""
    calls: list[str] = []
    passes = (
        _counting("first", calls, "a", "b"),  # `aa` -> `ba`
        _counting("second", calls, "c", "d"),  # nothing in `ba`
        _counting("third", calls, "a", "b"),  # `ba` -> `bb`: `ba` is gone
        _counting("fourth", calls, "c", "d"),  # nothing in `bb`
    )
    seen = Seen()
    context = Context()
    text, _ = _run_round("aa", Config(), passes, SourceMap("aa"), 0, seen, context)
    assert text == "bb"
    assert seen.settled == {3: "bb"} and seen.settled[3] is text
