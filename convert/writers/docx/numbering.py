"""List numbering: two abstract definitions (bullets, decimals; nine levels each) added to the
template's numbering part, and a `w:num` per list, so each ordered list counts from 1.

A plain-text list keeps its own markers (`ListBlock.labels`: `（一）`, `1、`, `①`, `•`): Word
numbers it itself, in the same format, from a definition made for that marker (`marker_format`);
a marker the text printed with no space after it (`1.目前`) has none in Word either (`w:suff`
`nothing`; otherwise Word's tab).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ...chars import cjk_number
from ...model import label_parts

_BULLETS = ("•", "◦", "▪")


_NUMBER_RE = re.compile(r"\d+|[一二三四五六七八九十]+|[①-⑳]")
# a number's form in a marker -> Word's number format (ST_NumberFormat)
_FORMATS = (("0123456789", "decimal"), ("一二三四五六七八九十", "chineseCounting"))


def marker_format(label: str) -> tuple[str, str]:
    """Word's number format and level text for a marker: `（一）` -> (chineseCounting, `（%1）`),
    `1.` -> (decimal, `%1.`), `①` -> (decimalEnclosedCircle, `%1`), `•` -> (bullet, `•`)."""
    match = _NUMBER_RE.search(label)
    if match is None:
        return "bullet", label
    number = match.group()
    if "①" <= number[0] <= "⑳":
        fmt = "decimalEnclosedCircle"
    else:
        fmt = next(f for digits, f in _FORMATS if number[0] in digits)
    return fmt, label[: match.start()] + "%1" + label[match.end() :]


def _width(label: str) -> int:
    """The hanging indent (twips) a marker needs: a full-width character is 210, others 105."""
    wide = sum(unicodedata.east_asian_width(c) in "WF" for c in label)
    return max(420, 210 * wide + 105 * (len(label) - wide) + 105)


def _level(
    ilvl: int, ordered: bool, marker: tuple[str, str] | None = None, glued: bool = False
) -> Any:
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    fmt, text = marker or (
        "decimal" if ordered else "bullet",
        f"%{ilvl + 1}." if ordered else _BULLETS[ilvl % len(_BULLETS)],
    )
    for tag, value in (
        ("w:start", "1"),
        ("w:numFmt", fmt),
        *((("w:suff", "nothing"),) if glued else ()),
        ("w:lvlText", text.replace("%1", f"%{ilvl + 1}")),
        ("w:lvlJc", "left"),
    ):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        lvl.append(child)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    hanging = _width(marker[1].replace("%1", "00")) if marker else 420
    ind.set(qn("w:left"), str(420 * ilvl + hanging))
    ind.set(qn("w:hanging"), str(hanging))
    ppr.append(ind)
    lvl.append(ppr)
    return lvl


class Numbering:
    def __init__(self, word: Any) -> None:
        self.element = word.part.numbering_part.element
        used = [
            int(a.get(qn("w:abstractNumId"))) for a in self.element.iterfind(qn("w:abstractNum"))
        ]
        self.next_id = max(used, default=-1) + 1
        self.abstract: dict[bool, int] = {
            ordered: self._abstract(ordered) for ordered in (False, True)
        }
        self.marked: dict[tuple[tuple[str, str], bool], int] = {}

    def _abstract(
        self, ordered: bool, marker: tuple[str, str] | None = None, glued: bool = False
    ) -> int:
        abstract = OxmlElement("w:abstractNum")
        abstract_id = self.next_id
        self.next_id += 1
        abstract.set(qn("w:abstractNumId"), str(abstract_id))
        multi = OxmlElement("w:multiLevelType")
        multi.set(qn("w:val"), "hybridMultilevel")
        abstract.append(multi)
        for ilvl in range(9):
            abstract.append(_level(ilvl, ordered, marker, glued))
        first_num = self.element.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.element.append(abstract)
        return abstract_id

    def new_list(self, ordered: bool, labels: tuple[str, ...] = (), depth: int = 0) -> int:
        """A new `w:num` for one list (python-docx places it and picks its id); with `labels`,
        numbered in their format from the first one's number."""
        if labels:
            shown, gap = label_parts(labels[0])
            marker = marker_format(shown)
            key = (marker, not gap)
            if key not in self.marked:
                self.marked[key] = self._abstract(ordered, marker, not gap)
            num = self.element.add_num(self.marked[key])
            if marker[0] != "bullet":
                override = num.add_lvlOverride(ilvl=min(depth, 8))
                override.add_startOverride(_first_number(labels[0]))
            return int(num.numId)
        num = self.element.add_num(self.abstract[ordered])
        if ordered:
            override = num.add_lvlOverride(ilvl=0)
            override.add_startOverride(1)
        return int(num.numId)

    def number(self, p: Any, num_id: int, depth: int, continued: bool) -> None:
        """Number the paragraph at `depth`; a later paragraph of the same item is only indented."""
        ppr = p.get_or_add_pPr()
        if continued:
            ind = ppr.get_or_add_ind()
            ind.set(qn("w:left"), str(420 * (min(depth, 8) + 1)))
            return
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = min(depth, 8)
        num_pr.get_or_add_numId().val = num_id


def _first_number(label: str) -> int:
    match = _NUMBER_RE.search(label)
    number = match.group() if match else "1"
    if number.isascii():
        return int(number)
    if "①" <= number <= "⑳":
        return ord(number) - ord("①") + 1
    return cjk_number(number) or 1
