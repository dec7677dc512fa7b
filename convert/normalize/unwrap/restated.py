"""A news item's subhead that its story restates: a paragraph end, whatever the line's width.

Draft: evidence and figures in the docstring of `restated_subhead`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...blocks import ends_paragraph
from ...chars import KANA_RE, is_han, mostly_wide
from ...config import Config
from ...headings import looks_like_heading
from .dropped import TEXT_MARKS
from .measure import LINE_SPACES

# characters in a row a subhead and the opening of its story share
RESTATED = 4
# the share of a subhead's characters its story's first sentence repeats
COVERED = 0.5
# lines under a subhead read for its story's first sentence
STORY_LINES = 4


def subhead_at_break(lines: Sequence[str], index: int, opens: bool, config: Config) -> bool:
    """The break after `lines[index]` is one side of a restated subhead (`restated_subhead`):
    under it where the line opens its paragraph (`opens`), or over the next line."""
    return (opens and restated_subhead(lines, index, config)) or restated_subhead(
        lines, index + 1, config
    )


def restated_subhead(lines: Sequence[str], index: int, config: Config) -> bool:
    """`lines[index]` (a block's line that opens its paragraph) is a heading-like line after a
    sentence end whose words the next two lines repeat: the subhead of a news item over its
    story."""
    if index + 1 >= len(lines):
        return False
    line = lines[index].strip(LINE_SPACES)
    if index and not ends_paragraph(lines[index - 1].rstrip(LINE_SPACES)):
        return False
    if not mostly_wide(line) or KANA_RE.search(line) or any(m in line for m in TEXT_MARKS):
        return False
    story = first_sentence(lines[index + 1 : index + 1 + STORY_LINES])
    if not any(mark in story for mark in TEXT_MARKS) or not looks_like_heading(line, config):
        return False
    if line[-2:] not in story or shared_run(line, story) < RESTATED:
        return False
    return covered(line, story) >= COVERED * len(line)


def first_sentence(lines: Sequence[str]) -> str:
    """The lines joined, up to the first sentence end."""
    text = "".join(line.strip(LINE_SPACES) for line in lines)
    ends = [at for at in (text.find(mark) for mark in "。！？") if at >= 0]
    return text[: min(ends) + 1] if ends else text


def covered(line: str, text: str) -> int:
    """The characters of `line` in runs of two or more found in `text`."""
    count = start = 0
    while start < len(line) - 1:
        end = start + 2
        while end <= len(line) and line[start:end] in text:
            end += 1
        if end - 1 - start >= 2:
            count += end - 1 - start
            start = end - 1
        else:
            start += 1
    return count


def shared_run(line: str, text: str) -> int:
    """The most characters in a row of `line`, opening on a Han one, found in `text`."""
    best = 0
    for start in range(len(line)):
        if not is_han(line[start]):
            continue
        end = start + best + 1
        while end <= len(line) and line[start:end] in text:
            best = end - start
            end += 1
    return best
