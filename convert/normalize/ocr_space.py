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
unless both sides are as long as a byline's names (`记者 罗国 何国桂`); or, on a headline's or
subhead's lines, where it cuts one phrase or the story restates the words across it
(`ocr_space_phrase`), or, on the headline's, where it cuts a verb from the name it governs
(`ocr_space_clause`) or leaves a last word of one or two (`ocr_space_tail`). A middle dot between
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
from .ocr_space_bracket import centre_in_parenthesis
from .ocr_space_clause import object_cut
from .ocr_space_continued import after_a_comma, after_a_unit, continues_a_clause
from .ocr_space_forms import CENTRE_WORD, QUOTE_PART_ENDS, ocr_form, word_across
from .ocr_space_names import names_kept
from .ocr_space_phrase import in_title, inside_phrase, restated
from .ocr_space_quoted import names_written_joined, quote_written_joined
from .ocr_space_tail import TAIL_READ, short_tail
from .unwrap.paragraphing import han

# the longest word a gap outside prose may cut anywhere and still be taken out
SHORT_WORD = 3
# a paragraph that ends as a sentence does: a final mark, maybe inside closing quotes
SENTENCE_END_RE = re.compile(r"[。！？…][”’」』）)]*\s*$")
OPENERS = "《“‘（(「『【〔〈"
CLOSERS = "》”’）)」』】〕〉"
BRACKET_MARK_RE = re.compile(f"[{re.escape(OPENERS + CLOSERS)}]")
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
# what no headline's line holds after its pause (`_pause_line`): those marks, an enumeration
# comma, an OCR'd comma after Han (zh-news-xwlb: none of the 98 titles' pauses nor any body
# pause has a `、` as the first mark after it)
PAUSE_LINE_MARK_RE = re.compile(f"[，。！？；、]|(?<=[{HAN}]),")
CLAUSE_MARK_RE = re.compile("[，。！？；：、]")
# what ends a line as read: a file's line ends of every kind (a NEL the mojibake pass reads as `…`)
LINE_BREAK_RE = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")
# a line's end in the file as read where `_headline_in_source` and `_measure` read whole lines:
# LF, CR LF or a lone CR (an old Mac file's; the line-endings pass makes it a break later, so a
# second run reads it as one: read alike, both runs decide alike). A form feed stays inside its
# line (`pdftotext` sets it before a page's first line).
SOURCE_LINE_END_RE = re.compile("\r\n?|\n")
# how far on each side of a gap `_pause_line` reads its line: further than any headline's
HEADLINE_REACH = 120
# the characters on each side of a gap its word and name tests read
WINDOW = 8
# a joined headline's second part runs on into its story's opening clause: a sentence's end
# this close after the gap, with no mark before it, is a short sentence's (`_headline_pause`)
PAUSE_TO_SENTENCE_END = 20


