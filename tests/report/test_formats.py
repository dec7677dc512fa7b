"""The report's output formats, each read back by a real parser."""

from __future__ import annotations

import json

from lxml import etree

from convert.report import FORMATTERS

from . import sample_report


def test_human_lists_file_line_column_and_a_summary() -> None:
    text = FORMATTERS["human"](sample_report())
    assert "news/a.txt:3:7: info: punctuation/cjk-comma: ',' -> '，' — cjk-comma msg" in text
    assert "news/b,c.txt:9:7: warning: punctuation/unknown-word: 'xyz' kept (flag)" in text
    assert "error: news/scan.txt: is a PDF" in text
    assert text.rstrip().splitlines()[-1].startswith("2 checked, 1 failed in 1.2s")


def test_github_annotations_are_escaped_workflow_commands() -> None:
    lines = FORMATTERS["github"](sample_report()).splitlines()
    assert lines[0] == (
        "::notice file=news/a.txt,line=3,col=7,title=galley punctuation/cjk-comma"
        "::punctuation/cjk-comma: ',' -> '，' — cjk-comma msg"
    )
    # a comma in a file name would end the property; GitHub's escape is %2C
    assert lines[2].startswith("::warning file=news/b%2Cc.txt,line=9,col=7,")
    assert lines[3] == "::error file=news/scan.txt,title=galley::news/scan.txt: is a PDF"


def test_json_is_complete_for_scripts() -> None:
    data = json.loads(FORMATTERS["json"](sample_report()))
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
    xml = FORMATTERS["junit"](sample_report())
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


def test_show_lists_findings_at_its_level_and_counts_the_rest() -> None:
    report = sample_report()
    report.show = "warning"
    for name in ("human", "github"):
        text = FORMATTERS[name](report)
        assert "cjk-comma" not in text and "unknown-word" in text
        assert text.splitlines()[-1] == "… 2 info findings not shown (--show info lists them)"
    report.show = "error"
    assert FORMATTERS["human"](report).splitlines()[-1] == (
        "… 1 warning, 2 info findings not shown (--show info lists them)"
    )
    assert "error: news/scan.txt: is a PDF" in FORMATTERS["human"](report)  # failures stay
    assert report.exit_code == 1
