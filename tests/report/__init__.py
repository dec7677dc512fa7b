from __future__ import annotations

from convert.changes import Change
from convert.report import FileResult, Report


def change(severity: str, kind: str = "cjk-comma", line: int = 3, before: str = ",") -> Change:
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


def sample_report(fail_on: str | None = "warning") -> Report:
    report = Report("check", fail_on=fail_on, seconds=1.25)
    report.add(FileResult("news/a.txt", "checked", 0.5, findings=(change("info"),)))
    report.add(
        FileResult(
            "news/b,c.txt",
            "checked",
            0.5,
            findings=(change("info"), change("warning", "unknown-word", 9, "xyz")),
        )
    )
    report.add(FileResult("news/scan.txt", "failed", 0.1, error="news/scan.txt: is a PDF"))
    return report
