"""The glyphs' CIDs of a CID-keyed CFF, read straight from its charset.

The packed subsets (`subset.py`) need one thing of the CFF HarfBuzz made: each glyph's CID. The
charset says it in a few bytes, found through the Top DICT; fontTools' `cffLib` reads the same
but imports its OpenType tables (`otTables`, ~0.03 s) in every PDF process to do it. The layout
read here is Adobe's Technical Note #5176 (The Compact Font Format Specification): header, Name
INDEX, Top DICT INDEX, and in the first Top DICT the operators ROS (12 30, present in a
CID-keyed font only), charset (15) and CharStrings (17, whose INDEX count is the glyph count).
"""

from __future__ import annotations

from itertools import pairwise

ROS = (12, 30)
CHARSET = 15
CHARSTRINGS = 17


class CFFError(ValueError):
    """A CFF whose structure does not hold together (the caller keeps WeasyPrint's subset)."""


def _card(data: bytes, at: int, size: int) -> int:
    if at + size > len(data):
        raise CFFError(f"CFF ends at {len(data)}, inside a field at {at}")
    return int.from_bytes(data[at : at + size], "big")


def index(data: bytes, at: int) -> tuple[list[int], int]:
    """The bounds of the objects of the INDEX at `at` (object i is `data[b[i]:b[i + 1]]`), and
    the offset just past it."""
    count = _card(data, at, 2)
    if count == 0:
        return [], at + 2
    size = _card(data, at + 2, 1)
    if not 1 <= size <= 4:
        raise CFFError(f"INDEX at {at} has offset size {size}")
    base = at + 2 + (count + 1) * size  # offsets count from the byte before the data
    bounds = [base + _card(data, at + 3 + i * size, size) for i in range(count + 1)]
    if bounds[0] != base + 1 or any(b < a for a, b in pairwise(bounds)):
        raise CFFError(f"INDEX at {at} has offsets out of order")
    if bounds[-1] > len(data):
        raise CFFError(f"INDEX at {at} runs past the end")
    return bounds, bounds[-1]


def top_dict(data: bytes) -> dict[int | tuple[int, int], list[float]]:
    """Each operator of a DICT with its operands (real numbers read as floats)."""
    entries: dict[int | tuple[int, int], list[float]] = {}
    operands: list[float] = []
    at = 0
    while at < len(data):
        b0 = data[at]
        if b0 <= 21:  # an operator
            key: int | tuple[int, int] = b0
            if b0 == 12:
                key, at = (12, _card(data, at + 1, 1)), at + 1
            entries[key], operands = operands, []
            at += 1
        elif b0 == 28:
            operands.append(int.from_bytes(data[at + 1 : at + 3], "big", signed=True))
            at += 3
        elif b0 == 29:
            operands.append(int.from_bytes(data[at + 1 : at + 5], "big", signed=True))
            at += 5
        elif b0 == 30:  # a real number, in nibbles up to 0xf; only its length matters here
            at += 1
            while at < len(data) and 0xF not in (data[at] >> 4, data[at] & 0xF):
                at += 1
            operands.append(float("nan"))
            at += 1
        elif 32 <= b0 <= 246:
            operands.append(b0 - 139)
            at += 1
        elif 247 <= b0 <= 250:
            operands.append((b0 - 247) * 256 + _card(data, at + 1, 1) + 108)
            at += 2
        elif 251 <= b0 <= 254:
            operands.append(-(b0 - 251) * 256 - _card(data, at + 1, 1) - 108)
            at += 2
        else:
            raise CFFError(f"DICT byte {b0} at {at} is reserved")
    return entries


def _offset(entries: dict[int | tuple[int, int], list[float]], key: int) -> int:
    operands = entries.get(key)
    if not operands or not float(operands[-1]).is_integer():
        raise CFFError(f"the Top DICT has no offset for operator {key}")
    return int(operands[-1])


def cids(cff: bytes) -> list[int] | None:
    """The CID of each glyph of a CID-keyed CFF (version 1), in glyph order (.notdef's is 0);
    None for a name-keyed one. A CFF that does not parse raises CFFError."""
    if len(cff) < 4 or cff[0] != 1:
        raise CFFError("not a CFF table of version 1")
    _names, at = index(cff, cff[2])
    tops, _ = index(cff, at)
    if not tops:
        raise CFFError("the CFF has no Top DICT")
    entries = top_dict(cff[tops[0] : tops[1]])
    if ROS not in entries:
        return None
    glyphs = len(index(cff, _offset(entries, CHARSTRINGS))[0]) - 1
    charset = _offset(entries, CHARSET)
    if charset <= 2:  # a predefined charset (ISOAdobe, Expert…) names glyphs, it gives no CIDs
        raise CFFError(f"a CID-keyed CFF with the predefined charset {charset}")
    found = [0]
    kind, at = _card(cff, charset, 1), charset + 1
    while len(found) < glyphs:
        if kind == 0:
            found.append(_card(cff, at, 2))
            at += 2
            continue
        if kind not in (1, 2):
            raise CFFError(f"charset format {kind}")
        first, left = _card(cff, at, 2), _card(cff, at + 2, kind)
        found.extend(range(first, first + left + 1))
        at += 2 + kind
    if len(found) != glyphs:
        raise CFFError("the charset's last range runs past the glyphs")
    return found
