"""Specks OCR read as a mark between two Han characters, taken out before the punctuation pass
would widen them.

A dirty scan leaves dots and ticks that OCR reads as ASCII marks or a middle dot; between two
Han characters of running Chinese they stand where no mark is set. Two tests tell a speck from
a mark a writer set there: an apostrophe or backquote alone on its line (a quote comes in
pairs); for any of the marks, the words around it (`_speck_by_words`); for a `.`, the
sentence it would end or start (`ocr_speck_sentence.too_short_a_sentence`); and how jieba's
tagger reads the words beside a `·` or `.` (`ocr_speck_tags`: no name beside a dot, a word read
across it, an adverb parted from what it modifies); for a `.`, the clause it would end, and for
either, the text's own spelling of the two words beside it (`ocr_speck_document`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..changes import Edit
from ..config import Config
from .context import Context
from .ocr_speck_document import (
    dot_written_joined,
    spellings_of,
    too_short_a_clause,
    written_joined,
)
from .ocr_speck_local import reaching
from .ocr_speck_sentence import inside_a_term, too_short_a_sentence
from .ocr_speck_tags import (
    Tagger,
    adverb_before_predicate,
    de_before_noun,
    no_name_beside,
    verb_beside,
    word_across,
)
from .unwrap.measure import cells
from .unwrap.paragraphing import han

# the marks a speck is read as; `·` and `.` also stand between Han as a writer's marks
SPECKS = "'`·."
# the most Han characters read on each side of a speck (a word is four at most)
SIDE = 4
# the least Zipf frequency of a word spelled across a mark for the mark to be a speck: a name's
# dot spells its name across (`本拉登`, Zipf 2.5; none of 143 names reaches 4)
COMMON_WORD = 4.0
# the same for a `.`, which no name sets: a full stop spells no word across even this rare
COMMON_WORD_ACROSS_STOP = 2.5
# and for a `·` in a word of two characters the segmenter reads across it, one each side: no
# name's parts make one so common (of 66 names of people tried, the two characters beside a dot
# reach 3.6 in `希拉里·克林顿` alone, which the segmenter reads as two names)
COMMON_PAIR = 3.0
# words of one character that no transliteration sets as a syllable: no name's dot stands beside
NO_NAME = frozenset("的了和与在是等对把被将也都就这个为从向并及或而但们着过地得之其于所还又却")
# the least Zipf frequency of the words each side of a `·` for it to be a speck between two
# common words: no name's parts are both as common (`乔治·华盛顿` 4.4 / 4.6, `约翰·肯尼迪` 4.7 /
# 3.7), nor a column label's words beside its dot (`强信心·权威访谈`, up to 4.5)
COMMON_SIDES = 4.6
# one-character words a sentence never ends on (a preposition or conjunction opens a phrase, an
# adverb or a numeral modifies what follows), and words a sentence never starts with (a
# particle, a conjunction joining two words, `等` closing a list, the copula)
NEVER_ENDS = frozenset("和与及或而但并被从向为将由于以跟比这那每各其更不就要已再又仍最均两让")
NEVER_STARTS = frozenset("的地得着们了吗呢吧之于和与及等是")
# the cells a wrapped line, a `.` speck ending it, may fill less than the longer line beside it
# (a column's lines fill its measure or one cell less; `unwrap.measure.cells`)
FULL_SLACK = 1
# marks a page that sets its full stops narrow sets narrow too (`_narrow_marks`)
NARROW_MARKS = ",;:?!"


def _rare_marks_between_han(text: str, marks: str) -> list[int]:
    """Sorted offsets of each of `marks`, characters few texts hold, that stands between two
    Han characters, or after one at a line's end with one opening the next line (a wrapped
    page's speck: `领导人达'` / `成的`; a line's last `.` is judged apart, `_line_end_speck`).
    `str.find` skips to each: quicker than any pattern's scan."""
    found = []
    find, last = text.find, len(text) - 1
    for mark in marks:
        at = find(mark, 1)
        while at != -1:
            # (no Han character sorts before U+3400: English text's many `.` go at one test)
            after = -1
            if at < last:
                following = text[at + 1]
                if following >= "\u3400":
                    after = at + 1
                elif following in "\r\n":
                    after = _after_break(text, at + 1)
            if after >= 0 and han(text[after]) and han(text[at - 1]):
                found.append(at)
            at = find(mark, at + 1)
    return sorted(found)


def _line_end_speck(text: str, at: int, left: str, right: str, tag: Tagger) -> bool:
    """Whether a `.` ending a line, with Han ending it and opening the next, is a speck: it
    spells a word across the break as common as `COMMON_WORD_ACROSS_STOP` (`中华.` / `文明`,
    `党组.` / `书记`, `事.` / `关`), parts an adverb from what it modifies (`不再.` / `担任`),
    or a `的` from the noun it qualifies (`领导的.` / `体制机制`, `ocr_speck_tags.de_before_noun`).
    Where a paragraph is a line a paragraph's last full stop stands there, before a sentence's
    first word: the other tests read a sentence's start (`与会` read as `与`, a word no sentence
    starts with) or the text's spellings (a headline's `精神中央`) and are not asked.

    Evidence: zh-news-xwlb's tuning half, each paragraph's last `。` set as a `.` before a single
    line break (664): none is taken by these two tests, 3 by the others (the `的` test, added
    later, takes none of the 442 whose next paragraph opens on Han); the fifth model's narrow
    tuning pages (seeds 0-4) leave five line-end `.` specks unjudged, four of them so read."""
    if not _full_line(text, at):
        return False
    return (
        _speck_by_words(left, right, ".", COMMON_WORD_ACROSS_STOP, parts=False)
        or adverb_before_predicate(text, at, tag)
        or de_before_noun(text, at, tag)
    )


def _full_line(text: str, at: int) -> bool:
    """Whether the line ending at `at` fills as many cells (`unwrap.measure.cells`) as the
    longer of the lines before and after it, less `FULL_SLACK`: a wrapped line fills its
    column, a paragraph's last line mostly does not."""
    start = text.rfind("\n", 0, at) + 1
    before = text[text.rfind("\n", 0, start - 1) + 1 : start - 1] if start else ""
    following = text.find("\n", at) + 1
    end = text.find("\n", following)
    after = text[following : end if end >= 0 else len(text)]
    longest = max(cells(before.rstrip()), cells(after.rstrip()))
    return cells(text[start : at + 1]) >= longest - FULL_SLACK


def _after_break(text: str, at: int) -> int:
    """`at`, or past the single line break (LF or CR LF) that starts there: where the next
    character stands (-1 past the text's end)."""
    if text[at] == "\n":
        at += 1
    elif text[at] == "\r" and text[at + 1 : at + 2] == "\n":
        at += 2
    return at if at < len(text) else -1


def remove_specks(
    text: str, config: Config, context: Context, lines: Sequence[tuple[int, int]] | None = None
) -> list[Edit]:
    """Specks OCR read as a mark between two Han characters: an apostrophe or backquote alone
    on its line (Chinese sets no ASCII apostrophe between Han, and a quote set narrow comes in
    pairs), any of `'`, `` ` ``, `·`, `.` that the words around it show a speck
    (`_speck_by_words`: `向好.今年` stays a full stop's place, `平均水.平`, `社会·主义` and
    `的·根本` do not), and a `.` that would end or start a sentence shorter than any news sets
    (`这些.天，…`). A line's last `.`, where a paragraph's last full stop stands if a paragraph
    is a line, is judged only on a full line and by two tests (`_line_end_speck`).

    Evidence: none of the four earlier models (tuning halves, seeds 0-1) sets an apostrophe or
    backquote between Han; bench/damage_fifth.py's `ocr-speck` does, and its `.` and `·`
    specks were widened to `。` or kept (bench/README.md, "OCR specks between Han").

    >>> text = "灯光'造型下。经济稳中向好.今年以来新通道通达全球。高于世界平均水.平。中国特色社会·主义。本·拉登\\n‘甲'乙'丙’\\n"
    >>> [text[e.start - 1 : e.end + 1] for e in remove_specks(text, Config(), Context())]
    ["光'造", '水.平', '会·主']
    """
    specks = _rare_marks_between_han(text, SPECKS)
    if lines is not None:  # (a later round: the specks near changed `lines`, `ocr_speck_local`)
        specks = reaching(text, specks, lines)
    if not specks or context.has_kana(text):
        return []
    edits = []
    narrow: bool | None = None  # whether the page sets its marks narrow, found when first asked
    spellings = spellings_of(text, specks)  # (what the text writes joined, scanned when first asked)
    tag = context.tags  # (each run beside a mark tagged once a document)
    for at in specks:
        mark = text[at]
        if mark == ".":
            narrow = _narrow_marks(text) if narrow is None else narrow
            if narrow:
                continue
        after = _after_break(text, at + 1)
        alone = False  # (a quote's half may end a line: only a mark inside one is judged so)
        if mark in "'`" and after == at + 1:
            start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            alone = text.count(mark, start, end if end >= 0 else len(text)) == 1
        left, right = text[max(0, at - SIDE) : at], text[after : after + SIDE]
        floor = COMMON_WORD_ACROSS_STOP if mark == "." else COMMON_WORD
        if mark == "." and after != at + 1:
            if _line_end_speck(text, at, left, right, tag):
                edits.append(
                    Edit(at, at + 1, "", "ocr-speck", "a speck read as a mark between Han")
                )
            continue
        if (
            alone
            or _speck_by_words(left, right, mark, floor)
            or (mark == "." and too_short_a_sentence(text, at, after))
            or (mark == "·" and (no_name_beside(text, at, tag) or word_across(text, at, tag)))
            or (mark == "·" and verb_beside(text, at, tag))
            or (mark == "." and adverb_before_predicate(text, at, tag))
            or (mark == "." and de_before_noun(text, at, tag))
            or (mark == "." and inside_a_term(text, at))
            or (mark == "." and too_short_a_clause(text, at))
            or (mark in "·." and written_joined(text, at, spellings, tag))
            or (mark == "·" and dot_written_joined(text, at, spellings))
        ):
            edits.append(Edit(at, at + 1, "", "ocr-speck", "a speck read as a mark between Han"))
    return edits


def facts(text: str, context: Context) -> tuple[bool, bool]:
    """What the verdicts read of the whole text (`ocr_speck_local`): kana, narrow marks."""
    return context.has_kana(text), _narrow_marks(text)


def _narrow_marks(text: str) -> bool:
    """Whether the text sets a comma, semicolon, colon, `?` or `!` narrow after a Han character
    inside a line: a page whose full stops were set narrow (an English keyboard, an OCR engine
    that reads every mark narrow) has its other marks narrow too, and its `.` between Han is
    a full stop. A line's last comma is left out: OCR reads it narrow alone (`ocr-comma`).

    Evidence: bench/damage_blind.py's tuning half (seeds 0-4) narrows whole paragraphs: all
    334 of its texts holding a `.` between Han hold such a mark too; bench/damage_third.py
    narrows marks one at a time (381 of 414), and there the word tests alone decide
    (bench/README.md, "OCR specks between Han")."""
    for mark in NARROW_MARKS:
        at = text.find(mark, 1)
        while at != -1:
            if han(text[at - 1]) and text[at + 1 : at + 2] not in ("\n", "\r", ""):
                return True
            at = text.find(mark, at + 1)
    return False


def _speck_by_words(
    left: str, right: str, mark: str, floor: float = COMMON_WORD, parts: bool = True
) -> bool:
    """Whether the likeliest segmentation of the Han runs beside `mark` (four characters each
    side at most) shows it a speck: it spells a common word across the mark (`水平` in
    `平均水.平`), or parts two words one of which never stands beside such a mark.

    A writer's `·` or `.` between Han parts words: a foreign name's parts (`本·拉登`,
    `马克·吐温`), a column's label and title (`一线调研·加快形成`), two sentences. Where the
    segmenter reads a word across a name's dot, it is the name itself, a rare word (`本拉登`,
    `达芬奇`, `成吉思汗`: Zipf 2.5-3.6, under `COMMON_WORD`); a full stop that ends one sentence
    before another spells no common word across (zh-news-xwlb's tuning half: none of its 778
    `。` between Han; Lu Xun's 呐喊, zh-hant-gutenberg-nahan: 1 in 1,064, `想。到`). Where the
    mark parts two words, a name's dot never stands beside a function word (`NO_NAME`: no
    transliteration sets one as a syllable), a full stop never after one that opens a phrase
    (`NEVER_ENDS`: a preposition, a conjunction) nor before a particle (`NEVER_STARTS`): none of
    xwlb's 781 sentence marks between Han, nahan's 1,225 or the rest of the shared corpus's 63
    does, nor does a dot of the corpus or of 143 names tried. A speck falls anywhere: a common
    word spans two in five gaps between Han of the xwlb tuning half, a function word a tenth to
    a fifth of the others.

    Past those (the twenty-second stop): a `.` goes where the word across is as rare as Zipf 2.5
    (`专.刊`; none of xwlb's 778 stops spells one, nahan's `想。到` alone); a rare word read
    across (`以方`) leaves the two sides read alone to the function-word tests; more words no
    sentence ends on (adverbs, `两`, `让`) or starts with (`和与及等是`), none at a sentence mark
    between Han in xwlb's tuning half or nahan; a `·` cutting a two-character word as common as
    `COMMON_PAIR` (`东·盟`), or parting two words both as common as `COMMON_SIDES` (`胜利·召开`).
    """
    from .words import word_boundaries, word_zipf  # (the word list loads only if asked)

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
    bounds = word_boundaries(run) | {0}
    first = max(b for b in bounds if b < cut)
    last = min(b for b in bounds if b > cut)
    if cut not in bounds:
        spans = (run[a:b] for a in range(first, cut) for b in range(cut + 1, last + 1))
        if max(map(word_zipf, spans)) >= floor:
            return True
        # a word of two characters cut at its centre (`东·盟`, `组·件`): no name's dot stands there
        if mark == "·" and (first, last) == (cut - 1, cut + 1):
            return word_zipf(run[first:last]) >= COMMON_PAIR
        # a rare word read across (`以方`): the words each side reads alone, as a mark parts them
        first = max(b for b in word_boundaries(run[:cut]) | {0} if b < cut)
        last = cut + min(word_boundaries(run[cut:]))
    if not parts:  # (a word across alone: `_line_end_speck`)
        return False
    before, after = run[first:cut], run[cut:last]
    if mark == "·":
        return before in NO_NAME or after in NO_NAME or _common_words_both_sides(before, after)
    return mark == "." and (before in NEVER_ENDS or after in NEVER_STARTS)


def _common_words_both_sides(before: str, after: str) -> bool:
    """Whether a `·` parts two words of two characters or more that are both as common as
    `COMMON_SIDES` (`胜利·召开`, `解决·大党`): a name's parts are transliterations, rare words
    (of 53 names of people tried, `乔治·华盛顿` comes nearest, 4.4 / 4.6; the one-character
    part of `李·光耀` or `路德·金` is left out), and so are the words beside a column label's
    dot in zh-news-xwlb (`一线调研·加快形成`, 4.2 / 4.6)."""
    from .words import word_zipf

    return (
        len(before) > 1
        and len(after) > 1
        and min(word_zipf(before), word_zipf(after)) >= COMMON_SIDES
    )
