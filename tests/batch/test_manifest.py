"""The manifest: what an incremental run skips, and the key of the options."""

from __future__ import annotations

from pathlib import Path

from convert import __version__
from convert.batch.manifest import Manifest, options_key
from convert.batch.worker import Task
from convert.report import FileResult

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
