"""The repair log as JSON: written change by change, it is byte for byte what `json.dumps` of the
whole document gives."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from convert.changes import Change
from convert.changes.json import _record, repairs_json
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


@given(
    texts=st.lists(st.text(max_size=6), min_size=5, max_size=5),
    numbers=st.lists(st.integers(-(10**9), 10**9), min_size=6, max_size=6),
)
def test_any_text_in_a_change(texts: list[str], numbers: list[int]) -> None:
    """Quotes, backslashes, line feeds and other control characters, lone surrogates: a change's
    record, set by the C encoder, is what `indent=2` gives."""
    name, kind, before, after, where = texts
    offset, line, column, start, end, step = numbers
    change = Change(
        name, kind, offset, before, after, line, column, start, end, "info", kind, step, where
    )
    assert repairs_json("9.9", "a.txt", None, (change,)) == _plain(None, (change,))


def test_a_record_that_is_not_flat() -> None:
    """A record holding a list or a mapping, or none at all, is set by `json.dumps` itself."""
    for record in ({"pass": "x", "spans": [1, 2], "at": {"page": 2}}, {}):
        assert _record(record) == json.dumps(record, ensure_ascii=False, indent=2).replace(
            "\n", "\n    "
        )
