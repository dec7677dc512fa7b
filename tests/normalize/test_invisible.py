"""The invisible-characters pass: what it removes, and what it must leave to others or alone."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from convert.changes import Edit, replay
from convert.config import Config
from convert.normalize import PASSES, invisible, normalize
from convert.normalize.context import Context
from convert.normalize.invisible import remove_invisible
from convert.normalize.mojibake import SpanIndex

from .test_properties import EXAMPLES

UP_TO_MOJIBAKE = PASSES[: [p.name for p in PASSES].index("mojibake") + 1]


def fixed(text: str) -> str:
    result = normalize(text, passes=UP_TO_MOJIBAKE)
    assert replay(text, result.changes) == result.text
    return result.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("中\u200b文\u2060字", "中文字"),  # zero-width space, word joiner
        ("中\ufeff文", "中文"),  # a BOM inside the text
        ("bell\x07s and \x1b esc", "bells and  esc"),
        ("hy\u00adphen", "hyphen"),
        ("hyphen\u00ad\nation", "hyphenation"),  # a soft hyphen at a line end joins the word
        # after Han it marks nothing: the line break stays for the unwrap pass (bench/damage.py)
        ("召开的一次十分重要的\u00ad\n大会", "召开的一次十分重要的\n大会"),
        # so before Han on the next line, after an ASCII comma still to be widened (seed 2, 176)
        ('合作计划",\u00ad\n为中非命运共同体', '合作计划",\n为中非命运共同体'),
        ("中文\u00a0字", "中文 字"),  # NBSP between CJK: an artifact
        # NBSP indenting a line (bench/damage.py, xwlb): the indentation stays, as spaces
        ("江山多娇\n\u00a0\u00a0央视网消息", "江山多娇\n  央视网消息"),
        ("10\u00a0km, M.\u00a0Dupont", "10\u00a0km, M.\u00a0Dupont"),  # NBSP in Latin: meant
        (
            "family 👨\u200d👩\u200d👧, ❤\ufe0f\u200d🔥",
            "family 👨\u200d👩\u200d👧, ❤\ufe0f\u200d🔥",
        ),
        ("中\u200d文\u200c字", "中文字"),  # joiners between Han: artifacts
    ],
)
def test_invisible_characters(source: str, expected: str) -> None:
    assert fixed(source) == expected


@pytest.mark.parametrize("word", ["می\u200cخواهم", "क्\u200dष", "ශ්\u200dරී"])
def test_joiners_that_are_spelling_stay(word: str) -> None:
    assert remove_invisible(word, Config(), Context()) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("CÃ\xa0nan", "Cànan"),  # NBSP is the second byte of à
        ("æ\xad£é«”ä¸\xadæ–‡", "正體中文"),  # soft hyphens are bytes of 正 and 中
        ("â\x80\x9cquoted\x94", "“quoted”"),  # C1 bytes of cp1252 quotes
    ],
)
def test_bytes_of_mojibake_are_left_to_the_mojibake_pass(source: str, expected: str) -> None:
    assert remove_invisible(source, Config(), Context()) == []
    assert fixed(source) == expected


def test_c1_controls_are_cp1252_marks_where_they_can_be_and_are_removed_otherwise() -> None:
    # \x84 and \x93 are cp1252's „ and “ read as Latin-1 (ftfy's repair); \x81 and \x8d
    # mean nothing in cp1252: stray control characters, removed and recorded
    result = normalize("\x84Handwerk\x93 plain\x81text\x8d", passes=UP_TO_MOJIBAKE)
    assert result.text == "„Handwerk“ plaintext"
    kinds = [c.kind for c in result.changes]
    assert kinds == ["control", "control", "cp1252-as-latin1", "cp1252-as-latin1"]


def test_noncharacters_that_xml_cannot_hold_are_removed_and_recorded() -> None:
    from convert.normalize import normalize

    result = normalize("文字\uffff内容\ufffe。")
    assert result.text == "文字内容。"
    assert [c.kind for c in result.changes] == ["noncharacter", "noncharacter"]


NEIGHBOURS = ["", "a", "中", "\n", " ", "👨", "\ufe0f", "م", "क", "é", "\u00a0", "\u00ad", "\x0c"]


@pytest.mark.parametrize("ch", sorted(invisible.FIXED_EDITS))
def test_the_fixed_edits_are_those_made_whatever_the_neighbours(ch: str) -> None:
    """The pass looks up these characters' edits; `_edit_for` asked of each, between any two
    neighbours, makes the same one."""
    for before in NEIGHBOURS:
        for after in NEIGHBOURS:
            text = before + ch + after
            match = invisible.INVISIBLE_RE.match(text, len(before))
            assert match is not None and match.group() == ch
            edit = invisible._edit_for(text, match)
            assert edit == Edit(len(before), len(before) + 1, *invisible.FIXED_EDITS[ch])


def _plain_remove_invisible(text: str) -> list[Edit]:
    """The pass as defined: `_edit_for` asked of every match of INVISIBLE_RE, bytes of mojibake
    left to the mojibake pass."""
    edits: list[Edit] = []
    last_end = 0
    mojibake: SpanIndex | None = None
    context = Context()
    for match in invisible.INVISIBLE_RE.finditer(text):
        if match.start() < last_end:
            continue
        edit = invisible._edit_for(text, match)
        if edit is None:
            continue
        if match.group()[0] in invisible.MOJIBAKE_BYTES:
            if mojibake is None:
                mojibake = SpanIndex(text, context.mojibake)
            if match.start() in mojibake or match.start() - 1 in mojibake:
                continue
            if invisible._in_cut_head(text, match.start()):
                continue  # the tail of a character cut before the line, kept for the join
        edits.append(edit)
        last_end = edit.end
    return edits


PIECES = [*"中文a \n\u00a0\u00ad\x0c\x0b\x01\x85\x93\u200b\u200c\u200d\u2060\ufeff\uffff", "Ã", "ä¸", "👨"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@example("CÃ\xa0nan\u00a0\u00a0中\u00ad\n文\x0b\u200d")
def test_the_pass_is_its_definition(text: str) -> None:
    assert remove_invisible(text, Config(), Context()) == _plain_remove_invisible(text)


def test_the_tail_of_a_character_cut_by_a_page_break_is_left_for_the_join() -> None:
    # 位 (E4 BD 8D) read as Latin-1, cut by a page break after `ä½`: its 0x8D opens the next
    # page; removed, the character could not be read once the pages are joined
    text = "在首ä½\n\n第3页\n\n\x8dï¼\x8cå\x9d\x9aå®\x9a"
    edits = remove_invisible(text, Config(), Context())
    assert [e for e in edits if e.start == text.index("\x8d")] == []
    # one that opens no mojibake is a control character as before
    plain = "第3页\n\x8d坚定"
    assert [e.kind for e in remove_invisible(plain, Config(), Context())] == ["control"]
    assert normalize("摆在首ä½\x8dï¼\x8cå\x9d\x9aå®\x9a维护").text == "摆在首位，坚定维护"


# bytes of UTF-8 read as Latin-1 (`在首位，坚定`, `à`, `é`), cut anywhere by line feeds
WRAP_PIECES = [*PIECES, "\n", "\n", "å", "\x9d", "\x9a", "ï¼", "\x8c", "é", "Ã©", "ä½", "\x8d"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(WRAP_PIECES), max_size=40).map("".join))
@example("在首ä½\n\x8dï¼\x8cå\x9d\x9a")
@example("ä¸\n\u00adæ\x96\x87")
def test_a_repair_holds_a_line_feed_only_with_the_character_after_it(text: str) -> None:
    """What lets the pass skip asking about a line feed before a character (`_edits_between`)."""
    for repair in Context().mojibake(text):
        line_feed = text.find("\n", repair.start, repair.end)
        while line_feed >= 0:
            assert line_feed + 1 < repair.end
            line_feed = text.find("\n", line_feed + 1, repair.end)
