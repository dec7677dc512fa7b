"""A text its writer never hard-wrapped: each line is a paragraph (or a heading, an item, a
credit), and every line break in it is the writer's.

Web articles, word-processor exports and news corpora (livedoor's files) hold one paragraph a
line, of whatever length the paragraph has. A hard-wrapped text cannot hold such lines: its lines
stop at the measure, and no print measure is longer than `UNWRAPPED_WIDE` CJK characters or
`UNWRAPPED_LATIN` Latin ones. So two lines or more longer than that, of lengths that do not agree
(a wide measure would make most of them agree, and break them mid-sentence: long lines that
finish their sentence agree by chance, three of topic-news-5946135's five at 64-66 characters),
most of them finishing a sentence or their block, show a text whose line breaks are all the writer's, unless it holds more pairs of lines that
break mid-sentence one after the other at the same length than long lines: wraps, one under
the other at the measure, of a text hard-wrapped in part (a writer's own short lines, items and
credits, seldom agree so).

Evidence (bench/clean_text.py, ja-livedoor tuning half): it holds for 63 of the 67 clean
articles, whose lines were joined wherever one did not look like a paragraph end (title to body,
`■` heading to paragraph, list items); of the damaged sets, it holds only for texts set one
paragraph a line (bench/damage.py seeds 0-1: 202 of 650 files, each of shape `blocks`,
`blocks-pages` or `indent` unwrapped, since a wrapped one has no two lines past the measure;
bench/damage_print.py seeds 0-1, tuning half: 52 of 334 `blocks` pages, likewise), for none of
the Gutenberg books or the Pride and Prejudice pdftotext, and not for 600 damaged articles of
every shape run together (bench/normalize_speed.py's kind of text).

The unwrap pass judges it once, on the text it first sees (`Context.unwrapped`): once it has
joined the wraps, any text reads as never wrapped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from ...blocks import MAY_END_MARK, Block, ends_paragraph
from ...changes import Edit
from ...chars import is_japanese, mostly_wide
from .measure import LINE_SPACES, UNWRAPPED_LATIN, UNWRAPPED_WIDE, cells
from .wrapped_block import holds_wrapped_block

# long lines a text needs to show that it is not wrapped: one may be a headline
MIN_LONG_LINES = 2
# what opens an item or a heading set as a line of its own
ITEM_MARKS = frozenset("■□◆◇●○・•▪▶▼★☆※-*")
# lengths within this many characters of each other agree (a measure, justified or not)
AGREE = 1


def _longest_agreement(lengths: Sequence[int]) -> int:
    """The most lines whose lengths agree with one length (within `AGREE`)."""
    counts = Counter(lengths)
    return max((sum(counts[n + d] for d in range(-AGREE, AGREE + 1)) for n in counts), default=0)


def _may_wrap(line: str, japanese: bool = False) -> bool:
    """Not an item or a heading by its mark (`・…`, `■…`), nor a row of label and value set
    apart by a space (`連続待受 LTE（約　時間） 未定`): those agree in length by chance. Nor, in
    Japanese, a short row mostly of Latin letters and digits (`_short_latin_row`)."""
    if japanese and _short_latin_row(line):
        return False
    return line[0] not in ITEM_MARKS and not (
        (" " in line or "\u3000" in line)  # (what `SPACED_RE` needs: most lines have neither)
        and mostly_wide(line)
        and SPACED_RE.search(line)
    )


# a run of ASCII letters, digits and marks between wide characters or the line's edges, a space
# apart from them or not (`4 月 30 日`, `今天（5 月 1` / `日）起`, `战机 in 新墨西哥州`)
PADDED_RUN_RE = re.compile(r"(?:(?<=[^\x00-\xff])|^) ?([\x21-\x7e]+) ?(?=[^\x00-\xff]|$)")


def _closed_up(line: str) -> str:
    """The line with the spaces around its ASCII runs between wide characters (`PADDED_RUN_RE`)
    taken out, as `holds_wrapped_block` asks `_may_wrap`: an office program spaces digits and
    Latin words in CJK text (`据伊朗官方媒体 4 月 30 日报道`, LibreOffice's PDFs through pdftotext:
    bench/accuracy_extracted.py's office layouts), and a stray word keeps the spaces it came with
    (`战机 in 新墨西哥州`); read as a row's label and value, such lines kept a block wrapped at
    the page's measure from being found, and its breaks were kept (bench/README.md, "A subhead
    at a page's foot; office spacing in a wrapped block"). A row's label and value keep the gap
    `_may_wrap` turns down where a space stands between two wide characters or an ideographic
    space does (`連続待受 LTE（約　時間） 未定`); one like `発売時期 2012年7月` passes, which
    matters only where three such lines agree to the cell (`is_wrapped_block`), which no clean
    text's did (`wrapped_block`'s evidence)."""
    return PADDED_RUN_RE.sub(r"\1", line) if " " in line else line


# no print measure holds fewer Latin characters than this: a shorter line is no wrap
SHORT_ROW = 20


def _short_latin_row(line: str) -> bool:
    """A line of fewer than `SHORT_ROW` characters, not mostly wide (`RAM 1GB`, `GSM ◯`,
    `GSM（約　時間） 360`): a row of a spec table, not a wrap, in a Japanese text.

    Japanese product news sets its specifications as rows of a label and a value, the value
    often a model name, a figure with its Latin unit, or a mark (`◯`, `×`, `-`); a row that is
    mostly Latin is a few characters long, and such rows agree in length by chance (within
    `AGREE` of the row above: `RAM 1GB` / `ROM 16GB`). A wrap of Latin text under 20 characters
    would need a measure narrower than any page sets, and a Japanese wrap is mostly wide.
    Evidence (bench/clean_text.py, ja-livedoor tuning half): in smax-6805308 six such pairs
    outvoted the five long lines of a text set one paragraph a line, and the title, the table
    and the link list were joined. Asked only of Japanese text: that is what the evidence shows
    (the Chinese and Latin texts keep the rule they were measured on).
    """
    return len(line) < SHORT_ROW and not mostly_wide(line)


# a space between two wide characters, or an ideographic space inside a line
SPACED_RE = re.compile(r"(?<=[^\x00-\xff]) | (?=[^\x00-\xff])|\u3000")


def _is_long(line: str) -> bool:
    """Past any print measure: `UNWRAPPED_LATIN` characters, or `UNWRAPPED_WIDE` cells of a
    line set in a CJK column (mostly wide, or a quarter of it wide: `cells`, ASCII half a cell).

    A CJK column sets Latin words and digits half-width, so a mixed line's width on the page is
    its cells, not its characters: smax-6563723's 89-character headline (`NTTドコモ、Android 4.0
    ICS搭載…`, 33 wide characters, 61 cells) is longer than any CJK measure, though neither mostly
    wide nor 110 characters long (bench/clean_misses.py --set ja-livedoor, tuning half).
    """
    length = len(line)
    if length > UNWRAPPED_LATIN:
        return True
    if length <= UNWRAPPED_WIDE:
        return False
    # (the quarter and the cells first: they hold for nearly every long CJK line, where
    # `mostly_wide`, asked of a line no other rule has asked yet, costs a substitution)
    wide = length - len(line.encode("ascii", "ignore"))
    return (wide * 4 >= length and cells(line) > UNWRAPPED_WIDE) or mostly_wide(line)


def _latin_wrap(line: str, next_line: str) -> bool:
    """A Latin line that ends on a lowercase word or a comma, the next opening with a lowercase
    word: a wrap for certain, whatever the two lengths (a proportional face sets lines of one
    measure at lengths that differ by several characters, which `AGREE` does not count).

    No writer ends a line of their own there. Evidence: bench/english_books.py's paper-002
    (The Girl's Own Paper set by LibreOffice, tuning half): 39 lines wrapped at 143 mm, lengths
    41-80, two of them run together by `pdftotext` (`…shrieked out-"'You are all poisoned!…`,
    113 and 123 characters) read as paragraphs a writer never wrapped, and no wrap was joined.
    """
    last, first = line[-1:], next_line[:1]
    return ("a" <= last <= "z" or last == ",") and "a" <= first <= "z"


def written_unwrapped(
    blocks: Sequence[Block],
    block_lines: Sequence[list[str]] | None = None,
    has_kana: Callable[[], bool] | None = None,
) -> bool:
    """Every line break of the text (its `blocks`) was made by its writer (module docstring).
    `block_lines`: each block's text split at its line feeds, where the caller has split them
    (the unwrap pass reads them again; split here otherwise). `has_kana`: whether the text
    holds a kana, asked where its long lines' language matters, where the caller knows it
    (`Context.has_kana`, counted once a document): a text without is no Japanese, and its long
    lines are not scanned for kana.

    >>> from convert.blocks import split_blocks
    >>> para = "私は基本的に人前で話すのが苦手なんですよ。だからいきなり指名されるとしどろもどろになる。"
    >>> text = "見出し\\n" + "\\n".join(para * k for k in (2, 3, 5)) + "\\n■小見出し\\n" + para
    >>> written_unwrapped(split_blocks(text))
    True
    >>> wrapped = ("习近平在会见时强调，双方要加强合作。" * 3)[:52]  # (a wrap: broken mid-sentence)
    >>> written_unwrapped(split_blocks("\\n".join([wrapped] * 4)))
    False
    """
    if block_lines is None:
        block_lines = [block.text.split("\n") for block in blocks]
    long_lines = [
        line.strip(LINE_SPACES)
        for lines in block_lines
        for line in lines
        if len(line) > UNWRAPPED_WIDE and _is_long(line.strip(LINE_SPACES))
    ]
    if len(long_lines) < MIN_LONG_LINES:
        return False  # cheap: a wrapped text has none, or a headline
    wrapped = [len(line) for line in long_lines if not ends_paragraph(line)]
    if _longest_agreement(wrapped) * 2 > len(long_lines):
        return False  # a wide measure: its long lines are wraps, broken mid-sentence
    japanese = (has_kana is None or has_kana()) and is_japanese("".join(long_lines))
    long_set = set(long_lines)  # (`_is_long` of a stripped line, asked again below: its answer)
    wrap_runs = finished = 0
    # (a block of one line adds to `finished` only: the blocks of several lines are walked
    # first, and those of one are counted only where their wraps did not decide)
    for split in [split for split in block_lines if len(split) > 1]:
        lines = [text for line in split if (text := line.strip(LINE_SPACES))]
        previous = 0  # the length of the line before, when it broke mid-sentence
        last = len(lines) - 1
        for index, line in enumerate(lines):
            # (`ends_paragraph`'s first test asked here: most lines end on a letter, no call)
            end = line[-1]
            if index < last and not (
                (end in MAY_END_MARK or end.isspace()) and ends_paragraph(line)
            ):
                wrap_runs += (abs(len(line) - previous) <= AGREE and _may_wrap(line, japanese)) or (
                    end.isascii() and _latin_wrap(line, lines[index + 1])
                )
                previous = len(line)
                continue
            finished += line in long_set  # (a stripped line past `UNWRAPPED_WIDE`: `_is_long`)
            previous = 0
        if wrap_runs >= len(long_lines):
            return False  # cheap: the answer cannot change (a hard-wrapped text gets here soon)
    finished += sum(
        split[0].strip(LINE_SPACES) in long_set for split in block_lines if len(split) == 1
    )
    if finished * 2 < len(long_lines) or len(long_lines) <= wrap_runs:
        return False
    # (a page of paragraphs set one a line and paragraphs wrapped at its measure: `wrapped_block`)
    return not holds_wrapped_block(blocks, lambda line: _may_wrap(_closed_up(line), japanese))


def every_break_kept(blocks: Sequence[Block]) -> list[Edit]:
    """Each line of the blocks a paragraph of its own (a text `written_unwrapped`): the break,
    with the spaces at its edges, becomes a blank line."""
    edits = []
    for block in blocks:
        pos = block.start
        lines = block.text.split("\n")
        for line, next_line in pairwise(lines):
            start = pos + len(line.rstrip(LINE_SPACES))
            pos += len(line) + 1
            end = pos + len(next_line) - len(next_line.lstrip(LINE_SPACES))
            edits.append(Edit(start, end, "\n\n", "paragraph-end", "a line of a text not wrapped"))
    return edits
