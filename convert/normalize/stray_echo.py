"""A stray word whose place the same document writes elsewhere with its Han word (issue 12).

`梦天实验舱将与天 and 核心舱对接` in a story that also writes `天和核心舱`: the text itself shows what
stood there. Issue 12 point 5 asks a replacement to be near-certain, else the word is kept and
flagged; four characters of the text around the word (`天和核心` or `和核心舱` with the word's
dictionary Han word at its place: `ECHO_SIDES`) written elsewhere in the same text are that
evidence, whatever the word's own context or the document's other words said (kept as English,
or taken out as put in). A word put in where nothing stood has no such echo, save by chance.

Evidence (figures in bench/README.md, "Stray words: the place written elsewhere"): zh-news-xwlb's
TUNING half only. Insertion models, where an echo would be wrong: bench/damage_print.py (seeds
0-9, 975 inserted words) and bench/damage_indep.py (seeds 20-24, 52) — none has an echo. The blind
model's substitutions (bench/damage_blind.py, seeds 0-4 and 10-14 tuning, 40-59 every article):
the echo stands at about one word in eight; where the word was kept or taken out, it is now
replaced.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..changes import Edit
from ..chars import HAN
from ..config import Config
from . import stray_words

# Han characters of the echo on the side that reads two, and on the side that reads one
ECHO_SIDES = (2, 1)

Talked = Callable[[re.Match[str]], bool]
_HAN_RUN_RE = re.compile(f"[{HAN}]+")


def _echoes(text: str, hans: set[str]) -> set[str]:
    """Every stretch of four Han characters in `text` with one of `hans` second or third: one
    walk over the text (a set, asked once per stray word)."""
    found: set[str] = set()
    wide, narrow = ECHO_SIDES
    for match in re.finditer("|".join(map(re.escape, sorted(hans))), text):
        at = match.start()
        for before, after in ((wide, narrow), (narrow, wide)):
            stretch = text[at - before : at + 1 + after] if at >= before else ""
            if len(stretch) == before + 1 + after and _HAN_RUN_RE.fullmatch(stretch[:before]) and (
                _HAN_RUN_RE.fullmatch(stretch[before + 1 :])
            ):
                found.add(stretch)
    return found


def _places(text: str, match: re.Match[str], han: str) -> tuple[str, str]:
    """The two stretches the word's place would read with `han` in it ("" at a text's edge or
    beside a non-Han character)."""
    wide, narrow = ECHO_SIDES
    left, right = text[max(0, match.start() - wide) : match.start()], text[match.end() :][:wide]
    if len(left) < wide or len(right) < wide or not _HAN_RUN_RE.fullmatch(left + right):
        return "", ""
    return left + han + right[:narrow], left[-narrow:] + han + right


def replaced_where_written(
    text: str,
    matches: Sequence[re.Match[str]],
    edits: list[Edit],
    config: Config,
    talked: Talked,
) -> list[Edit]:
    """`edits` (one per stray word of `matches`), with a word that is not already replaced by
    its dictionary word replaced where the text writes its place with that word elsewhere. A
    word talked about (`介词 of 的`) is left as judged."""
    wanted = {
        id(match): han
        for match, edit in zip(matches, edits, strict=True)
        if (han := stray_words.replacement(match.group(2), config)) is not None
        and len(han) == 1
        and edit.after != han
        and not talked(match)
    }
    if not wanted:
        return edits
    echoes = _echoes(text, set(wanted.values()))
    out = []
    for match, edit in zip(matches, edits, strict=True):
        han = wanted.get(id(match))
        if han is not None and any(place in echoes for place in _places(text, match, han) if place):
            word = match.group(2)
            message = (
                f"stray Latin word {word!r} between Han characters replaced by {han!r}: the text "
                f"writes its place with {han!r} elsewhere"
            )
            edit = Edit(match.start(), match.end(), han, "stray-word", message, "warning")
        out.append(edit)
    return out
