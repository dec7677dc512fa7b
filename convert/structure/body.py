"""The body: which blocks are headings, and headings and paragraphs grouped into nested sections."""

from __future__ import annotations

from ..blocks import ends_paragraph
from ..config import Config
from ..headings import CHAPTER_LINE_RE, NOTE_RE, is_table_row, looks_like_heading
from ..model import Paragraph, Section
from .language import lang_attr


def heading_flags(texts: list[str], config: Config) -> list[bool]:
    """Which body blocks are headings: heading-like lines, less two kinds that only look so.

    A block ending with a colon (`to discuss the following interesting particulars:`) announces
    a list; its items are short lines without a full stop, often in capitals, and none of them is
    a heading: the list runs until a block that ends a sentence. And a heading heads something:
    heading-like lines at the very end (a signature, `HAMILTON`, after the text) are paragraphs.
    """
    flags = [_may_head(t, config) for t in texts]
    in_list = False
    for index, text in enumerate(texts):
        if in_list and not CHAPTER_LINE_RE.fullmatch(text):
            flags[index] = False
            in_list = not ends_paragraph(text)
        elif not flags[index]:
            in_list = text.rstrip().endswith((":", "："))
    for index in range(len(flags) - 1, -1, -1):
        if not flags[index]:
            break
        flags[index] = False
    return flags


def _may_head(text: str, config: Config) -> bool:
    """A table row (`指标\t一季度\t二季度`) or a note (`[1] 资料来源…`) is short and often ends
    without a stop, yet heads nothing (bench/damage_print.py: every table's header row became a
    section title)."""
    if is_table_row(text) or NOTE_RE.match(text):
        return False
    return looks_like_heading(text, config)


def build_body(
    texts: list[str], config: Config, lang: str, lead: bool
) -> tuple[Paragraph | Section, ...]:
    """Group headings and paragraphs into nested sections.

    A run of consecutive headings opens one section per heading, each inside the one before (the
    seed's district name, then its headline); the next run, after paragraphs, starts again at the
    top level.
    """
    body: list[Paragraph | Section] = []
    # open sections as (title, level, children) frames, outermost first
    stack: list[tuple[str, int, list[Paragraph | Section]]] = []
    previous_was_heading = False
    first_paragraph = True

    def close_all() -> None:
        while stack:
            title, level, children = stack.pop()
            section = Section(title, level, tuple(children), lang_attr(title, lang, heading=True))
            (stack[-1][2] if stack else body).append(section)

    for text, is_heading in zip(texts, heading_flags(texts, config), strict=True):
        if is_heading:
            if not previous_was_heading:
                close_all()
            stack.append((text, len(stack) + 1, []))
            previous_was_heading = True
            continue
        previous_was_heading = False
        kind = "lead" if lead and first_paragraph and not stack else ""
        first_paragraph = False
        paragraph = Paragraph(text, lang_attr(text, lang), kind)
        (stack[-1][2] if stack else body).append(paragraph)
    close_all()
    return tuple(body)
