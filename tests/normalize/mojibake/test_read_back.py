"""UTF-8 read as GBK with errors="replace", read back byte by byte: the decoder's own rules.

Damage is made the way it happens: real news sentences encoded as UTF-8 and decoded by Python's
own GBK codec with errors="replace".
"""

from __future__ import annotations

from convert.normalize.mojibake.chooser import recover
from convert.normalize.mojibake.common import REPLACEMENT
from convert.normalize.mojibake.read_back import (
    HOLE,
    fitting_characters,
    gbk_bytes,
    read_stretch,
    rejected,
)

from .conftest import misread, needs_news


@needs_news
def test_each_replacement_is_exactly_one_dropped_byte(paragraphs: list[str]) -> None:
    """The model everything rests on: a GBK decoder with errors="replace" writes one U+FFFD per
    byte it drops, so the damaged text gives back every other byte in place."""
    for paragraph in paragraphs[:200]:
        original = paragraph.encode("utf-8")
        template = [b for ch in misread(paragraph) for b in gbk_bytes(ch) or ()]
        assert len(template) == len(original)
        assert all(t in (HOLE, o) for t, o in zip(template, original, strict=True))
        assert all(rejected(o, None) for t, o in zip(template, original, strict=True) if t == HOLE)


def test_a_lost_byte_is_always_a_continuation_byte() -> None:
    """GBK pairs every UTF-8 lead byte with every continuation byte, so a lead is never dropped;
    0x80 is dropped before anything."""
    assert not any(
        rejected(lead, trail) for lead in range(0xC2, 0xF5) for trail in range(0x80, 0xC0)
    )
    assert all(rejected(0x80, following) for following in (None, 0x80, 0xBF, 0xE5, 0x41))


def test_what_fits_a_lost_byte_is_narrowed_by_the_byte_after_it() -> None:
    # 总 is E6 80 BB: in front of E5 (the next character) only a handful of bytes are dropped
    fits = fitting_characters((0xE6, HOLE, 0xBB), 0xE5)
    assert "总" in fits and len(fits) == 8
    # at a line end (or where the damaged piece ended) any continuation byte could have been
    assert len(fitting_characters((0xE5, 0xBC, HOLE), None)) == 64
    # two lost bytes in one character: the decoder's rule holds for both
    assert "议" in fitting_characters((0xE8, HOLE, HOLE), 0xE3)


def test_a_stretch_reads_back_the_characters_and_where_it_may_end() -> None:
    damaged = misread("电视总台")  # 鐢佃�嗘�诲彴: 视 and 总 each lost a byte
    stretch = read_stretch(damaged, 0, len(damaged))
    assert [s.char for s in stretch.slots] == ["电", REPLACEMENT, REPLACEMENT, "台"]
    assert stretch.ends[-1] == (len(damaged), 4)
    assert recover(stretch.slots).text == "电视总台"
    # correct text stops the reading at once: its GBK bytes are no UTF-8
    assert read_stretch("中国", 0, 2).slots == ()
