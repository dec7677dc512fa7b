"""What an editor decided: a verdict on a change, or the role of a block of the structure.

A decision is keyed by content and context, never by line number, so that it survives edits of
the source elsewhere: a change by its kind, its text before and after, and a few characters of
the source on each side of it; a block by its text. What matches nothing any more is *stale*.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..changes import Change

Verdict = Literal["accept", "reject"]
VERDICTS: tuple[Verdict, ...] = ("accept", "reject")
# list, table and note: what the structure made of a text's item, row and note lines; deciding
# one of them `paragraph` gives the lines back as paragraphs (`structure.undo_lines`)
Role = Literal["title", "heading", "paragraph", "furniture", "list", "table", "note"]
ROLES: tuple[Role, ...] = ("title", "heading", "paragraph", "furniture", "list", "table", "note")

# Source characters kept on each side of a change: enough to tell apart two identical repairs
# in one article (the same ASCII comma after different words), few enough that an edit of the
# source a sentence away does not touch them.
CONTEXT = 12


@dataclass(frozen=True)
class ChangeDecision:
    verdict: Verdict
    kind: str
    before: str
    after: str
    left: str  # the source just before the change
    right: str  # the source just after it
    note: str = ""

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.kind, self.before, self.after, self.left, self.right)

    def describe(self) -> str:
        return f"{self.verdict} {self.kind} {self.before!r} -> {self.after!r} after {self.left!r}"


@dataclass(frozen=True)
class StructureDecision:
    role: Role
    text: str  # the block's whole text, as the structure saw it
    note: str = ""

    def describe(self) -> str:
        shown = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        return f"{shown!r} is {self.role}"


@dataclass(frozen=True)
class Decisions:
    changes: tuple[ChangeDecision, ...] = ()
    structure: tuple[StructureDecision, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes or self.structure)


def change_key(change: Change, source: str) -> tuple[str, str, str, str, str]:
    """The key a decision on `change` carries: see `ChangeDecision`."""
    start, end = change.source_start, max(change.source_start, change.source_end)
    return (
        change.kind,
        change.before,
        change.after,
        source[max(0, start - CONTEXT) : start],
        source[end : end + CONTEXT],
    )


def decide(change: Change, source: str, verdict: Verdict, note: str = "") -> ChangeDecision:
    kind, before, after, left, right = change_key(change, source)
    return ChangeDecision(verdict, kind, before, after, left, right, note)
