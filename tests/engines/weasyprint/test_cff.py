"""The CIDs of a CFF's glyphs (`convert/engines/weasyprint/cff.py`), read as fontTools reads them.

fontTools' `cffLib` is the reference: every CFF face installed here, HarfBuzz's packed subsets of
a CJK face (the CFFs the PDF writer asks about) in each charset format, a name-keyed CFF, and the
DICT's number encodings must give the same answer; a broken CFF must raise CFFError.
"""

from __future__ import annotations

import io
import random
import subprocess
from functools import cache
from pathlib import Path

import pytest
from fontTools.cffLib import CFFFontSet
from fontTools.misc.psCharStrings import encodeFloat, encodeIntCFF
from fontTools.ttLib import TTCollection, TTFont
from hypothesis import given
from hypothesis import strategies as st

from convert.engines.weasyprint import cff, subset
from tests.support.harfbuzz import opened_face


def reference(data: bytes) -> list[int] | None:
    """The CIDs as fontTools reads them (what `subset.cids` did before)."""
    fonts = CFFFontSet()
    fonts.decompile(io.BytesIO(data), None)
    top = fonts[fonts.fontNames[0]]
    if not hasattr(top, "ROS"):
        return None
    return [0 if name == ".notdef" else int(name[3:]) for name in top.charset]


@cache
def installed_cff_faces() -> tuple[tuple[str, bytes], ...]:
    """(file, CFF table) of every face with CFF outlines that Fontconfig lists."""
    listed = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True).stdout
    files = sorted({line.strip().rstrip(":") for line in listed.splitlines()})
    faces = []
    for file in files:
        if not file.endswith((".otf", ".ttc", ".otc")):
            continue
        fonts = TTCollection(file).fonts if file.endswith((".ttc", ".otc")) else [TTFont(file)]
        faces.extend((file, font.reader["CFF "]) for font in fonts if "CFF " in font.reader)
    return tuple(faces)


def cjk_face() -> Path:
    for file, _ in installed_cff_faces():
        if "CJK" in file:
            return Path(file)
    pytest.skip("no CFF-based CJK face installed (fonts-noto-cjk)")


def test_every_installed_cff_face_reads_as_fonttools_reads_it() -> None:
    faces = installed_cff_faces()
    if not faces:
        pytest.skip("no font with CFF outlines installed")
    for file, table in faces:
        assert cff.cids(table) == reference(table), file


def packed(face: Path, gids: list[int]) -> bytes:
    """HarfBuzz's packed CFF of `gids` in the first face of `face`, as the PDF writer makes it."""
    with opened_face(face) as hb_face:
        return subset._subset_table(hb_face, gids, hinting=False, notdef=False)


def test_packed_subsets_read_as_fonttools_reads_them_in_every_charset_format() -> None:
    face = cjk_face()
    picks = random.Random(17)
    cases = [
        [0, 1, 2, 3, 4, 5],  # one run
        [0, *range(1000, 1400)],  # a run longer than 256 glyphs
        [0, *sorted(picks.sample(range(1, 65000), 300))],  # scattered
        [0, *range(20, 30), *range(5000, 5600), 60000],  # runs and singles
        [0],
    ]
    formats = set()
    for gids in cases:
        table = packed(face, gids)
        found = cff.cids(table)
        assert found == reference(table), gids[:8]
        assert found is not None and set(gids) <= set(found)
        bounds, _ = cff.index(table, cff.index(table, table[2])[1])
        top = cff.top_dict(table[bounds[0] : bounds[1]])
        formats.add(table[int(top[cff.CHARSET][0])])
    assert formats >= {0, 2}, formats  # HarfBuzz writes format 1 only where it is smaller


def name_keyed_cff() -> bytes:
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    builder = FontBuilder(1000, isTTF=False)
    names = [".notdef", "a", "b"]
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord("a"): "a", ord("b"): "b"})
    strings = {}
    for name in names:
        pen = T2CharStringPen(500, None)
        pen.moveTo((0, 0))
        pen.lineTo((0, 500))
        pen.lineTo((400, 0))
        pen.closePath()
        strings[name] = pen.getCharString()
    builder.setupCFF("Probe", {"FullName": "Probe"}, strings, {})
    builder.setupHorizontalMetrics({name: (500, 0) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Probe", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    out.seek(0)
    return TTFont(out).reader["CFF "]


def test_a_name_keyed_cff_has_no_cids() -> None:
    table = name_keyed_cff()
    assert reference(table) is None
    assert cff.cids(table) is None


def test_a_broken_cff_raises() -> None:
    table = packed(cjk_face(), [0, 5, 9])
    for broken in (table[:40], table[: len(table) // 2], b"\x02\x00\x04\x01", b"\x01\x00"):
        with pytest.raises(cff.CFFError):
            cff.cids(broken)
    # a CID-keyed Top DICT pointing at a predefined charset (ISOAdobe): no CIDs to read
    bounds, _ = cff.index(table, cff.index(table, table[2])[1])
    top = table[bounds[0] : bounds[1]]
    offset = int(cff.top_dict(top)[cff.CHARSET][0])
    charset = b"\x1d" + offset.to_bytes(4, "big") + bytes([cff.CHARSET])  # HarfBuzz's int32
    assert top.count(charset) == 1
    predefined = b"\x1d" + bytes(4) + bytes([cff.CHARSET])
    with pytest.raises(cff.CFFError):
        cff.cids(table.replace(top, top.replace(charset, predefined), 1))


@given(st.integers(-(2**31), 2**31 - 1), st.floats(-1e9, 1e9, allow_nan=False))
def test_dict_numbers_read_as_encoded(number: int, real: float) -> None:
    """Every integer encoding (1, 2, 3 and 5 bytes) and a real's nibbles before each operator."""
    data = encodeIntCFF(number) + bytes([15]) + encodeFloat(real) + encodeIntCFF(7) + b"\x0c\x1e"
    entries = cff.top_dict(data)
    assert entries[15] == [number]
    assert len(entries[cff.ROS]) == 2 and entries[cff.ROS][1] == 7
