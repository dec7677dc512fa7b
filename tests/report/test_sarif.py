"""`--format sarif`: the shape code-scanning dashboards read.

The SARIF 2.1.0 JSON schema is not vendored (its licence is OASIS's, not stated in the file) and
is not fetched at test time, so the properties it requires, and the ones it allows on each
object this writer makes (the schema says `additionalProperties: false` for them), are checked
here by hand.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from convert import __version__
from convert.changes.kinds import KINDS_BY_PASS
from convert.cli import main
from convert.report import FORMATTERS

from ..cli import SEED
from . import sample_report

# object -> (required, allowed) properties, as the SARIF 2.1.0 schema has them (the subset used)
SHAPES = {
    "log": ({"version", "runs"}, {"$schema", "version", "runs", "inlineExternalProperties"}),
    "run": ({"tool"}, {"tool", "invocations", "results", "columnKind", "artifacts", "properties"}),
    "driver": ({"name"}, {"name", "version", "rules", "informationUri", "properties"}),
    "rule": ({"id"}, {"id", "name", "shortDescription", "properties", "defaultConfiguration"}),
    "result": ({"message"}, {"ruleId", "ruleIndex", "level", "message", "locations"}),
    "invocation": ({"executionSuccessful"}, {"executionSuccessful", "toolExecutionNotifications"}),
    "notification": ({"message"}, {"level", "message", "locations"}),
    "physical": (set(), {"artifactLocation", "region"}),
    "region": (set(), {"startLine", "startColumn", "endLine", "endColumn"}),
}


def shaped(name: str, obj: dict[str, object]) -> dict[str, object]:
    required, allowed = SHAPES[name]
    assert required <= obj.keys() <= allowed, (name, sorted(obj))
    return obj


def check_shape(log: dict) -> dict:  # type: ignore[type-arg]
    shaped("log", log)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    shaped("run", run)
    assert run["columnKind"] in ("utf16CodeUnits", "unicodeCodePoints")
    driver = shaped("driver", run["tool"]["driver"])
    for rule in driver["rules"]:  # type: ignore[attr-defined]
        shaped("rule", rule)
    for invocation in run["invocations"]:
        shaped("invocation", invocation)
        for note in invocation["toolExecutionNotifications"]:
            shaped("notification", note)
            assert note["level"] == "error" and isinstance(note["message"]["text"], str)
    for result in run["results"]:
        shaped("result", result)
        assert result["level"] in ("none", "note", "warning", "error")
        assert isinstance(result["message"]["text"], str)
        if "ruleIndex" in result:  # absent only for a kind no pass lists (a test's made-up one)
            assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]  # type: ignore[index]
        for location in result["locations"]:
            physical = shaped("physical", location["physicalLocation"])
            region = shaped("region", physical["region"])  # type: ignore[arg-type]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1  # type: ignore[operator]
            assert isinstance(physical["artifactLocation"]["uri"], str)  # type: ignore[index]
    return run  # type: ignore[no-any-return]


def test_sarif_has_a_rule_per_kind_and_a_result_per_finding() -> None:
    run = check_shape(json.loads(FORMATTERS["sarif"](sample_report())))
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("Galley", __version__)
    kinds = [(r["properties"]["pass"], r["id"]) for r in driver["rules"]]
    assert kinds == [(p, k) for p, ks in KINDS_BY_PASS.items() for k in ks]
    levels = [(r["ruleId"], r["level"]) for r in run["results"]]
    assert levels == [("cjk-comma", "note"), ("cjk-comma", "note"), ("unknown-word", "warning")]
    flag = run["results"][2]
    assert (
        flag["message"]["text"] == "punctuation/unknown-word: 'xyz' kept (flag) — unknown-word msg"
    )
    assert flag["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "news/b%2Cc.txt"},
        "region": {"startLine": 9, "startColumn": 7},
    }
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["message"]["text"] == "news/scan.txt: is a PDF"


def test_check_writes_sarif_with_paths_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "desk").mkdir()
    article = tmp_path / "desk" / "seed article.txt"
    article.write_bytes(SEED.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(article), "--format", "sarif", "--show", "error", "-j", "1"]) == 1
    run = check_shape(json.loads(capsys.readouterr().out))
    located = [loc["physicalLocation"] for r in run["results"] for loc in r["locations"]]
    assert {p["artifactLocation"]["uri"] for p in located} == {"desk/seed%20article.txt"}
    levels = {r["level"] for r in run["results"]}
    assert levels == {"note", "warning"}  # --show leaves SARIF complete
    assert run["invocations"][0]["executionSuccessful"] is True
    monkeypatch.chdir(tmp_path / "desk")
    main(["check", os.fspath(SEED), "--format", "sarif", "-j", "1"])
    run = check_shape(json.loads(capsys.readouterr().out))
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == SEED.resolve().as_uri()  # outside the working directory: absolute
