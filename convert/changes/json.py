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
        pieces.append(f"    {_record(change.to_json())}{',' if index < last else ''}\n".encode())
    pieces.append(b"  ]\n}\n")
    return b"".join(pieces)


# a flat record as `indent=2` sets it inside the log's list, by the C encoder: json escapes every
# control character in a string, so the only line feeds are the separators'
_flat = json.JSONEncoder(ensure_ascii=False, separators=(",\n      ", ": ")).encode
_ATOMS = (str, int, float, type(None))  # (bool is an int)


def _record(record: Mapping[str, object]) -> str:
    """`json.dumps(record, ensure_ascii=False, indent=2)` as an item of the log's list (indented
    four more). A record of strings and numbers goes through the C encoder; `indent` would send
    it through `json`'s Python one."""
    if not record or not all(isinstance(value, _ATOMS) for value in record.values()):
        text = json.dumps(record, ensure_ascii=False, indent=2)
        return text.replace("\n", "\n    ")  # (strings hold no line feed: json escapes it)
    return f"{{\n      {_flat(record)[1:-1]}\n    }}"
