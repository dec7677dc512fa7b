"""Line endings and hard-wrapped lines."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, pairwise
from typing import NamedTuple

from wordfreq import zipf_frequency

from ..blocks import (
    CHAPTER_EN_RE,
    CHAPTER_LINE_RE,
    CONTINUATION_RE,
    breaks_off_speech,
    edge_spaces_everywhere,
    ends_paragraph,
    in_capitals,
    is_dateline,
    looks_like_heading,
    space_at_break,
)
from ..changes import Edit
from ..chars import (
    CLOSERS,
    HAN,
    HAN_RE,
    SENTENCE_END,
    WIDE_RUNS_RE,
    is_han,
    is_wide,
    mostly_wide,
)
from ..config import Config
from .context import Context
from .mojibake import mojibake_nels

# CRLF, lone CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (a paragraph separator is a blank line).
LINE_ENDING_RE = re.compile("\r\n|\r|\u0085|\u2028|\u2029")
INDENT_RE = re.compile(r"[ \u3000]{2,}|\u3000|\t")
INDENT_FIRST = " \u3000\t"  # every INDENT_RE match starts with one of these


def fix_line_endings(text: str, config: Config, context: Context) -> list[Edit]:
    """Every later pass sees LF only.

    >>> [e.after for e in fix_line_endings("a\\r\\nb\\u2029c", Config(), Context())]
    ['\\n', '\\n\\n']
    """
    edits = []
    # cp1252 "…" read as Latin-1: the mojibake pass repairs it
    ellipses = mojibake_nels(text, context.mojibake)
    for match in LINE_ENDING_RE.finditer(text):
        if match.start() in ellipses:
            continue
        after = "\n\n" if match.group() == "\u2029" else "\n"
        edits.append(Edit(match.start(), match.end(), after, "line-ending"))
    return edits


QUOTES = "“”‘’\"'"
SPACES = " \t\u3000\u00a0"
ABBREVIATION_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Messrs|Dr|St|Sr|Jr|Prof|Rev|Col|Capt|Gen|Lt|Sgt|Hon|No|vs|etc|viz|cf)\.$"
)
OPENING_QUOTES = '"“‘'
# a line ending so (`then observed,`, `cried out--`) before an opening quote introduces a speech
SPEECH_INTRO_ENDS = (",", "—", "--")
CLOSING = '.!?"”’'
CLOSING_QUOTES = '"”’'
LATIN_SENTENCE_END = ".!?"
# an entry's label in capitals, run into its text after a full stop and a dash
RUN_IN_LABEL_RE = re.compile(r"[A-Z][A-Z'&. -]{2,}\.(?:--|—)")
# share of the measure a line inside an open quotation must fill to be a wrap for certain
QUOTE_FIT = 0.95
WORD_END_RE = re.compile(r"([A-Za-z]+)-$")
WORD_START_RE = re.compile(r"^([a-z]+)")
# a hyphen at a line end is a hyphenation point only if the joined word is a word at least this
# common (Zipf scale: 3 is about once per million words) and commoner than the hyphenated form
MIN_WORD_ZIPF = 2.5
# longer lines than any print measure: without a measure learnt from the text, a line this long
# (characters) that ends a sentence is a paragraph of its own
UNWRAPPED_WIDE = 50
UNWRAPPED_LATIN = 110
# a Latin line ends its paragraph where it and the next line's first word fit in this share of
# the measure
LATIN_FIT = 1.0


@cache
def _is_hyphenation_point(left: str, right: str) -> bool:
    """`acknow-` + `ledged` is one word; `well-` + `known` is a compound that keeps its hyphen."""
    joined = zipf_frequency(left + right, "en")
    return joined >= MIN_WORD_ZIPF and joined > zipf_frequency(f"{left}-{right}", "en")


def _joiner(left_line: str, right_line: str) -> str:
    """What replaces a line break inside a paragraph.

    Chinese and Japanese are written without spaces, so a wrap between two CJK characters (or
    between CJK and Latin, where the source had no space on the line) joins with nothing; Latin
    words join with one space; a line that ends in a hyphen joins tight (the hyphen itself is
    judged by `_hyphen_edit`).
    """
    left = left_line.rstrip(QUOTES)[-1:] or left_line[-1:]
    right = right_line.lstrip(QUOTES)[:1] or right_line[:1]
    if not left or not right or is_wide(left) or is_wide(right):
        return ""
    if mostly_wide(left_line) or mostly_wide(right_line):
        return ""  # CJK text is wrapped anywhere, even inside a number or a Latin word
    if left == "-" and right.isalpha():
        return ""
    if left_line.endswith(("—", "--")) and right.isalnum():
        return ""  # an em dash is set closed up: `nothing of the bad—` / `belongs to you`
    if _inside_number(left, right) and _in_chinese(left_line, right_line):
        # a number in Chinese text cut by the wrap (`同比20` / `24年`): digits are narrow, so
        # such a line may be less than half Han
        return ""
    return " "


def _inside_number(left: str, right: str) -> bool:
    """`20` / `24`, `15` / `.2%`, `65.` / `1%`: the two sides of a break are one number."""
    return (left.isdigit() and (right.isdigit() or right == ".")) or (
        left == "." and right.isdigit()
    )


def _in_chinese(left_line: str, right_line: str) -> bool:
    return bool(HAN_RE.search(left_line) or HAN_RE.search(right_line))


@dataclass(frozen=True)
class _Widths:
    """The measure the text was set to, learnt from the wrapped lines themselves."""

    wide: int  # most common length of CJK lines inside blocks (0: none)
    latin: float  # a long Latin line's width in the chosen metric, a high percentile (0: none)
    monospace: bool = False  # Latin lines measured in characters (typewriter-style wraps)
    guessed: bool = False  # `wide` is a guess from too few lines to show a common length

    def width(self, text: str) -> float:
        return len(text) if self.monospace else latin_width(text)

    def is_short(self, line: str, next_line: str) -> bool:
        """True where the line stops before the measure: the writer ended it, not the wrap.

        Without a measure (no run of wrapped lines to learn it from), a line longer than any
        wrap is a paragraph of its own.
        """
        if mostly_wide(line):
            if not self.wide or (self.guessed and len(line) > UNWRAPPED_WIDE):
                return len(line) > UNWRAPPED_WIDE
            return len(line) < self.wide
        if not self.latin:
            return len(line) > UNWRAPPED_LATIN
        next_word = next_line.split(maxsplit=1)[0] if next_line.split() else ""
        return self.width(f"{line} {next_word}") <= self.latin * LATIN_FIT


# Approximate advance widths (in ems) of a proportional Latin typeface: pdftotext keeps the
# printed lines, and a line of narrow letters holds more characters than one of capitals.
# (Times-Roman's exact metrics were tried: they separate wraps from paragraph ends no better on
# Pride and Prejudice, whose Word PDF is set in Times New Roman; justification blurs both.)
NARROW = frozenset("ijlt.,;:'!|()[]-\"‘’“”fIr ")
WIDE = frozenset("mwMWOQDGHNU—")


def latin_width(text: str) -> float:
    """The printed width of a Latin line, near enough to tell a full line from a short one."""
    width = 0.0
    for ch in text:
        if ch in NARROW:
            width += 0.3
        elif ch in WIDE:
            width += 0.85
        elif ch.isupper():
            width += 0.68
        else:
            width += 0.5
    return width


# the measure is the width that wrapped lines reach but seldom pass: a high percentile, so that a
# few over-long lines (pdftotext merging two printed lines) do not stretch it
MEASURE_PERCENTILE = 0.9


def _spread(values: list[float]) -> float:
    """How ragged wrapped lines are in a metric: the gap between a typical and a long line."""
    values = sorted(values)
    high = values[int(len(values) * MEASURE_PERCENTILE)]
    return (high - values[len(values) // 2]) / high if high else 1.0


def _guess_measure(blocks: list[list[str]], wide: Counter[int]) -> int:
    """The measure of a text too short to show a common line length (0: none).

    A CJK line that ends on a comma or an enumeration mark is a wrap for certain: no paragraph
    ends there. The shortest such line is at most the measure (kinsoku may hang a mark past
    it), so a line that finishes a sentence before it stopped short. Three lines of a short
    article (`…源远流长，博大精深。` / `…历史文化遗产,` / `探寻中华文脉的根基。`) are enough.
    Without such a line, a length that three lines and half of all share is the measure
    (`央视网消息（新闻联播）：新华社` and two more lines of 15 under a headline of 43), else the
    longest line less a hanging mark or two: a line that finishes a sentence well before it was
    ended by its writer.
    """
    lengths = [
        len(text)
        for lines in blocks
        for line in lines[:-1]
        if (text := line.strip(SPACES))[-1:] in WRAP_ONLY_ENDS and mostly_wide(text)
    ]
    if lengths:
        # ragged: one paragraph a line, or no wrap at all
        return 0 if max(lengths) > min(lengths) + HANGING else min(lengths)
    repeated = [
        length
        for length, count in wide.items()
        if count >= MIN_GUESS_LINES and count * 2 >= wide.total()
    ]
    if repeated:
        return max(repeated)  # a column of equal lines under a long headline
    if wide.total() < MIN_GUESS_LINES:
        return 0
    return _percentile(wide, MEASURE_PERCENTILE) - HANGING


def _percentile(counts: Counter[int], share: float) -> int:
    """The length below which `share` of the lines fall (counts: length -> lines)."""
    rank = int(counts.total() * share)
    seen = 0
    for length in sorted(counts):
        seen += counts[length]
        if seen > rank:
            return length
    return max(counts)


# CJK lines inside blocks that a guessed measure needs: sharing one length, or at all
MIN_GUESS_LINES = 3


WRAP_ONLY_ENDS = "，、,"
# marks kinsoku may hang past the measure (`。”`)
HANGING = 2


def _wrapped_lines(blocks: list[list[str]]) -> Iterator[tuple[str, bool]]:
    """Each line of the blocks but their last, stripped, unless blank, and whether it is
    `mostly_wide`.

    The wide characters of every line are deleted by one substitution over all the blocks, not
    one per line (`_measure` asks of every line of a text, most of them distinct). SPACES are
    not wide, so a stripped text keeps what its line keeps less the SPACES stripped. A text
    that keeps at most half its characters is mostly wide (what `mostly_wide` asks first); any
    other is asked of `mostly_wide` itself.
    """
    rests = iter(WIDE_RUNS_RE.sub("", "\n".join(chain.from_iterable(blocks))).split("\n"))
    for lines in blocks:
        # (zip stops at the end of the lines, before it takes the rest of the last one)
        for line, rest in zip(lines[:-1], rests, strict=False):
            text = line.strip(SPACES)
            if text:
                kept = len(rest) - (len(line) - len(text))
                yield text, kept * 2 <= len(text) or mostly_wide(text)
        next(rests)  # the block's last line


def _measure(blocks: list[list[str]]) -> _Widths:
    wide: Counter[int] = Counter()
    latin: list[str] = []
    for text, is_wide_line in _wrapped_lines(blocks):
        if is_wide_line:
            wide[len(text)] += 1
        else:
            latin.append(text)
    mode, guessed = 0, False
    if wide:
        # the measure: the length most long lines share (short lines end paragraphs); long is
        # judged against a high percentile, not the longest line, which may be a headline
        # above the text in the same block
        longest = _percentile(wide, MEASURE_PERCENTILE)
        long_lines = Counter({n: c for n, c in wide.items() if n >= 0.6 * longest})
        mode = long_lines.most_common(1)[0][0]
        near = long_lines[mode] + long_lines[mode + 1] + long_lines[mode - 1]
        if near < 3 or near * 2 < sum(long_lines.values()):
            mode, guessed = _guess_measure(blocks, wide), True
        else:
            mode = _unhung_measure(blocks, mode)
    if len(latin) < 5:
        return _Widths(mode, 0, guessed=guessed)
    # typewriter text (a fixed column count) is measured in characters, typeset text in printed
    # width: whichever metric makes the wrapped lines the more even is the one they were set in
    chars = [float(len(t)) for t in latin]
    widths = [latin_width(t) for t in latin]
    monospace = _spread(chars) < _spread(widths)
    values = sorted(chars if monospace else widths)
    return _Widths(mode, values[int(len(values) * MEASURE_PERCENTILE)], monospace, guessed)


def _unhung_measure(blocks: list[list[str]], mode: int) -> int:
    """The measure, where a few lines longer than the commonest length end on a Han character.

    Only a punctuation mark may hang past the measure; a line of CJK characters alone that
    ends on a Han character and goes on in the next line was cut at the measure. Where two such
    lines are a character or two longer than the commonest length, that length was paragraph
    ends that happened to agree (`…开展。`, `…吸引眼球。` at 34 in a column of 36).
    """
    longer: Counter[int] = Counter()
    for lines in blocks:
        for line in lines[:-1]:
            if len(line) <= mode:
                continue  # cheap: most lines are at or under the measure
            text = line.strip(SPACES)
            if mode < len(text) <= mode + HANGING and is_han(text[-1]) and _all_wide(text):
                longer[len(text)] += 1
    unhung = [length for length, count in longer.items() if count >= MIN_UNHUNG_LINES]
    return max(unhung, default=mode)


# lines ending on a Han character that show the measure is longer than the commonest length
MIN_UNHUNG_LINES = 2


def _all_wide(text: str) -> bool:
    """No ASCII in the line: a Latin word or digits (`梦想 of远`, a stray word) make a line
    longer in characters than the measure it was set to."""
    return not any(ch.isascii() for ch in text)


class _Paragraphing(NamedTuple):
    """What the whole text says about its paragraphs, beyond the two lines at a break."""

    # the first words of lines known to open a paragraph (after a short last line, or a blank)
    openings: frozenset[str]
    # paragraphs are set apart by blank lines: a break inside a block is a wrap unless the
    # line stops well short of the measure
    blank_lines: bool


# a Han line that ends a sentence this many characters or more before the measure is short even
# in a text that marks paragraphs by blank lines (a removed zero-width character or a repaired
# stray word shortens a wrapped line by one or two)
BLANK_LINES_SLACK = 3
# a line that ends a sentence ends with one of these (`ends_paragraph` looks past the closers)
SENTENCE_MARKS = frozenset(SENTENCE_END + CLOSERS)
# blocks (single lines included) a text needs before its blank lines are taken to mark paragraphs
MIN_BLANK_LINE_BLOCKS = 3
# the first Han characters of a line: the key by which a text's paragraph openings are compared
OPENING_LENGTH = 3
OPENING_RE = re.compile(f"[{HAN}]{{{OPENING_LENGTH}}}")
# a sentence that opens with a speaker and a verb of saying (`威廉斯表示，`, `会议指出，`)
# (`胡塞武装还称，`, `他也表示，`: a speaker who "also" says goes on from the sentence before)
ATTRIBUTION_RE = re.compile(
    r"[^，。！？；：“”‘’\s]{1,16}?(?<![还也])(?:表示|指出|强调|认为|介绍|说|称)[，：,:]"
)
# characters of a paragraph after which a new attributed sentence more likely opens the next
# paragraph than goes on with this one (xwlb: 80 % of such sentence ends are paragraph ends)
LONG_PARAGRAPH = 80
# a sentence of who attended, on a line of its own: `何立峰、肖捷等参加。`, `吴政隆参加上述活动。`
ATTENDANCE_RE = re.compile(r"[^，。！？；：\s]*(?:参加|出席|陪同)[^，。！？；：\s]{0,8}。")
# a headline's two halves are set apart by a space (`以军攻击加沙地带最大难民营 巴武装人员…`);
# no paragraph of zh-news-xwlb has one between Han characters outside quotes
HEADLINE_SPACE_RE = re.compile(f"[{HAN}0-9%”》）] [{HAN}0-9“《（]")
QUOTED_RE = re.compile(r"《[^》]*》|“[^”]*”")


NO_PARAGRAPHING = _Paragraphing(frozenset(), blank_lines=False)


def _opening(line: str) -> str:
    match = OPENING_RE.match(line)
    return match.group() if match else ""


def _paragraphing(block_lines: list[list[str]], widths: _Widths, block_count: int) -> _Paragraphing:
    """Learn the openings of unambiguous paragraphs and whether blank lines mark paragraphs.

    `block_lines` are the lines of the blocks that hold more than one; `block_count` counts
    every block.

    A Han line that finishes a sentence short of the measure ends a paragraph; the line after
    it opens one, as does every block after the first. In a text whose paragraphs are set
    apart by blank lines (three blocks or more: a title and one block may be pdftotext) such
    short lines inside blocks are rare, fewer than one block in four has one: there the breaks
    inside a block are wraps.
    """
    openings: set[str] = set()
    short_ends = 0
    for index, lines in enumerate(block_lines):
        if index and (opening := _opening(lines[0].strip(SPACES))):
            openings.add(opening)
        for line, next_line in pairwise(lines):
            last = line[-1:]
            if last in SPACES:
                last = line.rstrip(SPACES)[-1:]
            if last not in SENTENCE_MARKS:
                continue  # cheap: most wrapped lines end inside a sentence
            text = line.strip(SPACES)
            if not (ends_paragraph(text) and mostly_wide(text) and widths.is_short(text, "")):
                continue
            short_ends += len(text) <= widths.wide - BLANK_LINES_SLACK
            if opening := _opening(next_line.strip(SPACES)):
                openings.add(opening)
    blank_lines = block_count >= MIN_BLANK_LINE_BLOCKS and short_ends * 4 < len(block_lines)
    return _Paragraphing(frozenset(openings), blank_lines)


def _full_line_ends_paragraph(
    line: str, next_line: str, paragraphing: _Paragraphing, run: int, lead: bool = False
) -> bool:
    """A CJK line that fills the measure and finishes a sentence: a wrap or a paragraph end?

    Both are equally likely to fall exactly at the measure, so the width cannot tell; what
    follows can. The next line opens a paragraph when it begins as other paragraphs of the
    text begin (`会议指出` after `会议指出`, `习近平` after `习近平`); when it opens with a
    speaker and a verb of saying after a long paragraph, or after the lead (the paragraph that
    opens with the dateline: a news story states its facts, then quotes); or when it is a
    whole sentence of who attended (`王毅、何立峰等参加。`), which a news story sets as a
    paragraph of its own. (In zh-news-xwlb such sentence ends at a full line are paragraph
    ends 82 %, 68 % and 75 % of the time, against 38 % for all of them.)
    """
    if paragraphing.blank_lines or CONTINUATION_RE.match(next_line):
        return False
    opening = _opening(next_line)
    if opening and opening in paragraphing.openings:
        return True
    if ATTENDANCE_RE.fullmatch(next_line):
        return True
    return (run >= LONG_PARAGRAPH or lead) and bool(ATTRIBUTION_RE.match(next_line))


def _is_spaced_headline(line: str, config: Config, paragraphing: _Paragraphing, run: int) -> bool:
    """`以军攻击加沙地带最大难民营 巴武装人员与以军在加沙城周边激战` on a line of its own.

    Where blank lines set paragraphs apart a headline has a block of its own, and a line inside
    a block is a wrap (`以军持续空袭加沙地带 造成人员` / `死伤`).
    """
    return (
        run == len(line)  # the line opens its paragraph
        and not paragraphing.blank_lines
        and mostly_wide(line)
        and looks_like_heading(line, config)
        and bool(HEADLINE_SPACE_RE.search(QUOTED_RE.sub("", line)))
    )


def _paragraph_ends_here(
    line: str,
    next_line: str,
    widths: _Widths,
    config: Config,
    paragraphing: _Paragraphing = NO_PARAGRAPHING,
    run: int = 0,
    lead: bool = False,
    before: Sequence[str] = (),
) -> bool:
    """A break the writer made: a short line that finishes a sentence, or a heading.

    `run` counts the characters of the paragraph so far, the line's included: it equals the
    line's length where the line opens the paragraph. `lead`: the paragraph opens with a
    dateline. `before`: the paragraph's lines before this one.
    """
    if is_dateline(next_line):
        return True  # a dateline opens a paragraph
    if (
        line[-1:] == "."
        and line[-2:-1].isdigit()
        and next_line[:1].isdigit()
        and _in_chinese(line, next_line)
    ):
        return False  # a decimal point, not a full stop: `同比增长65.` / `1%。`
    if line.endswith((",—", ",--")) and next_line[:1] in OPENING_QUOTES:
        return True  # a letter's salutation, `"MY DEAR FRIEND,—`, then its first paragraph
    if next_line[:1] in OPENING_QUOTES and next_line[1:2].islower():
        return False  # a speech resumed after its attribution: `said he,` / `"what are you…`
    first = next_line[:1]
    if (
        first.isascii() and (first.isupper() or line[-1:] in ".)]" or line[-1:].isupper())
    ) and _latin_heading_break(line, next_line, widths, config):
        return True
    # every abbreviation ends in its full stop: a quick test before the search, which tries the
    # pattern at every character of the line
    if line.endswith(".") and ABBREVIATION_RE.search(line):
        return False  # `said Charlotte. "Mr.` / `Darcy is not…`
    if (
        line.endswith(SPEECH_INTRO_ENDS)
        and next_line[:1] in OPENING_QUOTES
        and not mostly_wide(line)
        and widths.is_short(line, next_line)
    ):
        return True  # `Lady Catherine then observed,` stops short: the speech is a paragraph
    if line[-1:] in '"”' and breaks_off_speech(line) and widths.is_short(line, next_line):
        return True  # `when we are better acquainted--"` / `He was interrupted by…`
    if ends_paragraph(line) or line.endswith(("：", ":")):
        wide = mostly_wide(line)
        if not wide and line[-1:] in CLOSING + ":" and _new_speech(line, next_line):
            return True  # English dialogue: each speech, and what follows it, is a paragraph
        if widths.is_short(line, next_line):
            return _well_short(line, widths, paragraphing)
        if not wide:
            return False
        if _shorter_than_next(line, next_line):
            return True  # one paragraph a line: `…祝贺他就任伊拉克总理。` / `李克强在贺电中…`
        if not paragraphing.blank_lines and _short_heading(next_line, widths, config):
            return True  # a full last line, then a headline: `…平台等。` / `美媒称乌方…`
        return _full_line_ends_paragraph(line, next_line, paragraphing, run, lead)
    if looks_like_heading(line, config) and (
        (widths.is_short(line, next_line) and _well_short(line, widths, paragraphing))
        or CHAPTER_EN_RE.match(line)
        or _much_shorter(line, next_line)
        or _is_spaced_headline(line, config, paragraphing, run)
    ):
        return True
    if _short_heading(next_line, widths, config):
        return widths.is_short(line, next_line) and _well_short(line, widths, paragraphing)
    return bool(before) and _wrapped_heading(before, line, widths, config, paragraphing)


def _wrapped_heading(
    before: Sequence[str], line: str, widths: _Widths, config: Config, paragraphing: _Paragraphing
) -> bool:
    """A CJK headline longer than the measure, wrapped: `《中医药专业技术人员师承教育管理办` /
    `法》颁布`. Neither line looks like a heading alone (the title marks are unbalanced); the
    two together, stopping short of the measure without a sentence end, do.
    """
    if not (widths.wide and len(line) < widths.wide and mostly_wide(line)):
        return False  # cheap: most lines here are full wraps
    if not _well_short(line, widths, paragraphing):
        return False
    return looks_like_heading("".join(text.strip(SPACES) for text in before) + line, config)


def _latin_heading_break(line: str, next_line: str, widths: _Widths, config: Config) -> bool:
    """Breaks around English headings and run-in labels that the sentence test misses.

    A magazine or a book prints its headings in capitals, often with a full stop, and opens
    entries with a label in capitals (`SHELTIE.--To ornament…`, `OUR OWN SELVES.--How…`).
    A short line in capitals stands alone; a line in capitals, a chapter line or a run-in label
    opens a paragraph after a line that is short or finishes a sentence. A capitals word that
    ends a wrapped sentence (`…most favors the` / `SAFETY.`) follows a line that neither stops
    short nor ends a sentence, and is joined.
    """
    if mostly_wide(line) or mostly_wide(next_line):
        return False
    if in_capitals(line, config) and widths.is_short(line, next_line):
        return True
    opens = (
        in_capitals(next_line, config)
        or CHAPTER_LINE_RE.fullmatch(next_line) is not None
        or RUN_IN_LABEL_RE.match(next_line) is not None
    )
    return opens and (ends_paragraph(line) or widths.is_short(line, next_line))


def _short_heading(line: str, widths: _Widths, config: Config) -> bool:
    return looks_like_heading(line, config) and widths.is_short(line, "")


def _shorter_than_next(line: str, next_line: str) -> bool:
    """A line well shorter than the next was not wrapped: a wrap fills the measure, and no line
    of the same paragraph passes it by more than a hanging mark.

    This holds whatever the measure, so it decides where too few lines show one (a text set one
    paragraph a line, two lines of it). The margin allows for digits and Latin letters, which
    a proportional font sets narrower than Han characters.
    """
    return len(next_line) > len(line) * LONGER_NEXT + HANGING


# how much longer than a line the next must be to show that the line was not wrapped
LONGER_NEXT = 1.2


def _well_short(line: str, widths: _Widths, paragraphing: _Paragraphing) -> bool:
    """A short line that is short enough for the text's way of marking paragraphs.

    Where blank lines set paragraphs apart, a Han line inside a block one or two characters
    short of the measure is a wrap that lost a zero-width character or a repaired stray word
    (`组在青藏铁路西宁至格` in a column of eleven).
    """
    return not (
        paragraphing.blank_lines
        and mostly_wide(line)
        and widths.wide
        and len(line) > widths.wide - BLANK_LINES_SLACK
    )


def _continues_quotation(line: str, before: list[str], next_line: str, widths: _Widths) -> bool:
    """A Latin line that fills the measure and finishes a sentence inside an open quotation.

    `before` holds the paragraph's lines before this one. A speech goes on
    until its closing mark: a sentence that ends inside it, at a full line, ends a wrap, not the
    paragraph (`"Probably not; but Mr. Darcy can please where he chooses. He does not want
    abilities.` / `He can be a conversible companion…`). A speech that runs on into a new
    paragraph opens that paragraph with a quotation mark, which `_new_speech` sees. The line
    must be near the measure: the fit test alone calls a justified full line a few per cent
    short of the measure short, and a line well short of it ends its paragraph whatever the
    quotes say (a quotation mark the extraction lost).
    """
    if next_line[:1] in OPENING_QUOTES or line[-1:] in CLOSING_QUOTES or mostly_wide(line):
        return False
    next_word = next_line.split(maxsplit=1)[0] if next_line.split() else ""
    if not widths.latin or widths.width(f"{line} {next_word}") <= widths.latin * QUOTE_FIT:
        return False
    paragraph = [*before, line]
    straight = sum(text.count('"') for text in paragraph)
    opened = sum(text.count("“") for text in paragraph)
    return straight % 2 == 1 or opened > sum(text.count("”") for text in paragraph)


def _new_speech(line: str, next_line: str) -> bool:
    """A finished sentence, then a new quotation; or a finished quotation, then a new sentence."""
    if next_line[:1] in OPENING_QUOTES:
        return True
    return line.endswith(('."', '!"', '?"', ".”", "!”", "?”")) and next_line[:1].isupper()


def _much_shorter(line: str, next_line: str) -> bool:
    """A heading above a line of text, where no measure was learnt: `Chapter 1` / `It was…`."""
    return len(line) * 3 < len(next_line)


def _full_with_space(line: str, widths: _Widths) -> bool:
    """A CJK line that reaches the measure with the space it ends with: the wrap fell at a
    space between two words of a headline (`国际人士：俄乌冲突持续 ` / `只有美国受益`)."""
    text = line.lstrip(SPACES)
    return (
        text[-1:] in SPACES and bool(widths.wide) and len(text) >= widths.wide and mostly_wide(text)
    )


def _hyphen_edit(line: str, next_line: str, line_end: int) -> Edit | None:
    left = WORD_END_RE.search(line)
    right = WORD_START_RE.match(next_line)
    if not left or not right or not _is_hyphenation_point(left.group(1), right.group(1)):
        return None
    word = left.group(1) + right.group(1)
    return Edit(line_end - 1, line_end, "", "hyphenation", f"end-of-line hyphen removed: {word!r}")


def unwrap_lines(text: str, config: Config, context: Context) -> list[Edit]:
    """Join hard-wrapped lines inside a block; keep the breaks the writer made.

    A break is a paragraph end where the next line is indented (when indentation marks the
    paragraphs of the block), or where the line stops short of the measure the text was set to
    and finishes a sentence (pdftotext of a page with no blank lines between paragraphs), or
    around a heading. A line that fills the measure and finishes a sentence is decided by what
    the whole text shows (`_paragraphing`): how its paragraphs open, and whether blank lines
    already mark them. Every other break inside a block is a wrap.
    """
    edits: list[Edit] = []
    every_block = context.blocks(text)
    blocks = [b for b in every_block if "\n" in b.text]
    block_lines = [b.text.split("\n") for b in blocks]
    widths = _measure(block_lines)
    paragraphing = _paragraphing(block_lines, widths, len(every_block))
    habit: bool | None = None  # spaces at line edges throughout: asked at the first one
    for block, lines in zip(blocks, block_lines, strict=True):
        # (the first character first: a regex match for every line costs three times as much)
        indented = [line[:1] in INDENT_FIRST and bool(INDENT_RE.match(line)) for line in lines]
        marks_paragraphs = any(indented[1:])
        pos = block.start
        run = start = 0
        opens_with_dateline = is_dateline(lines[0].lstrip(SPACES))
        for index, line in enumerate(lines[:-1]):
            line_end = pos + len(line)
            next_line = lines[index + 1]
            stripped_left = line.rstrip(SPACES)
            stripped_right = next_line.lstrip(SPACES)
            break_start = pos + len(stripped_left)
            lead = len(next_line) - len(stripped_right)
            break_end = line_end + 1 + lead
            spaced = break_end - break_start == 2 and space_at_break(
                text[break_start:break_end], stripped_left, stripped_right
            )
            if spaced:
                if habit is None:
                    habit = edge_spaces_everywhere(text)
                spaced = not habit
            if marks_paragraphs and indented[index + 1]:
                after, kind = "\n\n", "indent-paragraph"
            elif (
                not marks_paragraphs
                and not (spaced and _full_with_space(line, widths))
                and _paragraph_ends_here(
                    current := stripped_left.lstrip(SPACES),
                    stripped_right,
                    widths,
                    config,
                    paragraphing,
                    run + len(current),
                    opens_with_dateline,
                    lines[start:index],
                )
                and not (
                    current[-1:] in LATIN_SENTENCE_END
                    and _continues_quotation(current, lines[start:index], stripped_right, widths)
                )
            ):
                after, kind = "\n\n", "paragraph-end"
            else:
                after, kind = _joiner(stripped_left, stripped_right), "unwrap"
                after = after or (" " if spaced else "")
                if stripped_left.endswith("-"):
                    hyphen = _hyphen_edit(stripped_left, stripped_right, break_start)
                    if hyphen:
                        edits.append(hyphen)
            if text[break_start:break_end] != after:
                edits.append(Edit(break_start, break_end, after, kind))
            run = 0 if after == "\n\n" else run + len(line)
            if after == "\n\n":
                start = index + 1
                opens_with_dateline = is_dateline(stripped_right)
            pos = line_end + 1
    return edits
