"""`galley config [PATH...]`: the settings that apply to each PATH (its nearest configuration
file, or --config, then the flags), as TOML or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..config.settings import Settings, settings_to_mapping
from ..config.toml import to_toml
from ..errors import EXIT_OK
from .args import settings_finder


def run(args: argparse.Namespace) -> int:
    finder = settings_finder(args)
    shown = [(path, finder.for_path(Path(path))) for path in args.paths]
    if args.format == "json":
        data = [_json(settings) for _, settings in shown]
        if len(shown) > 1:
            print(
                json.dumps(dict(zip(args.paths, data, strict=True)), ensure_ascii=False, indent=2)
            )
        else:
            print(json.dumps(data[0], ensure_ascii=False, indent=2))
        return EXIT_OK
    for index, (path, settings) in enumerate(shown):
        origin = settings.source or "built-in defaults"
        if len(shown) > 1:
            sys.stdout.write(("\n" if index else "") + f"# {path}\n")
        sys.stdout.write(f"# effective configuration (from {origin}, then flags)\n")
        sys.stdout.write(to_toml(settings_to_mapping(settings)))
    return EXIT_OK


def _json(settings: Settings) -> dict[str, Any]:
    return {
        "source": str(settings.source) if settings.source else None,
        **settings_to_mapping(settings),
    }
