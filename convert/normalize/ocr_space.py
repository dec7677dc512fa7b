"""A lone space between two Han characters inside running Chinese prose: OCR's, taken out.

OCR engines and some PDF extractions read a little gap between two characters of a sentence
as a space (`习近平主席倡 导携手建设`); Chinese prose never spaces a word inside a sentence. The
pauses that Chinese news does print between Han stand elsewhere: in headlines and roundup
subheads (no sentence-final mark), inside a quoted or bracketed title (`《高举…旗帜 为全面…》`,
`“巾帼心向党 奋进新征程”`), in a caption quoting a title, between names in a byline. So a space
goes where it is one ASCII space between two Han characters, outside any bracket or quote, in a
line (a paragraph, once unwrapped) of prose length that ends as a sentence does, and did not
stand on a headline's lines (`_headline_pause`, `_headline_in_source`: the unwrap or layout
pass may have joined a headline to its paragraph). Anywhere else, a space between Han goes
only where it cuts a word (`_cuts_word`: `习近平举行仪 式`, `天 安门`), which no pause does,
unless both sides are as long as a byline's names (`记者 罗国 何国桂`). A middle dot between
Han is left alone, even where it seems to cut a word: a foreign name's dot does as often
(`本·拉登`, `阿·古`: the segmenter knows `本拉登` as one word). Not in a text with kana
(Japanese prose spaces names: `安倍 晋三`).

Evidence: zh-news-xwlb's tuning half (167 clean articles) holds no such space in a sentence's
line (its 30 body pauses are all inside quotes or in lines without a final mark), and none of
its 101 spaces and middle dots between Han cuts a word so (but names not in it do: `本·拉登`); bench/damage_fifth.py's `ocr-space`
pages lost every paragraph such a space fell in. The guards come from the other models' tuning
halves and the typeset PDFs (bench/README.md, "A fifth damage model, written cold").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..changes import Edit
from ..chars import HAN
from ..config import Config
from .context import Context
from .unwrap.paragraphing import han

# the longest word a gap outside prose may cut anywhere and still be taken out
SHORT_WORD = 3
# a paragraph that ends as a sentence does: a final mark, maybe inside closing quotes
HAN_CHAR_RE = re.compile(f"[{HAN}]")
SENTENCE_END_RE = re.compile(r"[。！？…][”’」』）)]*\s*$")
OPENERS = "《“‘（(「『【〔〈"
CLOSERS = "》”’）)」』】〕〉"
# a mark that may stand between two Han: the mark, then a Han character (`_marks_between_han`)
SPACE_BEFORE_HAN_RE = re.compile(f" (?=[{HAN}])")
# the Han characters of a run next to a gap, up to its next space or other character
RUN_LEFT_RE = re.compile(f"[{HAN}]+$")
RUN_RIGHT_RE = re.compile(f"[{HAN}]+")
# the shortest line taken for running prose: a caption may quote a title's pause
# (`图为新华社播发：迈上新征程 现场画面。`)
PROSE_LINE = 40
# the longest line of the file taken for a subhead's (`_headline_in_source`)
HEADLINE_LINE = 40
# a file's measure is the length its longest lines but this share reach (`_measure`); a line
# under this share of it is visibly short
MEASURE_RANK = 0.8
SHORT_LINE = 0.7
# how many lines a headline or subhead may be wrapped over (`_headline_in_source`)
HEADLINE_LINES = 3
SENTENCE_MARK_RE = re.compile("[，。！？；]")
CLAUSE_MARK_RE = re.compile("[，。！？；：、]")
# a byline's or a list's names: runs this short on both sides of a gap (`记者 罗国 何国桂`)
NAME_RUN = 3
# the characters on each side of a gap its word and name tests read
WINDOW = 8


def remove_prose_gaps(text: str, config: Config, context: Context) -> list[Edit]:
    """Lone spaces between Han characters, outside brackets, in paragraphs that end a sentence.

    >>> text = "要闻 甲乙\\n会议指出，我们胜利 召开了《团结 奋斗》大会，擘画了现代化国家的宏伟蓝图，吹响了奋进号角。\\n习近平举行仪 式欢迎总统\\n"
    >>> [text[e.start - 2 : e.end + 1] for e in remove_prose_gaps(text, Config(), Context())]
    ['胜利 召', '行仪 式']
    """
    return _gap_edits(text, context, [(1, len(text))])


def remove_gaps_within(
    text: str, config: Config, context: Context, lines: Sequence[tuple[int, int]]
) -> list[Edit]:
    """`remove_prose_gaps(text)`'s edits inside `lines` (sorted stretches of whole lines): the
    pass's `partial.Locality`, with `kana` as its facts (a later round asks only the lines
    changed since it ran).

    Sound: a gap is a space between two Han characters of one line; whether it goes is read
    from that line (its length and end, its brackets, its runs of Han and words), from the file
    as read (`_headline_in_source`: the source's lines where the gap's character came from, which
    edits elsewhere do not move; `_measure`: the whole source), and from whether the whole text
    holds kana."""
    return _gap_edits(text, context, lines)


def kana(text: str, context: Context) -> bool:
    """The one fact of the whole text the pass reads (`remove_gaps_within`)."""
    return context.has_kana(text)


def _gap_edits(text: str, context: Context, lines: Sequence[tuple[int, int]]) -> list[Edit]:
    """The pass's edits of the gaps in `lines` (sorted stretches of whole lines)."""
    gaps = [
        at
        for start, end in lines
        for at in _marks_between_han(text, SPACE_BEFORE_HAN_RE, start, end)
    ]
    if not gaps or context.has_kana(text):
        return []
    edits: list[Edit] = []
    measure: int | None = None  # the file's measure, found when first asked
    line_start, line_end, sentence = -1, -1, False
    for at in gaps:
        if at >= line_end:  # (the gap's line, and whether it is prose, once a line)
            line_start = text.rfind("\n", 0, at) + 1
            found = text.find("\n", at)
            line_end = len(text) if found < 0 else found
            block = text[line_start:line_end]
            sentence = len(block) >= PROSE_LINE and SENTENCE_END_RE.search(block) is not None
        gap = at - line_start
        left, right = block[max(0, gap - WINDOW) : gap], block[gap + 1 : gap + 1 + WINDOW]
        prose = sentence and text[at] == " " and not _bracketed(block, gap)
        prose = prose and not _headline_pause(block, gap)
        if prose and context.origin is not None:
            measure = _measure(context.origin[0]) if measure is None else measure
            prose = not _headline_in_source(at, context, measure)
        if not prose and (_names(left, right) or not _cuts_word(left, right)):
            continue
        edits.append(Edit(at, at + 1, "", "ocr-space", "space between Han in a sentence"))
    return edits


