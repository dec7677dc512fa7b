"""A line's length as the file had it, before the invisible pass took characters out of it.

A hard wrap in a text file was made by whatever wrote the file, on the characters the file held.
A program that wraps at N characters (a mail client, a script, a converter's export) counts a
zero-width space, a soft hyphen or a control character as one, so a wrapped line that holds
one or two of them reads one or two characters short once they are removed, and a short line
that finishes a sentence ends its paragraph (`decide.paragraph_ends_here`): a paragraph cut in
two after `…新闻频道播出。` (bench/damage.py seed 0, article 294). A typesetter gives them no
width, so a printed line that holds them reaches the measure with its visible characters alone,
and its source length is longer still.
Either way a line whose length in the file reaches the measure was filled by the wrap; the one
line this reads wrongly is a paragraph's last line that stops exactly as many characters short
as it holds invisible ones.

Read only where it can matter: a mostly wide line a few characters short of the measure
(`MAX_HIDDEN`), in a normalize() call (`Context.origin`); the line's span is mapped back to the
source, and counted only where the source span is the line's own characters and the invisible
ones, nothing else (a mojibake repair or a run of no-break spaces made one space: the count
would not be the line's, and nothing is read).
"""

from __future__ import annotations

from dataclasses import replace

from ..context import Context
from ..invisible import REMOVED
from .measure import Widths

# no more invisible characters than this are looked for in a line short of the measure
MAX_HIDDEN = 3


def hidden_in_line(context: Context, start: int, end: int) -> int:
    """How many characters the invisible pass took out of the line at [start, end) of the text
    the unwrap pass sees (0 where unknown)."""
    if context.origin is None:
        return 0
    source, source_map = context.origin
    first = min(source_map.to_source(start), len(source))
    last = source_map.to_source(end, end=True)
    while first > 0 and source[first - 1] in REMOVED:
        first -= 1  # (a removed character opening the line maps past itself)
    extra = last - first - (end - start)
    if extra <= 0:
        return 0  # nothing taken out (or a span the line does not map to)
    span = source[first:last]
    return extra if len(span) - len(span.translate(_DELETED)) == extra else 0


# (`str.translate` deletes these: what it took out, counted in one pass at C speed)
_DELETED = dict.fromkeys(map(ord, REMOVED))


def as_filed(widths: Widths, line: str, context: Context, start: int, end: int) -> Widths:
    """`widths` for the line at [start, end) (`line`: its text, stripped) as the file had it
    (`hidden_in_line`): a line a few characters short of the CJK measure that held invisible
    characters before the invisible pass is measured with them, by a measure as much narrower.
    (Moved from `breaks.py`, at its line limit, unchanged.)"""
    wide = widths.wide
    if not wide or not wide - MAX_HIDDEN <= len(line) < wide or context.origin is None:
        return widths
    hidden = hidden_in_line(context, start, end)
    return replace(widths, wide=wide - hidden) if hidden else widths
