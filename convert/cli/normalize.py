"""`galley normalize`: one file's JATS on standard output."""

from __future__ import annotations

import argparse
import sys

from ..errors import EXIT_OK


def run(args: argparse.Namespace) -> int:
    from ..run.pipeline import prepare

    sys.stdout.buffer.write(prepare(args.path).jats)
    return EXIT_OK
