"""CPU time of the PDF writer, warm and in-process, over the samples.

Each sample is prepared once, one PDF is rendered to warm up (imports, style sheet, fonts), then
every sample's PDF is rendered ROUNDS times; the CPU time (`time.process_time`) per round is
printed. To compare two checkouts, run it from each in turn, alternating:

    cd OTHER && PYTHONPATH=. /path/to/.venv/bin/python /path/to/bench/pdf_cpu.py
    .venv/bin/python bench/pdf_cpu.py

It imports `convert` from the first entry of sys.path (the checkout run from) and reads the
samples of the checkout the script is in.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path.cwd()))
    import convert
    from convert.run.pipeline import prepare
    from convert.writers import WriteOptions, get_writer

    docs = [prepare(path).document for path in sorted(SAMPLES.glob("*.txt"))]
    pdf = get_writer("pdf")
    pdf(docs[0], WriteOptions())
    start = time.process_time()
    for _ in range(args.rounds):
        for doc in docs:
            pdf(doc, WriteOptions())
    per_round = (time.process_time() - start) / args.rounds
    print(f"{convert.__file__}: {per_round:.3f} s CPU per round of {len(docs)} PDFs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
