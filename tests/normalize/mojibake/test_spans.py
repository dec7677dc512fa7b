"""The repairs of a whole text, line by line: a whole article misread, and lost bytes judged
with the next line where a hard wrap cut the sentence."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize import normalize
from convert.normalize.mojibake import spans
from convert.normalize.mojibake.common import REPLACEMENT
from convert.normalize.mojibake.phrases import PHRASE_START_RE, START_CHARACTERS
from convert.normalize.mojibake.spans import line_repairs
from convert.normalize.mojibake.utf8_as_latin1 import FTFY_SUSPECT_RE

from .conftest import ENCODING_STAGE, misread, needs_news, stage


@needs_news
def test_a_whole_article_misread_comes_back_line_by_line(paragraphs: list[str]) -> None:
    """The reader leaves a lossy whole-file misreading to this pass, so that each guess is a
    recorded change; the lines come back, the lost bytes of line ends (。 before a line break)
    chosen by the word model."""
    text = "国际联播快讯\n\n\u3000\u3000" + "\n\u3000\u3000".join(paragraphs[:8]) + "\n"
    out = stage(misread(text))
    assert len(out) == len(text)
    same = sum(a == b for a, b in zip(out, text, strict=True))
    wrong = sum(a not in (b, REPLACEMENT) for a, b in zip(out, text, strict=True))
    assert same >= 0.97 * len(text) and wrong <= 2


WRAPPED_AT_A_LOSS = [
    # 宣 (E5 AE A3) and 政 (E6 94 BF) lose their last byte before the line feed: 64 characters
    # fit, and the line alone cannot tell 宣/宫/宴 or 政/故/敌 apart; the next line's start can
    ("今年11月是第32个全国消防宣\n传月，主题是预防火灾。\n", "宣"),
    ("践行正确政\n绩观，推动高质量发展。\n", "政"),
]


@pytest.mark.parametrize(("text", "lost"), WRAPPED_AT_A_LOSS, ids=["宣传", "政绩"])
def test_a_lost_byte_at_a_hard_wrap_is_judged_with_the_next_line(text: str, lost: str) -> None:
    damaged = misread(text)
    first = damaged.split("\n")[0]
    assert first.endswith(REPLACEMENT)
    alone = "".join(r.after for r in line_repairs(first))
    assert alone.endswith(REPLACEMENT)  # the line alone: lost
    result = normalize(damaged, passes=ENCODING_STAGE)
    assert result.text.split("\n")[0].endswith(lost)
    assert result.text.split("\n")[1:] == text.split("\n")[1:]
    assert any(f"{lost} (character" in c.message for c in result.changes)  # asked to check


def test_a_lost_mark_at_a_paragraph_end_is_judged_as_a_line_end() -> None:
    """Where a mark that ends paragraphs fits the lost byte (。 is E3 80 82), the next line may be
    a new paragraph: no context for the line's end, which is judged as an end, as before."""
    text = "全国人民代表大会在北京开幕。\n国务院总理作政府工作报告。\n"
    assert stage(misread(text)) == text


def _two_searches(text: str) -> tuple[list[int], list[int]]:
    suspects = [match.start() for match in FTFY_SUSPECT_RE.finditer(text)]
    return suspects, [match.start() for match in PHRASE_START_RE.finditer(text)]


def test_one_scan_finds_what_the_two_searches_find() -> None:
    """A long text is searched once for both classes (`spans.one_scan`): every character of the
    Basic Multilingual Plane, and random texts of phrase starts, suspects and other characters,
    give the two searches' positions, each in its list."""
    everything = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert spans.one_scan(everything) == _two_searches(everything)
    starts = sorted(START_CHARACTERS)
    alphabet = [*starts[:40], *starts[-40:], *"中文a\n\xad\xa0éä¸\u2200\u2500\u052f\u0530“…聽"]
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert spans.one_scan(text) == _two_searches(text), text
    long_text = "".join(rng.choice(alphabet) for _ in range(spans.ONE_SCAN_CHARACTERS))
    assert spans.suspects_and_phrase_starts(long_text) == _two_searches(long_text)


def test_a_repair_moved_is_its_replace_and_holds_an_edits_fields() -> None:
    """`_moved` makes what `_replace` would; the mojibake pass turns each repair into an `Edit`
    by its fields' order, which must be the same."""
    from convert.changes import Edit
    from convert.normalize.mojibake.common import Repair

    repair = Repair(3, 7, "中文", "utf8-as-latin1", "why", "warning")
    assert spans._moved(repair, 10) == repair._replace(start=13, end=17)
    assert type(spans._moved(repair, 10)) is Repair
    assert Repair._fields == Edit._fields


