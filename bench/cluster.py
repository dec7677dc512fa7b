"""The Dask backend against the local pool, on the same batch, measured side by side.

    .venv/bin/python bench/cluster.py                     # 200 articles, all formats, 2 rounds
    .venv/bin/python bench/cluster.py -n 40 --rounds 1    # a quick run
    .venv/bin/python bench/cluster.py --chunks 1,8        # files per Dask task: 1 against 8
    .venv/bin/python bench/cluster.py --workers 2 --no-profile   # workers without Dask's profiler
    .venv/bin/python bench/cluster.py --workers 2 --variants recommended,defaults,before,no-nanny
    .venv/bin/python bench/cluster.py --workers 2 --variants recommended,defaults --idle 30

The cluster is started as docs/cluster.md recommends (`recommended`: `dask scheduler` and `dask
worker ADDRESS --nthreads 1`, with nannies, under the four `DASK_DISTRIBUTED__…` settings of
`RECOMMENDED`); `--variants` compares it with `defaults` (Dask's own settings), `before` (Dask's
settings and the nanny's `MALLOC_TRIM_THRESHOLD_` in force: a value of the user's, 65537, which
Galley's worker plugin leaves alone, as it does every value but Dask's own 65536: the workers as
they were before the plugin) and `no-nanny` (recommended, with `--no-nanny`).

Each round runs, in alternating order, `galley convert -j 2` (the local pool) and `galley convert
--scheduler …` on a loopback cluster of 1 and of 2 `dask worker --nthreads 1` processes (with
their nannies), scheduler and workers started fresh for every run so that each worker warms
itself inside the run, as each local pool process does. Printed per run: wall seconds,
throughput (articles/s), CPU seconds (user + system) of every process involved (client,
scheduler, nannies, workers; the local run's whole process tree), the Dask runs' CPU by process,
and the per-task overhead of the engine, (processes × wall − seconds of work) / articles, where the seconds of work are the ones Galley's own summary counts. Then the median
ratio of each Dask configuration's throughput to the local pool's. Target: 2 Dask workers ≥ 90 %
of the local pool's throughput on 200 articles.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import GALLEY_ENV, children_cpu, write_articles

SUMMARY = re.compile(r"(\d+) converted.* in ([0-9.]+)s \(([0-9.]+)s of work\)")
CLK = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of one running process (and of its reaped children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(f) for f in fields[11:15]) / CLK  # utime, stime, cutime, cstime


# Dask's settings docs/cluster.md recommends for a Galley cluster, on the scheduler and the workers
RECOMMENDED = {
    "DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL": "1s",
    "DASK_DISTRIBUTED__ADMIN__SYSTEM_MONITOR__INTERVAL": "2s",
    "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False",
    "DASK_DISTRIBUTED__WORKER__MEMORY__MONITOR_INTERVAL": "1s",
}
# how each variant starts the scheduler and workers: (environment, worker flags)
VARIANTS: dict[str, tuple[dict[str, str], list[str]]] = {
    "recommended": (RECOMMENDED, []),
    "defaults": ({}, []),
    # Dask's defaults with the nanny's trim threshold in force (65537: a value of the user's,
    # which Galley's plugin leaves alone): the workers as they were before the plugin undid it
    "before": ({"MALLOC_TRIM_THRESHOLD_": "65537"}, []),
    "no-nanny": (RECOMMENDED, ["--no-nanny"]),
}


class LoopbackCluster:
    """A scheduler and its workers on loopback, started for one run and stopped after it."""

    def __init__(self, folder: Path, variant: str, extra_env: dict[str, str]) -> None:
        self.folder = folder
        env, self.flags = VARIANTS[variant]
        self.env = {**GALLEY_ENV, **env, **extra_env}
        folder.mkdir(parents=True, exist_ok=True)
        file = folder / "scheduler.json"
        file.unlink(missing_ok=True)
        scheduler = ["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0"]
        scheduler += ["--dashboard-address", ":0", "--scheduler-file", str(file)]
        self.scheduler = self._start(scheduler)
        deadline = time.monotonic() + 60
        while not file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.2)
        self.address: str = json.loads(file.read_text())["address"]
        self.workers: list[subprocess.Popen[bytes]] = []

    def _start(self, argv: list[str]) -> subprocess.Popen[bytes]:
        log = (self.folder / "cluster.log").open("ab")
        return subprocess.Popen(
            [sys.executable, "-m", *argv],
            cwd=self.folder,
            env=self.env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )

    def start_workers(self, count: int) -> tuple[list[int], list[int]]:
        """Start `count` workers and wait for them; the pids of the worker processes and of their
        nannies (none with `--no-nanny`)."""
        from distributed import Client

        worker = ["distributed.cli.dask_worker", self.address, "--nthreads", "1", *self.flags]
        worker += ["--host", "127.0.0.1", "--dashboard-address", ":0"]
        worker += ["--local-directory", str(self.folder / "space")]
        self.workers = [self._start(worker) for _ in range(count)]
        with Client(self.address, set_as_default=False) as client:
            client.wait_for_workers(count, timeout=120)
            pids = list(client.run(os.getpid).values())
        return pids, [p.pid for p in self.workers if p.pid not in pids]

    def stop(self) -> None:
        for process in [*self.workers, self.scheduler]:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in [*self.workers, self.scheduler]:
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:  # a loaded machine: stop waiting for a clean exit
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def convert(
    inbox: Path, out: Path, extra: list[str], chunk: int = 0
) -> tuple[float, float, float]:
    """One `galley convert` (in a child process); its wall seconds, its process tree's CPU
    seconds and the seconds of work its summary reports."""
    shutil.rmtree(out, ignore_errors=True)
    code = (
        "import sys; import convert.batch.executors.dask as d; "
        f"d.FILES_PER_TASK = {chunk}; from convert.cli import main; sys.exit(main(sys.argv[1:]))"
        if chunk
        else "import sys; from convert.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    argv = [sys.executable, "-c", code, "convert", str(inbox), "-o", str(out), *extra]
    cpu = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(argv, env={**GALLEY_ENV, "CI": "true"}, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"galley convert {' '.join(extra)} exited {done.returncode}:\n{done.stderr}")
    match = SUMMARY.search(done.stderr)
    assert match, done.stderr
    return wall, children_cpu() - cpu, float(match.group(3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="articles (default 200)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds (default 2)")
    parser.add_argument("--workers", default="1,2", help="Dask worker counts (default 1,2)")
    parser.add_argument(
        "--chunks", default="0", help="files per Dask task to try (default 0: Galley's choice)"
    )
    parser.add_argument(
        "--variants",
        default="recommended",
        help=f"how the cluster starts (default recommended): {', '.join(VARIANTS)}",
    )
    parser.add_argument(
        "--no-profile",
        action="store_true",
        help="workers without Dask's statistical profiler (it samples every 10 ms)",
    )
    parser.add_argument(
        "--idle", type=float, default=0, help="instead: CPU of an idle cluster over SECONDS"
    )
    parser.add_argument("--tmp", type=Path, default=Path("/tmp/galley-bench-cluster"))
    args = parser.parse_args()
    if args.idle:
        idle(args)
        return
    shutil.rmtree(args.tmp, ignore_errors=True)
    inbox = args.tmp / "inbox"
    write_articles(inbox, args.n)
    configs = [("local -j 2", 0, 1, "")] + [
        (
            f"dask {w} worker{'s' * (w > 1)}"
            + (f", {c} files/task" if c else "")
            + (f", {v}" if v != "recommended" else ""),
            w,
            c,
            v,
        )
        for w in map(int, args.workers.split(","))
        for c in map(int, args.chunks.split(","))
        for v in args.variants.split(",")
    ]
    quiet = {"DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"} if args.no_profile else {}
    rows: dict[str, list[tuple[float, float, float]]] = {c[0]: [] for c in configs}
    parts: dict[str, list[tuple[float, ...]]] = {c[0]: [] for c in configs}
    print(f"{args.n} articles, all formats; load before: {os.getloadavg()[0]:.2f}")
    cluster: LoopbackCluster | None = None
    try:
        for round_ in range(args.rounds):
            for name, workers, chunk, variant in configs if round_ % 2 == 0 else configs[::-1]:
                out = args.tmp / "out"
                split = ""
                if workers == 0:
                    wall, cpu, work = convert(inbox, out, ["-j", "2"])
                    processes = 2
                else:
                    cluster = LoopbackCluster(args.tmp / "cluster", variant, quiet)
                    pids, nannies = cluster.start_workers(workers)
                    groups = [[cluster.scheduler.pid], nannies, pids]
                    before = [sum(map(process_cpu, g)) for g in groups]
                    wall, cpu, work = convert(
                        inbox, out, ["--scheduler", cluster.address], chunk
                    )
                    used = [sum(map(process_cpu, g)) - b for g, b in zip(groups, before, strict=True)]
                    parts[name].append((cpu, *used))
                    split = "  (client {:.2f}, scheduler {:.2f}, nannies {:.2f}, workers {:.2f})"
                    split = split.format(cpu, *used)
                    cpu += sum(used)
                    cluster.stop()
                    cluster = None
                    processes = workers
                overhead = (processes * wall - work) / args.n * 1000
                rows[name].append((wall, cpu, overhead))
                print(
                    f"round {round_ + 1} {name:34} {wall:6.2f} s wall  {args.n / wall:5.2f} "
                    f"articles/s  {cpu:6.2f} s cpu{split}  overhead {overhead:5.1f} ms/article  "
                    f"(load {os.getloadavg()[0]:.2f})",
                    flush=True,
                )
    finally:
        if cluster is not None:
            cluster.stop()
    local = statistics.median(r[0] for r in rows["local -j 2"])
    local_cpu = statistics.median(r[1] for r in rows["local -j 2"])
    print("\nmedian over rounds: throughput and cpu against the local pool")
    for name, runs in rows.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        overhead = statistics.median(r[2] for r in runs)
        split = ""
        if parts[name]:
            medians = [statistics.median(p[i] for p in parts[name]) for i in range(4)]
            split = "; cpu s: client {:.1f}, scheduler {:.1f}, nannies {:.1f}, workers {:.1f}"
            split = split.format(*medians)
        print(
            f"{name:34} {args.n / wall:5.2f} articles/s = {local / wall:6.1%} of local; "
            f"cpu {cpu:5.1f} s = {cpu / local_cpu:6.1%} of local's; "
            f"overhead {overhead:5.1f} ms/article{split}"
        )


def idle(args: argparse.Namespace) -> None:
    """What a cluster spends doing nothing (its housekeeping), by process, for each variant."""
    shutil.rmtree(args.tmp, ignore_errors=True)
    print(f"idle clusters, {args.idle:.0f} s each; load before: {os.getloadavg()[0]:.2f}")
    for round_ in range(args.rounds):
        for workers in map(int, args.workers.split(",")):
            for variant in args.variants.split(","):
                cluster = LoopbackCluster(args.tmp / "cluster", variant, {})
                try:
                    pids, nannies = cluster.start_workers(workers)
                    time.sleep(3)  # past the start
                    groups = [[cluster.scheduler.pid], nannies, pids]
                    before = [sum(map(process_cpu, g)) for g in groups]
                    time.sleep(args.idle)
                    used = [sum(map(process_cpu, g)) - b for g, b in zip(groups, before, strict=True)]
                finally:
                    cluster.stop()
                print(
                    f"round {round_ + 1} {workers} worker(s), {variant:12} {sum(used):5.2f} s cpu "
                    "(scheduler {:.2f}, nannies {:.2f}, workers {:.2f})".format(*used)
                    + f"  (load {os.getloadavg()[0]:.2f})",
                    flush=True,
                )


if __name__ == "__main__":
    main()
