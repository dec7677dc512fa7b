"""The Report: exit codes from --fail-on, and each output format read back by a real parser."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from convert.changes import Change
from convert.report import FORMATTERS, FileResult, Report


def _change(severity: str, kind: str = "cjk-comma", line: int = 3, before: str = ",") -> Change:
    after = before if kind == "unknown-word" else "，"
    return Change(
        "punctuation",
        kind,
        10,
        before,
        after,
        line,
        7,
        10,
        11,
        severity,
        f"{kind} msg",  # type: ignore[arg-type]
    )


def _report(fail_on: str | None = "warning") -> Report:
    report = Report("check", fail_on=fail_on, seconds=1.25)
    report.add(FileResult("news/a.txt", "checked", 0.5, findings=(_change("info"),)))
    report.add(
        FileResult(
            "news/b,c.txt",
            "checked",
            0.5,
            findings=(_change("info"), _change("warning", "unknown-word", 9, "xyz")),
        )
    )
    report.add(FileResult("news/scan.txt", "failed", 0.1, error="news/scan.txt: is a PDF"))
    return report


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
    report.add(FileResult("a.txt", "checked", findings=tuple(_change(s) for s in findings)))
    if failed:
        report.add(FileResult("b.txt", "failed", error="b.txt: is empty"))
    assert report.exit_code == code


def test_skipped_files_count_toward_fail_on_through_their_stored_counts() -> None:
    report = Report("convert", fail_on="warning")
    report.add(FileResult("a.txt", "skipped", counts=(("info", 3), ("warning", 1))))
    assert report.exit_code == 1
    assert report.severity_counts() == {"info": 3, "warning": 1, "error": 0}


def test_human_lists_file_line_column_and_a_summary() -> None:
    text = FORMATTERS["human"](_report())
    assert "news/a.txt:3:7: info: punctuation/cjk-comma: ',' -> '，' — cjk-comma msg" in text
    assert "news/b,c.txt:9:7: warning: punctuation/unknown-word: 'xyz' kept (flag)" in text
    assert "error: news/scan.txt: is a PDF" in text
    assert text.rstrip().splitlines()[-1].startswith("2 checked, 1 failed in 1.2s")


def test_github_annotations_are_escaped_workflow_commands() -> None:
    lines = FORMATTERS["github"](_report()).splitlines()
    assert lines[0] == (
        "::notice file=news/a.txt,line=3,col=7,title=galley punctuation/cjk-comma"
        "::punctuation/cjk-comma: ',' -> '，' — cjk-comma msg"
    )
    # a comma in a file name would end the property; GitHub's escape is %2C
    assert lines[2].startswith("::warning file=news/b%2Cc.txt,line=9,col=7,")
    assert lines[3] == "::error file=news/scan.txt,title=galley::news/scan.txt: is a PDF"


def test_json_is_complete_for_scripts() -> None:
    data = json.loads(FORMATTERS["json"](_report()))
    assert data["exit_code"] == 1 and data["fail_on"] == "warning"
    assert data["summary"]["findings"] == {"info": 2, "warning": 1, "error": 0}
    assert [f["failing"] for f in data["files"]] == [False, True, True]
    finding = data["files"][1]["findings"][1]
    assert (finding["pass"], finding["kind"], finding["line"], finding["column"]) == (
        "punctuation",
        "unknown-word",
        9,
        7,
    )


def test_junit_has_the_shape_ci_systems_render() -> None:
    xml = FORMATTERS["junit"](_report())
    root = etree.fromstring(xml.encode())
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["news/a.txt", "news/b,c.txt", "news/scan.txt"]
    assert cases[0].find("failure") is None and cases[0].find("error") is None
    failure = cases[1].find("failure")
    assert failure is not None and failure.get("type") == "warning"
    assert "news/b,c.txt:9:7: warning" in (failure.text or "")
    assert "info" in (cases[1].findtext("system-out") or "")
    error = cases[2].find("error")
    assert error is not None and "is a PDF" in (error.get("message") or "")
    for case in cases:
        assert float(case.get("time") or "x") >= 0
