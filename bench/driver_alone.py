"""The normalizer's driver and change log alone: a `normalize()` of bench/normalize_speed.py's text
whose passes hand back the edits they returned in a real run, so that a time, a profile or an
instruction count (callgrind) holds what turns the passes' edits into the text and the log
(applying them, mapping each change back to the source, making the records, the rounds'
bookkeeping) and none of the passes' own work.

    .venv/bin/python bench/driver_alone.py capture --size 2 --out /tmp/edits.pkl   # once
    .venv/bin/python bench/driver_alone.py run --edits /tmp/edits.pkl [--repeat 5]
    .venv/bin/python bench/driver_alone.py run --edits /tmp/edits.pkl --repeat 0   # the baseline

`capture` pickles the source text and every pass's edits, round by round, as the pass returned
them (the driver drops a later round's flags itself). Capture once and run every checkout on the
same file, alternating: `run` prints the best CPU time of `--repeat` calls, and digests of the
text and of the change log's JSON, which must be the same for every checkout that keeps the
outputs. `--repeat 0` loads the file and runs nothing: subtract its instructions from those of
`--repeat 1 --no-check` (one call, no digests).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.normalize_speed import corpus_text  # noqa: E402
from convert.changes import Edit  # noqa: E402
from convert.changes.json import repairs_json  # noqa: E402
from convert.config import Config  # noqa: E402
from convert.normalize import PASSES, Normalized, Pass, normalize  # noqa: E402
from convert.normalize.context import Context  # noqa: E402

Recorded = dict[tuple[int, int], list[Edit]]  # (round, pass index) -> the edits it returned


def _by_round(make: Callable[[int, int, Pass], Pass]) -> tuple[tuple[Pass, ...], dict[str, int]]:
    """PASSES wrapped by `make(round, index, pass)` at each call, counting rounds as the driver
    runs them: a pass that runs again after a later one starts the next round. Reset
    `state["last"]` to -1 and `state["round"]` to 0 before each `normalize()`."""
    state = {"round": 0, "last": -1}

    def wrapped(index: int, step: Pass) -> Pass:
        def run(text: str, config: Config, context: Context) -> list[Edit]:
            if index <= state["last"]:
                state["round"] += 1
            state["last"] = index
            return make(state["round"], index, step).run(text, config, context)

        return Pass(step.name, run)

    return tuple(wrapped(i, p) for i, p in enumerate(PASSES)), state


def capture(size: float) -> tuple[str, Recorded, str]:
    """The `size` MB text, the edits each pass returned in one `normalize()` of it, and the
    digests of what that call gave (`digests`)."""
    recorded: Recorded = {}

    def recording(round_index: int, index: int, step: Pass) -> Pass:
        def run(text: str, config: Config, context: Context) -> list[Edit]:
            edits = step.run(text, config, context)
            recorded[round_index, index] = list(edits)
            return edits

        return Pass(step.name, run)

    source = corpus_text(size)
    passes, _ = _by_round(recording)
    return source, recorded, digests(normalize(source, passes=passes))


def digests(result: Normalized) -> str:
    """Digests of the normalized text and of the change log's JSON."""
    log = repairs_json("bench", "driver_alone", None, result.changes)
    text = hashlib.sha256(result.text.encode()).hexdigest()[:16]
    return f"text {text}, log {hashlib.sha256(log).hexdigest()[:16]}"


def replay_driver(source: str, recorded: Recorded, repeat: int) -> tuple[float, Normalized | None]:
    """The best CPU seconds of `repeat` calls of `normalize()` with the recorded edits."""

    def replaying(round_index: int, index: int, step: Pass) -> Pass:
        edits = recorded.get((round_index, index), [])
        return Pass(step.name, lambda _text, _config, _context: list(edits))

    passes, state = _by_round(replaying)
    best, result = float("inf"), None
    for _ in range(repeat):
        state.update(round=0, last=-1)
        result = None  # (freed before the clock starts)
        start = time.process_time()
        result = normalize(source, passes=passes)
        best = min(best, time.process_time() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("capture", help="record every pass's edits in one normalize()")
    make.add_argument("--size", type=float, default=2.0, help="MB of normalize_speed's text")
    make.add_argument("--out", type=Path, required=True)
    use = sub.add_parser("run", help="normalize() with the recorded edits, no pass work")
    use.add_argument("--edits", type=Path, required=True)
    use.add_argument("--repeat", type=int, default=5, help="calls (best counts); 0: none")
    use.add_argument(
        "--no-check", action="store_true", help="no digests (for an instruction count)"
    )
    args = parser.parse_args(argv)
    if args.command == "capture":
        captured = capture(args.size)
        args.out.write_bytes(pickle.dumps(captured, protocol=pickle.HIGHEST_PROTOCOL))
        source, recorded, made = captured
        edits = sum(map(len, recorded.values()))
        print(f"{len(source):,} characters, {len(recorded)} pass runs, {edits:,} edits; {made}")
        return 0
    source, recorded, made = pickle.loads(args.edits.read_bytes())
    seconds, result = replay_driver(source, recorded, args.repeat)
    if result is None or args.no_check:
        print("loaded; nothing run" if result is None else f"{seconds * 1000:.1f} ms CPU")
        return 0
    found = digests(result)
    print(
        f"driver and log: {seconds * 1000:.1f} ms CPU (best of {args.repeat}), "
        f"{len(result.changes):,} changes; {found}"
    )
    if found != made:  # the captured call's own passes, with the checkout that captured it
        print(f"not what the captured call gave ({made})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
