"""A cut date told with a cheap test of its end first (issue 17), as the patterns alone told it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.cut_sentence import cuts_date

OLD_DATE_HEAD_RE = re.compile(r"[0-9０-９]+[年月]$")
OLD_DATE_TAIL_RE = re.compile(r"[0-9０-９]+[月日号]")
OLD_DAY_HEAD_RE = re.compile(r"月[0-9０-９]{1,2}$")
SIDE = st.text(alphabet="12０年月日号甲\n", max_size=8)


def _old_cuts_date(left: str, right: str) -> bool:
    if right[:1] in "日号":
        return bool(OLD_DAY_HEAD_RE.search(left))
    return bool(OLD_DATE_HEAD_RE.search(left)) and bool(OLD_DATE_TAIL_RE.match(right))


@settings(max_examples=600)
@given(SIDE, SIDE)
def test_a_cut_date_is_told_as_the_patterns_told_it(left: str, right: str) -> None:
    assert cuts_date(left, right) == _old_cuts_date(left, right)


def test_a_year_cut_from_its_month() -> None:
    assert cuts_date("会议于2024年", "3月召开") and not cuts_date("会议于2024年召开", "3月")
