"""UTF-8 read as cp1252 or Latin-1: ftfy's own test cases (../shared/corpus/ftfy), and short runs
next to Chinese."""

from __future__ import annotations

import difflib
import json
import random
from re import _constants as sre_constants
from re import _parser as sre_parser

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize import normalize
from convert.normalize.mojibake import utf8_as_latin1
from convert.normalize.mojibake.utf8_as_latin1 import (
    NO_CHARMAP_RE,
    aligned,
    c1_controls_fixed,
    ftfy_config,
    ftfy_may_change,
    ftfy_repairs,
)

from ...conftest import SHARED
from .conftest import needs_news, stage

FTFY = SHARED / "corpus" / "ftfy"
needs_corpus = pytest.mark.skipif(not FTFY.is_dir(), reason="shared corpus not present")


def _cases(name: str) -> list[dict[str, str]]:
    if not FTFY.is_dir():
        return []
    return json.loads((FTFY / f"{name}.json").read_text(encoding="utf-8"))


# Galley removes control characters (and records it); ftfy keeps them. By design, not a miss.
CONTROL_CASES = ("byte 0x1A", "U+1A on its own")


def _label(case: dict[str, str]) -> str:
    return case["label"][:60]


@needs_corpus
@pytest.mark.parametrize(
    "case",
    [
        c
        for name in ("in-the-wild", "synthetic", "language-names")
        for c in _cases(name)
        if not any(k in c["label"] for k in CONTROL_CASES)
    ],
    ids=_label,
)
def test_ftfy_cases_are_repaired_like_ftfy_fix_encoding(case: dict[str, str]) -> None:
    assert stage(case["original"]) == case.get("fixed-encoding", case["fixed"])


@needs_corpus
@pytest.mark.parametrize("case", _cases("negative"), ids=_label)
def test_ftfy_negative_cases_come_back_unchanged_through_the_whole_normalizer(
    case: dict[str, str],
) -> None:
    # one "negative" case expects ftfy's C1 repair (parlé\x85 → parlé…); the rest are identical
    assert normalize(case["original"]).text == case.get("fixed-encoding", case["fixed"])


@needs_corpus
def test_chinese_utf8_read_as_latin1_from_ftfy_halibote() -> None:
    source = (FTFY / "halibote.txt").read_text(encoding="utf-8")
    expected = (FTFY / "halibote.expected.txt").read_text(encoding="utf-8")
    assert stage(source).strip() == expected.strip()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("传达", "会议，传达学习"),  # `ä¼\xa0è¾¾`: ftfy will not decide on a no-break space
        ("委", "国资委、国企"),  # `å§”`: one character
    ],
)
def test_short_utf8_runs_next_to_chinese_are_repaired(phrase: str, expected: str) -> None:
    # xwlb phrases garbled by bench/damage.py (UTF-8 read as cp1252) inside correct text
    garbled = expected.replace(phrase, phrase.encode().decode("cp1252", errors="strict"))
    assert garbled != expected
    assert stage(garbled) == expected
    # the same letters in European text are left alone
    assert stage("Paris ä¼\xa0è¾¾ fin") == "Paris ä¼\xa0è¾¾ fin"


def test_ftfy_is_configured_not_to_touch_chinese_punctuation() -> None:
    punctuated = "他说，“你好”；（测试）：全角ＡＢＣ、﨑"
    assert ftfy.fix_text(punctuated, ftfy_config()) == punctuated
    assert ftfy.fix_text(punctuated) != punctuated  # the defaults would damage it


def test_an_insertion_is_not_called_cp1252_punctuation() -> None:
    """difflib aligns ftfy's `Ã©` → `é` here as a deletion of the first six characters and an
    insertion at the end: the insertion read no C1 character, so it is no cp1252 repair."""
    line = "ÄãºÃÃ©ÄãºÃé"
    repairs = ftfy_repairs(line)
    assert [(r.start, r.end, r.after, r.kind) for r in repairs] == [
        (0, 6, "", "utf8-as-latin1"),
        (11, 11, "ÄãºÃé", "utf8-as-latin1"),
    ]
    assert [(r.kind, r.after) for r in ftfy_repairs("parlé\x85")] == [("cp1252-as-latin1", "…")]