PHRASES = [
    "坚信在中国共产党的领导下",
    "“全面建成小康社会”",
    "报告指出，要坚持人民至上。",
    "基础设施建设……",
    "Hello, world.",
]
# what ends or opens a line of damaged text: a soft hyphen, a no-break space, a Latin-1 byte,
# a lost byte, a cp1252 mark, ASCII, Han
EDGES = ["", "\u00ad", "\u00a0", "Ã", "ä¸", "\ufffd", "”", "…", "a", "中", "聽"]


def _damaged_lines(rng: random.Random) -> str:
    """Garbled phrases (UTF-8 read as GBK, lossy or not, as Latin-1 or cp1252; GBK read as
    Latin-1), cut into lines at random widths, each line's edges drawn from `EDGES`."""
    pieces = []
    for _ in range(rng.randint(1, 8)):
        phrase = rng.choice(PHRASES)
        history = rng.randrange(5)
        if history == 0:
            phrase = phrase.encode("utf-8").decode("gbk", errors="replace")
        elif history == 1:
            phrase = phrase.encode("utf-8").decode("latin-1")
        elif history == 2:
            phrase = phrase.encode("utf-8").decode("cp1252", errors="ignore")
        elif history == 3:
            phrase = phrase.encode("gbk").decode("latin-1")
        pieces.append(phrase)
    text = "".join(pieces).replace("\n", "")
    width = rng.randint(3, 17)
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    return "\n".join(rng.choice(EDGES) + line + rng.choice(EDGES) for line in lines)


def test_one_line_has_the_repairs_the_lines_give() -> None:
    """`mojibake_spans` of one line, alone or with the line feed that ends it, is `lines_spans`'
    (the four searches, breaks inside characters, neighbours): the lookup of the line's own
    repairs that the one-line case makes decides as the whole computation does."""
    rng = random.Random(23)
    repaired = 0
    for _ in range(400):
        for line in _damaged_lines(rng).split("\n"):
            for text in (line, line + "\n"):
                assert spans.mojibake_spans(text) == spans.lines_spans(text), text
            repaired += bool(spans.lines_spans(line))
    assert repaired > 300


def test_a_text_cut_where_spans_cut_allows_has_the_repairs_of_its_two_sides() -> None:
    """At every line feed where `SPANS_CUT` holds, the whole text's repairs are those of the
    text up to the line feed and those of the rest (the `incremental.Cut` contract), among them
    line feeds after a line that ends on a soft hyphen or another Latin-1 character over a line
    that opens with none: no character is cut there (`breaks_inside_characters` needs one on
    each side)."""
    rng = random.Random(29)
    after_latin = 0
    for _ in range(400):
        text = _damaged_lines(rng)
        whole = spans.lines_spans(text)
        at = text.find("\n")
        while at >= 0:
            if spans.SPANS_CUT.test(text, at):
                left, right = spans.lines_spans(text[: at + 1]), spans.lines_spans(text[at + 1 :])
                assert whole == left + [spans._moved(r, at + 1) for r in right], (text, at)
                after_latin += text[at - 1] in spans.LATIN_CHARACTERS
            at = text.find("\n", at + 1)
    assert after_latin > 200
    assert spans.SPANS_CUT.test("设施建\u00ad\n设工作", 4)
    assert not spans.SPANS_CUT.test("设施建ä\n¸设工作", 4)  # (a character may be cut)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="“”‘’—…€™é¸ä¡ÃÂ@a~中文\n\u2200" + "".join(sorted(START_CHARACTERS)[:3])))
def test_the_lines_of_the_one_scans_runs_are_those_of_the_runs_own_search(text: str) -> None:
    """A long text's candidate lines from the one search's runs (`one_scan_with_runs`, issue 17)
    are those `_candidate_lines` finds with its own search of LATIN_LONG_RUN_RE."""
    suspects, phrase_starts = _two_searches(text)
    expected = spans._candidate_lines(text, suspects, phrase_starts)
    assert spans._candidate_lines(text, *spans.one_scan_with_runs(text)) == expected


def test_runs_of_quotes_and_dashes_alone_make_their_lines_candidates() -> None:
    rng = random.Random(5)
    alphabet = [*"“”‘’—…€™éä¸ÃÂ@a~中文\n\n", "\u2200", *sorted(START_CHARACTERS)[:3]]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        expected = spans._candidate_lines(text, *_two_searches(text))
        assert spans._candidate_lines(text, *spans.one_scan_with_runs(text)) == expected, text
    assert spans.one_scan_with_runs("中“”“”文\n“”")[2] == [1]  # (a run of four from 1 only)
