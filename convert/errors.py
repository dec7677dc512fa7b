"""Typed errors. Library code raises these; only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a process stopped by Ctrl-C


class GalleyError(Exception):
    """Base of every error Galley reports to a user.

    The message must name the file (when there is one) and say what to do next, because in a batch
    of thousands it is the only line the editor sees.
    """

    exit_code = EXIT_FAILED

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{self.path}: {self.message}"


class UsageError(GalleyError):
    """Bad command line or configuration: nothing was converted."""

    exit_code = EXIT_USAGE


class InputError(GalleyError):
    """The input cannot be read as text (missing, binary, undecodable, empty)."""


class DecisionsError(GalleyError):
    """An editor's decisions file cannot be read (bad TOML, an unknown verdict or role)."""


class SchemaError(GalleyError):
    """The intermediate JATS does not validate; lists each violation with its line."""

    def __init__(self, message: str, violations: list[str], path: Path | str | None = None) -> None:
        super().__init__(message, path)
        self.violations = violations

    def __str__(self) -> str:
        head = super().__str__()
        return "\n".join([head, *(f"  {v}" for v in self.violations)])


class WriterError(GalleyError):
    """A format writer or the engine behind it (WeasyPrint, pandoc) failed."""


class ClusterError(GalleyError):
    """The cluster a batch runs on cannot be reached, or went away during the run."""


class UnknownFormatError(UsageError):
    """A format name that no writer is registered for."""
