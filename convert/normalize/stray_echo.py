"""A stray word whose place the same document writes elsewhere with its Han word (issue 12).

`梦天实验舱将与天 and 核心舱对接` in a story that also writes `与天和核心舱`; the seed sample's
`贡献丰台职工的智慧 and 力量` under `贡献智慧和力量`: the text itself shows what stood there. Issue 12
point 5 asks a replacement to be near-certain, else the word is kept and flagged; the five Han
characters the place would read with the word's dictionary Han word (two on each side,
`ECHO_SIDE`) written elsewhere in the same text are that evidence, whatever the word's own
context or the document's other words said (kept as English, or taken out as put in). A word put
in where nothing stood has no such echo save by chance, and least by chance in a line that ends a
sentence: a headline drops the function words its story writes (`_in_a_sentence`).

Evidence (zh-news-xwlb's tuning half; bench/README.md, "Stray words: the blind model's `stray`
kind by cause"): of 2,886 words the insertion models (bench/damage_print.py, damage_indep.py) put
in between Han characters, none has an echo; an echo of 和在与的 stands at 39 of 44,719 gaps between
Han characters in prose and 14 of 3,999 in titles and lines that end no sentence. On the blind
model's substitutions (seeds 0-4 and 10-14) it sets 17 blocks right, none wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..blocks import ends_paragraph
from ..changes import Edit
from ..chars import HAN
from ..config import Config
from . import stray_words

# Han characters of the echo on each side of the Han word
ECHO_SIDE = 2

Talked = Callable[[re.Match[str]], bool]
_HAN_RUN_RE = re.compile(f"[{HAN}]+")


def _written(text: str, places: set[str]) -> set[str]:
    """The `places` (Han stretches with their Han word at the centre) that `text` writes: one
    search for their centres between the characters their places have beside the centre (the
    regex engine passes over the rest), then a slice and a set lookup each."""
    centre, befores, afters = ({place[ECHO_SIDE + k] for place in places} for k in (0, -1, 1))
    found: set[str] = set()
    pattern = f"[{_chars(centre)}](?<=[{_chars(befores)}].)(?=[{_chars(afters)}])"
    for match in re.finditer(pattern, text):
        at = match.start()
        if at >= ECHO_SIDE and text[at - ECHO_SIDE : at + ECHO_SIDE + 1] in places:
            found.add(text[at - ECHO_SIDE : at + ECHO_SIDE + 1])
    return found


def _chars(chars: set[str]) -> str:
    return "".join(re.escape(ch) for ch in sorted(chars))


def _place(text: str, match: re.Match[str], han: str) -> str:
    """The stretch the word's place would read with `han` in it ("" at a text's edge or beside
    a non-Han character)."""
    left = text[max(0, match.start() - ECHO_SIDE) : match.start()]
    right = text[match.end() : match.end() + ECHO_SIDE]
    stretch = left + han + right
    return stretch if len(stretch) == 2 * ECHO_SIDE + 1 and _HAN_RUN_RE.fullmatch(stretch) else ""


def _in_a_sentence(text: str, match: re.Match[str]) -> bool:
    """The word's line ends a sentence: no headline or subhead, which drops the function words
    its story's lead writes (`美媒称欧洲多个美军基地` over `美国在欧洲的多个军事基地`)."""
    end = text.find("\n", match.end())
    return ends_paragraph(text[match.end() : end if end >= 0 else len(text)].rstrip())


def replaced_where_written(
    text: str,
    matches: Sequence[re.Match[str]],
    edits: list[Edit],
    config: Config,
    talked: Talked,
) -> list[Edit]:
    """`edits` (one per stray word of `matches`), with a word that is not already replaced by
    its dictionary word replaced where the text writes its place with that word elsewhere, in a
    line that ends a sentence (`_in_a_sentence`). A word talked about (`介词 of 的`) is left as
    judged."""
    places = {}
    for match, edit in zip(matches, edits, strict=True):
        han = stray_words.replacement(match.group(2), config)
        if han is None or len(han) != 1 or edit.after == han or talked(match):
            continue
        place = _place(text, match, han)
        if place and _in_a_sentence(text, match):
            places[id(match)] = place
    if not places:
        return edits
    written = _written(text, set(places.values()))
    out = []
    for match, edit in zip(matches, edits, strict=True):
        if places.get(id(match)) in written:
            word, han = match.group(2), places[id(match)][ECHO_SIDE]
            message = (
                f"stray Latin word {word!r} between Han characters replaced by {han!r}: the text "
                f"writes its place with {han!r} elsewhere"
            )
            edit = Edit(match.start(), match.end(), han, "stray-word", message, "warning")
        out.append(edit)
    return out
