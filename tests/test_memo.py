"""`same_text`: a result reused for the very same text while normalize() runs, and only then."""

from __future__ import annotations

from convert import memo
from convert.blocks import split_blocks
from convert.normalize import normalize
from convert.normalize.mojibake import mojibake_spans


def test_results_are_reused_for_the_same_text_object_only_while_kept() -> None:
    calls: list[str] = []

    @memo.same_text
    def count_lines(text: str) -> int:
        calls.append(text)
        return text.count("\n")

    text = "一\n二\n" * 10
    equal_copy = text[:5] + text[5:]
    assert equal_copy == text and equal_copy is not text
    count_lines(text)
    count_lines(text)
    assert len(calls) == 2  # outside normalize nothing is kept
    with memo.kept_while():
        assert count_lines(text) == 20
        assert count_lines(text) == 20
        assert len(calls) == 3
        assert count_lines(equal_copy) == 20  # equal but not the same object: computed
        assert len(calls) == 4
    count_lines(equal_copy)
    assert len(calls) == 5  # forgotten when the block ended


def test_normalize_keeps_no_text_after_it_returns() -> None:
    source = "第一段，正文。\n\n第二段,正文.\n"
    result = normalize(source)
    assert all(slot[0] is None for slot in memo._slots)
    assert split_blocks(result.text) == split_blocks(str(result.text))
    assert mojibake_spans(result.text) == []
