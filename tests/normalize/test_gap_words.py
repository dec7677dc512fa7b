"""Words `pdftotext` split off a stretched justified line, put back (`normalize.gap_words`)."""

from __future__ import annotations

import random
from itertools import pairwise

from convert.changes import Edit
from convert.config import Config
from convert.normalize import normalize
from convert.normalize.context import Context
from convert.normalize.gap_words import FACE, MAX_FITTING, _Page, restore_gap_words
from convert.normalize.unwrap.typeface import face_width

PROSE = (
    "It is a truth universally acknowledged, that a single man in possession of a good fortune, "
    "must be in want of a wife. However little known the feelings or views of such a man may be "
    "on his first entering a neighbourhood, this truth is so well fixed in the minds of the "
    "surrounding families, that he is considered the rightful property of some one or other of "
    "their daughters. My dear Mr. Bennet, said his lady to him one day, have you heard that "
    "Netherfield Park is let at last? Mr. Bennet replied that he had not. But it is, returned "
    "she; for Mrs. Long has just been here, and she told me all about it. Mr. Bennet made no "
    "answer. Do you not want to know who has taken it? cried his wife impatiently. You want to "
    "tell me, and I have no objection to hearing it. This was invitation enough. Why, my dear, "
    "you must know, Mrs. Long says that Netherfield is taken by a young man of large fortune "
    "from the north of England; that he came down on Monday in a chaise and four to see the "
    "place, and was so much delighted with it that he agreed with Mr. Morris immediately."
)
MEASURE = 24.0  # ems


def _wrapped(text: str) -> list[str]:
    """`text` wrapped where the next word would not fit the measure, as a typesetter does."""
    lines: list[str] = []
    for word in text.split():
        if lines and face_width(FACE, f"{lines[-1]} {word}") <= MEASURE:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _apply(text: str, edits: list[Edit]) -> str:
    for edit in reversed(edits):
        text = text[: edit.start] + edit.after + text[edit.end :]
    return text


def _split_page(one_piece: bool = False) -> tuple[str, str]:
    """The page as set, and as `pdftotext` reads it with a stretched line's last two words
    split off after the block (the first line where the next word would then have fitted),
    a paragraph each or, `one_piece`, both in one."""
    lines = _wrapped(PROSE)
    at = next(
        index
        for index in range(len(lines) - 2)
        if face_width(FACE, f"{lines[index].rsplit(' ', 2)[0]} {lines[index + 1].split()[0]}")
        < MEASURE * 0.95
    )
    kept, *cut = lines[at].rsplit(" ", 2)
    page = "\n".join(lines) + "\n\nThe next paragraph begins here and goes on.\n"
    split = [*lines[:at], kept, *lines[at + 1 :]]
    read = "\n".join(split) + "\n\n" + (" " if one_piece else "\n\n").join(cut)
    return page, read + "\n\nThe next paragraph begins here and goes on.\n"


def test_the_split_off_words_go_back_to_the_end_of_their_line() -> None:
    page, read = _split_page()
    edits = restore_gap_words(read, Config(), Context())
    assert {e.kind for e in edits} == {"gap-word"}
    assert _apply(read, edits) == page


def test_a_heading_after_a_paragraph_whose_wraps_are_all_explained_stays() -> None:
    text = "\n".join(_wrapped(PROSE)) + "\n\nIntroduction\n\nThe next paragraph begins here.\n"
    assert restore_gap_words(text, Config(), Context()) == []


def test_a_phrase_seen_again_nearby_is_a_running_head_and_stays() -> None:
    page, read = _split_page(one_piece=True)
    assert _apply(read, restore_gap_words(read, Config(), Context())) == page
    phrase = read.split("\n\n")[1]
    text = f"{read}\f{phrase}\n\nMore text on the next page.\n"
    assert restore_gap_words(text, Config(), Context()) == []


def test_no_blank_line_no_search() -> None:
    assert restore_gap_words("\n".join(_wrapped(PROSE)), Config(), Context()) == []


def test_normalize_puts_the_words_back_and_logs_them() -> None:
    page, read = _split_page()
    result = normalize(read)
    assert [c.kind for c in result.changes if c.pass_name == "gap-words"] == ["gap-word"] * 2
    assert normalize(page).text == result.text


def _broken_by_hand(seed: int) -> str:
    """`PROSE` broken into lines of a random number of words, as verse or ragged text is: the
    lines end wherever they like."""
    rng = random.Random(seed)
    words = PROSE.split()
    lines: list[str] = []
    while words:
        take = rng.randint(3, 11)
        lines.append(" ".join(words[:take]))
        words = words[take:]
    return "\n".join(lines)


def test_lines_broken_by_hand_keep_their_headings() -> None:
    """Without `MAX_FITTING`, the heading under these hand-broken lines (seed 6, the first of
    0-299 where one line passes the three width tests) went up into that line."""
    text = f"{_broken_by_hand(6)}\n\nIntroduction\n\n{_broken_by_hand(1006)}\n\nThe End\n"
    assert restore_gap_words(text, Config(), Context()) == []
    # the lines around do leave room for the next word well over a third of the time
    page = _Page(text)
    first, past = page.window(0, len(text))
    measure = page.measure(first, past)
    assert measure is not None and page.fitting_share(first, past, measure) > MAX_FITTING


def test_a_window_is_measured_from_its_whole_lines_once() -> None:
    """`_Page`'s sorted slices answer as the plain definitions over the window's lines."""
    text = f"{_broken_by_hand(3)}\n\nIntroduction\n\n" + "\n".join(_wrapped(PROSE)) + "\n"
    page = _Page(text)
    first, past = page.window(10, len(text) - 10)
    lines = text.split("\n")[first:past]
    # every line but the empty one after the last line feed
    assert (first, past) == (0, len(text.split("\n")) - 1)
    full = sorted(face_width(FACE, line.strip()) for line in lines if line.count(" ") >= 3)
    assert page.measure(first, past) == full[int(len(full) * 0.9)]
    open_widths = [
        face_width(FACE, f"{line.rstrip()} {after.split(' ', 1)[0]}".strip())
        for line, after in pairwise(lines)
        if line.rstrip() and after.split(" ", 1)[0] and line.rstrip()[-1] not in ".!?:;"
    ]
    measure = full[int(len(full) * 0.9)]
    share = sum(width <= measure * 0.97 for width in open_widths) / len(open_widths)
    assert page.fitting_share(first, past, measure) == share
    assert len(page.full) == past  # measured once, up to the window's last line
