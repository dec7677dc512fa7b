"""The repairs of a whole text, line by line: a whole article misread, and lost bytes judged
with the next line where a hard wrap cut the sentence."""

from __future__ import annotations

import random

import pytest

from convert.normalize import normalize
from convert.normalize.mojibake.common import REPLACEMENT
from convert.normalize.mojibake.spans import (
    FTFY_SUSPECT_RE,
    GBK_RUN_LEAD_AFTER_RE,
    LATIN_LONG_RUN_RE,
    PHRASE_START_RE,
    UTF8_LEAD_CHARACTERS,
    _candidate_lines,
    line_repairs,
)

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


def _lines_of_every_match(text: str, phrase_starts: list[int]) -> list[tuple[int, int]]:
    """The plain definition `_candidate_lines` must agree with: the line of every match."""
    found = [m.start() for m in LATIN_LONG_RUN_RE.finditer(text)]
    found += [m.start() for m in FTFY_SUSPECT_RE.finditer(text)]
    found += [m.end() - 1 for m in GBK_RUN_LEAD_AFTER_RE.finditer(text)]
    found += phrase_starts + ([0] if text[:1] in UTF8_LEAD_CHARACTERS else [])
    lines = {(text.rfind("\n", 0, p) + 1, text.find("\n", p) % (len(text) + 1)) for p in found}
    return sorted(lines)


def test_candidate_lines_are_the_lines_of_every_match() -> None:
    """Random texts of line feeds, the patterns' characters and others (a lead character at a
    line's start, after the line feed, is the case a search from a line's end could miss)."""
    rng = random.Random(12)
    leads = sorted(UTF8_LEAD_CHARACTERS)[:12]
    phrase = [chr(c) for c in range(0x4E00, 0x9FA6) if PHRASE_START_RE.match(chr(c))][:6]
    alphabet = [*"ab \n\n·éÃ©中文\u3000\x85", *leads, *phrase]
    found = 0
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        starts = [m.start() for m in PHRASE_START_RE.finditer(text)]
        expected = _lines_of_every_match(text, starts)
        assert _candidate_lines(text, starts) == expected, repr(text)
        found += len(expected)
    assert found > 5_000  # about two candidate lines a text: the searches are exercised
