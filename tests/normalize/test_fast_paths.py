"""The shortcuts the passes take for speed find exactly what the plain searches find.

A regex that starts with a look-behind, an alternation, `^` in MULTILINE mode or a repeat is tried
at every character of the text; the passes find where a match can begin first (a literal, a
character class, a line feed) and match there. These tests hold each shortcut to the plain
definition it replaces, on text made of the pieces those patterns care about.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from convert import headings
from convert.changes import Edit
from convert.chars import HAN, HANGUL, KANA, KANA_RE, WIDE_RUNS_RE, is_wide, kana_count, mostly_wide
from convert.config import Config
from convert.normalize import invisible, punctuation, stray_words
from convert.normalize.context import Context
from convert.normalize.furniture import (
    _opening_lines,
    masthead,
    page_breaks,
    page_lines,
    remove_page_furniture,
    shapes,
)
from convert.normalize.furniture.masthead import leading_mastheads
from convert.normalize.mojibake import utf8_as_gbk
from convert.normalize.unwrap import decide, measure, spaced_heads

from .test_properties import EXAMPLES

PIECES = [
    *"中文的和ab Z1２ｂ",
    *",;:?!.。-`@\t\n\u3000\u00a0\u200b\ufeff\u00ad\x85\x0c\x0b\x01\u2028（()）“”'\"",
    "...",
    "。。。",
    "…",
    "……",
    "--",
    "http://a.b/c",
    "https://x.cn",
    "ftp://f.org",
    "www.e.com",
    "a@b.cn",
    "`code`",
    " and ",
    "\u00a0\u00a0",
    "\f\f",
    " \f ",
    "\n3\n",
    "\n\u00a012\u2003\n",
    "\u2003（上接第1版）",
    "— 3 —",
    "Page 2",
    "第3页",
    "（下转第2版）",
    "上接第一版",
    "Continued on page 5",
    "ä¸­",
    "浣犲ソ",
    "ÄãºÃ",
    "\ufffd",
    "锟斤拷",
    "Ã©",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@FAST
@given(TEXTS)
def test_punctuation_marks_and_protected_spans(text: str) -> None:
    marks = punctuation._matches(text, punctuation.MARK_RE, punctuation.MARK_STARTS)
    assert _spans(marks) == _spans(punctuation.MARK_RE.finditer(text))
    spans = list(punctuation._mark_spans(text))
    assert spans == [m.span() for m in punctuation.MARK_RE.finditer(text)]
    protected = punctuation._matches(text, punctuation.PROTECTED_RE, punctuation.PROTECTED_STARTS)
    assert _spans(protected) == _spans(punctuation.PROTECTED_RE.finditer(text))
    pairs = punctuation._matches(text, punctuation.PAIR_RE, punctuation.PAIR_STARTS)
    assert _spans(pairs) == _spans(punctuation.PAIR_RE.finditer(text))


@FAST
@given(TEXTS)
def test_stray_words(text: str) -> None:
    assert _spans(stray_words.find(text)) == _spans(re.finditer(stray_words.STRAY_WORD, text))


@FAST
@given(TEXTS)
def test_invisible_characters(text: str) -> None:
    found = invisible._invisible_matches(text)
    assert _spans(found) == _spans(invisible.INVISIBLE_RE.finditer(text))


@FAST
@given(TEXTS)
def test_form_feeds_and_furniture_lines(text: str) -> None:
    assert _spans(page_breaks.form_feeds(text)) == _spans(page_breaks.FORM_FEED_RE.finditer(text))
    plain = (
        "\f" in text
        or re.search(shapes.PAGE_NUMBER_RE.pattern, text, re.IGNORECASE | re.MULTILINE)
        or re.search(shapes.JUMP_LINE_RE.pattern, text, re.IGNORECASE | re.MULTILINE)
        or shapes.JUMP_INLINE_CORE_RE.search(text)
    )
    assert shapes.may_hold_furniture(text) == bool(plain)


GBK_RUN_LEAD_RE = re.compile(utf8_as_gbk.GBK_RUN_LEAD)


@FAST
@given(TEXTS)
def test_mojibake_candidate_runs(text: str) -> None:
    after = [m.end() - 1 for m in utf8_as_gbk.GBK_RUN_LEAD_AFTER_RE.finditer(text)]
    if text[:1] in utf8_as_gbk.UTF8_LEAD_CHARACTERS:
        after.insert(0, 0)
    assert after == [m.start() for m in GBK_RUN_LEAD_RE.finditer(text)]
    for line in text.split("\n"):
        assert utf8_as_gbk.gbk_run_lead(line) == (GBK_RUN_LEAD_RE.search(line) is not None)


def test_the_spelled_out_spaces_are_the_regex_spaces() -> None:
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    spelled = re.findall(f"[{utf8_as_gbk.NON_ASCII_SPACES}]", everything)
    assert spelled == re.findall(r"\s", everything)


WIDE_OR_SPACE_RE = re.compile(f"(?:[{HAN}{KANA}{HANGUL}\u3001-\u303f\uff01-\uff60]+)|(\\s+)")


def _mostly_wide_by_runs(text: str) -> bool:
    """The definition: wide characters at least half of what is not white space."""
    wide = spaces = 0
    for match in WIDE_OR_SPACE_RE.finditer(text):
        if match.group(1) is None:
            wide += match.end() - match.start()
        else:
            spaces += match.end() - match.start()
    letters = len(text) - spaces
    return letters > 0 and wide * 2 >= letters


@FAST
@given(
    st.lists(st.sampled_from([*"中文，。“”　 \t\n abc123-、ßｂ\u3001\uff60\uff61"]), max_size=12)
)
def test_mostly_wide(chars: list[str]) -> None:
    text = "".join(chars)
    assert mostly_wide(text) == _mostly_wide_by_runs(text)


@FAST
@given(st.lists(st.sampled_from(["Mr", "Mrs.", "St.", "etc", ".", " ", "No.", "said", "中"])))
def test_only_a_line_ending_in_a_full_stop_ends_in_an_abbreviation(words: list[str]) -> None:
    line = "".join(words)  # a line: the unwrap pass splits its blocks at line feeds
    assert line.endswith(".") or not decide.ABBREVIATION_RE.search(line)


@FAST
@given(TEXTS)
@example("x\n \t（ 下 转第2版）（接第1版)\n（转接第3版）\n\u3000\u2003— 3 —\u2003")
def test_furniture_lines_and_inline_jumps_from_their_first_characters(text: str) -> None:
    any_line = shapes.FURNITURE_ANY_LINE_RE.search(text) is not None
    assert shapes.any_furniture_line(text) == any_line
    cores = shapes.jump_inline_cores(text)
    assert _spans(cores) == _spans(shapes.JUMP_INLINE_CORE_RE.finditer(text))


DATE_PIECES = [
    *"0123456789〇零一二三四五六七八九十年月日第版./- \u3000人民日报星期五",
    "2024",
    "第5版",
]


@FAST
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=16).map("".join))
@example("2024年3月1日")
@example("2024.03.01")
@example("第 5 版")
def test_a_line_with_a_date_or_an_edition_holds_a_mark_character(key: str) -> None:
    marked = masthead.DATED_RE.search(key) or masthead.EDITION_RE.search(key)
    assert masthead.may_hold_a_mark(key) or not marked


@FAST
@given(TEXTS)
@example("中中\t上接第一版")  # a masthead with an edition marker opens the text: asked apart
def test_furniture_said_to_be_absent_is_absent(text: str) -> None:
    # `holds_no_furniture` leaves out the mastheads that open a text, which
    # `remove_page_furniture` asks for apart (a one-page text has no page mark for others)
    if shapes.holds_no_furniture(text) and not leading_mastheads(_opening_lines(text)):
        assert page_lines.furniture_lines(text, page_lines.lines_of(text)) == []
        assert remove_page_furniture(text, Config(), Context()) == []


@FAST
@given(st.lists(TEXTS, max_size=6))
def test_wrapped_lines_are_asked_mostly_wide_all_at_once(block_texts: list[str]) -> None:
    """`measure.measure_lines` finds the wide characters of every line in one substitution
    (`_inner_lines`); each line's answer is `mostly_wide`'s of its stripped text, and the lines
    that hold no other character are those it knows to be all wide."""
    blocks = [text.split("\n") for text in block_texts]
    texts = [
        text for block in blocks for line in block[:-1] if (text := line.strip(measure.LINE_SPACES))
    ]
    _, wide_lines, all_wide = measure.measure_lines(blocks)
    assert wide_lines == {text: mostly_wide(text) for text in texts}
    assert all_wide == {t for t in texts if mostly_wide(t) and not WIDE_RUNS_RE.sub("", t)}


# Han (the URO, Extension A, a compatibility ideograph, Extension B), near misses, and the marks
# and spaces the two tests below read
NAME_PIECES = [*"中文张𠀀豈㐀·《》“”（）%1 a\u3000\tー가", "  ", "中文", "张晶"]
NAME_TEXTS = st.lists(st.sampled_from(NAME_PIECES), max_size=24).map("".join)


@FAST
@given(NAME_TEXTS)
def test_headline_space(line: str) -> None:
    # every place the definition matches (overlapping), less a number set apart on both sides
    spaces = [m.start() + 1 for m in re.finditer(f"(?=(?:{spaced_heads.HEADLINE_SPACE}))", line)]
    expected = any(not spaced_heads.number_set_apart(line, at) for at in spaces)
    assert spaced_heads.headline_space(line) == expected


@FAST
@given(NAME_TEXTS)
@example(" ".join(["张晶"] * 6))  # the most names, and one more: random lists seldom get there
@example(" ".join(["张晶"] * 7))
def test_byline_names(names: str) -> None:
    expected = re.fullmatch(headings.BYLINE_NAMES, names) is not None
    assert headings.byline_names(names) == expected


@FAST
@given(st.lists(st.sampled_from([*"\u4e00\u9fff\u4dff\ua000人民日报 1", "\u3400"]), max_size=10))
def test_masthead_name(chars: list[str]) -> None:
    key = "".join(chars)
    assert masthead.is_name(key) == (re.fullmatch(masthead.NAME, key) is not None)


def _plain_mark_edits(text: str, protected: list[tuple[int, int]]) -> list[Edit]:
    """`punctuation._mark_edits` as it was: every mark asked in turn (its plain definition)."""
    edits: list[Edit] = []
    previous_end = converted_until = 0
    for m_start, m_end in (m.span() for m in punctuation.MARK_RE.finditer(text)):
        mark = text[m_start:m_end]
        start = m_start
        while start > previous_end and text[start - 1] in punctuation.MARK_SPACES:
            start -= 1
        previous_end = m_end
        start = max(start, converted_until)
        end = m_end
        while end < len(text) and text[end] in punctuation.MARK_SPACES:
            end += 1
        if punctuation._inside(protected, m_start) or not punctuation._cjk_context(
            text, m_start, end, converted_until
        ):
            continue
        if mark in punctuation.MARKS:
            if text[m_start - 1 : m_start].isdigit() and text[m_end : m_end + 1].isdigit():
                continue
            after, (kind, message) = punctuation.MARKS[mark], punctuation.MARK_LOG[mark]
        elif mark[0] in ".。…":
            after, kind, message = "……", "cjk-ellipsis", f"{mark!r} in Chinese text"
        elif len(mark) in (2, 4):
            after, kind, message = "——", "cjk-dash", f"{mark!r} in Chinese text"
        else:
            continue
        edits.append(Edit(start, end, after, kind, message))
        converted_until = end
    return edits


MARK_PIECES = [*PIECES, *"中，。1 ", ", ", " ,", "中 ,中", "1,0", "中,1", "）,", ")：中"]


@FAST
@given(st.lists(st.sampled_from(MARK_PIECES), max_size=40).map("".join))
@example("中, ,中")
@example("http://a.b/中,中 中,中")
@example("中,a@b.cn,中")
def test_punctuation_mark_edits_after_han_found_at_once(text: str) -> None:
    protected = punctuation._protected_spans(text)
    found = punctuation._mark_edits(text, protected)
    assert found == _plain_mark_edits(text, protected)
    assert all(type(edit) is Edit for edit in found)


def test_no_han_character_is_a_digit_a_space_or_not_wide() -> None:
    """What `single_mark_re`'s shortcut rests on: a Han character before a mark is its wide
    neighbour, and not a digit or a space the mark's edit could take."""
    han = [chr(c) for c in range(0x110000) if punctuation.HAN_RE.match(chr(c))]
    assert len(han) > 90_000
    for ch in han:
        assert is_wide(ch) and not ch.isdigit()
        assert ch not in punctuation.SEE_THROUGH and ch not in punctuation.MARK_SPACES


