"""The ocr-speck pass asked, in a later round, about the specks whose verdict reads a changed line
(`partial.Locality`).

A speck's verdict reads past its own line, but not far: the words beside it (`ocr_speck.SIDE`
Han characters each side), the sentence it would end or start (`SHORTEST_SENTENCE` characters
that are not white space each way, and the one after its full stop), the tagger's run
(`ocr_speck_tags.RUN` Han characters each side, through a line break), its own line, and, for a
`·` or a `.`, its sentence back to the last blank line or `。` (a title's or quote's open mark,
an utterance's marks: `ocr_speck_tags._sides`, `adverb_before_predicate`), for a line's last
`.` the line before it (`ocr_speck._full_line`), and for a `·` the lines of its paragraph beside
its own (`ocr_speck_tags.sentence_lines`). White space is read through without limit (a
blank line over an indented one), so the reach is counted in characters that are not white
space, `REACH` each way, and taken out to whole lines.
One verdict reads the whole text: whether it writes a `·`'s or `.`'s two words joined elsewhere
(`ocr_speck_document.written_joined`); a line can only add such a spelling if it holds the two
Han beside the mark joined, so a mark is asked too where a changed line holds them.
Given a text the pass found nothing in, with the same facts (kana, `_narrow_marks`), a mark
whose reach holds no changed line reads what it read there, and stays. tests/normalize/
test_ocr_speck_local.py holds the partial run to the whole one, and fails with `REACH` one
shorter.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from .ocr_speck_document import changed_text, joined_pairs_in
from .ocr_speck_sentence import SHORTEST_SENTENCE, sentence_start
from .ocr_speck_tags import RUN, sentence_lines

# the most characters that are not white space a verdict reads on either side of its mark: the
# tagger's run, or a sentence (`ocr_speck.SIDE`, 4, is less; the character after a sentence's
# full stop is read on the full stop's line)
REACH = max(RUN, SHORTEST_SENTENCE)


def reaching(text: str, specks: Sequence[int], lines: Sequence[tuple[int, int]]) -> list[int]:
    """The `specks` (sorted offsets) whose reach holds a character of `lines` (sorted stretches
    of whole lines, `partial.whole_lines`), and each `.` whose two Han beside it stand joined in
    one of `lines` (`ocr_speck_document.written_joined` reads the whole text for the pair)."""
    starts = [start for start, _ in lines]
    out, far = [], []  # (the marks whose reach holds a changed line, the `·` and `.` beyond)
    for at in specks:
        low, high = reach(text, at)
        index = bisect_right(starts, high) - 1  # the last stretch that starts by `high`
        if index >= 0 and lines[index][1] > low:
            out.append(at)
        elif text[at] in "·.":
            far.append(at)
    if far:
        out = sorted(out + joined_pairs_in(text, far, changed_text(text, lines)))
    return out


def reach(text: str, at: int) -> tuple[int, int]:
    """The stretch of `text` the verdict on the mark at `at` may read (both ends included): from
    the start of the line of the `REACH`th character before it that is not white space (or
    the sentence's start, for a `·` or a `.`) to the end of the line of the `REACH`th after it."""
    low = text.rfind("\n", 0, _solid(text, at - 1, -1)) + 1
    if text[at] in "·.":
        low = min(low, _paragraph_start(text, at))
    if text[at] == "." and text[at + 1 : at + 2] in ("\n", "\r"):  # (`ocr_speck._full_line`)
        line_start = text.rfind("\n", 0, at) + 1
        low = min(low, text.rfind("\n", 0, max(line_start - 1, 0)) + 1)
    high = text.find("\n", _solid(text, at + 1, 1))
    high = len(text) if high < 0 else high
    if text[at] == "·":  # (the lines its sentence mark is looked for on)
        lines_start, lines_end = sentence_lines(text, at)
        low, high = min(low, lines_start), max(high, lines_end)
    return low, high


def _solid(text: str, at: int, step: int) -> int:
    """Where the `REACH`th character that is not white space stands, walking from `at` by
    `step` (the text's end, 0 or its length, where there are fewer)."""
    count = 0
    while 0 <= at < len(text):
        if not text[at].isspace():
            count += 1
            if count == REACH:
                return at
        at += step
    return 0 if step < 0 else len(text)


def _paragraph_start(text: str, at: int) -> int:
    """Where `ocr_speck_tags._sides` starts reading a `·`'s or a `.`'s sentence for an open
    title or quote, and `adverb_before_predicate` for an utterance's marks: the last blank line
    or `。` before it, or the text's start."""
    return max(sentence_start(text, at), 0)
