"""The per-document context: blocks reused for the very same text, and nothing kept once the
normalize() call that made the context returns (the mojibake repairs it keeps:
test_incremental.py)."""

from __future__ import annotations

import random
import weakref

import pytest

import convert.normalize
from convert.blocks import Block, split_blocks
from convert.changes import Edit
from convert.chars import is_japanese
from convert.normalize import context as context_module
from convert.normalize import normalize
from convert.normalize.context import Context


def test_blocks_are_reused_for_the_same_text_object_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counted(text: str) -> list[Block]:
        calls.append(text)
        return split_blocks(text)

    monkeypatch.setattr(context_module, "split_blocks", counted)
    text = "一\n\n二\n" * 10
    equal_copy = text[:5] + text[5:]
    assert equal_copy == text and equal_copy is not text
    context = Context()
    assert context.blocks(text) == split_blocks(text)
    assert context.blocks(text) is context.blocks(text)
    assert len(calls) == 1
    assert context.blocks(equal_copy) == split_blocks(text)  # equal but not the same object
    assert len(calls) == 2
    Context().blocks(equal_copy)
    assert len(calls) == 3  # another document's context knows nothing of this one's


class _Blocks(list[Block]):
    """A list of blocks a weak reference can watch."""


def test_blocks_go_once_the_text_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocks of a text the driver has moved on from are not kept (they held a copy of it
    alive into the next round: the normalizer's peak memory)."""
    monkeypatch.setattr(context_module, "split_blocks", lambda text: _Blocks(split_blocks(text)))
    context = Context()
    old = "一\n\n二\n" * 10
    blocks = weakref.ref(context.blocks(old))
    assert blocks() is not None
    new = "三" + old
    context.derived(old, new, [Edit(0, 0, "三", "test")])
    assert blocks() is None
    assert context.blocks(new) == split_blocks(new)


class _Edits(list[Edit]):
    """A list of edits a weak reference can watch."""


def test_a_pass_s_blocks_and_edits_go_before_the_next_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocks a pass cut its text into are let go before its edits are applied and logged,
    and its edits before the next pass runs: on a flush page both held the normalizer's peak
    (bench/README.md, "the normalizer at 5 MB/s")."""
    monkeypatch.setattr(context_module, "split_blocks", lambda text: _Blocks(split_blocks(text)))
    made: list[Context] = []
    watched: list[weakref.ref[_Edits]] = []
    seen_at_apply: list[tuple[str, bool]] = []
    seen_at_run: list[tuple[str, bool]] = []

    class Watched(Context):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    def watching(step: convert.normalize.Pass) -> convert.normalize.Pass:
        def run(text: str, config: object, context: Context) -> list[Edit]:
            seen_at_run.append((step.name, any(ref() is not None for ref in watched)))
            edits = _Edits(step.run(text, config, context))  # type: ignore[arg-type]
            watched.append(weakref.ref(edits))
            return edits

        return convert.normalize.Pass(step.name, run)

    original = convert.normalize.apply_pass

    def applying(text: str, edits: list[Edit], name: str, *rest: object) -> object:
        kept = made[-1]._blocks
        seen_at_apply.append((name, kept is not None))
        return original(text, edits, name, *rest)  # type: ignore[arg-type]

    source = "第一段正文的第一行很长很长很长\n第一段正文的第二行。\n\n第二段,正文.\n"
    expected = normalize(source).text
    monkeypatch.setattr(convert.normalize, "Context", Watched)
    monkeypatch.setattr(convert.normalize, "apply_pass", applying)
    passes = tuple(map(watching, convert.normalize.PASSES))
    assert normalize(source, passes=passes).text == expected
    assert ("unwrap", False) in seen_at_apply and not any(kept for _, kept in seen_at_apply)
    assert not any(alive for _, alive in seen_at_run)


def test_normalize_keeps_no_text_after_it_returns(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[weakref.ref[Context]] = []

    class Watched(Context):
        def __init__(self) -> None:
            super().__init__()
            made.append(weakref.ref(self))

    monkeypatch.setattr(convert.normalize, "Context", Watched)
    source = "第一段，正文。\n\n第二段,正文.\n"
    result = normalize(source)
    assert len(made) == 1 and made[0]() is None  # the context went with the call
    assert split_blocks(result.text) == split_blocks(str(result.text))
    assert Context().mojibake(result.text) == []


def _splice(text: str, edits: list[Edit]) -> str:
    pieces, cursor = [], 0
    for edit in edits:
        pieces += [text[cursor : edit.start], edit.after]
        cursor = edit.end
    return "".join(pieces) + text[cursor:]


def test_japanese_through_edits_is_what_the_whole_text_says() -> None:
    """The kana count kept through `derived` gives `is_japanese` of every text: chains of random
    edits that put kana in, take them out and touch Han only, asked after every step."""
    rng = random.Random(5)
    alphabet = "中文的あカ。a\n"
    for _ in range(300):
        text = "".join(
            rng.choices(alphabet, weights=[9, 9, 9, 1, 1, 2, 2, 2], k=rng.randint(0, 30))
        )
        context = Context()
        for _ in range(6):
            assert context.japanese(text) == is_japanese(text), text
            assert context.has_kana(text) == any("\u3040" <= c <= "\u30ff" for c in text), text
            edits, pos = [], 0
            while pos <= len(text) and rng.random() < 0.7:
                start = rng.randint(pos, len(text))
                end = rng.randint(start, min(len(text), start + 3))
                after = "".join(rng.choices(alphabet, k=rng.randint(0, 2)))
                edits.append(Edit(start, end, after, "test"))
                pos = end + 1
            new = _splice(text, edits)
            context.derived(text, new, edits)
            text = new
        assert context.japanese(text) == is_japanese(text), text


def test_a_run_is_tagged_once_a_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from convert.normalize import stray_context

    asked: list[str] = []
    plain = stray_context.tags

    def counted(run: str) -> list[tuple[str, str]] | None:
        asked.append(run)
        return plain(run)

    monkeypatch.setattr(stray_context, "tags", counted)
    context = Context()
    first = context.tags("习近平主席")
    assert context.tags("习近平主席") is first
    assert first == plain("习近平主席")
    assert asked == ["习近平主席"]
