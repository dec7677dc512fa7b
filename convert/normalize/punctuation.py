"""ASCII punctuation in Chinese context becomes full-width (GB/T 15834).

Only where a Han character is a neighbour: English sentences, numbers (`1,000`, `3.14`, `10:30`),
URLs, e-mail addresses and code keep their ASCII marks. Brackets and quotes change as pairs, so a
bracket is never left matched with a partner of the other width.
"""

from __future__ import annotations

import re

from ..changes import Edit
from ..chars import HAN, HAN_RE, is_han, is_wide
from ..config import Config

MARKS = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
MARK_KINDS = {",": "comma", ";": "semicolon", ":": "colon", "?": "question", "!": "exclamation"}
MARK_RE = re.compile(r"[ \t]*([,;:?!]|\.{3,}|。{3,}|-{2,})[ \t]*")
PAIR_RE = re.compile(r"\(([^()\n]*)\)|\"([^\"\n]*)\"|(?<![A-Za-z])'([^'\n]*)'(?![A-Za-z])")
PROTECTED_RE = re.compile(
    r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef]+|www\.[^\s\u3000-\u303f\uff00-\uffef]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|`[^`\n]*`"
)
HAN_NEAR_RE = re.compile(f"[{HAN}]")


def _protected_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PROTECTED_RE.finditer(text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def _cjk_context(text: str, start: int, end: int) -> bool:
    """A Han character right before the mark, or right after it (looking past quotes)."""
    before = text[start - 1 : start]
    after_pos = end
    while after_pos < len(text) and text[after_pos] in "“”‘’":
        after_pos += 1
    after = text[after_pos : after_pos + 1]
    before_wide = is_han(before) or (is_wide(before) and before not in "\u3000")
    return before_wide or is_han(after) or before in "”’" and is_han(text[start - 2 : start - 1])


def _mark_edits(text: str, protected: list[tuple[int, int]]) -> list[Edit]:
    edits = []
    for match in MARK_RE.finditer(text):
        mark = match.group(1)
        m_start, m_end = match.span(1)
        if _inside(protected, m_start) or not _cjk_context(text, m_start, match.end()):
            continue
        if mark in MARKS:
            before = text[m_start - 1 : m_start]
            after = text[m_end : m_end + 1]
            if before.isdigit() and after.isdigit():
                continue  # 1,000 and 10:30 stay numbers
            edits.append(
                Edit(*match.span(), MARKS[mark], f"cjk-{MARK_KINDS[mark]}", f"ASCII {mark!r} in Chinese text")
            )
        elif mark[0] in ".。":
            edits.append(Edit(*match.span(), "……", "cjk-ellipsis", f"{mark!r} in Chinese text"))
        elif len(mark) in (2, 4):  # "--" and "----" are dashes; longer runs are rules
            edits.append(Edit(*match.span(), "——", "cjk-dash", f"{mark!r} in Chinese text"))
    return edits


def _pair_edits(text: str, protected: list[tuple[int, int]]) -> list[Edit]:
    edits = []
    for match in PAIR_RE.finditer(text):
        start, end = match.span()
        if _inside(protected, start):
            continue
        inner = next(g for g in match.groups() if g is not None)
        outside = text[start - 1 : start] + text[end : end + 1]
        if not (HAN_RE.search(inner) or HAN_NEAR_RE.search(outside)):
            continue
        opener = text[start]
        if opener == "(":
            pair, kind = ("（", "）"), "cjk-parenthesis"
        elif opener == '"':
            if not HAN_RE.search(inner):
                continue  # an English quotation inside Chinese text keeps straight quotes
            pair, kind = ("“", "”"), "cjk-quote"
        else:
            if not HAN_RE.search(inner):
                continue
            pair, kind = ("‘", "’"), "cjk-quote"
        message = f"ASCII {opener}…{text[end - 1]} pair in Chinese text"
        edits.append(Edit(start, start + 1, pair[0], kind, message))
        edits.append(Edit(end - 1, end, pair[1], kind, message))
    return edits


def widen_cjk_punctuation(text: str, config: Config) -> list[Edit]:
    """>>> [e.after for e in widen_cjk_punctuation('报告(上),共 1,000 人. Yes; fine', Config())]
    ['（', '）', '，']
    """
    protected = _protected_spans(text)
    edits = sorted(_mark_edits(text, protected) + _pair_edits(text, protected), key=lambda e: e.start)
    kept: list[Edit] = []
    for edit in edits:
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept
