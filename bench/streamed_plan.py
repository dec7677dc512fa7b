"""A batch planned as it goes against one planned in full first, on a folder of many inputs.

    .venv/bin/python bench/streamed_plan.py                # 100 000 empty .txt files, 2 rounds
    .venv/bin/python bench/streamed_plan.py -n 20000 --rounds 1
    .venv/bin/python bench/streamed_plan.py --before /work/main   # and a checkout's code besides

Both modes run the same code (`Batch` over the folder walk, `collect_inputs`), in a fresh
process each, in alternating order, against an executor that converts nothing (it takes each
task and reports it converted), so that only planning is measured: `streamed` hands tasks to the
executor as they are planned (what a cluster gets); `full` plans every input before the first
task goes out (what the batch did before, and what the local pool still does). Printed per run:
peak RSS of the process, seconds until the executor got its first task, and CPU seconds in all.
`--before DIR`: a third mode, `before`, runs the code of another checkout (the same `Batch` API)
the way `streamed` runs this one's.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Generator, Iterable
from pathlib import Path

if "--child" in sys.argv:  # the code under test: this checkout's, or --before's
    code = sys.argv[sys.argv.index("--child") + 4]
    sys.path.insert(0, code or str(Path(__file__).resolve().parent.parent))

MODES = ("streamed", "full")


def make_folder(root: Path, count: int) -> Path:
    folder = root / "in"
    for n in range(count):
        sub = folder / f"d{n // 1000:03}"
        if n % 1000 == 0:
            sub.mkdir(parents=True)
        (sub / f"a{n:06}.txt").touch()
    return folder


def measure(mode: str, folder: Path, out: Path) -> dict[str, float]:
    """Runs in its own process: one batch over `folder`, with an executor that converts nothing."""
    from convert.batch import runner
    from convert.batch.runner import Batch
    from convert.batch.worker import Job, Task
    from convert.config.settings import Settings
    from convert.report import FileResult
    from convert.run.inputs import collect_inputs

    started = time.perf_counter()
    first: list[float] = []

    def executor(
        tasks: Iterable[Task], job: Job, workers: int
    ) -> Generator[tuple[int, FileResult], None, None]:
        for index, task in enumerate(list(tasks) if mode == "full" else tasks):
            if not first:
                first.append(time.perf_counter() - started)
            yield index, FileResult(task.display, "failed", error="not converted")

    runner.get_executor = lambda name: executor
    inputs = collect_inputs([folder], skip=out)
    results = [0]
    batch = Batch(inputs, out, Job("convert", Settings(formats=("xml",))), force=False)
    batch.run(1, lambda r: results.__setitem__(0, results[0] + 1))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "files": results[0],
        "peak_mib": usage.ru_maxrss / 1024,
        "first_task_s": first[0],
        "cpu_s": usage.ru_utime + usage.ru_stime,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=100_000, help="empty input files")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--before", default="", help="another checkout, measured besides")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, folder, out, _ = args.child
        print(json.dumps(measure(mode, Path(folder), Path(out))))
        return
    with open("/proc/loadavg") as f:
        print(f"load: {f.read().split()[:3]}; {args.n} empty inputs in {args.n // 1000 + 1} folders")
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_folder(Path(tmp), args.n)
        modes = (*MODES, "before") if args.before else MODES
        figures: dict[str, list[dict[str, float]]] = {m: [] for m in modes}
        for round_ in range(args.rounds):
            for mode in modes if round_ % 2 == 0 else modes[::-1]:
                code = args.before if mode == "before" else ""
                child = [sys.executable, __file__, "--child", mode, str(folder), f"{tmp}/out", code]
                got = json.loads(subprocess.run(child, check=True, capture_output=True).stdout)
                figures[mode].append(got)
                print(f"{mode:9} {got['files']:7.0f} files  peak RSS {got['peak_mib']:6.1f} MiB  "
                      f"first task after {got['first_task_s']:6.2f}s  CPU {got['cpu_s']:6.2f}s")
        for mode in modes:
            peak = statistics.median(f["peak_mib"] for f in figures[mode])
            first = statistics.median(f["first_task_s"] for f in figures[mode])
            print(f"median {mode:9} peak RSS {peak:6.1f} MiB, first task after {first:.2f}s")


if __name__ == "__main__":
    main()
