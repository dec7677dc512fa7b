"""Replaying the log on the decoded source, which must give the normalized text exactly: what lets
an editor trust, reject or re-apply Galley's work."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Change, by_step


class ReplayError(ValueError):
    """The log does not fit the text it is replayed on (wrong source, or a corrupted log)."""


def replay(source: str, changes: Iterable[Change]) -> str:
    """Apply logged changes in order to the decoded source.

    The changes of one application of a pass are applied in a single sweep, so replaying a log
    of many thousands of changes stays linear in the size of the text.
    """
    text = source
    for step in by_step(changes):
        pieces: list[str] = []
        cursor = 0  # position in `text` up to which pieces hold the new text
        built = 0  # length of the new text held in pieces
        for change in step:
            # offset is in the new text; the same point in the old text is offset - (built - cursor)
            old_pos = change.offset - (built - cursor)
            if old_pos < cursor or text[old_pos : old_pos + len(change.before)] != change.before:
                raise ReplayError(
                    f"change at line {change.line}, column {change.column} ({change.kind}) "
                    f"does not match the text: expected {change.before!r}"
                )
            pieces.append(text[cursor:old_pos])
            pieces.append(change.after)
            built += (old_pos - cursor) + len(change.after)
            cursor = old_pos + len(change.before)
        pieces.append(text[cursor:])
        text = "".join(pieces)
    return text