def remove_prose_gaps(text: str, config: Config, context: Context) -> list[Edit]:
    """Lone spaces between Han characters, outside brackets, in paragraphs that end a sentence.

    >>> text = "要闻 甲乙\\n会议指出，我们胜利 召开了《团结奋斗 共创未来》大会，擘画了现代化国家的宏伟蓝图，吹响了奋进号角。\\n习近平举行仪 式欢迎总统\\n"
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
    from that line (its length and end, its brackets, its runs of Han and words, whether it is
    the text's first: a line becomes the first only when an edit takes out the lines over it,
    which leaves a change at offset 0 and makes it one of the lines asked), from the file as
    read (`_headline_in_source`: the source's lines where the gap's character came from, which
    edits elsewhere do not move; `_measure`: the whole source), and from whether the whole text
    holds kana. The text's first line reads too whether a blank line closes it
    (`ocr_space_clause`): an edit that joins a line to it or takes out the blank line under it
    touches the line's end, so the line is asked again."""
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
    tag = context.tags  # (each part a phrase test reads tagged once a document)
    line_start, line_end, ends, long = -1, -1, False, False
    for at in gaps:
        if at >= line_end:  # (the gap's line, and whether it is prose, once a line)
            line_start = text.rfind("\n", 0, at) + 1
            found = text.find("\n", at)
            line_end = len(text) if found < 0 else found
            block = text[line_start:line_end]
            ends = SENTENCE_END_RE.search(block) is not None
            long = len(block) >= PROSE_LINE
            joined: set[int] = set()  # (the line's gaps taken out so far)
            closed = line_end == len(text) or text.startswith("\n\n", line_end)
        gap = at - line_start
        left, right = block[max(0, gap - WINDOW) : gap], block[gap + 1 : gap + 1 + WINDOW]
        quoted = ends and _bracketed(block, gap)  # (asked only of a sentence's line)
        prose = ends and long and not quoted
        prose = prose and not (_headline_pause(block, gap) and _pause_line(at, context))
        if prose and context.origin is not None:
            prose = not _headline_in_source(at, context, _origin_measure(context)) or (
                continues_a_clause(at, context) and not after_a_unit(block, gap)
            )
        names = not prose and names_kept(left, right)
        line = (line_start == 0, ends, long)
        if not prose and not ocr_form(block, gap, line, quoted, joined, names):
            # (a word of four cut at its centre inside a parenthesis: OCR's, names or not)
            # (or a names' gap whose words the file writes joined elsewhere)
            if centre_in_parenthesis(block, gap, left, right) or (
                names and names_written_joined(block, gap, joined, context)
            ):
                pass
            elif names:
                continue
            elif not _cuts_word(left, right):
                if ends:
                    # (a phrase cut inside a title or a quote of a sentence's line: none of
                    # the 11 pauses in quoted titles of zh-news-xwlb's tuning sentences is, 132
                    # of the 769 word boundaries in them are; or outside quotes in a short
                    # one, a wrapped paragraph's last line or a short sentence, `王东峰等 参加
                    # 会见。`, `塔隆是应习近平的 邀请…`: zh-news-xwlb's tuning half holds one pause
                    # in a short sentence's line, in a quoted title; `after_a_comma`: a gap that
                    # a sentence's comma opens the clause of, `当晚，习近平在人民 大会堂…`; a quote
                    # the file writes joined elsewhere, `ocr_space_quoted`)
                    if not (
                        quoted
                        and (
                            (
                                in_title(block, gap)
                                and inside_phrase(block, gap, joined, QUOTE_PART_ENDS, tag)
                            )
                            or quote_written_joined(block, gap, joined, context)
                        )
                    ) and (
                        long
                        or quoted
                        or not (after_a_comma(block, gap) or inside_phrase(block, gap, joined, tag=tag))
                    ):
                        continue
                # (a word of four cut at its centre, a phrase cut: only on a headline's or
                # subhead's lines)
                elif not (
                    _cuts_centre(left, right)
                    or inside_phrase(block, gap, joined, tag=tag)
                    or restated(block, gap, joined, context, at)
                    or (
                        _bracketed(block, gap) and quote_written_joined(block, gap, joined, context)
                    )
                    or (not line_start and object_cut(block, gap, joined, context, closed))
                    or (
                        not line_start
                        and short_tail(
                            block, gap, joined, closed, text[line_end : line_end + TAIL_READ]
                        )
                    )
                ):
                    continue
                elif line_start:
                    if context.origin is None:
                        continue
                    if not _headline_in_source(at, context, _origin_measure(context)):
                        continue
        joined.add(gap)
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


def _cuts_word(left: str, right: str) -> bool:
    """Whether the likeliest segmentation of the Han characters on each side of a gap (four at
    most) spells a word across it that no pause would cut: one of two or three characters
    (`仪 式`, `天 安门`), or of four cut off centre (`举行仪 式`); a four-character word cut in
    its middle may be two words a headline parts (`药品安全 监管为民`)."""
    found = word_across(left, right)
    if found is None:
        return False
    size, cut = found
    return size <= SHORT_WORD or cut != size // 2


