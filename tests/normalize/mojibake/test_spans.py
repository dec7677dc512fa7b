"""The repairs of a whole text, line by line: a whole article misread, and lost bytes judged
with the next line where a hard wrap cut the sentence."""

from __future__ import annotations

import pytest

from convert.normalize import normalize
from convert.normalize.mojibake.common import REPLACEMENT
from convert.normalize.mojibake.spans import line_repairs

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
