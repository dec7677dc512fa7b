"""Blocks and their edges: the spaces at a break, counted once for the whole text."""

from __future__ import annotations

import random

from convert.blocks import (
    BLANK_LINES_RE,
    MIN_EDGE_SPACES,
    Block,
    block_around,
    edge_spaces_everywhere,
    ends_mid_sentence,
    ends_paragraph,
    split_blocks,
)


def _edge_spaces_line_by_line(text: str) -> bool:
    """`edge_spaces_everywhere` as it was defined, one line at a time."""
    lines = text.split("\n")
    edges = sum(
        (line[-1:] == " " and line[-2:-1] != " ") + (line[:1] == " " and line[1:2] != " ")
        for line in lines
    )
    return edges >= MIN_EDGE_SPACES and edges * 4 >= len(lines)


def test_edge_spaces_counted_in_the_text_equal_those_counted_line_by_line() -> None:
    """Lines of one space, of two, blank lines, spaces at the text's own ends."""
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(
            rng.choice(("a", " ", " ", "\n", "  ", "字")) for _ in range(rng.randint(0, 30))
        )
        assert edge_spaces_everywhere(text) == _edge_spaces_line_by_line(text), repr(text)
    # longer texts of many lines and few spaces: near the bound the count asks first
    for _ in range(3000):
        pieces = ("a", "a", "字", "\n", "\n", " ", "  ")
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(20, 120)))
        assert edge_spaces_everywhere(text) == _edge_spaces_line_by_line(text), repr(text)


def test_the_block_around_a_character_is_the_block_split_blocks_puts_it_in() -> None:
    """Random texts of words, spaces of every kind (those `str.strip` and re's `\\s` share:
    the ideographic space, U+2029, U+001C) and line feeds; every character that is not white
    space asked."""
    rng = random.Random(13)
    pieces = ["字", "ab", "□", " ", "\t", "\u3000", "\u2029", "\x1c", "\n", "\n", "\n\n"]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 16)))
        blocks = split_blocks(text)
        for pos, ch in enumerate(text):
            if ch.isspace():
                continue
            expected = next(b for b in blocks if b.start <= pos < b.end)
            assert block_around(text, pos) == expected, (text, pos)


def _blocks_match_by_match(text: str) -> list[Block]:
    """`split_blocks` as it was defined: a loop over the blank-line matches, every chunk
    between them stripped."""
    blocks: list[Block] = []
    pos = 0
    for match in BLANK_LINES_RE.finditer(text):
        chunk = text[pos : match.start()]
        if chunk.strip():
            start = pos + len(chunk) - len(chunk.lstrip())
            blocks.append(Block(start, start + len(chunk.strip()), chunk.strip()))
        pos = match.end()
    chunk = text[pos:]
    if chunk.strip():
        start = pos + len(chunk) - len(chunk.lstrip())
        blocks.append(Block(start, start + len(chunk.strip()), chunk.strip()))
    return blocks


def test_split_blocks_gives_the_blocks_found_match_by_match() -> None:
    """Random texts of words and of every kind of white space (blank lines of spaces, white
    space opening and ending the text, none at all), against the loop over the matches."""
    rng = random.Random(17)
    pieces = ["字", "ab", " ", "\t", "\u3000", "\u2029", "\x1c", "\r", "\n", "\n", "\n \n", "\n\n"]
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 20)))
        assert split_blocks(text) == _blocks_match_by_match(text), repr(text)
    assert split_blocks("") == []
    assert split_blocks(" a \n\n b\n c \n \n") == [Block(1, 2, "a"), Block(6, 10, "b\n c")]


def test_an_italic_mark_after_a_full_stop_still_ends_the_paragraph() -> None:
    # The Girl's Own Paper (Project Gutenberg 18195): `_italics_` close after the full stop
    assert ends_paragraph("What is your duty? The exigency of the day.--_Goethe._")
    assert ends_paragraph("\"'You are all poisoned! _Vive la France!_'")
    assert not ends_paragraph("a paper in _Punch_")


def test_a_note_call_after_a_sentence_end_still_ends_the_paragraph() -> None:
    # The Federalist 73 and 81 typeset with superscript note calls, read back by pdftotext
    assert ends_paragraph("have from experience become its declared admirers.1")
    assert ends_paragraph('from time to time, ordain and establish."1')
    assert ends_paragraph("the most important of the three.12")
    # an abbreviation or a number is no sentence end with a note
    assert not ends_paragraph("销量排名No.1")
    assert not ends_paragraph("as described in version 2.1")
    assert not ends_paragraph("see p.5")
    assert not ends_paragraph("in the year 1787")


def test_a_paragraph_may_end_with_a_web_address() -> None:
    assert not ends_mid_sentence("Proofreading Team at http://www.pgdp.net")
    assert not ends_mid_sentence("with this eBook or online at www.gutenberg.org")
    assert ends_mid_sentence("the address of the")
