"""The repair log as JSON (`NAME.repairs.json`, written beside the outputs): the encoding decision,
a summary, and every change and flag, for editors and their tools to review."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from .model import Change


def repairs_json(
    version: str, source: str, encoding: Mapping[str, object] | None, changes: Sequence[Change]
) -> bytes:
    """The log of one source file (`source`, its name) read with `encoding` (the reader's
    decision as JSON; None for input that was not normalized), by Galley `version`."""
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    data = {
        "galley": version,
        "source": source,
        "encoding": encoding,
        "summary": {
            "changes": sum(1 for c in changes if not c.is_flag),
            "flags": sum(1 for c in changes if c.is_flag),
            "by_kind": dict(sorted(counts.items())),
        },
    }
    return _with_changes(data, changes)


def _with_changes(data: Mapping[str, object], changes: Sequence[Change]) -> bytes:
    """`json.dumps({**data, "changes": [...]}, indent=2)`, byte for byte, one change at a time.

    A large source logs a great many changes; building every change's dict at once and then one
    string of the whole log took several times the memory of the finished file.
    """
    if not changes:
        return (json.dumps({**data, "changes": []}, ensure_ascii=False, indent=2) + "\n").encode()
    head = json.dumps(data, ensure_ascii=False, indent=2)[:-2]  # without the closing "\n}"
    pieces = [f'{head},\n  "changes": [\n'.encode()]
    last = len(changes) - 1
    for index, change in enumerate(changes):
        item = json.dumps(change.to_json(), ensure_ascii=False, indent=2).replace("\n", "\n    ")
        pieces.append(f"    {item}{',' if index < last else ''}\n".encode())
    pieces.append(b"  ]\n}\n")
    return b"".join(pieces)
