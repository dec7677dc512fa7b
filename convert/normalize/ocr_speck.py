"""Specks OCR read as a mark between two Han characters, taken out before the punctuation pass
would widen them.

A dirty scan leaves dots and ticks that OCR reads as ASCII marks; between two Han characters of
running Chinese they stand where no mark is set.
"""

from __future__ import annotations

from ..changes import Edit
from ..config import Config
from .context import Context
from .unwrap.paragraphing import han


def _rare_marks_between_han(text: str, marks: str) -> list[int]:
    """Sorted offsets of each of `marks`, characters few texts hold, that stands between two
    Han characters (`str.find` skips to each: quicker than any pattern's scan)."""
    found = []
    for mark in marks:
        at = text.find(mark, 1)
        while at != -1:
            if at < len(text) - 1 and han(text[at - 1]) and han(text[at + 1]):
                found.append(at)
            at = text.find(mark, at + 1)
    return sorted(found)


def remove_specks(text: str, config: Config, context: Context) -> list[Edit]:
    """Specks OCR read as an apostrophe or backquote between two Han characters, alone on
    their line: Chinese sets no ASCII apostrophe between Han, and a quote set narrow comes in
    pairs. (A `.` between Han is left to the punctuation pass: a full stop that lost its width
    looks the same, and a word test tells them apart too seldom: `人民.党和` is a full stop.)

    Evidence: none of the four earlier models (tuning halves, seeds 0-1) sets an apostrophe or
    backquote between Han; bench/damage_fifth.py's `ocr-speck` does.

    >>> text = "灯光'造型下。西部.陆海。\\n‘甲'乙'丙’\\n"
    >>> [text[e.start - 1 : e.end + 1] for e in remove_specks(text, Config(), Context())]
    ["光'造"]
    """
    specks = _rare_marks_between_han(text, "'`")
    if not specks or context.has_kana(text):
        return []
    edits = []
    for at in specks:
        mark = text[at]
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        if text.count(mark, start, end if end >= 0 else len(text)) == 1:
            edits.append(Edit(at, at + 1, "", "ocr-speck", "a speck read as a mark between Han"))
    return edits
