"""A space a break hid, shown where the text sets the same words down again with it.

A two-part headline holds a space between its halves (`用创造拥抱新时代 以奋斗铸就新辉煌`), and
where a column breaks the headline there the space is lost with the break: the page does not
show it (bench/README.md, "Headlines, subheads and captions on real typeset PDFs", 3). The text
often does: the photo's caption or the lead restates the headline on one line, the space kept
(`图为用创造拥抱新时代 以奋斗现场画面。`, `播发《迈上新征程 创造新伟业——…》`). A break between two Han characters whose three before and two after stand
elsewhere on one line with a space between them, and nowhere on one line without it, is joined
with the space. No Chinese paragraph holds a space between Han characters (`spaced_heads`), so a
spaced pair is a headline's or a title's pause, set again where its words are restated.
Only in a headline's line (no `，。；` before the break on its line) or inside a title or a
quotation. Evidence, tuning halves: it restores 7 spaces of bench/accuracy_extracted.py's
typeset PDFs (weasy-narrow 3, weasy-1col, office-1col, weasy, shuffled 1 each) and 4 of
bench/accuracy_blind.py's seeds 0-4, none wrong. bench/README.md, "A justified line cut at its
wide space".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...changes import Edit
from ...chars import HAN, is_han
from .front_lines import as_read_later

BEFORE, AFTER = 3, 2
# the space between three Han characters and two: a headline's pause as a line shows it (the
# space first, found fast; the characters around it looked at, not taken: pairs may overlap)
SPACED_PAIR_RE = re.compile(f" (?<=[{HAN}]{{{BEFORE}}} )(?=[{HAN}]{{{AFTER}}})")


def spaced_pairs(source: str, more: Sequence[str] = ()) -> frozenset[str]:
    """The five characters around each space between Han characters on a line of `source` (and
    `more`, found so elsewhere), less those that also stand on one line without the space."""
    if " " not in source and not more:
        return frozenset()
    pairs = {
        source[m.start() - BEFORE : m.start()] + source[m.end() : m.end() + AFTER]
        for m in SPACED_PAIR_RE.finditer(source)
    }
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
            if spaced_break(pairs, left, right) and _heading_or_title(text, edit):
                edit = edit._replace(after=" ")
                keys.append(left + right)
        out.append(edit)
    for headline in [h for h in headlines if any(key in h for key in keys)]:
        for key in keys:
            headline = headline.replace(key, f"{key[:BEFORE]} {key[BEFORE:]}")
        headlines.update(as_read_later(headline))
    return out


# what a body sentence holds and a headline does not (a headline may hold `：`, `、`, `？`)
SENTENCE_MARKS = frozenset("，。；")


def _heading_or_title(text: str, edit: Edit) -> bool:
    """The break falls in a headline's line (no sentence mark before it on its line) or inside a
    title or a quotation (`《`/`“` open on the line before it, or `》`/`”` closing one on the line
    after it): where a space between Han stands. No body paragraph of zh-news-xwlb holds one
    outside them (`spaced_heads`), so words a body sentence runs on are never set apart."""
    line = text[text.rfind("\n", 0, edit.start) + 1 : edit.start]
    if not SENTENCE_MARKS.intersection(line):
        return True
    if line.rfind("《") > line.rfind("》") or line.rfind("“") > line.rfind("”"):
        return True
    end = text.find("\n", edit.end)
    after = text[edit.end : end if end >= 0 else len(text)]
    for opening, closing in ("《》", "“”"):
        closes, opens = after.find(closing), after.find(opening)
        if closes >= 0 and not 0 <= opens < closes:
            return True
    return False
