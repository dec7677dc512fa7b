"""Running heads and feet by repetition: short lines repeated next to page boundaries (form feeds,
page numbers, the start or end of the text) and nowhere else."""

from __future__ import annotations

from collections import Counter
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

from ...blocks import ends_paragraph
from .head_runs import MAX_HEAD_CHARS

if TYPE_CHECKING:
    from .page_lines import Line


def near_boundary(lines: list[Line], boundaries: list[int], reach: int = 1) -> list[bool]:
    """For each line: within `reach` non-blank lines of a page boundary (the start and end of the
    text are boundaries too).

    A running head or foot stands right next to the page break, a page number or a jump line.
    Found by walking out of each boundary, both ways, to the `reach + 1`-th non-blank line or the
    next boundary: a text has tens of thousands of lines and a few thousand boundaries at most.
    """
    count = len(lines)
    marks = set(boundaries)
    near = [False] * count
    for mark in sorted({-1, count, *marks}):
        if 0 <= mark < count:
            near[mark] = True
        for step in (1, -1):
            seen = 0  # non-blank lines since the boundary
            i = mark + step
            while 0 <= i < count and i not in marks:
                if lines[i].key:
                    seen += 1
                    if seen > reach:
                        break
                near[i] = True
                i += step
    return near


def mostly_near(flags: list[bool]) -> bool:
    """At least two places next to a page boundary, and two in three of all its places."""
    hits = sum(flags)
    return hits >= 2 and hits * 3 >= len(flags) * 2


def running_heads(
    lines: list[Line], near: list[bool], pages: int, keys: list[str] | None = None
) -> dict[str, list[int]]:
    """Short lines repeated next to page boundaries (the first page's may sit under the title),
    each with the indexes of the lines that hold it.

    Only a key seen next to a boundary at least twice can be one (`mostly_near`): those are
    counted among the near lines first, then every place of each is found, by C loops (most
    lines are near no boundary, and most short lines are no such key). `keys`: each line's
    key, if the caller listed them."""
    if pages < 2:
        return {}
    if keys is None:
        keys = list(map(itemgetter(2), lines))
    near_counts = Counter(compress(keys, near))
    repeated = {
        key for key, hits in near_counts.items() if hits >= 2 and key and len(key) <= MAX_HEAD_CHARS
    }
    if not repeated:
        return {}
    places: dict[str, list[int]] = {}
    for i in compress(range(len(keys)), map(repeated.__contains__, keys)):
        where = places.get(keys[i])
        if where is None:
            places[keys[i]] = [i]
        else:
            where.append(i)
    return {
        key: where
        for key, where in places.items()
        if mostly_near([near[i] for i in where]) and not ends_paragraph(key)
    }


def heads_past_mastheads(
    lines: list[Line],
    boundaries: list[int],
    mastheads: set[int],
    pages: int,
    heads: dict[str, list[int]],
    keys: list[str] | None = None,
) -> dict[str, list[int]]:
    """Running heads next to a page boundary once the masthead boxes count as part of it: a
    head set in boxes comes out a box a line, and a box no form tells (a desk's name alone,
    `要闻`) stands past the found ones, out of `near_boundary`'s reach (office-1col, tuning
    half: `新闻联播文字版` / `2023 年 3 月 1 日 星期三` / `要闻` on every page, the desk run into
    the headline or the sentence the page cut in 15 of 52 stories). Repetition decides, as
    for every running head: the key stands there on two pages or more, and in two of three
    of its places; here, beside every run of the head's boxes and nowhere else (a desk's box
    is on every page), and only at a box's length (`MAX_BOX_CHARS`): past a masthead stands the first
    page's headline too, and a story's subhead repeating it can open a later page (the blind
    damage model, seed 25, tuning half: `庆祝中国共产党成立105周年大会在京隆重举行`, taken
    for a head, cost the story its title)."""
    near = near_boundary(lines, sorted({*boundaries, *mastheads}))
    found = running_heads(lines, near, pages, keys)
    if not found:
        return {}
    runs = _runs(lines, mastheads)
    return {
        key: where
        for key, where in found.items()
        if key not in heads
        and len(key) <= MAX_BOX_CHARS
        and len(where) >= runs
        and all(near[i] for i in where)
    }


def _runs(lines: list[Line], marked: set[int]) -> int:
    """How many runs the `marked` lines make, blank lines between them counted in."""
    runs = 0
    previous = -1
    for index in sorted(marked):
        if runs == 0 or any(lines[i].key for i in range(previous + 1, index)):
            runs += 1
        previous = index
    return runs


# a desk's or a column's name set as a box of its own (`要闻`, `国际新闻`, `理论·学术`)
MAX_BOX_CHARS = 8
