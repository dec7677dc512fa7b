"""Finding inputs: files as given, folders walked and globs expanded, the input tree kept.

Which suffixes are text and which are JATS is said once, here, for finding inputs and for
choosing how a file is read.
"""

from __future__ import annotations

import glob
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from ..config.settings import DEFAULT_EXTENSIONS
from ..errors import UsageError

if TYPE_CHECKING:
    from .stores import Store

URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")  # two letters at least: C:\\ is a drive


@dataclass(frozen=True)
class Input:
    """One input file and the folder, relative to the output folder, its outputs go to; for a
    file on a store (`stores.py`), the store and what its listing said of the file's bytes."""

    path: Path
    subdir: Path = Path()
    store: Store | None = None
    stamp: str = ""

    @property
    def shown(self) -> str:
        """The input as reported: its path, or its URL."""
        return self.store.url(self.path) if self.store else str(self.path)

def local_path(given: str) -> str:
    """A path as given, or the local path of a `file://` URL (RFC 8089: `file:///data/in`,
    `file://localhost/data/in`, percent-escapes decoded); globs in it are kept.

    Any other URL is refused here (`galley convert` takes store URLs through `stores.py`
    before it gets here): `Path("s3://bucket/out")` would otherwise be the local folder
    `s3:/bucket/out`, filled without a word.
    """
    if not URL.match(given):
        return given
    url = urlsplit(given)
    if url.scheme.lower() == "file" and url.netloc in ("", "localhost") and url.path:
        return unquote(url.path)
    if url.scheme.lower() == "file":
        raise UsageError(  # the URL in the message: as a Path, its // would become /
            f"{given}: only local file:// URLs can be read (file:///PATH); for another "
            "machine's files, mount its folder"
        )
    raise UsageError(
        f"{given}: {url.scheme}:// URLs are not supported here: only galley convert reads and "
        "writes object stores (docs/cluster.md); copy the files, or mount the bucket"
    )


def is_store_url(given: str) -> bool:
    """Whether `given` names a store (`stores.py`) rather than a local path (a `file://` URL is
    local)."""
    return bool(URL.match(given)) and urlsplit(given).scheme.lower() != "file"


def is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")

def glob_base(pattern: str) -> Path:
    """The folder a glob's matches are made relative to: its leading part without wildcards."""
    parts = Path(pattern).parts
    first = next((i for i, p in enumerate(parts) if is_glob(p)), len(parts))
    return Path(*parts[:first]) if first else Path()

def collect_inputs(
    paths: Iterable[Path | str],
    extensions: Sequence[str] = DEFAULT_EXTENSIONS,
    skip: Path | None = None,
) -> list[Input]:
    """Files as given; folders walked and globs expanded for files with the input extensions.

    Each input keeps its folder relative to the folder or glob it was found under, so the output
    tree mirrors the input tree. Order is stable (sorted within each argument). Walks and globs
    leave out what is inside `skip` (the output folder: `-o in/out` must not read last run's
    outputs as inputs); a file named on its own is taken wherever it is.
    """
    wanted = {e.lower() for e in extensions}
    skipped = skip.resolve() if skip is not None else None
    found: list[Input] = []
    for raw in paths:
        text = str(raw)
        path = Path(raw)
        if path.is_dir():
            inside = _inside(path, skipped)
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in wanted
                and not (inside and p.relative_to(path).parts[: len(inside)] == inside)
            )
            subdirs: dict[Path, Path] = {}  # one Path per folder, not one per file
            found.extend(
                Input(p, subdirs.setdefault(p.parent, p.parent.relative_to(path))) for p in files
            )
        elif not path.exists() and is_glob(text):
            base = glob_base(text)
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            for match in matches:
                if skipped is not None and skipped in match.resolve().parents:
                    continue
                if match.is_dir():
                    found.extend(
                        Input(i.path, match.relative_to(base) / i.subdir)
                        for i in collect_inputs([match], extensions, skip)
                    )
                elif match.suffix.lower() in wanted:
                    found.append(Input(match, match.parent.relative_to(base)))
        else:
            found.append(Input(path))  # a missing file fails on its own when converted
    return found


def _inside(folder: Path, skipped: Path | None) -> tuple[str, ...]:
    """The parts of `skipped` below `folder`, or () when it is not strictly inside it (an output
    folder that is the input folder itself cannot be told apart from it, and is not skipped)."""
    if skipped is None:
        return ()
    resolved = folder.resolve()
    return skipped.relative_to(resolved).parts if skipped.is_relative_to(resolved) else ()


# An editor's decisions on a source live beside it (`convert.decisions.file`). The name is kept
# here, with the inputs, so that asking whether a source has them does not import the decisions.
DECISIONS_SUFFIX = ".decisions.toml"


def decisions_path(source: Path) -> Path:
    """`NAME.EXT.decisions.toml` beside `source`."""
    return source.with_name(source.name + DECISIONS_SUFFIX)
