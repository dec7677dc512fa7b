"""Full-width ASCII letters and digits to half-width; a full-width space between Latin words to an
ASCII space.

Only letters, digits and that one space: full-width punctuation (，；：（）！？) is correct in
Chinese text, which is why NFKC (which would narrow it all) is never applied to the whole text.
An ideographic space U+3000 is kept where Chinese uses it: as a paragraph indent (`　　第一段`),
between CJK characters, or next to punctuation. Between two Latin letters or digits
(`Hello　World`, typed with a CJK input method left in full-width mode) it is a word space of the
wrong width, and becomes one ASCII space.

Both are Chinese conventions (half-width digits and Latin letters, as GB/T 15835 and the common
style guides ask). Japanese text keeps its widths: full-width digits and letters (`６月`,
`ＳＵＰＥＲ　ＬＩＶＥ`) are a setting JLReq (W3C, "Requirements for Japanese Text Layout", on
European numerals and letters) and JIS X 4051 allow, one cell of the text's grid each, and the
ideographic space separates words, Latin ones included (`タブレットPC　Surface`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter

from ..changes import Edit
from ..config import Config
from .context import Context

ALNUM_FULLWIDTH = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# (a class then a repeat rather than `[…]+`: the regex engine searches quickly for a pattern that
# starts with a character class, and tries one that starts with a repeat at every character)
FULLWIDTH_ALNUM_RE = re.compile(f"[{ALNUM_FULLWIDTH}][{ALNUM_FULLWIDTH}]*")
# Between Latin letters or digits of either width: the left one is narrowed by this same pass.
# The runs of U+3000 are found first and their neighbours checked after: a pattern that starts
# by looking behind would be tried at every character of the text. (Spelled with a literal first
# character, which the regex engine searches for far faster than `\u3000+`.)
IDEOGRAPHIC_SPACES_RE = re.compile("\u3000\u3000*")
LATIN_NEIGHBOUR_RE = re.compile(f"[A-Za-z0-9{ALNUM_FULLWIDTH}]")
NARROW = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B)}


def narrow_ascii_letters_digits(text: str, config: Config, context: Context) -> list[Edit]:
    """Narrow full-width letters and digits, and full-width spaces between Latin words.

    >>> [e.after for e in narrow_ascii_letters_digits("ＡＢＣ１２３，Hello　World", Config(), Context())]
    ['ABC123', ' ']

    Japanese text (kana, as `chars.is_japanese` decides for the punctuation pass too) is left as
    it is. Evidence: the clean livedoor articles of bench/clean_text.py, tuning half: 13 of 67
    hold full-width digits or letters and 1 an ideographic space between Latin words, each
    correct as published; narrowing them was the only change left in those articles' text.
    """
    if context.japanese(text):
        return []
    return _edits_between(text, 0, len(text))


def narrow_within(
    text: str, config: Config, context: Context, lines: Sequence[tuple[int, int]]
) -> list[Edit]:
    """`narrow_ascii_letters_digits(text)`'s edits inside `lines` (sorted stretches of whole
    lines): the pass's `partial.Locality`, with `japanese` as its facts.

    Sound: neither pattern matches a line feed, so every match lies inside one line and a search
    from a line's start to its end finds the matches the whole text's search finds there; the
    neighbours a run of U+3000 is checked against are read in the whole text, and lie in its own
    line or are a line feed (or, at the text's start, none: `m.start() > 0`), so what a line
    gets depends only on that line and on whether the whole text is Japanese."""
    if context.japanese(text):
        return []
    edits: list[Edit] = []
    for start, end in lines:
        edits += _edits_between(text, start, end)
    return edits


def japanese(text: str, context: Context) -> bool:
    """The one fact of the whole text the pass reads (`narrow_within`)."""
    return context.japanese(text)


def _edits_between(text: str, start: int, end: int) -> list[Edit]:
    """The pass's edits of `text[start:end]`, searched in the whole text (`pos`, `endpos`)."""
    edits = [
        Edit(m.start(), m.end(), m.group().translate(NARROW), "fullwidth-alnum")
        for m in FULLWIDTH_ALNUM_RE.finditer(text, start, end)
    ]
    edits += [
        Edit(m.start(), m.end(), " ", "fullwidth-space", "full-width space between Latin words")
        for m in IDEOGRAPHIC_SPACES_RE.finditer(text, start, end)
        if m.start() > 0
        and LATIN_NEIGHBOUR_RE.match(text, m.start() - 1)
        and LATIN_NEIGHBOUR_RE.match(text, m.end())
    ]
    return sorted(edits, key=attrgetter("start"))
