"""Whether a text writes a Han string joined, asked for strings that join the two sides of a
gap: a mark OCR read between two words (`ocr_speck_document`), a space inside a quote or between
names (`ocr_space_quoted`). Each such string holds the two Han beside its gap (their pair), so
the pairs of all the gaps that may be asked about are found in one scan of the text, when first
asked, and a string is then compared only where its pair stands: one pass over the text in all,
where `str in text` for each gap read the whole text once a gap, and a pass grew with the
square of the text (10 MB of news: seconds a round, bench/README.md, "The ocr-speck pass made
linear again")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


class Spellings:
    """`written(left, right)`: whether `text` holds `left + right`; `pairs` gives, when first
    asked, the pairs (two Han) of every gap the caller may ask about. A pair outside them is
    answered by the plain search."""

    def __init__(self, text: str, pairs: Callable[[], Iterable[str]]) -> None:
        self._text = text
        self._pairs = pairs
        self._at: dict[str, list[int]] | None = None  # each pair's offsets, found when first asked
        # the strings of one length the text writes with a pair after as many characters:
        # (pair, how many, the length) → the set, made when first asked
        self._around: dict[tuple[str, int, int], set[str]] = {}

    def written(self, left: str, right: str) -> bool:
        """Whether the text holds `left + right` (Han, no line break) anywhere.

        Asked of the strings the text writes around the pair, read once for each shape of
        question (how many characters stand before the pair, the length): a text asks the same
        few questions again and again (a gap a later round asks again, a quote each copy of an
        article holds), and a walk over the pair's places for each question grew with the text
        times the questions (bench/README.md, "The middle passes on a first call")."""
        if self._at is None:
            self._at = pairs_at(self._text, set(self._pairs()))
        pair, joined = left[-1] + right[0], left + right
        places = self._at.get(pair)
        if places is None:
            return joined in self._text
        offset, size = len(left) - 1, len(joined)
        around = self._around.get((pair, offset, size))
        if around is None:
            text = self._text
            around = {text[at - offset : at - offset + size] for at in places if at >= offset}
            self._around[(pair, offset, size)] = around
        return joined in around


# Up to this many different first characters, the pairs are found by a `str.find` of each: the
# regex engine tests a class at every character of the text (~70 instructions a character, a
# class of 4 as of 100), a find skips to the next copy of one character (~3).
FIND_FIRSTS = 8


def pairs_at(text: str, pairs: set[str]) -> dict[str, list[int]]:
    """Where each of `pairs` (two characters each) stands in `text`: one pattern's scan for a
    character of the pairs' firsts before one of their seconds, the hits sorted out by pair;
    where the firsts are few, a find of each."""
    found: dict[str, list[int]] = {pair: [] for pair in pairs if len(pair) == 2}
    if not found:
        return found
    first_characters = {pair[0] for pair in found}
    if len(first_characters) <= FIND_FIRSTS:
        return _pairs_found(text, found, first_characters)
    firsts = re.escape("".join(sorted(first_characters)))
    seconds = re.escape("".join(sorted({pair[1] for pair in found})))
    for hit in re.finditer(f"[{firsts}](?=[{seconds}])", text):
        at = hit.start()
        positions = found.get(text[at : at + 2])
        if positions is not None:
            positions.append(at)
    return found


def _pairs_found(
    text: str, found: dict[str, list[int]], first_characters: set[str]
) -> dict[str, list[int]]:
    """`pairs_at`'s places (`found`: the pairs, no place yet) by a find of each first character:
    each pair's places in order, as the scan finds them."""
    find = text.find
    for first in first_characters:
        at = find(first)
        while at >= 0:
            positions = found.get(text[at : at + 2])
            if positions is not None:
                positions.append(at)
            at = find(first, at + 1)
    return found
