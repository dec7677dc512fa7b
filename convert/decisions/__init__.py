"""An editor's decisions on one document: verdicts on changes, roles of blocks (see `model`).

They live in `NAME.EXT.decisions.toml` beside the source (`file`). The pipeline applies them in
two places: after the repair passes, the change log is replayed without the rejected changes
(`changes`); after the structure stage, the blocks are given the roles decided (`structure`).
`Decided` keeps what matched what, for `explain`, `check` (accepted changes are not findings;
stale decisions are) and the review page.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..changes import Change
from ..model import Document
from .changes import match_changes, replay_without
from .file import decisions_path, format_decisions, load_decisions, parse_decisions
from .model import (
    ROLES,
    VERDICTS,
    ChangeDecision,
    Decisions,
    StructureDecision,
    change_key,
    decide,
)
from .structure import Block, apply_structure, outline, same_text

__all__ = [
    "ROLES",
    "VERDICTS",
    "Block",
    "ChangeDecision",
    "Decided",
    "Decisions",
    "StructureDecision",
    "change_key",
    "decide",
    "decide_changes",
    "decide_structure",
    "decisions_path",
    "format_decisions",
    "load_decisions",
    "parse_decisions",
]


@dataclass(frozen=True)
class Decided:
    """What a document's decisions matched. Indices into `original` are the log as the passes
    made it; the log the pipeline goes on with is that less the rejected changes (`kept`)."""

    path: Path | None
    decisions: Decisions
    source: str
    original: tuple[Change, ...]
    decision_of: tuple[int | None, ...]  # per original change
    kept: tuple[int, ...]  # per change of the new log: its original index
    dropped: tuple[int, ...]  # original changes that depended on a rejected one
    stale_changes: tuple[int, ...] = ()
    stale_structure: tuple[int, ...] = ()
    outline: tuple[Block, ...] = field(default=())  # the blocks before structure decisions

    def verdict(self, original_index: int) -> str:
        """`accept`, `reject`, `dropped` (it depended on a rejected change) or ""."""
        index = self.decision_of[original_index]
        if index is not None:
            return self.decisions.changes[index].verdict
        return "dropped" if original_index in self.dropped else ""

    def accepted(self) -> set[int]:
        """Indices into the new log of the changes an editor accepted."""
        return {n for n, i in enumerate(self.kept) if self.verdict(i) == "accept"}

    def role_of(self, text: str) -> str:
        """The role a structure decision gives the block with this text ("" if none does)."""
        for decision in self.decisions.structure:
            if same_text(decision.text) == same_text(text):
                return decision.role
        return ""

    def stale(self) -> list[str]:
        """The decisions that match nothing any more, one line each."""
        return [
            f"change decision {i + 1} ({self.decisions.changes[i].describe()})"
            for i in self.stale_changes
        ] + [
            f"structure decision {i + 1} ({self.decisions.structure[i].describe()})"
            for i in self.stale_structure
        ]


def decide_changes(
    source: str, changes: tuple[Change, ...], decisions: Decisions, path: Path | None = None
) -> tuple[str | None, tuple[Change, ...], Decided]:
    """The text and log with the rejected changes left out (text None: nothing rejected)."""
    matched = match_changes(changes, source, decisions.changes)
    rejected = {
        i
        for i, d in enumerate(matched.decision_of)
        if d is not None and decisions.changes[d].verdict == "reject"
    }
    decided = Decided(
        path,
        decisions,
        source,
        changes,
        matched.decision_of,
        tuple(range(len(changes))),
        (),
        matched.stale,
    )
    if not rejected:
        return None, changes, decided
    replayed = replay_without(source, changes, rejected)
    decided = replace(decided, kept=replayed.kept, dropped=replayed.dropped)
    return replayed.text, replayed.changes, decided


def decide_structure(
    document: Document, decided: Decided, fallback_title: str
) -> tuple[Document, Decided]:
    blocks = outline(document)
    document, stale = apply_structure(document, decided.decisions.structure, fallback_title)
    return document, replace(decided, stale_structure=stale, outline=blocks)
