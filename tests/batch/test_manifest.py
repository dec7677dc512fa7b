"""The manifest: what an incremental run skips, and the key of the options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convert import __version__
from convert.batch.manifest import JOURNAL, MANIFEST, Manifest, ManifestSaver, options_key
from convert.batch.worker import Task
from convert.cli import main
from convert.report import FileResult

from ..support.texts import ZH
from . import convert_job


def test_manifest_is_keyed_by_bytes_options_and_version(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.xml").write_bytes(b"<x/>")
    task = Task(tmp_path / "a.txt", out, "a.txt", "d1")
    manifest = Manifest.load(out)
    converted = FileResult("a.txt", "converted", outputs=(str(out / "a.xml"),))
    manifest.record("a", task, "o1", converted)
    manifest.save()
    again = Manifest.load(out)
    assert again.is_current("a", "d1", "o1")
    assert not again.is_current("a", "d2", "o1")  # the input changed
    assert not again.is_current("a", "d1", "o2")  # the options changed
    again.entries["a"]["galley"] = "0.0.0-old"
    assert not again.is_current("a", "d1", "o1") and __version__ != "0.0.0-old"
    manifest.record("a", task, "o1", FileResult("a.txt", "failed", error="x"))
    assert "a" not in manifest.entries  # a failure is retried next time
    (out / ".galley-manifest.json").write_text("{ damaged", encoding="utf-8")
    assert Manifest.load(out).entries == {}


def test_options_key_follows_what_shapes_the_outputs_only() -> None:
    base = options_key(convert_job())
    assert options_key(convert_job(("xml", "docx"))) != base
    assert options_key(convert_job(review=False)) != base
    other_jobs = convert_job(jobs=7, fail_on="error")
    assert options_key(other_jobs) == base
    # a cluster writes the same bytes: a batch started locally resumes on one, and back
    assert options_key(convert_job(scheduler="tcp://10.0.0.5:8786")) == base


def test_the_same_run_from_another_working_directory_skips_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Outputs are recorded relative to the manifest's folder, not to the working directory."""
    (tmp_path / "desk" / "in" / "sub").mkdir(parents=True)
    (tmp_path / "desk" / "in" / "a.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "desk" / "in" / "sub" / "b.txt").write_text(ZH, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "desk")
    assert main(["convert", "in", "-o", "out", "-t", "xml", "-j", "1"]) == 0
    manifest = json.loads((tmp_path / "desk" / "out" / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["files"]["sub/b"]["outputs"] == [
        "sub/b.xml",
        "sub/b.repairs.json",
        "sub/b.review.html",
    ]
    capsys.readouterr()
    monkeypatch.chdir(tmp_path)
    assert main(["convert", "desk/in", "-o", "desk/out", "-t", "xml", "-j", "1"]) == 0
    assert "0 converted, 2 skipped (unchanged)" in capsys.readouterr().err
    monkeypatch.chdir(tmp_path / "desk" / "in")
    assert main(["convert", ".", "-o", str(tmp_path / "desk" / "out"), "-t", "xml"]) == 0
    assert "0 converted, 2 skipped (unchanged)" in capsys.readouterr().err


def _finished(out: Path, name: str) -> tuple[Task, FileResult]:
    (out / f"{name}.xml").write_bytes(b"<x/>")
    task = Task(out.parent / f"{name}.txt", out, f"{name}.txt", f"d-{name}")
    return task, FileResult(f"{name}.txt", "converted", outputs=(str(out / f"{name}.xml"),))


def test_the_journal_records_each_file_as_it_finishes_and_is_folded_in(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    saver = ManifestSaver(Manifest.load(out))
    for name in ("a", "b"):
        task, result = _finished(out, name)
        saver.record(name, task, "o", result)
    task, _ = _finished(out, "a")
    saver.record("a", task, "o", FileResult("a.txt", "failed", error="x"))  # a rerun failed
    assert not (out / MANIFEST).exists()  # nothing rewritten while the batch runs
    lines = (out / JOURNAL).read_text("utf-8").splitlines()
    assert [json.loads(line)["key"] for line in lines] == ["a", "b", "a"]
    # as a run killed here would find it: b current, a to do again
    (out / JOURNAL).write_text("\n".join(lines) + '\n{"key": "c", "ent', "utf-8")  # cut short
    found = Manifest.load(out)
    assert set(found.entries) == {"b"} and found.is_current("b", "d-b", "o")
    # the next run folds it in first, so its own lines follow whole ones
    ManifestSaver(found).close()
    assert not (out / JOURNAL).exists()
    assert set(json.loads((out / MANIFEST).read_text("utf-8"))["files"]) == {"b"}
