"""bench/livedoor_wrapped.py: the hard-wrapped variants of the livedoor articles."""

from __future__ import annotations

from bench.livedoor_wrapped import on_marks, wrapped


def test_a_paragraph_is_cut_at_the_measure_and_kinsoku_keeps_marks_at_a_line_end() -> None:
    text = "あいうえお、かきくけこ。さしすせそ"
    assert wrapped(text, 5, kinsoku=False) == ["あいうえお", "、かきくけ", "こ。さしす", "せそ"]
    assert wrapped(text, 5, kinsoku=True) == ["あいうえお、", "かきくけこ。", "さしすせそ"]
    assert "".join(wrapped(text * 9, 7, kinsoku=True)) == text * 9
    # no more than two marks past the measure
    assert wrapped("あいう、、、、え", 3, kinsoku=True)[0] == "あいう、、"


def test_lines_broken_mid_sentence_are_counted_with_those_ending_on_a_mark() -> None:
    text = "見出し\n先日、姪が美容師になり、\n一人暮らしをするとのことで\n祝いを開きました。\n最後の行"
    assert on_marks(text) == (2, 1)
