"""What the normalizer makes of a text, with the check every repair test shares: replaying the
change log on the source gives the repaired text."""

from __future__ import annotations

from collections.abc import Iterable

from convert.changes import Edit, replay
from convert.config import Config
from convert.normalize import Normalized, normalize


def normalized(text: str, config: Config | None = None) -> Normalized:
    result = normalize(text, config)
    assert replay(text, result.changes) == result.text
    return result


def fixed(text: str, config: Config | None = None) -> str:
    return normalized(text, config).text


def paragraphs(text: str, config: Config | None = None) -> list[str]:
    return fixed(text, config).split("\n\n")


def applied(text: str, edits: Iterable[Edit]) -> str:
    """The text with one pass's edits (sorted, not overlapping) made."""
    pieces, cursor = [], 0
    for edit in edits:
        pieces += [text[cursor : edit.start], edit.after]
        cursor = edit.end
    return "".join([*pieces, text[cursor:]])


def fixed_by(pass_name: str, text: str, config: Config | None = None) -> tuple[str, list[str]]:
    """The repaired text, and the kinds of the changes one pass made."""
    result = normalized(text, config)
    return result.text, [c.kind for c in result.changes if c.pass_name == pass_name]
