"""List numbering: two abstract definitions (bullets, decimals; nine levels each) added to the
template's numbering part, and a `w:num` per list, so each ordered list counts from 1."""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_BULLETS = ("•", "◦", "▪")


def _level(ilvl: int, ordered: bool) -> Any:
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, value in (
        ("w:start", "1"),
        ("w:numFmt", "decimal" if ordered else "bullet"),
        ("w:lvlText", f"%{ilvl + 1}." if ordered else _BULLETS[ilvl % len(_BULLETS)]),
        ("w:lvlJc", "left"),
    ):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        lvl.append(child)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(420 * (ilvl + 1)))
    ind.set(qn("w:hanging"), "420")
    ppr.append(ind)
    lvl.append(ppr)
    return lvl


class Numbering:
    def __init__(self, word: Any) -> None:
        self.element = word.part.numbering_part.element
        used = [
            int(a.get(qn("w:abstractNumId"))) for a in self.element.iterfind(qn("w:abstractNum"))
        ]
        self.abstract: dict[bool, int] = {}
        base = max(used, default=-1) + 1
        for offset, ordered in enumerate((False, True)):
            abstract = OxmlElement("w:abstractNum")
            abstract.set(qn("w:abstractNumId"), str(base + offset))
            multi = OxmlElement("w:multiLevelType")
            multi.set(qn("w:val"), "hybridMultilevel")
            abstract.append(multi)
            for ilvl in range(9):
                abstract.append(_level(ilvl, ordered))
            first_num = self.element.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                self.element.append(abstract)
            self.abstract[ordered] = base + offset

    def new_list(self, ordered: bool) -> int:
        """A new `w:num` for one list (python-docx places it and picks its id)."""
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
