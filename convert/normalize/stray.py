"""Stray tokens: a Latin word between Han characters, a `□` where a glyph went missing.

`智慧 and 力量` is a translation or input-method leftover; `and` is replaced by `和` only because the
configured dictionary says so, and the change is logged as a warning so an editor confirms it.
Words not in the dictionary are only flagged. Capitalised words and acronyms (GDP, Python) are
normal in Chinese text and left alone. `□` is the conventional mark before a byline; anywhere
else it usually stands for a character the typesetting font lacked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..changes import Edit
from ..chars import HAN, HAN_RE
from ..config import Config
from ..headings import is_byline
from .context import Context

STRAY_WORD_RE = re.compile(f"(?<=[{HAN}])([ \\t]*)([a-z\u00df-\u00ff]+)([ \\t]*)(?=[{HAN}])")
# the same word found from its letters: a pattern that starts by looking behind (or with a repeat,
# `[a-z]+`) is tried at every character of the text; one that starts with a character class
# jumps from one lowercase letter to the next
LOWERCASE_WORD_RE = re.compile("[a-z\u00df-\u00ff][a-z\u00df-\u00ff]*")
# spaces around a stray word (not a line break: a word at a line end is no stray word)
WORD_SPACES = " \t"
MISSING_GLYPH = "□"


def _replacement(word: str, config: Config) -> str | None:
    """The newsroom's own dictionary first, then the other languages' function words."""
    if word in config.stray_replacements:
        return config.stray_replacements[word]
    return config.stray_replacements_other_languages.get(word)


def _stray_words(text: str) -> Iterator[re.Match[str]]:
    """`STRAY_WORD_RE.finditer(text)`, looking only at lowercase words.

    The pattern matches exactly where a whole lowercase word has a Han character on each side,
    past spaces and tabs, so each word that passes that test is matched again right there.
    """
    length = len(text)
    for word in LOWERCASE_WORD_RE.finditer(text):
        start, end = word.span()
        while start > 0 and text[start - 1] in WORD_SPACES:
            start -= 1
        while end < length and text[end] in WORD_SPACES:
            end += 1
        if start > 0 and end < length and HAN_RE.match(text, start - 1) and HAN_RE.match(text, end):
            match = STRAY_WORD_RE.match(text, start)
            if match is not None:
                yield match


def _stray_word_edits(text: str, config: Config) -> list[Edit]:
    edits = []
    for match in _stray_words(text):
        word = match.group(2)
        replacement = _replacement(word, config)
        if replacement is not None:
            edits.append(
                Edit(
                    match.start(),
                    match.end(),
                    replacement,
                    "stray-word",
                    f"stray Latin word {word!r} between Han characters replaced by "
                    f"{replacement!r} from the dictionary",
                    "warning",
                )
            )
        else:
            start, end = match.span(2)
            edits.append(
                Edit(
                    start,
                    end,
                    word,
                    "stray-word",
                    f"stray Latin word {word!r} between Han characters; not in the dictionary, "
                    "left as it is",
                    "warning",
                )
            )
    return edits


def _missing_glyph_flags(text: str, context: Context) -> list[Edit]:
    if MISSING_GLYPH not in text:
        return []  # most texts: no need to cut the text into blocks
    flags = []
    for block in context.blocks(text):
        if MISSING_GLYPH not in block.text or is_byline(block.text):
            continue
        for index, ch in enumerate(block.text):
            if ch == MISSING_GLYPH:
                pos = block.start + index
                flags.append(
                    Edit(
                        pos,
                        pos + 1,
                        ch,
                        "missing-glyph",
                        "□ outside a byline: a glyph may be missing",
                        "warning",
                    )
                )
    return flags


def mark_stray_tokens(text: str, config: Config, context: Context) -> list[Edit]:
    edits = _stray_word_edits(text, config) + _missing_glyph_flags(text, context)
    return sorted(edits, key=lambda e: e.start)
