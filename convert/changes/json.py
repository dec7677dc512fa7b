"""The repair log as JSON (`NAME.repairs.json`, written beside the outputs): the encoding decision,
a summary, and every change and flag, for editors and their tools to review."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain, repeat
from operator import attrgetter, eq, mod

from .model import JSON_KEYS, Change


def repairs_json(
    version: str, source: str, encoding: Mapping[str, object] | None, changes: Sequence[Change]
) -> bytes:
    """The log of one source file (`source`, its name) read with `encoding` (the reader's
    decision as JSON; None for input that was not normalized), by Galley `version`."""
    flags = sum(map(eq, map(_before, changes), map(_after, changes)))  # `is_flag`, counted in C
    data = {
        "galley": version,
        "source": source,
        "encoding": encoding,
        "summary": {
            "changes": len(changes) - flags,
            "flags": flags,
            "by_kind": dict(sorted(Counter(map(_kind, changes)).items())),
        },
    }
    return _with_changes(data, changes)


_before, _after, _kind, _where = (attrgetter(name) for name in ("before", "after", "kind", "where"))


def _with_changes(data: Mapping[str, object], changes: Sequence[Change]) -> bytes:
    """`json.dumps({**data, "changes": [...]}, indent=2)`, byte for byte.

    A large source logs a great many changes; building every change's dict and then one string
    of the whole document through `json`'s Python encoder (which `indent` takes) cost several
    times the memory of the finished file and ~10 µs a change (`_records`).
    """
    if not changes:
        return (json.dumps({**data, "changes": []}, ensure_ascii=False, indent=2) + "\n").encode()
    head = json.dumps(data, ensure_ascii=False, indent=2)[:-2]  # without the closing "\n}"
    records = _records(changes)
    if records is None:
        records = [f"    {_record(change.to_json())}" for change in changes]
    body = ",\n".join(records)
    return f'{head},\n  "changes": [\n{body}\n  ]\n}}\n'.encode()


def _template(keys: Sequence[str], where: bool) -> str:
    """A record as `indent=2` sets it inside the log's list, for `%` with every field's value
    (`where` last, set to nothing when not `where`: `%.0s`)."""
    fields = ",\n      ".join(f"{json.dumps(key)}: %s" for key in keys[:-1])
    last = f",\n      {json.dumps(keys[-1])}: %s" if where else "%.0s"
    return f"    {{\n      {fields}{last}\n    }}"


_WITH_WHERE = _template(JSON_KEYS, where=True)
_WITHOUT_WHERE = _template(JSON_KEYS, where=False)
_FIELD_COUNT = len(JSON_KEYS)
# every value of a flat log in one C call: json escapes every control character in a string,
# so the only line feeds are the separators
_values = json.JSONEncoder(ensure_ascii=False, separators=("\n", ":")).encode
_ATOM_TYPES = {str, int, float, bool, type(None)}


def _records(changes: Sequence[Change]) -> list[str] | None:
    """Each change's record (`_record(change.to_json())`, indented), every value encoded by the
    C encoder in one call and set into a template by `%` (quicker than `str.format`); None unless every change is
    a `Change` of atoms (strings, numbers, None) alone."""
    if set(map(type, changes)) != {Change}:
        return None
    values = list(chain.from_iterable(changes))
    if not set(map(type, values)) <= _ATOM_TYPES:
        return None
    encoded = _values(values)[1:-1].split("\n")
    if len(encoded) != len(values):
        return None  # (cannot happen: no atom's encoding holds a line feed)
    rows = zip(*[iter(encoded)] * _FIELD_COUNT, strict=True)
    wheres = list(map(_where, changes))
    if not any(wheres):  # text input: no record has `where`
        return list(map(mod, repeat(_WITHOUT_WHERE), rows))
    return [
        (_WITH_WHERE if where else _WITHOUT_WHERE) % row
        for where, row in zip(wheres, rows, strict=True)
    ]


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