def _marks_between_han(
    text: str, mark_re: re.Pattern[str], start: int = 1, end: int | None = None
) -> list[int]:
    """Sorted offsets of each mark `mark_re` finds before a Han character that stands after
    one too (in text[start:end], whole lines). The pattern opens with the mark (the engine skips
    to it; a look-behind first would be tried at every character) and the character before is
    read here: a page of English holds a space every six characters, none before a Han one."""
    found = mark_re.finditer(text, max(1, start), len(text) if end is None else end)
    return [match.start() for match in found if han(text[match.start() - 1])]


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


def _cuts_word(left: str, right: str) -> bool:
    """Whether the likeliest segmentation of the Han characters on each side of a gap (four at
    most) spells a word across it that no pause would cut: one of two or three characters
    (`仪 式`, `天 安门`), or of four cut off centre (`举行仪 式`); a four-character word cut in
    its middle may be two words a headline parts (`药品安全 监管为民`)."""
    from .words import SEGMENT_CONTEXT, _word_boundaries  # (the word list loads only if asked)

    before, after = left[-SEGMENT_CONTEXT:], right[:SEGMENT_CONTEXT]
    start = len(before)
    while start and HAN_CHAR_RE.match(before[start - 1]):
        start -= 1
    end = 0
    while end < len(after) and HAN_CHAR_RE.match(after[end]):
        end += 1
    cut = len(before) - start
    if not cut or not end:
        return False
    bounds = _word_boundaries(before[start:] + after[:end]) | {0}
    if cut in bounds:
        return False
    first = max(b for b in bounds if b < cut)
    size = min(b for b in bounds if b > cut) - first
    return size <= SHORT_WORD or cut - first != size // 2


def _headline_pause(block: str, at: int) -> bool:
    """Whether a gap before the line's first clause mark parts two runs of four Han or more: a
    headline's pause, where a headline was joined to the paragraph under it."""
    if CLAUSE_MARK_RE.search(block, 0, at):
        return False
    before = RUN_LEFT_RE.search(block[max(0, at - WINDOW) : at])
    after = RUN_RIGHT_RE.match(block, at + 1, at + 1 + WINDOW)
    if before is None or after is None:
        return False
    return min(len(before.group()), len(after.group())) >= 4


def _measure(source: str) -> int:
    """The file's measure: the length of its long lines (the `MEASURE_RANK` share of its
    lines is no longer)."""
    lengths = sorted(len(line.strip()) for line in source.split("\n") if line.strip())
    return lengths[int(MEASURE_RANK * (len(lengths) - 1))] if lengths else 0


def _headline_in_source(at: int, context: Context, measure: int) -> bool:
    """Whether the gap at `at` stood, in the file as read (`Context.origin`), in a headline's
    or subhead's lines: short lines with no comma or sentence mark (a colon may stand in one:
    `美国人士：美国挑动冲突 破坏和平`), one to three, that a blank or indented line, or the
    text's end, closes; or one such line visibly short of the file's `measure` (a LibreOffice
    page sets a headline's last line over its caption, a subhead's over the paragraph). The
    unwrap or layout pass may have joined them to the paragraph under."""
    if context.origin is None:
        return False
    source, source_map = context.origin
    start = source.rfind("\n", 0, source_map.to_source(at)) + 1
    for index in range(HEADLINE_LINES):
        end = source.find("\n", start)
        end = len(source) if end < 0 else end
        line = source[start:end].strip()
        if len(line) > HEADLINE_LINE or SENTENCE_MARK_RE.search(line):
            return False
        if index == 0 and len(line) < SHORT_LINE * measure:
            return True
        after = source.find("\n", end + 1)
        following = source[end + 1 : after if after >= 0 else len(source)]
        if end == len(source) or not following.strip() or following[:1] in " \t\u3000":
            return True
        start = end + 1
    return False


def _names(left: str, right: str) -> bool:
    """Whether the Han runs on both sides of a gap are as long as names in a byline (two or
    three characters: a lone character is no name, `灾 情持续`)."""
    before, after = RUN_LEFT_RE.search(left), RUN_RIGHT_RE.match(right)
    if not (before and after):
        return False
    return (
        2
        <= min(len(before.group()), len(after.group()))
        <= max(len(before.group()), len(after.group()))
        <= NAME_RUN
    )


def _bracketed(block: str, at: int) -> bool:
    """Whether `at` lies inside a bracket or quote opened earlier in the paragraph."""
    depth = 0
    for char in block[:at]:
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
    return depth > 0
