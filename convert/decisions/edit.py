"""A document's decisions rewritten from what an editor chose on the review page."""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import replace
from typing import cast

from . import Decided
from .model import (
    ROLES,
    VERDICTS,
    ChangeDecision,
    Decisions,
    Role,
    StructureDecision,
    Verdict,
    decide,
)


def updated(
    decided: Decided,
    verdicts: Mapping[int, str],
    roles: Mapping[str, str],
    drop_stale: Set[int] = frozenset(),
) -> Decisions:
    """The decisions after an edit.

    `verdicts`: original change index -> accept / reject / "" (no decision); `roles`: block text
    -> a role or "" (as Galley made it); `drop_stale`: indices into `decided.stale()` to delete.
    Changes are written in the order of the source, each decision keeping its note; stale
    decisions are kept unless deleted, so that a source edited back finds them again.
    """
    old = decided.decisions
    changes: list[ChangeDecision] = []
    for index in sorted(verdicts, key=lambda i: (decided.original[i].source_start, i)):
        verdict = verdicts[index]
        if verdict in VERDICTS:
            made = decide(decided.original[index], decided.source, cast(Verdict, verdict))
            matched = decided.decision_of[index]  # the decision it had, whose note it keeps
            note = old.changes[matched].note if matched is not None else ""
            changes.append(replace(made, note=note))
    stale_lines = len(decided.stale_changes)
    changes += [old.changes[i] for n, i in enumerate(decided.stale_changes) if n not in drop_stale]
    structure: list[StructureDecision] = []
    structure_notes = {s.text: s.note for s in old.structure}
    for text, role in roles.items():
        if role in ROLES:
            structure.append(
                StructureDecision(cast(Role, role), text, structure_notes.get(text, ""))
            )
    structure += [
        old.structure[i]
        for n, i in enumerate(decided.stale_structure, stale_lines)
        if n not in drop_stale
    ]
    # identical changes in identical contexts make one decision, not one per change
    return Decisions(tuple(dict.fromkeys(changes)), tuple(structure))
