"""Line endings and hard-wrapped lines."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from wordfreq import zipf_frequency

from ..blocks import (
    CHAPTER_EN_RE,
    ends_paragraph,
    is_dateline,
    looks_like_heading,
    split_blocks,
)
from ..changes import Edit
from ..chars import is_wide, mostly_wide
from ..config import Config
from .mojibake import mojibake_nels

# CRLF, lone CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (a paragraph separator is a blank line).
LINE_ENDING_RE = re.compile("\r\n|\r|\u0085|\u2028|\u2029")
INDENT_RE = re.compile(r"[ \u3000]{2,}|\u3000|\t")


def fix_line_endings(text: str, config: Config) -> list[Edit]:
    """Every later pass sees LF only.

    >>> [e.after for e in fix_line_endings("a\\r\\nb\\u2029c", Config())]
    ['\\n', '\\n\\n']
    """
    edits = []
    ellipses = mojibake_nels(text)  # cp1252 "…" read as Latin-1: the mojibake pass repairs it
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
    return " "


@dataclass(frozen=True)
class _Widths:
    """The measure the text was set to, learnt from the wrapped lines themselves."""

    wide: int  # most common length of CJK lines inside blocks (0: none)
    latin: float  # a long Latin line's width in the chosen metric, a high percentile (0: none)
    monospace: bool = False  # Latin lines measured in characters (typewriter-style wraps)

    def width(self, text: str) -> float:
        return len(text) if self.monospace else latin_width(text)

    def is_short(self, line: str, next_line: str) -> bool:
        """True where the line stops before the measure: the writer ended it, not the wrap.

        Without a measure (no run of wrapped lines to learn it from), a line longer than any
        wrap is a paragraph of its own.
        """
        if mostly_wide(line):
            return len(line) < self.wide if self.wide else len(line) > UNWRAPPED_WIDE
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


def _measure(blocks: list[list[str]]) -> _Widths:
    wide: Counter[int] = Counter()
    latin: list[str] = []
    for lines in blocks:
        for line in lines[:-1]:
            text = line.strip(SPACES)
            if not text:
                continue
            if mostly_wide(text):
                wide[len(text)] += 1
            else:
                latin.append(text)
    mode = 0
    if wide:
        # the measure: the length most long lines share (short lines end paragraphs)
        longest = max(wide)
        long_lines = Counter({n: c for n, c in wide.items() if n >= 0.6 * longest})
        mode = long_lines.most_common(1)[0][0]
        near = long_lines[mode] + long_lines[mode + 1] + long_lines[mode - 1]
        if near < 3 or near * 2 < sum(long_lines.values()):
            mode = 0
    if len(latin) < 5:
        return _Widths(mode, 0)
    # typewriter text (a fixed column count) is measured in characters, typeset text in printed
    # width: whichever metric makes the wrapped lines the more even is the one they were set in
    chars = [float(len(t)) for t in latin]
    widths = [latin_width(t) for t in latin]
    monospace = _spread(chars) < _spread(widths)
    values = sorted(chars if monospace else widths)
    return _Widths(mode, values[int(len(values) * MEASURE_PERCENTILE)], monospace)


def _paragraph_ends_here(line: str, next_line: str, widths: _Widths, config: Config) -> bool:
    """A break the writer made: a short line that finishes a sentence, or a heading."""
    if is_dateline(next_line):
        return True  # a dateline opens a paragraph
    if line.endswith((",—", ",--")) and next_line[:1] in OPENING_QUOTES:
        return True  # a letter's salutation, `"MY DEAR FRIEND,—`, then its first paragraph
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
    if ends_paragraph(line) or line.endswith(("：", ":")):
        if not mostly_wide(line) and line[-1:] in CLOSING + ":" and _new_speech(line, next_line):
            return True  # English dialogue: each speech, and what follows it, is a paragraph
        return widths.is_short(line, next_line)
    if looks_like_heading(line, config) and (
        widths.is_short(line, next_line)
        or CHAPTER_EN_RE.match(line)
        or _much_shorter(line, next_line)
    ):
        return True
    return (
        looks_like_heading(next_line, config)
        and widths.is_short(next_line, "")
        and (ends_paragraph(line) or widths.is_short(line, next_line))
    )


def _new_speech(line: str, next_line: str) -> bool:
    """A finished sentence, then a new quotation; or a finished quotation, then a new sentence."""
    if next_line[:1] in OPENING_QUOTES:
        return True
    return line.endswith(('."', '!"', '?"', ".”", "!”", "?”")) and next_line[:1].isupper()


def _much_shorter(line: str, next_line: str) -> bool:
    """A heading above a line of text, where no measure was learnt: `Chapter 1` / `It was…`."""
    return len(line) * 3 < len(next_line)


def _hyphen_edit(line: str, next_line: str, line_end: int) -> Edit | None:
    left = WORD_END_RE.search(line)
    right = WORD_START_RE.match(next_line)
    if not left or not right or not _is_hyphenation_point(left.group(1), right.group(1)):
        return None
    word = left.group(1) + right.group(1)
    return Edit(line_end - 1, line_end, "", "hyphenation", f"end-of-line hyphen removed: {word!r}")


def unwrap_lines(text: str, config: Config) -> list[Edit]:
    """Join hard-wrapped lines inside a block; keep the breaks the writer made.

    A break is a paragraph end where the next line is indented (when indentation marks the
    paragraphs of the block), or where the line stops short of the measure the text was set to
    and finishes a sentence (pdftotext of a page with no blank lines between paragraphs), or
    around a heading. Every other break inside a block is a wrap.
    """
    edits: list[Edit] = []
    blocks = [b for b in split_blocks(text) if "\n" in b.text]
    block_lines = [b.text.split("\n") for b in blocks]
    widths = _measure(block_lines)
    for block, lines in zip(blocks, block_lines, strict=True):
        indented = [bool(INDENT_RE.match(line)) for line in lines]
        marks_paragraphs = any(indented[1:])
        pos = block.start
        for index, line in enumerate(lines[:-1]):
            line_end = pos + len(line)
            next_line = lines[index + 1]
            stripped_left = line.rstrip(SPACES)
            stripped_right = next_line.lstrip(SPACES)
            break_start = pos + len(stripped_left)
            lead = len(next_line) - len(stripped_right)
            break_end = line_end + 1 + lead
            if marks_paragraphs and indented[index + 1]:
                after, kind = "\n\n", "indent-paragraph"
            elif not marks_paragraphs and _paragraph_ends_here(
                stripped_left.lstrip(SPACES), stripped_right, widths, config
            ):
                after, kind = "\n\n", "paragraph-end"
            else:
                after, kind = _joiner(stripped_left, stripped_right), "unwrap"
                if stripped_left.endswith("-"):
                    hyphen = _hyphen_edit(stripped_left, stripped_right, break_start)
                    if hyphen:
                        edits.append(hyphen)
            if text[break_start:break_end] != after:
                edits.append(Edit(break_start, break_end, after, kind))
            pos = line_end + 1
    return edits
