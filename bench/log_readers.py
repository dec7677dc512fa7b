"""What reading the change log costs: the repairs JSON (`changes.json.repairs_json`) and each
change's span in the result (`changes.positions.result_spans`, for the review page), on the log
of bench/normalize_speed.py's text.

    .venv/bin/python bench/driver_alone.py capture --size 2 --out /tmp/edits.pkl   # once
    .venv/bin/python bench/log_readers.py --edits /tmp/edits.pkl                   # from each checkout
    .venv/bin/python bench/log_readers.py --edits /tmp/edits.pkl --only json --repeat 1   # callgrind
    .venv/bin/python bench/log_readers.py --edits /tmp/edits.pkl --only none              # subtract

The log is the one the captured call made (replayed by `driver_alone`, so every checkout reads
the same changes); each reader's best CPU time of `--repeat` calls is printed with a digest of
what it gave, which must be the same for every checkout that keeps the outputs.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.driver_alone import replay_driver  # noqa: E402
from convert.changes import Change, result_spans  # noqa: E402
from convert.changes.json import repairs_json  # noqa: E402


def _best(call: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        result = None
        start = time.process_time()
        result = call()
        best = min(best, time.process_time() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=Path, required=True, help="driver_alone.py capture's file")
    parser.add_argument("--only", choices=("json", "spans", "none"), help="one reader, or none")
    parser.add_argument("--repeat", type=int, default=5, help="calls of each (best counts)")
    args = parser.parse_args(argv)
    source, recorded, _made = pickle.loads(args.edits.read_bytes())
    _, normalized = replay_driver(source, recorded, 1)
    assert normalized is not None
    changes: tuple[Change, ...] = normalized.changes
    readers: dict[str, Callable[[], object]] = {
        "json": lambda: repairs_json("bench", "log_readers", None, changes),
        "spans": lambda: result_spans(changes),
    }
    gc.disable()  # (as normalize() runs: the log is a great many tracked objects)
    for name, call in readers.items():
        if args.only not in (None, name):
            continue
        seconds, result = _best(call, args.repeat)
        data = result if isinstance(result, bytes) else repr(result).encode()
        digest = hashlib.sha256(data).hexdigest()[:16]
        print(
            f"{name:6} {seconds * 1000:7.1f} ms CPU (best of {args.repeat}), {len(changes):,}"
            f" changes; {digest}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
