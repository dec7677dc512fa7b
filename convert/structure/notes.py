"""Plain-text notes: note lines at the end of an article (`[1] 资料来源：…`, `注1：…`, `①…`) as
`Note`, and their calls in the text (`…增长[1]。`, `…①`) as `NoteRef` (issue 12, item 6).

Both sides must be there: a note line becomes a note only when a call with its number stands in
the text before it, and a call becomes a link only when its note is found; everything else stays
text as it was. Evidence: no clean zh-news-xwlb paragraph holds `[n]` or a circled number, or
opens with a note marker, so none is touched; bench/damage_print.py ends a fifth of its articles
with one or two `[n]` notes and puts the call `[1]` before the last paragraph's full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Inline, Note, NoteRef, Paragraph, Text
from .language import lang_attr

# a note line: its marker, then its text
NOTE_LINE_RE = re.compile(
    r"(?:[\[［](?P<bracket>\d{1,3})[\]］]|注(?P<zhu>\d{1,2})[：:]|(?P<circled>[①-⑳]))[ \u3000]*"
)
# a call: after a character of the text (not at a line's start), `[1]`, `［1］` or `①`
CALL_RE = re.compile(r"(?<=\S)(?:[\[［](?P<number>\d{1,3})[\]］]|(?P<circled>[①-⑳]))")


@dataclass(frozen=True)
class NoteLine:
    key: str  # what its call must show: "1" for `[1]` and `注1：`, "①" for `①`
    text: str  # the note's text, its marker left out
    source: str  # the line as the text had it


def note_line(text: str) -> NoteLine | None:
    match = NOTE_LINE_RE.match(text)
    if match is None or "\n" in text or not text[match.end() :].strip():
        return None
    key = match.group("bracket") or match.group("zhu") or match.group("circled")
    return NoteLine(str(int(key)) if key.isdecimal() else key, text[match.end() :], text)


def _call_key(match: re.Match[str]) -> str:
    number = match.group("number")
    return str(int(number)) if number else match.group("circled")


def label_of(key: str) -> str:
    """What a call shows in the text and how a note is labelled: `[1]`, `①`."""
    return f"[{key}]" if key.isdecimal() else key


def split_notes(texts: list[str]) -> tuple[list[str], dict[str, NoteLine]]:
    """The body blocks less the note lines at its end, and those notes by key, when every one
    of them is called in an earlier block; otherwise they all stay text, in their order (a note
    made a footnote while the one before it stays a paragraph would reorder them)."""
    end = len(texts)
    while end > 0 and note_line(texts[end - 1]) is not None:
        end -= 1
    if end == len(texts) or end == 0:
        return texts, {}
    called = {_call_key(m) for text in texts[:end] for m in CALL_RE.finditer(text)}
    found: dict[str, NoteLine] = {}
    for text in texts[end:]:
        line = note_line(text)
        if line is None or line.key not in called or line.key in found:
            return texts, {}
        found[line.key] = line
    return texts[:end], found


class Linker:
    """Calls made links, each note's first call only (a note has one place it is called from);
    `notes` lists the linked notes in the order of their calls."""

    def __init__(self, lines: dict[str, NoteLine], lang: str) -> None:
        self.lines = lines
        self.lang = lang
        self.ids: dict[str, str] = {}

    def paragraph(self, text: str, kind: str = "") -> Paragraph:
        """`text` as a paragraph, its calls of known notes made `NoteRef`s."""
        lang = lang_attr(text, self.lang)
        if not self.lines:
            return Paragraph(text, lang, kind)
        inlines: list[Inline] = []
        at = 0
        for match in CALL_RE.finditer(text):
            key = _call_key(match)
            if key not in self.lines or key in self.ids:
                continue
            self.ids[key] = f"fn{len(self.ids) + 1}"
            if match.start() > at:
                inlines.append(Text(text[at : match.start()]))
            inlines.append(NoteRef(self.ids[key], label_of(key)))
            at = match.end()
        if not inlines:
            return Paragraph(text, lang, kind)
        if at < len(text):
            inlines.append(Text(text[at:]))
        return Paragraph.of(tuple(inlines), lang, kind)

    def notes(self) -> tuple[Note, ...]:
        return tuple(
            Note(note_id, label_of(key), (self.paragraph_of(self.lines[key].text),))
            for key, note_id in self.ids.items()
        )

    def paragraph_of(self, text: str) -> Paragraph:
        return Paragraph(text, lang_attr(text, self.lang))

    def unlinked(self) -> list[str]:
        """The note lines no call was linked to (a call inside a heading or a cell): text."""
        return [line.source for key, line in self.lines.items() if key not in self.ids]
