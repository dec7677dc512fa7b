"""The repair log as JSON: written change by change, it is byte for byte what `json.dumps` of the
whole document gives."""

from __future__ import annotations

import json

from convert.changes import Change
from convert.changes.json import repairs_json
from convert.normalize import normalize


def _plain(encoding: dict[str, object] | None, changes: tuple[Change, ...]) -> bytes:
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    data = {
        "galley": "9.9",
        "source": "a.txt",
        "encoding": encoding,
        "summary": {
            "changes": sum(not c.is_flag for c in changes),
            "flags": sum(c.is_flag for c in changes),
            "by_kind": dict(sorted(counts.items())),
        },
        "changes": [c.to_json() for c in changes],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def test_the_log_is_json_dumps_of_the_whole_document() -> None:
    changes = normalize("第一段,有  ｗｏｒｄ\u200b和 and 字;\r\n接着(上)。\r\n").changes
    assert changes
    encoding = {"encoding": "utf-8", "confidence": 1.0}
    assert repairs_json("9.9", "a.txt", encoding, changes) == _plain(encoding, changes)


def test_an_empty_log_too() -> None:
    assert repairs_json("9.9", "a.txt", None, ()) == _plain(None, ())
