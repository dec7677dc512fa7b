"""The cold call: one `galley convert seed.txt -t docx,pdf,epub --no-review` against the three
peer commands that do the same job without repair, measured side by side, alternating.

    .venv/bin/python bench/cold_call.py                      # 5 alternating rounds
    .venv/bin/python bench/cold_call.py --against /path/to/other/checkout --rounds 7

The peers: `pandoc -f markdown seed.txt -o a.docx`, `pandoc … -t epub3 -o a.epub` and
`pandoc -s … --pdf-engine weasyprint -o a.pdf` (pandoc writes standalone HTML and runs
WeasyPrint's command on it), pypandoc-binary's pandoc and the venv's WeasyPrint, one after the
other as a user's script would. Galley runs as `python -m convert` with this checkout first on
PYTHONPATH (and `--against` another checkout the same way, so two versions are compared in one
run). Each round runs every side once, the order reversed every other round; CPU is user +
system time of every process of a side (children included, the PDF helper and pandoc too), the
figure a shared machine disturbs least. Medians are printed, and the ratios of the medians.
`--split` also runs Galley without PDF (`-t docx,epub`): the main process's share.

The cache folder's files (the word tables, `convert/normalize/zh_words.py`, and the prepared
DOCX template, `convert/writers/docx/template.py`) are made by a first call before the first
round, so every round measures a call after the first one on this machine, as a user's calls
are; so is each
checkout's bytecode (`__pycache__`, as pip writes it for an installed package: where
PYTHONDONTWRITEBYTECODE is set, every call would otherwise compile Galley from source).
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "samples" / "000_331d64802fbda7f9.txt"
VENV_BIN = Path(sys.executable).parent


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(run: Callable[[], None]) -> tuple[float, float]:
    """Wall and CPU seconds of `run` (its child processes' CPU)."""
    cpu, started = children_cpu(), time.perf_counter()
    run()
    return time.perf_counter() - started, children_cpu() - cpu


def galley(checkout: Path, out: Path, formats: str) -> Callable[[], None]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    command = [sys.executable, "-m", "convert", "convert", str(SEED), "-o", str(out)]

    def run() -> None:
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run(
            [*command, "-t", formats, "--no-review"],
            check=True,
            env=env,
            cwd=checkout,  # `python -m` puts the working folder first on sys.path
            capture_output=True,
        )

    return run


def peers(pandoc: str, out: Path) -> Callable[[], None]:
    title = SEED.read_text(encoding="utf-8").strip().splitlines()[0]
    meta = ["--metadata", f"title={title}"]
    weasyprint = str(VENV_BIN / "weasyprint")
    commands = [
        [pandoc, "-f", "markdown", str(SEED), "-o", str(out / "a.docx")],
        [pandoc, "-f", "markdown", str(SEED), "-t", "epub3", "-o", str(out / "a.epub"), *meta],
        [
            pandoc,
            "-f",
            "markdown",
            "-s",
            str(SEED),
            "--pdf-engine",
            weasyprint,
            "-o",
            str(out / "a.pdf"),
            *meta,
        ],
    ]

    def run() -> None:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        for command in commands:
            subprocess.run(command, check=True, capture_output=True)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another Galley checkout, run the same way")
    parser.add_argument("--split", action="store_true", help="also Galley without PDF")
    parser.add_argument("--tmp", type=Path, default=Path("/tmp/galley-cold"))
    args = parser.parse_args(argv)

    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    sides: dict[str, Callable[[], None]] = {
        "galley": galley(REPO, args.tmp / "galley", "docx,pdf,epub"),
        "peers": peers(pandoc, args.tmp / "peers"),
    }
    if args.against:
        sides["against"] = galley(args.against.resolve(), args.tmp / "against", "docx,pdf,epub")
    if args.split:
        sides["galley docx,epub"] = galley(REPO, args.tmp / "split", "docx,epub")
    for checkout in {REPO, (args.against or REPO).resolve()}:
        compileall.compile_dir(checkout / "convert", quiet=2)
    for run in sides.values():  # the first call on this machine: caches made, files read once
        run()
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    names = list(sides)
    load = os.getloadavg()[0]
    for index in range(args.rounds):
        for name in names if index % 2 == 0 else names[::-1]:
            results[name].append(timed(sides[name]))
    print(
        f"cold call, {args.rounds} alternating rounds; load average {load:.1f} -> {os.getloadavg()[0]:.1f}"
    )
    medians = {
        name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
        for name, runs in results.items()
    }
    peer_wall, peer_cpu = medians["peers"]
    for name, (wall, cpu) in medians.items():
        cpus = " ".join(f"{c:.2f}" for _, c in results[name])
        print(
            f"  {name:18} wall {wall:5.2f} s  cpu {cpu:5.2f} s  "
            f"(x peers: wall {wall / peer_wall:.2f}, cpu {cpu / peer_cpu:.2f})  cpu per round: {cpus}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
