"""`galley normalize`: one file's JATS on standard output."""

from __future__ import annotations

import argparse
import sys

from ..errors import EXIT_OK
from .args import settings_finder


def run(args: argparse.Namespace) -> int:
    from ..run.pipeline import prepare

    settings = settings_finder(args).for_path(args.path)  # the file's nearest galley.toml
    sys.stdout.buffer.write(prepare(args.path, settings.config).jats)
    return EXIT_OK
