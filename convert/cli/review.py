"""`galley review PATH`: the review server on 127.0.0.1; prints its URL, stops on Ctrl-C.

A file: its page, converted first. A folder (or glob): an index of its text files, most urgent
first, each converted when first opened; the output tree mirrors the input tree as in convert.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import EXIT_OK, UsageError
from .args import resolve_settings, settings_finder


def run(args: argparse.Namespace) -> int:
    from ..readers import reader_for
    from ..report.server import ReviewServer, ReviewSession
    from ..run.inputs import collect_inputs

    finder = settings_finder(args)
    settings = resolve_settings(argparse.Namespace(**{**vars(args), "paths": [args.path]}), finder)
    inputs = [
        i
        for i in collect_inputs([args.path], settings.extensions, skip=args.output)
        if reader_for(i.path).normalized
    ]
    if not inputs:
        raise UsageError(
            "has no text file to review (JATS input is not repaired, so it has nothing to "
            f"review; text inputs end in {', '.join(settings.extensions)})",
            args.path,
        )
    sessions = [
        ReviewSession(i.path, args.output / i.subdir, finder.for_path(i.path)) for i in inputs
    ]
    if len(sessions) == 1:
        sessions[0].convert()  # a bad file is reported now, before a server starts
    server = ReviewServer(sessions, args.port)
    print(f"Galley review of {args.path}: {server.url}", flush=True)
    print("Open it in a browser on this machine; Ctrl-C stops the server.", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("review server stopped", file=sys.stderr)
    finally:
        server.server_close()
    return EXIT_OK