def _plain_pair_edits(text: str, protected: list[tuple[int, int]]) -> list[Edit]:
    """`punctuation._pair_edits` as it was (its plain definition)."""
    edits = []
    for match in punctuation.PAIR_RE.finditer(text):
        start, end = match.span()
        if punctuation._inside(protected, start):
            continue
        inner = next(g for g in match.groups() if g is not None)
        outside = text[start - 1 : start] + text[end : end + 1]
        han = punctuation.HAN_RE.search
        if not (han(inner) or han(outside)):
            continue
        opener = text[start]
        if opener == "(":
            pair, kind = ("（", "）"), "cjk-parenthesis"
        elif opener == '"':
            if not han(inner) and not punctuation._quoted_term(text, start, end, inner):
                continue
            pair, kind = ("“", "”"), "cjk-quote"
        else:
            if not han(inner):
                continue
            pair, kind = ("‘", "’"), "cjk-quote"
        message = f"ASCII {opener}…{text[end - 1]} pair in Chinese text"
        edits.append(Edit(start, start + 1, pair[0], kind, message))
        edits.append(Edit(end - 1, end, pair[1], kind, message))
    return edits


PAIR_PIECES = [*PIECES, "()", '""', "''", "(中)", '"T"', "'中'", "a'b", "中(", ")中", "\n"]


