"""Finding inputs: files as given, folders walked and globs expanded, the input tree kept.

Which suffixes are text and which are JATS is said once, here, for finding inputs and for
choosing how a file is read.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config.settings import DEFAULT_EXTENSIONS


@dataclass(frozen=True)
class Input:
    """One input file and the folder, relative to the output folder, its outputs go to."""

    path: Path
    subdir: Path = Path()

def is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")

def glob_base(pattern: str) -> Path:
    """The folder a glob's matches are made relative to: its leading part without wildcards."""
    parts = Path(pattern).parts
    first = next((i for i, p in enumerate(parts) if is_glob(p)), len(parts))
    return Path(*parts[:first]) if first else Path()

def collect_inputs(
    paths: Iterable[Path | str], extensions: Sequence[str] = DEFAULT_EXTENSIONS
) -> list[Input]:
    """Files as given; folders walked and globs expanded for files with the input extensions.

    Each input keeps its folder relative to the folder or glob it was found under, so the output
    tree mirrors the input tree. Order is stable (sorted within each argument).
    """
    wanted = {e.lower() for e in extensions}
    found: list[Input] = []
    for raw in paths:
        text = str(raw)
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted)
            found.extend(Input(p, p.parent.relative_to(path)) for p in files)
        elif not path.exists() and is_glob(text):
            base = glob_base(text)
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            for match in matches:
                if match.is_dir():
                    found.extend(
                        Input(i.path, match.relative_to(base) / i.subdir)
                        for i in collect_inputs([match], extensions)
                    )
                elif match.suffix.lower() in wanted:
                    found.append(Input(match, match.parent.relative_to(base)))
        else:
            found.append(Input(path))  # a missing file fails on its own when converted
    return found
