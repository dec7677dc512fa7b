"""Pandoc as Galley runs it: the binary installed with Galley, fed on stdin, in its sandbox."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
from functools import cache
from pathlib import Path
from typing import Any, cast

from ..errors import WriterError


@cache
def pandoc_path() -> str:
    """The pandoc that pypandoc-binary installed with Galley, else the one pypandoc finds.

    pypandoc's own search runs `pandoc --version` on every candidate (the bundled one, the one on
    PATH, ~/.bin, …) and once more for its version check, three or more pandoc starts before the
    conversion itself: most of an EPUB's cost in a one-file run. The bundled binary needs no
    search, and preferring it keeps the pandoc version (and so the EPUB) the one installed with
    Galley. `PYPANDOC_PANDOC` overrides both, as it does in pypandoc.
    """
    override = os.environ.get("PYPANDOC_PANDOC")
    if override:
        return override
    spec = importlib.util.find_spec("pypandoc")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        bundled = Path(folder) / "files" / "pandoc"
        if bundled.is_file() and os.access(bundled, os.X_OK):
            return str(bundled)
    import pypandoc

    return str(pypandoc.get_pandoc_path())


def run_pandoc(jats: bytes, args: list[str]) -> bytes:
    """Pandoc's EPUB for the JATS, read from stdin and written to stdout; pandoc's stderr goes
    into the error. `--sandbox`: pandoc reads no file and no URL, whatever the JATS says."""
    try:
        jats.decode("utf-8")
    except UnicodeDecodeError as error:
        raise WriterError(
            f"the JATS is not UTF-8 ({error}); Galley writes only UTF-8 JATS"
        ) from error
    command = [pandoc_path(), "--from=jats", "--to=epub3", "--output=-", "--sandbox", *args]
    try:
        done = subprocess.run(command, input=jats, capture_output=True, check=False)
    except OSError as error:
        raise WriterError(f"pandoc could not write the EPUB: {error}") from error
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", errors="replace").strip()
        raise WriterError(f"pandoc could not write the EPUB (exit {done.returncode}): {message}")
    return done.stdout


# What one reading may cost: a manuscript is parsed in well under a second; a file that takes
# pandoc longer is pathological (deeply nested lists, a zip bomb pandoc is unpacking).
READ_TIMEOUT_S = 60


def read_to_json(
    data: bytes, from_format: str, path: Path | None = None, extra: list[str] | None = None
) -> dict[str, Any]:
    """Pandoc's JSON AST of a document, read from stdin in the sandbox (no file, no URL)."""
    from ..errors import InputError

    command = [pandoc_path(), f"--from={from_format}", "--to=json", "--sandbox", *(extra or [])]
    try:
        done = subprocess.run(
            command, input=data, capture_output=True, check=False, timeout=READ_TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        raise InputError(
            f"took pandoc over {READ_TIMEOUT_S} s to read; is it damaged?", path
        ) from None
    except OSError as error:
        raise InputError(f"pandoc could not be started to read it: {error}", path) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise InputError(
            f"cannot be read as {from_format.split('+')[0].split('-')[0]} "
            f"(pandoc: {message[0] if message else done.returncode})",
            path,
        )
    try:
        return cast(dict[str, Any], json.loads(done.stdout))
    except ValueError as error:
        raise InputError(f"pandoc gave no document for it ({error})", path) from None
