"""The Report: exit codes from --fail-on."""

from __future__ import annotations

import pytest

from convert.report import FileResult, Report

from . import change


@pytest.mark.parametrize(
    ("fail_on", "findings", "failed", "code"),
    [
        ("warning", ("info",), False, 0),
        ("warning", ("info", "warning"), False, 1),
        ("error", ("info", "warning"), False, 0),
        ("info", ("info",), False, 1),
        (None, ("error",), False, 0),
        ("error", (), True, 1),
    ],
)
def test_exit_code(fail_on: str | None, findings: tuple[str, ...], failed: bool, code: int) -> None:
    report = Report("check", fail_on=fail_on)
    report.add(FileResult("a.txt", "checked", findings=tuple(change(s) for s in findings)))
    if failed:
        report.add(FileResult("b.txt", "failed", error="b.txt: is empty"))
    assert report.exit_code == code


def test_skipped_files_count_toward_fail_on_through_their_stored_counts() -> None:
    report = Report("convert", fail_on="warning")
    report.add(FileResult("a.txt", "skipped", counts=(("info", 3), ("warning", 1))))
    assert report.exit_code == 1
    assert report.severity_counts() == {"info": 3, "warning": 1, "error": 0}
