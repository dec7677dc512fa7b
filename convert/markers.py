"""List item markers, read: `1.`, `（一）`, `一、`, `①`, `•` with their kind and number.

The unwrap pass (which line break before an item to keep) and the structure stage (which runs of
blocks are lists) must agree on what an item's marker is and which marker comes next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import cjk_number

BULLETS = "•●▪■◆◇○"
# the marker kinds an ordered list is numbered in, outermost first: the hierarchy of Chinese
# official documents (GB/T 9704-2012, 7.3.3: `一、`, `（一）`, `1.`, `（1）`), then `①`
RANKS = ("cjk、", "cjk()", "decimal.", "decimal、", "decimal()", "circled")


@dataclass(frozen=True)
class Marker:
    kind: str  # one of RANKS, or "bullet"
    label: str  # as printed, without the space after it: `1.`, `（一）`, `•`
    number: int  # 0 for a bullet
    rest: str  # the item's text
    gap: str = ""  # the space between the marker and its text as printed: `1. 目前` " ", `1.目前` ""


# a marker at a block's start: `headings.LIST_ITEM_RE`, which decides where a line starts an item,
# less its demand for Han text after the marker. A block is already a line of its own, and a
# run's numbering is the evidence (`follows`): `（二）10年来…`, `2.2023年…` (bench/damage_print.py:
# items whose sentence opens with a number). Latin text after a marker is left alone: English
# lists are not measured.
ITEM_RE = re.compile(
    r"(?:\d{1,2}[.．、]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]"
    r"|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[①-⑳]|[•●▪■◆◇○])[ \u3000]*"
    r"(?=[^\sA-Za-z])"
)


def marker(text: str) -> Marker | None:
    """The item marker a block opens with (`ITEM_RE`), read."""
    match = ITEM_RE.match(text)
    if match is None or "\n" in text:
        return None
    label = match.group().rstrip(" \u3000")
    rest = text[match.end() :]
    gap = match.group()[len(label) :]
    core = label.strip("（()）.．、")
    if label[0] in BULLETS:
        return Marker("bullet", label, 0, rest, gap)
    if "①" <= label <= "⑳":
        return Marker("circled", label, ord(label) - ord("①") + 1, rest, gap)
    paren = label[0] in "（("
    if core.isdigit():
        kind = "decimal()" if paren else "decimal、" if label.endswith("、") else "decimal."
        return Marker(kind, label, int(core), rest, gap)
    return Marker("cjk()" if paren else "cjk、", label, cjk_number(core), rest, gap)


def rank(kind: str) -> int:
    return RANKS.index(kind) if kind in RANKS else -1


def follows(item: Marker, previous: Marker) -> bool:
    """`item` is the next item of `previous`'s list: the same kind (the same bullet) and, when
    numbered, the next number."""
    if item.kind != previous.kind:
        return False
    return (
        item.label == previous.label
        if item.kind == "bullet"
        else item.number == previous.number + 1
    )


def next_item(line: str, first: str) -> bool:
    """`line` opens the item after the one `first` opens (`2. …` after `1. …`, `• …` after
    `• …`): the numbering says it starts a line, even where its text opens with a number
    (`2.2023年…`, which `headings.LIST_ITEM_RE` cannot tell from a wrapped decimal)."""
    if not first or not line:
        return False
    mine, before = marker(line), marker(first)
    return mine is not None and before is not None and follows(mine, before)