def _opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def test_aligned_gives_difflibs_opcodes_for_random_pairs() -> None:
    """Small alphabets make repeated substrings and ties, where a shortcut would go wrong."""
    rng = random.Random(17)
    differing = 0
    for _ in range(20_000):
        alphabet = rng.choice(["ab", "abc", "ab\x85…", "新闻网\x85…"])
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        b = list(a)
        for _ in range(rng.randint(0, 3)):
            if b:
                b[rng.randrange(len(b))] = rng.choice(alphabet + "xy")
        b_text = "".join(b)
        got = aligned(a, b_text)
        assert got == _opcodes(a, b_text), (a, b_text)
        differing += a != b_text
    assert differing > 10_000  # most pairs differ: not only the trivial equal ones


def test_a_line_of_nels_is_aligned_without_difflib(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "央视网消息\x85\x85新闻联播：今天。" * 40
    fixed = ftfy.fix_text(line, ftfy_config())
    assert fixed.count("…") == 80  # ftfy reads each NEL as cp1252's ellipsis
    expected = _opcodes(line, fixed)

    def no_difflib(*args: object, **kwargs: object) -> None:
        raise AssertionError("difflib was asked")

    monkeypatch.setattr(utf8_as_latin1.difflib, "SequenceMatcher", no_difflib)
    assert aligned(line, fixed) == expected
    repairs = ftfy_repairs(line)
    assert [(r.start, r.end, r.after) for r in repairs] == [
        (i1, i2, fixed[j1:j2]) for tag, i1, i2, j1, j2 in expected if tag != "equal"
    ]


@needs_corpus
@needs_news
def test_lines_ftfy_is_not_asked_about_come_back_from_it_unchanged(
    paragraphs: list[str],
) -> None:
    """The shortcut agrees with ftfy itself on its own test cases and on news text damaged in
    the ways Galley meets (read as Latin-1 or cp1252, with names' `·`, C1 controls, NELs)."""
    lines = [
        c["original"]
        for name in ("in-the-wild", "synthetic", "language-names", "negative")
        for c in _cases(name)
    ]
    for text in paragraphs:
        lines += [text, text.replace("，", "·", 3), text.replace("。", "\x85")]
        lines += [text.encode("utf-8").decode("cp1252", errors="replace")]
        lines += [text[:20] + text[20:40].encode("utf-8").decode("latin-1") + text[40:]]
    skipped = changed = 0
    for line in lines:
        fixed = ftfy.fix_text(line, ftfy_config())
        changed += fixed != line
        if not ftfy_may_change(line):
            skipped += 1
            assert fixed == line, line
    assert skipped > 100 and changed > 100  # both kinds of line were there


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("¾å¥½æ–°èƒ½", 1),  # the last byte of 设 (E8 AE BE), then 好
        ("\x8dï¼\x8cå\x9d\x9a", 1),  # the last byte of 位 (E4 BD 8D), then ，坚
        ("®¾å¥½", 2),  # two bytes of 设
        ("¾ cup of sugar", 0),  # European text: no CJK character after it
        ("©2024 ä¸\xadæ–‡", 0),
        ("å¥½æ–°", 0),  # a whole character first: nothing cut
        ("¾Ã©", 0),  # a two-byte character after it: not CJK
        ("", 0),
    ],
)
def test_a_line_may_open_with_the_tail_of_a_character_cut_before_it(line: str, head: int) -> None:
    assert utf8_as_latin1.cut_head(line) == head


def test_ftfy_repairs_a_run_after_the_tail_of_a_cut_character() -> None:
    line = "¾å¥½æ–°èƒ½æº\x90åŸºç¡€è®¾æ–½ç½‘ç»œ"
    repairs = utf8_as_latin1.ftfy_repairs(line)
    assert [(r.start, r.end, r.after) for r in repairs] == [(1, len(line), "好新能源基础设施网络")]


def test_a_cut_tail_left_alone_once_the_run_after_it_is_repaired_is_removed() -> None:
    # the lead bytes of 位 are not before it: the 0x8D is kept for the join, then removed
    # once its run is repaired and it opens the line alone
    text = normalize("我们要把安全摆在首\n\n\x8dï¼\x8cå\x9d\x9aå®\x9a维护国家安全。").text
    assert "\x8d" not in text
    assert "，坚定维护国家安全。" in text


