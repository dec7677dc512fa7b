"""A space a break hid, shown where the text sets the same words down again with it.

A two-part headline holds a space between its halves (`用创造拥抱新时代 以奋斗铸就新辉煌`), and
where a column breaks the headline there the space is lost with the break: the page does not
show it (bench/README.md, "Headlines, subheads and captions on real typeset PDFs", 3). The text
often does: the photo's caption or the lead restates the headline on one line, the space kept
(`图为用创造拥抱新时代 以奋斗现场画面。`), or the headline keeps on one line the space that the
caption's break hid. A break between two Han characters whose three before and two after stand
elsewhere on one line with a space between them, and nowhere on one line without it, is joined
with the space. No Chinese paragraph holds a space between Han characters (`spaced_heads`), so a
spaced pair is a headline's or a title's pause, set again where its words are restated.
Evidence: bench/accuracy_extracted.py, weasy-narrow and weasy-1col tuning halves; see
bench/README.md, "A justified line cut at its wide space".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...changes import Edit
from ...chars import HAN, is_han
from .front_lines import as_read_later

# three Han characters, a space, two Han characters: a headline's pause as a line shows it
# (a lookahead: pairs may overlap)
SPACED_PAIR_RE = re.compile(f"(?=([{HAN}]{{3}}) ([{HAN}]{{2}}))")
BEFORE, AFTER = 3, 2


def spaced_pairs(source: str, more: Sequence[str] = ()) -> frozenset[str]:
    """The five characters around each space between Han characters on a line of `source` (and
    `more`, found so elsewhere), less those that also stand on one line without the space."""
    if " " not in source and not more:
        return frozenset()
    pairs = {m.group(1) + m.group(2) for m in SPACED_PAIR_RE.finditer(source)}
    pairs.update(more)
    return frozenset(pair for pair in pairs if pair not in source)


def spaced_break(pairs: frozenset[str], left: str, right: str) -> bool:
    """The break between `left` and `right` (a line's end and the next one's start) falls where
    the text sets the same words apart by a space."""
    key = left[-BEFORE:] + right[:AFTER]
    return len(key) == BEFORE + AFTER and key in pairs and all(map(is_han, key))


def respaced(
    text: str, edits: list[Edit], source: str, headlines: set[str], more: Sequence[str] = ()
) -> list[Edit]:
    """`edits` with a space where an unwrap join of two Han characters falls at a spaced pair
    of `source` (module docstring). A headline the pass registered (`Context.headlines`, as
    joined without it) is registered with the space too: the layout pass runs no paragraph on
    from it, and found it no more, and ran it into the caption under it."""
    pairs = spaced_pairs(source, more)
    if not pairs:
        return edits
    out, keys = [], []
    for edit in edits:
        if not edit.after and edit.kind == "unwrap":
            left = text[edit.start - BEFORE : edit.start]
            right = text[edit.end : edit.end + AFTER]
            if spaced_break(pairs, left, right):
                edit = edit._replace(after=" ")
                keys.append(left + right)
        out.append(edit)
    for headline in [h for h in headlines if any(key in h for key in keys)]:
        for key in keys:
            headline = headline.replace(key, f"{key[:BEFORE]} {key[BEFORE:]}")
        headlines.update(as_read_later(headline))
    return out
