"""Paragraphs of a rich document cut in two (a page break pasted into Word, a line left blank in
Markdown in the middle of a sentence), joined as the layout pass joins a text file's blocks.

Only plain paragraphs next to each other in the same container are candidates (a paragraph of
the body, of a quote or of a note, never a list item, cell or caption), and only when the first
does not end a sentence. Whether they join is the repair passes' decision on the two texts
on the run of paragraphs with blank lines between them; a group is then repaired as one unit
whose parts are separated by that blank line, so the join is logged (`layout`) and located
like any repair. If that unit's repairs keep the blank line after all, the paragraphs stay
apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..blocks import ends_paragraph
from ..changes import Change
from ..config import Config
from ..model import Inline, Paragraph
from ..readers.rich import SourcedText
from . import Pass, normalize

BLANK = "\n\n"


def candidates(first: Paragraph, second: Paragraph) -> bool:
    plain = not first.kind and not second.kind and bool(first.text.strip())
    return plain and not ends_paragraph(first.text)


def _edge(inlines: tuple[Inline, ...], last: bool) -> int:
    runs = [i for i in inlines if isinstance(i, SourcedText) and i.offsets]
    if not runs:
        return -1
    return runs[-1].offsets[-1] if last else runs[0].offsets[0]


def joined_content(group: list[Paragraph]) -> tuple[Inline, ...]:
    """The paragraphs' inlines with a blank line between each two, standing where the first
    ended (so a join is located there)."""
    content: list[Inline] = list(group[0].content)
    for before, after in pairwise(group):
        end, start = _edge(before.content, True), _edge(after.content, False)
        content.append(SourcedText(BLANK, (end, end, start) if end >= 0 else ()))
        content.extend(after.content)
    return tuple(content)


def group_paragraphs(
    blocks: list[Paragraph], config: Config, passes: Sequence[Pass]
) -> list[tuple[list[Paragraph], list[Change]]]:
    """Consecutive paragraphs in groups that the passes would join (most groups have one), each
    with the layout pass's change at each blank line it joins.

    The passes decide on all the paragraphs' texts at once, blank lines between them: the
    layout pass judges a break by the document around it (two paragraphs alone are too little
    to go on, and it joins nothing then).
    """
    if not any(candidates(a, b) for a, b in pairwise(blocks)):
        return [([block], []) for block in blocks]
    text = BLANK.join(b.text for b in blocks)
    separators: list[int] = []
    at = 0
    for block in blocks[:-1]:
        at += len(block.text)
        separators.append(at)
        at += len(BLANK)
    joins = {
        c.source_start: c
        for c in normalize(text, config, passes).changes
        if c.pass_name == "layout" and BLANK in c.before and BLANK not in c.after
    }
    out: list[tuple[list[Paragraph], list[Change]]] = [([blocks[0]], [])]
    for index, block in enumerate(blocks[1:]):
        group, changes = out[-1]
        join = joins.get(separators[index])
        if join is not None and candidates(group[-1], block):
            group.append(block)
            changes.append(join)
        else:
            out.append(([block], []))
    return out


def join_changes(result: str, source: str, joins: list[Change], step: int) -> list[Change] | None:
    """The joins as changes of one more step on the unit's repaired text (the passes, seeing
    the group alone, kept its blank lines); None if the blank lines are not where they were."""
    found = [i for i in range(len(result) - 1) if result.startswith(BLANK, i)]
    origins = [i for i in range(len(source) - 1) if source.startswith(BLANK, i)]
    if len(found) != len(joins) or len(origins) != len(joins):
        return None
    out: list[Change] = []
    delta = 0
    for at, origin, join in zip(found, origins, joins, strict=True):
        out.append(
            join._replace(offset=at + delta, source_start=origin, source_end=origin + 2, step=step)
        )
        delta += len(join.after) - len(BLANK)
    return out
