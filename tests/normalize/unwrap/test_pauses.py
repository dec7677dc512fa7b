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
    # the title sets `倡议的表率` apart from `奋斗创造`, not from `携手迈向`: no evidence here
    text = fixed(f"当好践行全球治理倡议的表率 奋斗创造\n\n{LINES}\n")
    assert "的表率携手迈向" in text


def test_names_and_short_words_are_no_evidence() -> None:
    # a byline's names, two characters each: four on each side are asked for
    text = fixed("标题在这里\n\n□本报记者 王晓 林川\n\n今天上午，本报记者王晓\n林川一行来到村里。\n")
    assert "记者王晓林川一行" in text


def test_only_joins_by_nothing_across_a_line_break_change() -> None:
    text = "倡议表率 携手迈向\n倡议表率\n携手迈向，倡议表率携手迈向"
    edits = [Edit(14, 15, "", "unwrap"), Edit(24, 24, "", "unwrap"), Edit(14, 15, "\n\n", "x")]
    kept = keep_pauses(text, edits)
    assert [e.after for e in kept] == [" ", "", "\n\n"]
    assert printed_pauses(text) == {("倡议表率", "携手迈向")}
