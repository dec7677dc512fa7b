"""Which settings apply to which input: each input gets the nearest galley.toml (or
pyproject.toml with [tool.galley]) above it, or the one file `--config` names, then the flags.

A batch over several desks (`galley check desk/a desk/b`, or `galley check desk` with a
galley.toml in each desk) so applies each desk's own file to its articles, whatever the order of
the arguments. A few settings belong to the whole run rather than to a file (how many workers,
which files are inputs, which formats, what fails the run): those are read from the settings of
the folder the inputs share (`cli.args.run_settings`), and flags override them as they override
the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .settings import Settings, find_config_file, load_settings, with_overrides

log = logging.getLogger(__name__)

# read once for a run, from the settings of the inputs' shared folder (or from flags)
RUN_WIDE = ("jobs", "extensions", "formats", "fail_on", "scheduler")


class SettingsFinder:
    """Settings per input, each configuration file read once however many inputs it governs."""

    def __init__(
        self,
        explicit: Path | None,
        flags: Mapping[str, Any],
        known_formats: Iterable[str] = (),
    ) -> None:
        if explicit is not None and not explicit.is_file():
            raise UsageError("no such configuration file", explicit)
        self._explicit = explicit
        self._flags = dict(flags)
        self._known_formats = tuple(known_formats)
        self._file_of_folder: dict[Path, Path | None] = {}
        self._settings_of_file: dict[Path | None, Settings] = {}
        self._warned: set[Path | None] = set()

    def config_file(self, path: Path) -> Path | None:
        """The file whose settings apply to `path` (a file or a folder), None for the defaults."""
        if self._explicit is not None:
            return self._explicit
        folder = path.resolve()
        if not folder.is_dir():
            folder = folder.parent
        if folder not in self._file_of_folder:
            self._file_of_folder[folder] = find_config_file(folder)
        return self._file_of_folder[folder]

    def for_path(self, path: Path) -> Settings:
        """The settings of one input (or folder): its nearest file's, then the flags."""
        source = self.config_file(path)
        if source not in self._settings_of_file:
            settings = load_settings(source) if source is not None else Settings()
            settings = with_overrides(settings, self._flags, source)
            self._check_formats(settings)
            self._settings_of_file[source] = settings
        return self._settings_of_file[source]

    def warn_run_wide(self, path: Path, run: Settings) -> None:
        """Say once per file when an input's file sets a run-wide setting this run does not use."""
        settings = self.for_path(path)
        if settings.source == run.source or settings.source in self._warned:
            return
        self._warned.add(settings.source)
        ignored = [
            n.replace("_", "-")
            for n in RUN_WIDE
            if self._flags.get(n) is None and getattr(settings, n) != getattr(run, n)
        ]
        if ignored:
            log.warning(
                "%s: %s apply to a whole run; this run takes them from %s (run that folder "
                "on its own, or give them as flags)",
                settings.source,
                ", ".join(ignored),
                run.source or "the built-in defaults",
            )

    def _check_formats(self, settings: Settings) -> None:
        unknown = [f for f in settings.formats if f not in self._known_formats]
        if self._known_formats and unknown:
            raise UsageError(
                f"unknown format(s) {', '.join(unknown)} in the configuration; "
                f"choose from {','.join(self._known_formats)}",
                settings.source,
            )

