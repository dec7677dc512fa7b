"""Text runs with their source offsets, as readers build them: adjacent runs merged, soft
breaks decided, images inside text waiting for their paragraph to say what they are; and line
and column of an offset."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..chars import is_wide
from ..model import Inline, LineBreak, Text, plain_text
from .rich import SourcedText


@dataclass(frozen=True)
class Soft(SourcedText):
    """A soft break, until merging decides what it is."""


@dataclass(frozen=True)
class Image(Text):
    src: str = ""
    title: str = ""
    offset: int = -1


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def line_column(starts: Sequence[int], offset: int) -> tuple[int, int]:
    """1-based line and column of an offset."""
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def plain(inlines: list[Inline]) -> str:
    return plain_text(tuple(inlines))


def merge(
    inlines: list[Inline], image: Callable[[Image], Inline] | None = None
) -> tuple[Inline, ...]:
    """Adjacent runs as one, soft breaks decided, offsets joined (each run keeps its end).

    Runs are gathered and joined once per stretch of text: joining them two by two copied the
    offsets so far at each step, quadratic in a paragraph's length (14 s of a novel's read).
    """
    out: list[Inline] = []
    pending: list[SourcedText] = []
    for index, inline in enumerate(inlines):
        if isinstance(inline, Image):
            inline = image(inline) if image else SourcedText(inline.text)
        if isinstance(inline, Soft) and not pending and out and isinstance(out[-1], LineBreak):
            continue  # the source's own newline after a hard break (`<br>` then a new line)
        if isinstance(inline, Soft):
            last = pending[-1] if pending else (out[-1] if out else None)
            before = last.text[-1:] if isinstance(last, Text) else ""
            after = _next_char(inlines, index + 1)
            wide = (before and is_wide(before)) or (after and is_wide(after))
            inline = SourcedText("\n" if wide else " ")
        if isinstance(inline, SourcedText):
            pending.append(inline)
            continue
        if pending:
            out.append(_joined(pending))
            pending = []
        out.append(inline)
    if pending:
        out.append(_joined(pending))
    return tuple(o for o in out if not (isinstance(o, SourcedText) and not o.text))


def _next_char(inlines: list[Inline], start: int) -> str:
    for inline in inlines[start:]:
        if isinstance(inline, Text) and inline.text:
            return inline.text[0]
        if not isinstance(inline, Text):
            return ""
    return ""


def _joined(runs: list[SourcedText]) -> SourcedText:
    """One run of several; a run without offsets (a soft break) stands where the run before it
    ended, or else takes the offsets around it."""
    text = "".join(r.text for r in runs)
    if len(runs) == 1 or not any(r.offsets for r in runs):  # no positions: `align` finds them
        return runs[0] if len(runs) == 1 else SourcedText(text)
    offsets: list[int] = []
    end = -1
    for run in runs:
        if run.offsets:
            offsets.extend(run.offsets[:-1])
            end = run.offsets[-1]
        else:
            offsets.extend([end] * len(run.text))
    offsets.append(end)
    return SourcedText(text, _filled(tuple(offsets)))


def _filled(offsets: tuple[int, ...]) -> tuple[int, ...]:
    """Unknown offsets (-1) take the one after them, or else the one before."""
    out = list(offsets)
    following = -1
    for index in range(len(out) - 1, -1, -1):
        if out[index] < 0:
            out[index] = following
        else:
            following = out[index]
    previous = -1
    for index, value in enumerate(out):
        if value < 0:
            out[index] = previous
        else:
            previous = value
    return tuple(out)
