"""A change's log record is its fields by name (`_asdict`), `pass_name` renamed `pass` and put
first, `where` left out when empty."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from convert.changes import Change
from convert.changes.model import SEVERITIES
from convert.normalize import normalize


def _by_asdict(change: Change) -> list[tuple[str, object]]:
    data = change._asdict()
    if not data["where"]:
        del data["where"]
    return list({"pass": data.pop("pass_name"), **data}.items())


def test_the_records_of_a_real_log() -> None:
    changes = normalize("第一段,有  ｗｏｒｄ\u200b和 and 字;\r\n接着(上)。\r\n").changes
    assert len(changes) > 3
    for change in changes:
        assert list(change.to_json().items()) == _by_asdict(change)  # the keys' order too


@given(
    texts=st.lists(st.text(max_size=5), min_size=5, max_size=5),
    numbers=st.lists(st.integers(0, 10**6), min_size=6, max_size=6),
    severity=st.sampled_from(SEVERITIES),
)
def test_any_change(texts: list[str], numbers: list[int], severity: str) -> None:
    name, kind, before, after, where = texts
    offset, line, column, start, end, step = numbers
    change = Change(
        name, kind, offset, before, after, line, column, start, end, severity, kind, step, where
    )
    record = change.to_json()
    assert list(record.items()) == _by_asdict(change)
    assert ("where" in record) == bool(where)
