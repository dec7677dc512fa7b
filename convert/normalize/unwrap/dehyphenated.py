"""Compound hyphens that `pdftotext` took out where it ran two printed lines together.

At a line that ends in `-` before a lowercase letter, `pdftotext` (its default mode) drops the
hyphen and joins the next line on: the text shows one line about twice the measure with the
word at the measure closed up (`…Jane was at a drawingroom window watching their arrival; when
they entered the passage she was there to`). That is right where the typesetter hyphenated a
word (TeX: `acknow-` / `ledged`) and wrong where the hyphen was the word's own (`drawing-room`,
`ill-founded`). A document whose typesetter never hyphenates (Word, by default) breaks only
at such compounds; one that hyphenates breaks mostly inside words, where one side or both are
no word at all (`acknow`, `ledged`). So the document decides: where nearly every closed-up
word at the measure splits, at a place its printed line could have ended, into two words, the
hyphens were compounds' and all come back.

Evidence: Pride and Prejudice's Word PDF (Times New Roman, never hyphenated), tuning chapters:
ten such words (`half-deserved`, `good-naturedly`, `love-making`, `empty-headed`,
`drawing-room`, `good-humoured`, `re-kindled`, `ill-judged`, `ill-founded`, `over-rated`), every
one a compound in the book's Gutenberg text. A word alone cannot decide it: of the
Gutenberg books' 372 hyphenated compounds, 302 are no word closed up (wordfreq), but 704 words
the books write closed (`netherfield`, `quitted`) split as two words too; bench/README.md,
"English through pdftotext's default mode".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ...changes import Edit

# a line this much wider than the measure is two printed lines run together
OVERLONG = 1.02
# slack for the measure's estimate where the first printed line ends in the hyphen
FIT_SLACK = 1.005
# each side of a compound is a word at least this common (Zipf scale; `humoured`: 2.15)
MIN_PART_ZIPF = 1.5
MIN_PART = 2  # letters
# a typesetter that hyphenates breaks more of its lines so (WeasyPrint's `hyphens: auto`: 11 %
# of Pride and Prejudice's lines; the Word PDF, compounds only: under 1 %), and nearly every
# closed-up word of one that does not splits as a compound
MAX_JOIN_SHARE = 0.03
COMPOUND_SHARE = 0.8

TOKEN_RE = re.compile(r"\S+")
CORE_RE = re.compile(r"[A-Za-z][a-z]{3,}")


@cache
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # only English hyphens pay for wordfreq's import

    return zipf_frequency(word, "en")


def _compound_split(line: str, measure: float, width: Callable[[str], float]) -> int | None:
    """Where in `line` (two printed lines run together) the hyphen of a compound was taken
    out: the offset of the compound's second word, or None if no closed-up word at the measure
    splits into two words where its printed line could have ended.

    The word is the one that passes the measure, or the one before it where that one passes it
    only with the hyphen back (`good-naturedly` did not fit, `goodnaturedly` would have).
    """
    tokens = list(TOKEN_RE.finditer(line))
    past = next((i for i, t in enumerate(tokens) if width(line[: t.end()]) > measure), None)
    if past is None:
        return None
    for token in tokens[past : max(past - 2, -1) : -1]:
        if width(line[: token.end()] + "-") <= measure:
            break  # even with a hyphen the compound would have fitted: not broken there
        at = _split(line, token, measure, width)
        if at is not None:
            return at
    return None


def _split(
    line: str, token: re.Match[str], measure: float, width: Callable[[str], float]
) -> int | None:
    """The best place to split the token's word into two words, its first one and the hyphen
    fitting the measure."""
    core = CORE_RE.search(token.group())
    if not core or core.end() - core.start() < 2 * MIN_PART:
        return None
    start = token.start() + core.start()
    word = core.group()
    best, at = 0.0, None
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        if width(line[: start + i] + "-") > measure * FIT_SLACK:
            break
        score = min(_zipf(word[:i].lower()), _zipf(word[i:]))
        if score > best:
            best, at = score, start + i
    return at if best >= MIN_PART_ZIPF else None


def restored_hyphens(
    lines: list[tuple[int, str]], measure: float, width: Callable[[str], float]
) -> list[Edit]:
    """The hyphens to put back (`lines`: each line's offset in the text and its text)."""
    joins = [(offset, line) for offset, line in lines if width(line) > measure * OVERLONG]
    if not joins or len(joins) > MAX_JOIN_SHARE * len(lines):
        return []
    splits = [(offset, _compound_split(line, measure, width), line) for offset, line in joins]
    found = [(offset + at, line, at) for offset, at, line in splits if at is not None]
    if len(found) < COMPOUND_SHARE * len(joins):
        return []
    edits = []
    for position, line, at in found:
        word = CORE_RE.search(line, line.rfind(" ", 0, at) + 1)
        message = f"compound hyphen restored: {line[word.start() if word else at : at]}-"
        # (the hyphen goes in before the second word's first letter, which the edit keeps)
        edits.append(Edit(position, position + 1, "-" + line[at], "hyphenation", message))
    return edits
