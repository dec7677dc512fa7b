"""Line endings and hard-wrapped lines."""

from __future__ import annotations

import re

from ..blocks import split_blocks
from ..changes import Edit
from ..chars import is_wide
from ..config import Config

# CRLF, lone CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (a paragraph separator is a blank line).
LINE_ENDING_RE = re.compile("\r\n|\r|\u0085|\u2028|\u2029")
INDENT_RE = re.compile(r"[ \u3000]{2,}|\u3000|\t")


def fix_line_endings(text: str, config: Config) -> list[Edit]:
    """Every later pass sees LF only.

    >>> [e.after for e in fix_line_endings("a\\r\\nb\\u2029c", Config())]
    ['\\n', '\\n\\n']
    """
    edits = []
    for match in LINE_ENDING_RE.finditer(text):
        after = "\n\n" if match.group() == "\u2029" else "\n"
        edits.append(Edit(match.start(), match.end(), after, "line-ending"))
    return edits


QUOTES = "“”‘’\"'"


def _joiner(left_line: str, right_line: str) -> str:
    """What replaces a line break inside a paragraph.

    Chinese and Japanese are written without spaces, so a wrap between two CJK characters (or
    between CJK and Latin, where the source had no space on the line) joins with nothing; Latin
    words join with one space; a line that ends in a hyphen keeps it and joins tight.
    """
    left = left_line.rstrip(QUOTES)[-1:] or left_line[-1:]
    right = right_line.lstrip(QUOTES)[:1] or right_line[:1]
    if not left or not right or is_wide(left) or is_wide(right):
        return ""
    if left == "-" and right.isalpha():
        return ""
    return " "


def unwrap_lines(text: str, config: Config) -> list[Edit]:
    """Join hard-wrapped lines inside a block; an indented line starts a new paragraph."""
    edits: list[Edit] = []
    for block in split_blocks(text):
        if "\n" not in block.text:
            continue
        lines = block.text.split("\n")
        indented = [bool(INDENT_RE.match(line)) for line in lines]
        marks_paragraphs = any(indented[1:])
        pos = block.start
        for index, line in enumerate(lines[:-1]):
            line_end = pos + len(line)
            next_line = lines[index + 1]
            stripped_left = line.rstrip(" \t\u00a0")
            break_start = pos + len(stripped_left)
            lead = len(next_line) - len(next_line.lstrip(" \t\u3000\u00a0"))
            break_end = line_end + 1 + lead
            if marks_paragraphs and indented[index + 1]:
                after = "\n\n"
                kind = "indent-paragraph"
            else:
                after = _joiner(stripped_left, next_line.lstrip(" \t\u3000\u00a0"))
                kind = "unwrap"
            if text[break_start:break_end] != after:
                edits.append(Edit(break_start, break_end, after, kind))
            pos = line_end + 1
    return edits
