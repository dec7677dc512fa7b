"""Running tasks: warm workers, failure isolation, stale temporaries (without the CLI)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from convert.batch import plan as plan_module
from convert.batch import runner
from convert.batch.runner import Batch, run, worker_count
from convert.batch.worker import Job, Task
from convert.report import FileResult
from convert.run.inputs import Input

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


def test_a_batch_sends_its_first_task_before_it_plans_its_last_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk's inputs are planned (hashed, looked up in the manifest) as the executor takes
    them: a streaming executor (the cluster's) gets the first task before the last input is
    read, and refusals and skips are reported in the inputs' order as they are found."""
    events: list[str] = []
    hashed = plan_module.file_digest

    def digest(path: Path) -> str:
        events.append(f"hash {path.name}")
        return hashed(path)

    def streaming(tasks: Iterable[Task], job: Job, workers: int) -> Iterator[tuple[int, FileResult]]:
        for index, task in enumerate(tasks):  # one at a time, as a cluster's window fills
            events.append(f"run {task.source.name}")
            out = task.out_dir / f"{task.source.stem}.xml"
            out.parent.mkdir(exist_ok=True)
            out.write_bytes(task.source.read_bytes())
            yield index, FileResult(task.display, "converted", outputs=(str(out),))

    monkeypatch.setattr(plan_module, "file_digest", digest)
    monkeypatch.setattr(runner, "get_executor", lambda name: streaming)
    names = [f"{n:02}.txt" for n in range(6)]
    for name in names:
        (tmp_path / name).write_text("标题\n\n正文。", encoding="utf-8")
    inputs = [Input(tmp_path / n) for n in names]
    inputs.insert(3, Input(tmp_path / "02.text"))  # its outputs are 02.txt's: refused
    seen: list[tuple[str, str]] = []

    def batch(force: bool) -> Batch:
        run = Batch(inputs, tmp_path / "out", convert_job(), force)
        run.run(2, lambda r: seen.append((Path(r.path).name, r.status)))
        run.save()
        return run

    first = batch(force=False)
    assert events.index("run 00.txt") < events.index("hash 05.txt")
    assert events == [f"{step} {n}" for n in names for step in ("hash", "run")]
    assert seen[3] == ("02.text", "failed") and first.refused == 1 and first.left(6) == 0
    assert [s for s in seen if s[1] == "converted"] == [(n, "converted") for n in names]
    seen.clear()
    (tmp_path / "04.txt").write_text("标题\n\n改了。", encoding="utf-8")
    again = batch(force=False)  # only the changed file goes to the executor
    assert [s for s in seen if s[1] != "failed"] == [
        (n, "converted" if n == "04.txt" else "skipped") for n in names
    ]
    assert again.skipped == 5 and again.todo == {}
