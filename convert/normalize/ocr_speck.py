"""Specks OCR read as a mark between two Han characters, taken out before the punctuation pass
would widen them.

A dirty scan leaves dots and ticks that OCR reads as ASCII marks or a middle dot; between two
Han characters of running Chinese they stand where no mark is set. Two tests tell a speck from
a mark a writer set there: an apostrophe or backquote alone on its line (a quote comes in
pairs), and, for any of the marks, a common word spelled across it (`_cuts_common_word`).
"""

from __future__ import annotations

from ..changes import Edit
from ..config import Config
from .context import Context
from .unwrap.paragraphing import han

# the marks a speck is read as; `·` and `.` also stand between Han as a writer's marks
SPECKS = "'`·."
# the most Han characters read on each side of a speck (a word is four at most)
SIDE = 4
# the least Zipf frequency of a word spelled across a mark for the mark to be a speck: a name's
# dot spells its name across (`本拉登`, Zipf 2.5), a full stop never does
COMMON_WORD = 4.0
COMMON_WORD_STOP = 3.0


def _rare_marks_between_han(text: str, marks: str) -> list[int]:
    """Sorted offsets of each of `marks`, characters few texts hold, that stands between two
    Han characters (`str.find` skips to each: quicker than any pattern's scan)."""
    found = []
    find, last = text.find, len(text) - 1
    for mark in marks:
        at = find(mark, 1)
        while at != -1:
            # (no Han character sorts before U+3400: English text's many `.` go at one test)
            if at < last and text[at + 1] >= "\u3400" and han(text[at + 1]) and han(text[at - 1]):
                found.append(at)
            at = find(mark, at + 1)
    return sorted(found)


def remove_specks(text: str, config: Config, context: Context) -> list[Edit]:
    """Specks OCR read as a mark between two Han characters: an apostrophe or backquote alone
    on its line (Chinese sets no ASCII apostrophe between Han, and a quote set narrow comes in
    pairs), or any of `'`, `` ` ``, `·`, `.` that cuts a common word (`_cuts_common_word`:
    `西部.陆海` stays a full stop's place, `平均水.平` and `胜·利` do not).

    Evidence: none of the four earlier models (tuning halves, seeds 0-1) sets an apostrophe or
    backquote between Han; bench/damage_fifth.py's `ocr-speck` does, and its `.` and `·`
    specks were widened to `。` or kept (bench/README.md, "OCR specks between Han").

    >>> text = "灯光'造型下。西部.陆海。高于世界平均水.平。中国特色社会·主义。本·拉登\\n‘甲'乙'丙’\\n"
    >>> [text[e.start - 1 : e.end + 1] for e in remove_specks(text, Config(), Context())]
    ["光'造", '水.平', '会·主']
    """
    specks = _rare_marks_between_han(text, SPECKS)
    if not specks or context.has_kana(text):
        return []
    edits = []
    for at in specks:
        mark = text[at]
        if mark in "'`":
            start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            alone = text.count(mark, start, end if end >= 0 else len(text)) == 1
        else:
            alone = False
        left, right = text[max(0, at - SIDE) : at], text[at + 1 : at + 1 + SIDE]
        least = COMMON_WORD_STOP if mark == "." else COMMON_WORD
        if alone or _cuts_common_word(left, right, least):
            edits.append(Edit(at, at + 1, "", "ocr-speck", "a speck read as a mark between Han"))
    return edits


def _cuts_common_word(left: str, right: str, least: float) -> bool:
    """Whether the likeliest segmentation of the Han runs beside a mark (four characters each
    side at most) spells across it a word at least as common as `least` (`水平` in `平均水.平`).

    A writer's `·` or `.` between Han parts words: a foreign name's parts (`本·拉登`,
    `马克·吐温`), a column's label and title (`一线调研·加快形成`), two sentences. Where the
    segmenter reads a word across a name's dot, it is the name itself, a rare word (`本拉登`,
    `达芬奇`, `成吉思汗`: Zipf 2.5-3.6); a full stop that ends one sentence before another
    spells no common word across (zh-news-xwlb's tuning half: none of its 778 `。` between Han;
    Lu Xun's 呐喊 (zh-hant-gutenberg-nahan) has 1 in 1,064, `想。到`). A speck falls anywhere:
    a common word spans a third of the gaps between two Han characters of the xwlb tuning half.
    """
    from .words import _word_boundaries, _zipf  # (the word list loads only if asked)

    start = len(left)
    while start and han(left[start - 1]):
        start -= 1
    end = 0
    while end < len(right) and han(right[end]):
        end += 1
    cut = len(left) - start
    if not cut or not end:
        return False
    run = left[start:] + right[:end]
    bounds = _word_boundaries(run) | {0}
    if cut in bounds:
        return False
    first = max(b for b in bounds if b < cut)
    last = min(b for b in bounds if b > cut)
    spans = (run[a:b] for a in range(first, cut) for b in range(cut + 1, last + 1))
    return max(map(_zipf, spans)) >= least