def _cuts_centre(left: str, right: str) -> bool:
    """Whether the segmentation spells a word of four across the gap, cut at its centre
    (`新闻 联播`, `第三 季度`): two words a pause may part in a quoted title, never, on the
    tuning halves, in a headline's or subhead's line (16 OCR spaces, no pause)."""
    found = word_across(left, right)
    return found is not None and found == (CENTRE_WORD, CENTRE_WORD // 2)


def _headline_pause(block: str, at: int) -> bool:
    """Whether a gap before the line's first clause mark parts two runs of four Han or more: a
    headline's pause, where a headline was joined to the paragraph under it. Not where that
    first mark after the gap is a sentence's end within `PAUSE_TO_SENTENCE_END` characters:
    a lone short sentence (`新征程是 充满光荣和梦想的远征。`; 21 OCR spaces of the fifth model's
    tuning half, no pause on any set's)."""
    if CLAUSE_MARK_RE.search(block, 0, at):
        return False
    after_gap = CLAUSE_MARK_RE.search(block, at)
    if (
        after_gap is not None
        and after_gap.group() in "。！？"
        and after_gap.start() - at <= PAUSE_TO_SENTENCE_END
    ):
        return False
    before = RUN_LEFT_RE.search(block[max(0, at - WINDOW) : at])
    after = RUN_RIGHT_RE.match(block, at + 1, at + 1 + WINDOW)
    if before is None or after is None:
        return False
    return min(len(before.group()), len(after.group())) >= 4


def _pause_line(at: int, context: Context) -> bool:
    """Whether the gap at `at` may stand on a headline's line in the file as read: that line
    (up to line ends of any kind, `HEADLINE_REACH` at most) holds no comma or sentence mark
    (`全国人大常委会党组举行会议 学习贯彻…`), or the file is not known there (no
    `Context.origin`, or the position maps to no space: lines the columns pass put in order). An OCR space in a story's first line has its line's clause marks
    around it (`蔡奇对年轻干部提出 希望和要求：要加强…`): 27 of the fifth model's tuning half
    the `_headline_pause` guard kept, and no pause on any set's tuning half."""
    if context.origin is None:
        return True
    source, source_map = context.origin
    where = source_map.to_source(at)
    if source[where : where + 1] != " ":
        return True
    start = max(0, where - HEADLINE_REACH)
    before = LINE_BREAK_RE.split(source[start:where])[-1]
    after = LINE_BREAK_RE.split(source[where : where + HEADLINE_REACH], maxsplit=1)[0]
    return PAUSE_LINE_MARK_RE.search(before + after) is None


def _measure(source: str) -> int:
    """The file's measure: the length of its long lines (the `MEASURE_RANK` share of its
    lines is no longer). The lines are `SOURCE_LINE_END_RE`'s, cut by `str.split` once every
    line end is a LF, and measured by C loops (the pattern's split and a stripping generator
    cost ~5 ms a megabyte)."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lengths = sorted(filter(None, map(len, map(str.strip, lines))))
    return lengths[int(MEASURE_RANK * (len(lengths) - 1))] if lengths else 0


def _origin_measure(context: Context) -> int:
    """`_measure` of the file as read (`Context.origin`), kept for the document: no edit
    changes it, and a later round's call would measure it again."""
    if context.origin_measure is None:
        context.origin_measure = _measure(context.origin[0]) if context.origin else 0
    return context.origin_measure


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
    where = source_map.to_source(at)
    start = max(source.rfind("\n", 0, where), source.rfind("\r", 0, where)) + 1
    for index in range(HEADLINE_LINES):
        end, following_start = _source_line_end(source, start)
        line = source[start:end].strip()
        if len(line) > HEADLINE_LINE or SENTENCE_MARK_RE.search(line):
            return False
        if index == 0 and len(line) < SHORT_LINE * measure:
            return True
        following = source[following_start : _source_line_end(source, following_start)[0]]
        if end == len(source) or not following.strip() or following[:1] in " \t\u3000":
            return True
        start = following_start
    return False


def _source_line_end(source: str, start: int) -> tuple[int, int]:
    """Where the line of the file as read that starts at `start` ends, and where the next one
    starts (`SOURCE_LINE_END_RE`; both the text's length at its end)."""
    found = SOURCE_LINE_END_RE.search(source, start)
    return (len(source), len(source)) if found is None else (found.start(), found.end())


def _bracketed(block: str, at: int) -> bool:
    """Whether `at` lies inside a bracket or quote opened earlier in the paragraph (its marks
    found by one search, not a step of Python a character)."""
    depth = 0
    for char in BRACKET_MARK_RE.findall(block, 0, at):
        if char in OPENERS:
            depth += 1
        elif depth:
            depth -= 1
    return depth > 0
