"""Bylines in a text's front: `□本报记者 张晶 边磊`, `By Jane Austen`, a name alone on a line."""

from __future__ import annotations

import re

from ..config import Config
from ..headings import BYLINE_CJK_RE, BYLINE_EN_RE, is_byline, is_name_line, looks_like_heading
from ..model import Contributor

NAME_SEPARATORS_RE = re.compile(r"[\s\u3000、，,]+")
EN_NAME_SEPARATORS_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")
# front matter is headings and short labels (`For the Independent Journal.`); a block of more
# words that is not a heading is the text itself
FRONT_MATTER_WORDS = 5



def parse_byline(text: str) -> tuple[Contributor, ...]:
    """`□本报记者 张晶 边磊` -> two contributors with role 本报记者; `By A and B` -> A, B."""
    cjk = BYLINE_CJK_RE.match(text)
    if cjk:
        role = cjk.group("role")
        names = [n for n in NAME_SEPARATORS_RE.split(cjk.group("names")) if n]
        return tuple(Contributor(name, role) for name in names)
    english = BYLINE_EN_RE.match(text)
    if english:
        names = [n for n in EN_NAME_SEPARATORS_RE.split(english.group("names")) if n]
        return tuple(Contributor(name.strip()) for name in names)
    return ()


def front_byline(texts: list[str], config: Config) -> int | None:
    """Where a byline stands among the first short blocks (`By Jane Austen`, or a name alone on
    a line: `HAMILTON`), if anywhere.

    Before the text begins (the first block of real prose), a line that is nothing but a
    person's name is its author's byline, wherever the header put it. A `By` line is looked
    for first: a book's title in capitals above it (`PRIDE AND PREJUDICE` / `By Jane Austen`)
    reads as a name too. Of several name lines, one in capitals is taken first: a title's
    second line in title case reads as a name (The Federalist: `The Powers Necessary to the
    Common Defense` / `Further Considered`, `Concluding Remarks`, then `HAMILTON`; 3 of
    bench/english_books.py's 51 tuning essays named the title's words as the author).
    """
    front: list[str] = []
    for text in texts[:4]:
        if len(text.split()) > FRONT_MATTER_WORDS and not looks_like_heading(text, config):
            break  # the text has begun: `It was the best of times.`
        front.append(text)
    for index, text in enumerate(front):
        if is_byline(text) and index + 1 < len(texts):
            return index
    names = [i for i, text in enumerate(front) if _front_name_line(text) and i + 1 < len(texts)]
    in_capitals = [i for i in names if front[i].isupper()]
    return next(iter(in_capitals or names), None)


def _front_name_line(text: str) -> bool:
    """`is_name_line`, without the full stop a signature may close with (`PUBLIUS.`): a
    signature ends a text; in its front, one word in capitals with a full stop is a section's
    title (The Girl's Own Paper: `VARIETIES.` over `THE "WOMAN OF STENAY."`, read as the
    author in bench/english_books.py's paper-002, tuning half). No byline of the Gutenberg
    books' fronts ends so (bench/clean_text.py --set en-gutenberg, unchanged)."""
    return not text.endswith(".") and is_name_line(text)
