"""The records of the change log: what a pass proposes (`Edit`) and what the log keeps (`Change`).

A *flag* is a change whose `before` equals its `after`: a finding that did not alter the text
(a stray Latin word not in the dictionary, a `□` that may be a missing glyph).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import attrgetter
from typing import Literal, NamedTuple

Severity = Literal["info", "warning", "error"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")


class Edit(NamedTuple):
    """One replacement a pass proposes: text[start:end] becomes `after`.

    A named tuple rather than a frozen dataclass: the passes propose a great many, and a tuple
    is made much faster. (The cyclic garbage collector still tracks it:
    CPython stops tracking tuples of atomic values only for exact `tuple`s, not for subclasses
    such as this one; checked on 3.11 with `gc.is_tracked` after `gc.collect()`.)
    """

    start: int
    end: int
    after: str
    kind: str
    message: str = ""
    severity: Severity = "info"


class Change(NamedTuple):
    """One record of the log. A named tuple, like `Edit`, because a log holds a great many:
    `apply_pass` makes each in one C call (`tuple.__new__`), where a frozen dataclass sets every
    field through `object.__setattr__`. Change a field with `_replace`."""

    pass_name: str
    kind: str
    offset: int
    before: str
    after: str
    line: int
    column: int
    source_start: int
    source_end: int
    severity: Severity = "info"
    message: str = ""
    step: int = 0  # which application of a pass made it: replay applies one step at a time
    where: str = ""  # where a reader of a laid-out input saw it: "page 2, column 3, line 14"

    @property
    def is_flag(self) -> bool:
        return self.before == self.after

    def to_json(self) -> dict[str, object]:
        """The log's record: the fields in order, `pass_name` as `pass`."""
        data: dict[str, object] = dict(zip(JSON_KEYS, self, strict=True))
        if not self.where:
            del data["where"]  # text input: line and column say it
        return data


JSON_KEYS = tuple("pass" if name == "pass_name" else name for name in Change._fields)


def by_step(changes: Iterable[Change]) -> Iterator[list[Change]]:
    """The log cut into its applications of a pass: consecutive changes of one (step, pass),
    which were made in one sweep over one text, and are replayed and carried forward so."""
    for _, group in groupby(changes, key=attrgetter("step", "pass_name")):
        yield list(group)


def without_overlaps(edits: Iterable[Edit]) -> list[Edit]:
    """The edits (sorted by the caller) without those that overlap an edit kept before them.

    Passes that look for several patterns at once use this so the first match at a place wins.
    """
    kept: list[Edit] = []
    for edit in edits:
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept
