"""Blocks (runs of text between blank lines) and their edges: where a paragraph can end, and
whether a space at a break is one between words.

The unwrap and layout repairs and the structure stage must agree on where a paragraph can end: a
repair that judged differently from the stage after it would join or split what that stage then
reads as a heading or a paragraph. So they all ask the questions in this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import accumulate, islice, repeat
from operator import add
from typing import NamedTuple

from .chars import CLOSERS, CONTINUATION_END, SENTENCE_END, mostly_wide

BLANK_LINES_RE = re.compile(r"\n[^\S\n]*\n\s*")
_BLOCK_SPLIT_RE = re.compile(f"({BLANK_LINES_RE.pattern})")  # the matches kept between the blocks


class Block(NamedTuple):
    start: int
    end: int
    text: str


def split_blocks(text: str) -> list[Block]:
    """Blocks between blank lines, with offsets into `text` (surrounding white space excluded).

    A blank-line match ends with all the white space after it, so every block but the first
    starts where the match ended (no white space to measure), ends before the next match, and
    is empty only at the text's end. The text is cut by one `re.split` and the blocks made by C
    loops over its pieces: the unwrap and layout passes cut each round's text (see
    bench/README.md).
    """
    pieces = _BLOCK_SPLIT_RE.split(text)  # block, blank lines, block, ..., block
    blocks: list[Block] = []
    _append_stripped(blocks.append, pieces[0], 0)
    if len(pieces) == 1:
        return blocks
    starts = list(islice(accumulate(map(len, pieces)), 1, None, 2))  # where each match ends
    texts = list(map(str.rstrip, islice(pieces, 2, None, 2)))
    del pieces  # (the blank lines: freed before the blocks are made, for the peak memory)
    if not texts[-1]:  # white space that ends the text
        del texts[-1], starts[-1]
    ends = map(add, starts, map(len, texts))
    blocks.extend(map(tuple.__new__, repeat(Block), zip(starts, ends, texts, strict=True)))
    return blocks


def block_around(text: str, pos: int) -> Block:
    """The block of `split_blocks(text)` that holds `pos`, a character that is not white space,
    found from the lines around it rather than by cutting the whole text (a pass that asks about
    a few characters of a long text). A block is the run of lines between two lines that are
    blank (only white space, as `BLANK_LINES_RE` reads it: `str.isspace` is re's `\\s`), without
    its surrounding white space."""
    start = text.rfind("\n", 0, pos) + 1
    while start > 0:
        before = text.rfind("\n", 0, start - 1) + 1
        if not text[before : start - 1].strip():
            break  # a blank line (or white space opening the text, stripped either way)
        start = before
    end = text.find("\n", pos)
    while end != -1:
        after = text.find("\n", end + 1)
        if not text[end + 1 : len(text) if after == -1 else after].strip():
            break
        end = after
    chunk = text[start : len(text) if end == -1 else end]
    stripped = chunk.strip()
    first = start + len(chunk) - len(chunk.lstrip())
    return Block(first, first + len(stripped), stripped)


def _append_stripped(append: Callable[[Block], None], chunk: str, pos: int) -> None:
    """The chunk at `pos` as a block without its surrounding white space, unless it is blank."""
    stripped = chunk.strip()
    if stripped:
        start = pos + len(chunk) - len(chunk.lstrip())
        append(Block(start, start + len(stripped), stripped))


def last_mark(text: str) -> str:
    """The last character that decides whether the text ends a sentence (closers skipped).

    A plain-text italic mark closes like a quotation mark: `…The exigency of the day.--_Goethe._`
    and `"'You are all poisoned! _Vive la France!_'` end their paragraphs. Evidence
    (bench/clean_text.py, The Girl's Own Paper, tuning): the layout pass ran both into the
    paragraph after them, which a full stop before the `_` would have ended.

    A note's number after a Latin sentence's end is skipped too (`…its declared admirers.1`,
    `…ordain and establish."1`): pdftotext reads a superscript note call as plain digits
    (bench/english_books.py, tuning half: of the three lines that end so, two end their
    paragraphs, and the third ends a full line; the unwrap pass joined both ends). A word of
    four lowercase letters before the mark keeps `No.1`, `p.5` and `2.1` out.
    """
    stripped = text.rstrip()
    if stripped[-1:] in ASCII_DIGITS and NOTE_AFTER_END_RE.search(stripped[-NOTE_REACH:]):
        stripped = stripped.rstrip(ASCII_DIGITS)
    while stripped and (stripped[-1] in CLOSERS or stripped[-1] == ITALIC_MARK):
        stripped = stripped[:-1].rstrip()
    return stripped[-1:] if stripped else ""


# a note call read as plain digits after a Latin sentence's end (`last_mark`)
NOTE_AFTER_END_RE = re.compile(r"[a-z]{4}[.!?][\"”’)]?[0-9]{1,2}$")
NOTE_REACH = 9  # the longest text the pattern matches
ASCII_DIGITS = "0123456789"

# Project Gutenberg's (and Markdown's) `_italics_` in plain text
ITALIC_MARK = "_"
# the last characters after which `last_mark` may find a sentence end (white space aside)
MAY_END_MARK = frozenset(SENTENCE_END + CLOSERS + ITALIC_MARK + ASCII_DIGITS)


def ends_paragraph(text: str) -> bool:
    last = text[-1:]
    if last not in MAY_END_MARK and not last.isspace():
        return False  # (most lines end on a letter: `last_mark` would return it)
    mark = last_mark(text)
    return mark != "" and mark in SENTENCE_END


# a speech broken off by a dash, or a line that introduces a quotation with a colon
SPEECH_BREAKS = ('—"', '--"', "—”", "--”", ':"', ":”")


def breaks_off_speech(text: str) -> bool:
    """A Latin paragraph may end in a quotation that closes without a full stop.

    `when we are better acquainted--"` (a speech broken off, the next paragraph tells who broke
    in) and `I will read it to you:"` (the letter read out follows as quotations of its own)
    end their paragraphs, though the mark before the closing quote ends no sentence.
    """
    return text.endswith(SPEECH_BREAKS) and not mostly_wide(text)


# Chinese function words that need what follows them: a structural particle, conjunctions and
# prepositions, the copula (`…需要付出艰辛努力的` / `宏伟事业`). No headline or paragraph of
# zh-news-xwlb ends with one.
HAN_CONTINUATION_END = "的和与及或把被向从将是"


def ends_mid_sentence(text: str) -> bool:
    """True where a paragraph certainly cannot end: a pause mark, an open bracket, a lowercase word,
    a Chinese particle or preposition."""
    stripped = text.rstrip()
    if not stripped:
        return False
    last = stripped[-1]
    if last.islower() and last.isascii() and URL_END_RE.search(stripped):
        return False  # an address may end a paragraph: `…Proofreading Team at http://www.pgdp.net`
    return (
        last in CONTINUATION_END
        or (last.islower() and last.isascii())
        or (last in HAN_CONTINUATION_END and len(stripped) > 1)
    )


# a web address at the end of a paragraph (Project Gutenberg's credits and headers end so: the
# layout pass ran `…at http://www.pgdp.net` into the book's masthead in capitals after it, and
# `…online at www.gutenberg.org` into the `Title:` field: bench/clean_text.py, tuning books)
URL_END_RE = re.compile(r"(?:https?://|www\.)\S+$")


def space_at_break(gap: str, left: str, right: str) -> bool:
    """The source had one space where a wrap or a layout break fell between two CJK words.

    CJK text has no spaces between words, but a headline or a title inside 《》 may hold one
    between its halves (`《加强和改进人民政协工作 全面发展协商民主》`); a break that falls there
    leaves the space at the end of one line or the start of the next. `gap` is the text the
    break replaces; only a single space (ASCII or no-break) beside the text counts: two or more,
    or an ideographic space, are an indentation, and a space alone on a blank line is nothing.
    """
    return (
        (gap[:1] in SINGLE_SPACES or gap[-1:] in SINGLE_SPACES)
        and gap.replace("\n", "") in SINGLE_SPACES
        and left[-1:].isalnum()
        and right[:1].isalnum()
    )


SINGLE_SPACES = (" ", "\u00a0")


def edge_spaces_everywhere(text: str) -> bool:
    """The text's lines end (or start) with a single space throughout: an editor's habit, not
    spaces between words where a wrap fell (`space_at_break`). One line in four or more, three
    at least.

    Counted in the text, not line by line (unwrap and layout ask of whole texts): a line ends
    with one space where " \n" stands and "  \n" does not, and starts with one where "\n "
    stands and "\n  " does not; the first and last lines are asked apart.
    """
    lines = text.count("\n") + 1
    ending, starting = text.count(" \n"), text.count("\n ")
    if (ending + starting + 2) * 4 < lines:
        return False  # cheap: too few lines end or start with any space (most texts)
    ends = ending - text.count("  \n") + (text[-1:] == " " and text[-2:-1] != " ")
    starts = starting - text.count("\n  ") + (text[:1] == " " and text[1:2] != " ")
    edges = ends + starts
    return edges >= MIN_EDGE_SPACES and edges * 4 >= lines


MIN_EDGE_SPACES = 3


# a sentence that leans on the one before: a pronoun or demonstrative for its subject (`他强调，`,
# `此次减免措施…`, `其中，`), or none at all, a speech going on (`要坚持…`, `必须…`); in
# zh-news-xwlb few of those after a full line that ends a sentence open a paragraph
CONTINUATION_RE = re.compile(r"他|她|它|其|此|这|该|要|必须|我们|大家")