@FAST
@given(st.lists(st.sampled_from(PAIR_PIECES), max_size=40).map("".join))
@example('中()中"T"字 "a b" \'中\' (http://a.b/中)')
def test_punctuation_pair_edits(text: str) -> None:
    protected = punctuation._protected_spans(text)
    found = punctuation._pair_edits(text, protected)
    assert found == _plain_pair_edits(text, protected)
    assert all(type(edit) is Edit for edit in found)


# the code points at the edges of KANA's ranges, and of the UTF-8 bytes the count reads
KANA_EDGES = "\u303f\u3040\u307f\u3080\u30bf\u30c0\u30ff\u3100\u31ef\u31f0\u31ff\u3200\ud800"


@FAST
@given(st.text(st.one_of(st.characters(), st.sampled_from(KANA_EDGES))))
@example("あ中\u30ff\u3100ー\ud83d")
def test_kana_counted_in_utf8(text: str) -> None:
    assert kana_count(text) == len(KANA_RE.findall(text))


# `measure._numbers_only`'s definition: a line left empty by deleting these is digits and marks
NUMBER_OR_WIDE_RE = re.compile(r"[0-9%+\-.\u0080-\U0010ffff]+")


@FAST
@given(
    st.lists(
        st.text(
            st.one_of(st.sampled_from("0189%+-.,/: a中\u3000\u0080\x7f\ud800"), st.characters())
        ).map(lambda line: line.replace("\n", ""))
    )
)
def test_lines_of_numbers_found_by_their_ascii(lines: list[str]) -> None:
    defined = [line for line in lines if not NUMBER_OR_WIDE_RE.sub("", line)]
    assert measure._numbers_only(lines) == defined
