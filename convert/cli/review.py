"""`galley review FILE`: the review server on 127.0.0.1; prints its URL, stops on Ctrl-C."""

from __future__ import annotations

import argparse
import sys

from ..errors import EXIT_OK, UsageError
from .args import settings_finder


def run(args: argparse.Namespace) -> int:
    from ..readers import reader_for
    from ..report.server import ReviewServer, ReviewSession

    if not args.path.is_file():
        raise UsageError(
            "galley review takes one text file (a folder: review its files one by one)", args.path
        )
    if not reader_for(args.path).normalized:
        raise UsageError("is not repaired by Galley, so it has nothing to review", args.path)
    settings = settings_finder(args).for_path(args.path)
    session = ReviewSession(args.path, args.output, settings)
    session.convert()
    server = ReviewServer(session, args.port)
    print(f"Galley review of {args.path}: {server.url}", flush=True)
    print("Open it in a browser on this machine; Ctrl-C stops the server.", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("review server stopped", file=sys.stderr)
    finally:
        server.server_close()
    return EXIT_OK
