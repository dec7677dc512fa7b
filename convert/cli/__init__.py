"""Command line: argument parsing and reporting only, one module per command.

`main(argv) -> int` is tested in-process; the Report decides the exit codes of convert and check.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from ..errors import EXIT_INTERRUPTED, GalleyError
from . import convert
from .args import build_parser

# Each command's module under convert.cli, holding `run(args) -> int`: imported when the command
# runs, so that a `galley convert` does not pay for `explain`'s diffs or `check`'s baselines.
COMMANDS: dict[str, str] = {
    "convert": "convert",
    "check": "check",
    "normalize": "normalize",
    "explain": "explain",
    "config": "config",
    "review": "review",
}


def main(argv: Sequence[str] | None = None, *, pdf_helper: bool = False) -> int:
    """`pdf_helper`: fork the PDF helper process for a one-file convert (the console script)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    if pdf_helper:
        convert.start_pdf_helper(args)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        command = import_module(f"{__name__}.{COMMANDS[args.command]}")
        return int(command.run(args))
    except GalleyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:  # Ctrl-C: the batch has already said what it finished
        print("error: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `galley explain FILE | head`: the reader has what it wanted
        # the interpreter would flush standard output again at exit and complain
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def main_entry() -> None:
    sys.exit(main(sys.argv[1:], pdf_helper=True))
