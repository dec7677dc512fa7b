"""Batch planning, the manifest, warm workers and failure isolation (without the CLI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from convert import __version__
from convert.batch import Job, Manifest, Task, options_key, plan, run, worker_count
from convert.config import Settings, settings_to_mapping
from convert.pipeline import Input, collect_inputs
from convert.report import FileResult

from .conftest import REPO

SETTINGS = settings_to_mapping(Settings())


def _job(formats: tuple[str, ...] = ("xml",), **kwargs: object) -> Job:
    return Job("convert", formats, SETTINGS, **kwargs)  # type: ignore[arg-type]


def test_outputs_that_collide_or_overwrite_an_input_are_refused_file_by_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("标题\n\n正文。", encoding="utf-8")
    (tmp_path / "a.text").write_text("标题\n\n正文。", encoding="utf-8")
    (tmp_path / "b.xml").write_text("<article/>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("标题\n\n正文。", encoding="utf-8")
    inputs = [Input(tmp_path / n) for n in ("a.txt", "a.text", "b.xml", "b.txt")]
    result = plan(inputs, tmp_path, _job())
    assert [t.display for t in result.tasks] == [str(tmp_path / "a.txt")]
    errors = [r.error for r in result.refused]
    assert "would overwrite those of" in errors[0] and "a.text" in errors[0]
    assert all("would overwrite the input" in e for e in errors[1:])  # b.xml, and b.txt's b.xml


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
    base = options_key(_job())
    assert options_key(_job(("xml", "docx"))) != base
    assert options_key(_job(review=False)) != base
    other_jobs = Job("convert", ("xml",), {**SETTINGS, "jobs": 7, "fail-on": "error"})
    assert options_key(other_jobs) == base


def test_a_bad_file_fails_alone_in_a_worker_pool(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("标题\n\n正文,第一段。", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    tasks = [Task(p, tmp_path / "out", str(p)) for p in (bad, good, tmp_path / "missing.txt")]
    seen: list[str] = []
    results = run(tasks, _job(), 2, lambda r: seen.append(r.path))
    assert [r.status for r in results] == ["failed", "converted", "failed"]
    assert results[0].error.startswith(f"{bad}: ") and "\n" not in results[0].error
    assert "no such file" in results[2].error
    assert sorted(seen) == sorted(str(t.source) for t in tasks)
    assert (tmp_path / "out" / "good.xml").exists()


def test_a_pool_clears_every_task_s_stale_temporaries_and_nothing_else(tmp_path: Path) -> None:
    """A killed batch leaves `.NAME.EXT.*.tmp` beside its outputs; the next run removes those of
    the outputs it writes (names with dots included), in one listing per folder, before the
    workers start, and leaves every other file alone."""
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (tmp_path / "sub").mkdir()
    sources = [tmp_path / "a.b.txt", tmp_path / "sub" / "c.txt"]
    for source in sources:
        source.write_text("标题\n\n正文,第一段。", encoding="utf-8")
    stale = [
        out / ".a.b.xml.k1ll3d.tmp",
        out / ".a.b.repairs.json.x.y.tmp",
        out / "sub" / ".c.xml.z.tmp",
    ]
    kept = [
        out / ".a.xml.k1ll3d.tmp",
        out / ".notes.txt.x.tmp",
        out / "a.b.xml.tmp",
        out / ".c.xml.z.tmp",
    ]
    for path in stale + kept:
        path.write_bytes(b"<article><bo")
    tasks = [Task(sources[0], out, "a"), Task(sources[1], out / "sub", "c")]
    assert [r.status for r in run(tasks, _job(), 2)] == ["converted", "converted"]
    assert [p for p in stale if p.exists()] == []
    assert [p for p in kept if not p.exists()] == []


def test_worker_count_never_exceeds_the_files() -> None:
    assert worker_count(8, 3) == 3
    assert worker_count(0, 1) == 1
    assert worker_count(2, 100) == 2


def test_warm_imports_only_what_the_formats_need() -> None:
    code = (
        "import sys\n"
        "from convert.batch import Job, warm\n"
        "from convert.config import Settings, settings_to_mapping\n"
        "warm(Job('convert', ('docx',), settings_to_mapping(Settings())))\n"
        "print('docx' in sys.modules, 'weasyprint' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    assert out.split() == ["True", "False"]


def test_collect_inputs_mirrors_folders_and_expands_globs(tmp_path: Path) -> None:
    (tmp_path / "in" / "x" / "y").mkdir(parents=True)
    for name in ("in/a.txt", "in/x/b.txt", "in/x/y/c.md", "in/x/y/d.txt"):
        (tmp_path / name).write_text("t", encoding="utf-8")
    found = collect_inputs([tmp_path / "in"])
    assert [(i.path.name, str(i.subdir)) for i in found] == [
        ("a.txt", "."),
        ("b.txt", "x"),
        ("d.txt", "x/y"),
    ]
    globbed = collect_inputs([str(tmp_path / "in" / "x" / "**" / "*.md")], (".md",))
    assert [(i.path.name, str(i.subdir)) for i in globbed] == [("c.md", "y")]
