"""The report's output formats: a table of small functions from a Report to text.

After black, ruff and sqlfluff: `human` for people, `github` for workflow annotations, `junit`
for the test panels CI systems draw, `json` for scripts, `sarif` (in sarif.py) for code-scanning
dashboards.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from lxml import etree

from .. import __version__
from ..changes import Change
from .report import FileResult, Report, describe
from .sarif import sarif


def _per_file(
    report: Report,
    failed: Callable[[FileResult], str],
    finding: Callable[[FileResult, Change], str],
) -> str:
    """A line for each failed file and each finding shown, in input order, then the summary and
    a count of the findings `--show` left out."""
    lines: list[str] = []
    for result in report.results:
        if result.status == "failed":
            lines.append(failed(result))
        lines.extend(finding(result, c) for c in result.findings if report.shown(c))
    lines.append(report.summary())
    if hidden := report.not_shown():
        lines.append(hidden)
    lines.extend(report.baseline_lines())
    return "\n".join(lines) + "\n"


def _at(change: Change) -> str:
    """Where a finding is: line and column of a text, page, column and line of a PDF."""
    return f" {change.where}" if change.where else f"{change.line}:{change.column}"


def human(report: Report) -> str:
    return _per_file(
        report,
        lambda result: f"error: {result.error}",
        lambda result, change: (
            f"{result.path}:{_at(change)}: {change.severity}: {describe(change)}"
        ),
    )


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


GITHUB_LEVELS = {"info": "notice", "warning": "warning", "error": "error"}


def github(report: Report) -> str:
    """Workflow commands GitHub turns into annotations on the pull request's changed lines."""

    def failed(result: FileResult) -> str:
        return f"::error file={_gh_property(result.path)},title=galley::{_gh_data(result.error)}"

    def finding(result: FileResult, change: Change) -> str:
        title = _gh_property(f"galley {change.pass_name}/{change.kind}")
        return (
            f"::{GITHUB_LEVELS[change.severity]} file={_gh_property(result.path)},"
            f"line={change.line},col={change.column},title={title}::"
            f"{_gh_data(describe(change))}"
        )

    return _per_file(report, failed, finding)


def as_json(report: Report) -> str:
    files = []
    for result in report.results:
        files.append(
            {
                "path": result.path,
                "status": result.status,
                "error": result.error or None,
                "seconds": round(result.seconds, 3),
                "counts": result.severity_counts(),
                "failing": report.failing(result),
                "findings": [c.to_json() for c in result.findings],
                "outputs": list(result.outputs),
            }
        )
    data = {
        "galley": __version__,
        "command": report.command,
        "fail_on": report.fail_on,
        "exit_code": report.exit_code,
        "summary": {
            "files": len(report.results),
            **{s: report.count(s) for s in ("converted", "checked", "skipped", "failed")},
            "findings": report.severity_counts(),
            "seconds": round(report.seconds, 3),
        },
        "files": files,
    }
    if report.baseline:
        data["baseline"] = {
            "file": report.baseline,
            "known": report.known,
            "stale": list(report.stale),
        }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def junit(report: Report) -> str:
    """JUnit XML: one testcase per file; a failure when it has findings at --fail-on, an error
    when it could not be read. Jenkins, GitLab and the GitHub test reporters draw this shape."""
    failures = sum(1 for r in report.results if r.status != "failed" and report.failing(r))
    errors = report.count("failed")
    counts = {
        "tests": str(len(report.results)),
        "failures": str(failures),
        "errors": str(errors),
        "time": f"{report.seconds:.3f}",
    }
    attrs = {"name": f"galley {report.command}", **counts}
    suites = etree.Element("testsuites", attrs)
    suite = etree.SubElement(suites, "testsuite", attrs)
    for result in report.results:
        case = etree.SubElement(
            suite,
            "testcase",
            classname=f"galley.{report.command}",
            name=result.path,
            file=result.path,
            time=f"{result.seconds:.3f}",
        )
        if result.status == "failed":
            error = etree.SubElement(case, "error", type="GalleyError", message=result.error)
            error.text = result.error
            continue
        serious = [c for c in result.findings if report.at_threshold(c)]
        if report.failing(result):
            failure = etree.SubElement(
                case,
                "failure",
                type=report.fail_on or "finding",
                message=f"{len(serious) or 'some'} finding(s) at or above {report.fail_on}",
            )
            failure.text = "\n".join(_finding_line(result.path, c) for c in serious)
        rest = [c for c in result.findings if not report.at_threshold(c)]
        if rest:
            out = etree.SubElement(case, "system-out")
            out.text = "\n".join(_finding_line(result.path, c) for c in rest)
    return etree.tostring(
        suites,
        encoding="unicode",
        pretty_print=True,
        doctype=('<?xml version="1.0" encoding="UTF-8"?>'),
    )


def _finding_line(path: str, change: Change) -> str:
    return f"{path}:{change.line}:{change.column}: {change.severity}: {describe(change)}"


Formatter = Callable[[Report], str]
FORMATTERS: dict[str, Formatter] = {
    "human": human,
    "json": as_json,
    "github": github,
    "junit": junit,
    "sarif": sarif,
}
