"""SARIF 2.1.0, the format code-scanning dashboards read (GitHub's among them).

One run; the tool's driver is Galley, with a rule for every kind of change a pass can make (the
pass in the rule's properties), so a dashboard can group and filter findings by kind. Every
finding is a result, whatever `--show` says: like json and junit, SARIF is read by programs.
A file that could not be read is a tool execution notification, and the invocation then did not
succeed.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..changes import Change
from ..changes.kinds import KINDS_BY_PASS
from .report import Report, describe

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"info": "note", "warning": "warning", "error": "error"}
RULES = [(pass_name, kind) for pass_name, kinds in KINDS_BY_PASS.items() for kind in kinds]
RULE_INDEX = {kind: index for index, (_, kind) in enumerate(RULES)}


def sarif(report: Report) -> str:
    cwd = Path.cwd()
    results = [
        _result(change, _uri(result.path, cwd))
        for result in report.results
        for change in result.findings
    ]
    failures = [r for r in report.results if r.status == "failed"]
    run = {
        "tool": {
            "driver": {
                "name": "Galley",
                "version": __version__,
                "rules": [_rule(pass_name, kind) for pass_name, kind in RULES],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not failures,
                "toolExecutionNotifications": [
                    {
                        "level": "error",
                        "message": {"text": r.error},
                        "locations": [_location(_uri(r.path, cwd))],
                    }
                    for r in failures
                ],
            }
        ],
        "columnKind": "unicodeCodePoints",  # Galley's columns count characters, from 1
        "results": results,
    }
    data = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _rule(pass_name: str, kind: str) -> dict[str, object]:
    return {
        "id": kind,
        "name": kind,
        "shortDescription": {"text": f"{pass_name}: {kind}"},
        "properties": {"pass": pass_name},
    }


def _result(change: Change, uri: str) -> dict[str, object]:
    result: dict[str, object] = {
        "ruleId": change.kind,
        "level": LEVELS[change.severity],
        "message": {"text": describe(change)},
        "locations": [_location(uri, change.line, change.column)],
    }
    if change.kind in RULE_INDEX:
        result["ruleIndex"] = RULE_INDEX[change.kind]
    return result


def _location(uri: str, line: int = 0, column: int = 0) -> dict[str, object]:
    physical: dict[str, object] = {"artifactLocation": {"uri": uri}}
    if line:
        physical["region"] = {"startLine": line, "startColumn": max(column, 1)}
    return {"physicalLocation": physical}


def _uri(path: str, cwd: Path) -> str:
    """Relative to the working directory (where code scanning expects the checkout) when the
    file is under it; else an absolute file URI. Standard input stays `-`."""
    if path == "-":
        return path
    resolved = Path(path).resolve()
    try:
        return quote(resolved.relative_to(cwd.resolve()).as_posix())
    except ValueError:
        return resolved.as_uri()
