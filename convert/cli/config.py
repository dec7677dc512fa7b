"""`galley config`: the effective configuration, as TOML or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from ..config.settings import settings_to_mapping
from ..config.toml import to_toml
from ..errors import EXIT_OK
from .args import resolve_settings


def run(args: argparse.Namespace) -> int:
    settings = resolve_settings(args)
    data = settings_to_mapping(settings)
    if args.format == "json":
        data = {"source": str(settings.source) if settings.source else None, **data}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        origin = settings.source or "built-in defaults"
        sys.stdout.write(f"# effective configuration (from {origin}, then flags)\n")
        sys.stdout.write(to_toml(data))
    return EXIT_OK
