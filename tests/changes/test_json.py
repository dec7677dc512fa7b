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


_CHANGES = st.builds(
    Change,
    pass_name=st.text(max_size=4),
    kind=st.sampled_from(["comma", "wrap", "soft-hyphen"]),
    offset=st.integers(0, 10**6),
    before=st.text(max_size=4),
    after=st.text(max_size=4),
    line=st.integers(1, 10**5),
    column=st.integers(1, 300),
    source_start=st.integers(0, 10**6),
    source_end=st.integers(0, 10**6),
    severity=st.sampled_from(["info", "warning", "error"]),
    message=st.text(max_size=6),
    step=st.integers(-1, 30),
    where=st.sampled_from(["", "", "page 2, column 1, line 14", 'p\u00e1g "3"\n']),
)


@given(changes=st.lists(_CHANGES, min_size=1, max_size=12))
def test_any_log(changes: list[Change]) -> None:
    """Logs of several changes, flags and changes, with and without `where` (all, none, mixed):
    the records set together by one encoding of every value are what `indent=2` gives."""
    log = tuple(changes)
    assert repairs_json("9.9", "a.txt", None, log) == _plain(None, log)
    laid_out = tuple(c._replace(where=f"page {i}") for i, c in enumerate(changes))
    assert repairs_json("9.9", "a.txt", None, laid_out) == _plain(None, laid_out)


def test_a_change_holding_other_values() -> None:
    """Values that are not strings or numbers (no pass makes them) leave the one-call encoding
    to the record-by-record one, which `json.dumps` sets as it would."""
    odd = (
        Change("p", "k", 1, "a", "b", 1, 1, 1, 1),
        Change("p", "k", 2, "a", "a", 1, 2, 2, 2, message=[1, "x"]),  # type: ignore[arg-type]
        Change("p", "k", 3, "a", "b", 1, 3, 3, 3, where={"page": 2}),  # type: ignore[arg-type]
        Change("p", "k", 4, "a", "b", 1, 4, 4, 4, message=None, step=True),  # type: ignore[arg-type]
    )
    for log in (odd, odd[1:2], odd[2:3], odd[3:]):
        assert repairs_json("9.9", "a.txt", None, log) == _plain(None, log)


def test_a_record_that_is_not_flat() -> None:
    """A record holding a list or a mapping, or none at all, is set by `json.dumps` itself."""
    for record in ({"pass": "x", "spans": [1, 2], "at": {"page": 2}}, {}):
        assert _record(record) == json.dumps(record, ensure_ascii=False, indent=2).replace(
            "\n", "\n    "
        )
