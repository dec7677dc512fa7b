"""A wrap that swallowed a pause between two Han words (`unwrap.pauses`): a space where the text
prints the same words apart elsewhere, nothing otherwise."""

from __future__ import annotations

from convert.changes import Edit
from convert.normalize.unwrap.pauses import keep_pauses, printed_pauses

from ...support.normalized import fixed

TITLE = "央视快评：当好践行全球治理倡议的表率 携手迈向人类命运共同体"
LINES = "本台今天播发央视快评《当好践行全球治理倡议的表率\n携手迈向人类命运共同体》。"


def test_a_pause_the_title_prints_is_kept_where_a_wrap_swallowed_it() -> None:
    text = fixed(f"{TITLE}\n\n{LINES}\n")
    assert "《当好践行全球治理倡议的表率 携手迈向人类命运共同体》" in text


def test_without_the_pause_printed_elsewhere_a_han_wrap_joins_with_nothing() -> None:
    assert "的表率携手迈向" in fixed(f"央视快评\n\n{LINES}\n")


def test_the_words_must_match_on_both_sides() -> None:
    # the title sets `表率` apart from `奋斗`, not from `携手`: no evidence for this wrap
    text = fixed(f"当好践行全球治理倡议的表率 奋斗\n\n{LINES}\n")
    assert "的表率携手迈向" in text


def test_only_joins_by_nothing_across_a_line_break_change() -> None:
    text = "表率 携手\n表率\n携手，表率携手"
    edits = [Edit(8, 9, "", "unwrap"), Edit(14, 14, "", "unwrap"), Edit(8, 9, "\n\n", "x")]
    kept = keep_pauses(text, edits)
    assert [e.after for e in kept] == [" ", "", "\n\n"]
    assert printed_pauses(text) == {("表率", "携手")}
