"""One repair pass run alone on the texts it sees in a `normalize()` of bench/normalize_speed.py's
text: what to profile or count instructions of (callgrind) without the other passes.

    .venv/bin/python bench/pass_alone.py capture --size 2 --out /tmp/texts.pkl
    .venv/bin/python bench/pass_alone.py run unwrap --texts /tmp/texts.pkl [--rounds 1]
    .venv/bin/python bench/pass_alone.py run none --texts /tmp/texts.pkl     # the baseline
    .venv/bin/python bench/pass_alone.py run width --texts /tmp/texts.pkl --rounds 1 --calls 3

`capture` pickles each watched pass's input texts, round by round; `run` hands the first
`--rounds` of them to the pass with one `Context`, as the driver does (the blocks of each text
are cut by the pass that asks first), and prints the CPU ms and edits of each round. Capture
once and run every checkout on the same file (alternating), so that each reads the same texts;
`run none` loads the texts and runs nothing: subtract its instructions. `--calls N` runs it all N
times, a fresh `Context` each: the instructions of `--calls 3` less those of `--calls 1`, halved,
are one warm call's (the first pays each pattern's compile and the caches' filling). The
collector is paused, as `normalize()` pauses it.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.normalize_speed import corpus_text  # noqa: E402
from convert.changes import Edit  # noqa: E402
from convert.config import Config  # noqa: E402
from convert.normalize import PASSES, Pass, normalize  # noqa: E402
from convert.normalize.context import Context  # noqa: E402

WATCHED = tuple(p.name for p in PASSES)  # every pass (unwrap and layout were the first)


def capture(size: float) -> tuple[dict[str, list[str]], bool | None]:
    """The texts each watched pass is given in one `normalize()` of the `size` MB text, and
    what the unwrap pass judged of the text (`Context.unwrapped`, which layout reads)."""
    seen: dict[str, list[str]] = {name: [] for name in WATCHED}
    judged: list[bool | None] = [None]

    def watched(step: Pass) -> Pass:
        def run(text: str, config: Config, context: Context) -> list[Edit]:
            seen[step.name].append(text)
            edits = step.run(text, config, context)
            judged[0] = context.unwrapped
            return edits

        return Pass(step.name, run) if step.name in seen else step

    normalize(corpus_text(size), passes=tuple(watched(p) for p in PASSES))
    return seen, judged[0]


def run(name: str, texts: list[str], unwrapped: bool | None) -> list[tuple[float, int]]:
    """CPU seconds and edits of the pass on each text, one `Context` for all (told what the
    unwrap pass judged, as layout is in `normalize()`, unless the pass is unwrap)."""
    step = next(p for p in PASSES if p.name == name)
    config, context = Config(), Context()
    if name != "unwrap":
        context.unwrapped = unwrapped
    out = []
    for text in texts:
        start = time.process_time()
        edits = step.run(text, config, context)
        out.append((time.process_time() - start, len(edits)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("capture", "run"))
    parser.add_argument("name", nargs="?", default="none", help="the pass to run, or none")
    parser.add_argument("--size", type=float, default=2.0, help="MB (capture)")
    parser.add_argument("--out", "--texts", dest="path", default="/tmp/pass_alone.pkl")
    parser.add_argument("--rounds", type=int, default=3, help="texts to run (run)")
    parser.add_argument("--calls", type=int, default=1, help="times to run them (run)")
    args = parser.parse_args(argv)
    if args.mode == "capture":
        seen, unwrapped = capture(args.size)
        Path(args.path).write_bytes(pickle.dumps((seen, unwrapped)))
        print({name: [len(t) for t in texts] for name, texts in seen.items()}, unwrapped)
        return 0
    seen, unwrapped = pickle.loads(Path(args.path).read_bytes())
    if args.name == "none":
        return 0
    gc.disable()
    for _ in range(args.calls):
        texts = seen[args.name][: args.rounds]
        for index, (cpu, edits) in enumerate(run(args.name, texts, unwrapped)):
            print(f"round {index + 1}: {cpu * 1000:7.1f} ms CPU, {edits} edits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
