"""What decisions change in what is reported: accepted changes are not findings any more (an
editor has seen them), and a decision that matches nothing is a warning of its own."""

from __future__ import annotations

import logging
from pathlib import Path

from ..changes import Change
from . import Decided

log = logging.getLogger("galley.decisions")

STALE_KIND = "stale-decision"


def findings(decided: Decided, changes: tuple[Change, ...]) -> tuple[Change, ...]:
    """`changes` (the log the pipeline went on with) less the accepted ones, plus the stale."""
    accepted = decided.accepted()
    kept = tuple(c for n, c in enumerate(changes) if n not in accepted)
    return kept + tuple(_stale_finding(decided, line) for line in decided.stale())


def _stale_finding(decided: Decided, what: str) -> Change:
    name = decided.path.name if decided.path else "the decisions file"
    return Change(
        "decisions",
        STALE_KIND,
        0,
        "",
        "",
        1,
        1,
        0,
        0,
        "warning",
        f"{what} in {name} matches nothing in the source any more: "
        "run `galley review` on it, or delete the entry",
    )


def warn_stale(decided: Decided, source: Path) -> None:
    for line in decided.stale():
        log.warning("%s: %s matches nothing any more (see galley explain)", source, line)
