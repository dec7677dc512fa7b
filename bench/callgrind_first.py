"""Instructions of one first normalize() call on a new document, counted by callgrind (issue 17).

The speed bench's warm-up (normalize of a 0.05 MB text), then, with `--calls 1`, one first call
on `bench/first_call.py`'s fresh text (every article damaged with its own seed: no line repeated,
so no per-line cache serves a repeat). Instruction counts do not move with the machine's load, so
two trees compare on a busy machine. `bench/callgrind_first.sh TREE` runs this under valgrind
with 0 and 1 calls and prints the difference: the first call's instructions.

    bench/callgrind_first.sh [TREE] [MB]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.first_call import fresh_text  # noqa: E402
from bench.normalize_speed import corpus_text  # noqa: E402
from convert.normalize import normalize  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=1, help="first calls to make (0 or 1)")
    parser.add_argument("--size", type=float, default=1.0, help="MB of fresh text")
    args = parser.parse_args(argv)
    normalize(corpus_text(0.05))
    text = fresh_text(args.size)
    for _ in range(args.calls):
        normalize(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
