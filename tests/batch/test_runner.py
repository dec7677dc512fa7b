"""Running tasks: warm workers, failure isolation, stale temporaries (without the CLI)."""

from __future__ import annotations

from pathlib import Path

from convert.batch.runner import run, worker_count
from convert.batch.worker import Task

from . import convert_job


def test_a_bad_file_fails_alone_in_a_worker_pool(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("标题\n\n正文,第一段。", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    tasks = [Task(p, tmp_path / "out", str(p)) for p in (bad, good, tmp_path / "missing.txt")]
    seen: list[str] = []
    results = run(tasks, convert_job(), 2, lambda r: seen.append(r.path))
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
    assert [r.status for r in run(tasks, convert_job(), 2)] == ["converted", "converted"]
    assert [p for p in stale if p.exists()] == []
    assert [p for p in kept if not p.exists()] == []


def test_worker_count_never_exceeds_the_files() -> None:
    assert worker_count(8, 3) == 3
    assert worker_count(0, 1) == 1
    assert worker_count(2, 100) == 2