def _character_set(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters a parsed class names; None where it names a category or is negated."""
    chars: set[str] = set()
    for op, value in items:
        if op is sre_constants.LITERAL:
            chars.add(chr(value))  # type: ignore[arg-type]
        elif op is sre_constants.RANGE:
            low, high = value  # type: ignore[misc]
            chars.update(map(chr, range(low, high + 1)))
        else:
            return None
    return chars


def _required_character_sets(sequence: list[tuple[object, object]]) -> list[set[str]]:
    """The character sets of the places a match of a parsed sequence must fill."""
    found: list[set[str]] = []
    for op, value in sequence:
        if op is sre_constants.LITERAL:
            found.append({chr(value)})  # type: ignore[arg-type]
        elif op is sre_constants.IN:
            chars = _character_set(value)  # type: ignore[arg-type]
            if chars is not None:
                found.append(chars)
        elif op is sre_constants.MAX_REPEAT and value[0] >= 1:  # type: ignore[index]
            found += _required_character_sets(list(value[2]))  # type: ignore[index]
    return found


def test_every_pattern_of_ftfys_badness_needs_a_character_of_the_shortcut() -> None:
    """The proof behind `_badness_needs_re`: each alternative of ftfy's own `BADNESS_RE` has a
    place it must fill whose characters all match the shortcut's class, so a line without one
    is never bad."""
    from ftfy.badness import BADNESS_RE

    needs = utf8_as_latin1._badness_needs_re()
    ((op, value),) = list(sre_parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags))
    assert op is sre_constants.BRANCH
    alternatives = value[1]  # type: ignore[index]
    assert len(alternatives) > 30
    for alternative in alternatives:
        places = _required_character_sets(list(alternative))
        assert any(all(needs.match(ch) for ch in place) for place in places), alternative
    # what the shortcut is for: the characters correct text is written with pass it by
    assert not needs.search("\xa0\xad·“”‘’–—…°中文 abc，。")


BADNESS_ALPHABET = "ØÙ\xa0\xad·°±×“”‘’–—…€™Ã©âÂ€ΒΓОВГРСЂ中文新闻，。 ab\x85¦"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=BADNESS_ALPHABET, max_size=12))
def test_ftfy_may_change_agrees_with_is_bad_on_random_lines(line: str) -> None:
    from ftfy.badness import is_bad

    expected = bool(utf8_as_latin1.C1_CONTROLS_RE.search(line)) or is_bad(line)
    assert ftfy_may_change(line) == expected


def test_no_single_byte_codec_of_ftfy_holds_a_character_of_no_charmap() -> None:
    from ftfy.chardata import CHARMAP_ENCODINGS

    for encoding in CHARMAP_ENCODINGS:  # what `possible_encoding` allows beyond ASCII
        assert not NO_CHARMAP_RE.search(bytes([*range(0x80, 0x100), 0x1A]).decode(encoding))


def test_every_match_of_ftfys_utf8_detector_opens_with_a_first_byte() -> None:
    from ftfy.chardata import UTF8_CLUES, UTF8_DETECTOR_RE

    for count, name in ((1, "utf8_first_of_2"), (2, "utf8_first_of_3"), (3, "utf8_first_of_4")):
        after = "[{utf8_continuation}]".format(**UTF8_CLUES) + (f"{{{count}}}" if count > 1 else "")
        assert f"[{UTF8_CLUES[name]}] {after}" in UTF8_DETECTOR_RE.pattern
    first = utf8_as_latin1._utf8_first_byte_re()
    assert all(
        first.fullmatch(ch)
        for name in ("utf8_first_of_2", "utf8_first_of_3", "utf8_first_of_4")
        for ch in UTF8_CLUES[name]
    )


def test_a_nel_ended_chinese_article_takes_the_c1_shortcut() -> None:
    line = "央视网消息\x85\x85新闻联播：今天。\xa0\xad·" * 40
    assert c1_controls_fixed(line) == ftfy.fix_text(line, ftfy_config())
    assert c1_controls_fixed(line) == line.replace("\x85", "…")
    # European text, and UTF-8 read as Latin-1 beside Chinese, are ftfy's to answer
    for other in ("parlé\x85 Tu sais", "中文，cafÃ©\x85", "中，\n文\x85"):
        assert c1_controls_fixed(other) is None


C1_ALPHABET = (
    "".join(map(chr, range(0x80, 0xA0)))
    + "\xa0\xad·°±×“”‘’–—…€™Ã©âÂ¸ºÐ¡ÈÕÊ±ΒΓОВГРСЂ¦ÙóĂ"
    + "中文新闻，。（）ｱ가 ab\ufffd"
)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=C1_ALPHABET, max_size=14))
def test_the_c1_shortcut_gives_what_ftfy_gives(line: str) -> None:
    fixed = c1_controls_fixed(line)
    assert fixed is None or fixed == ftfy.fix_text(line, ftfy_config())
