"""The manifest (`.galley-manifest.json` in the output folder): what an incremental run skips.

It remembers, per output, the SHA-256 of the input's bytes, a key of every option that shapes the
outputs, and Galley's version; an input whose three match and whose outputs all still exist is
skipped. Output paths are kept relative to the manifest's folder, so the same run started from
another working directory (or with the output folder moved) finds them.

During a run, each finished file is appended to a journal beside it (`.galley-manifest.log`, one
JSON line per file) rather than the whole manifest being rewritten: a batch of a million files
would otherwise rewrite a file of hundreds of megabytes every second. The journal is read on top of
the manifest (a line cut short by `kill -9` is ignored) and folded into it at the end of a run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from .. import __version__
from ..config.settings import Settings, settings_to_mapping
from ..errors import GalleyError
from ..report import FileResult
from ..run.outputs import output_mode, write_all_atomic
from .worker import Job, Task

MANIFEST = ".galley-manifest.json"
JOURNAL = ".galley-manifest.log"


def options_key(job: Job, settings: Settings | None = None) -> str:
    """A digest of everything besides the input that shapes the outputs, style files included:
    the run's formats and one input's `settings` (default: the job's), so that a changed desk
    configuration rebuilds that desk's files only."""
    settings = settings or job.settings
    write = settings.write_options()
    style = write.style_dir
    style_files = (
        {
            str(p.relative_to(style)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(style.rglob("*"))
            if p.is_file()
        }
        if style.is_dir()
        else {}
    )
    sheet = Path(write.style or "")
    if sheet.suffix.lower() == ".css" and sheet.is_file():  # a sheet given by path, not a folder
        style_files[str(sheet.resolve())] = hashlib.sha256(sheet.read_bytes()).hexdigest()
    mapping = settings_to_mapping(settings)
    data = {
        "formats": job.formats,
        # how many workers, where they run and what fails the run change no output byte
        "settings": {
            k: v for k, v in mapping.items() if k not in ("jobs", "fail-on", "scheduler")
        },
        "write": {k: str(v) for k, v in asdict(write).items()},
        "style_files": style_files,
        "review": settings.review,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


@dataclass
class Manifest:
    path: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    mode: int | None = None  # its file mode, as the outputs' (None: from the umask now)

    @classmethod
    def load(cls, out_dir: Path) -> Manifest:
        path = out_dir / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["files"] if isinstance(data.get("files"), dict) else {}
        except (OSError, ValueError, AttributeError):
            entries = {}  # no manifest, or a damaged one: rebuild everything
        manifest = cls(path, entries)
        manifest.replay()
        return manifest

    @property
    def journal(self) -> Path:
        return self.path.with_name(JOURNAL)

    def replay(self) -> None:
        """What the journal of an unfinished run recorded, on top of the manifest."""
        try:
            lines = self.journal.read_bytes().splitlines()
        except OSError:
            return
        for line in lines:
            try:
                item = json.loads(line)
                key, entry = item["key"], item["entry"]
            except (ValueError, TypeError, KeyError):
                continue  # the last line of a killed run, cut short
            if isinstance(entry, dict):
                self.entries[key] = entry
            else:
                self.entries.pop(key, None)

    def is_current(self, key: str, digest: str, options: str) -> bool:
        entry = self.entries.get(key)
        return bool(
            digest
            and entry
            and entry.get("input_sha256") == digest
            and entry.get("options") == options
            and entry.get("galley") == __version__
            and all(self._exists(p) for p in entry.get("outputs", []))
        )

    def _exists(self, output: str) -> bool:
        """Whether a recorded output (relative to the manifest's folder) is still there."""
        return (self.path.parent / output).exists()

    def record(
        self, key: str, task: Task, options: str, result: FileResult
    ) -> dict[str, Any] | None:
        """Remember a finished file; its entry (None: forgotten, so the next run retries it)."""
        if result.status != "converted":
            self.entries.pop(key, None)  # a failed file is retried on the next run
            return None
        entry = self.entries[key] = {
            "source": str(task.source),
            "input_sha256": task.digest,
            "options": options,
            "galley": __version__,
            "outputs": [self._relative(p) for p in result.outputs],
            "counts": dict(result.counts),
        }
        return entry

    def _relative(self, output: str) -> str:
        """An output's path from the manifest's folder (where every output of its run is)."""
        folder = self.path.parent.resolve()
        path = Path(output).resolve()
        return path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)

    def counts(self, key: str) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self.entries.get(key, {}).get("counts", {}).items()))

    def save(self) -> None:
        """The whole manifest, atomically; the journal it now holds is removed (also when the
        manifest cannot be written: then the next run converts again what it held, as it would
        have without a journal, and a full disk is left as it was)."""
        data = {"galley": __version__, "files": dict(sorted(self.entries.items()))}
        text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        try:
            write_all_atomic({self.path: text.encode()}, self.mode)
        finally:
            with contextlib.suppress(OSError):
                self.journal.unlink(missing_ok=True)


class ManifestSaver:
    """Records a batch's files in the journal as they finish (one line, flushed, each), so that a
    batch killed midway (`kill -9`, power loss of the client) is not converted again from the
    start. It records only files whose outputs were all written, so it never claims one that is
    missing. One writer: the process that runs the batch, whatever executes the files."""

    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest
        self.handle: IO[bytes] | None = None
        if manifest.journal.exists():  # an earlier run's, already read: folded in, so that
            self.save_quietly()  # a line it cut short is not glued to this run's first one

    def record(self, key: str, task: Task, options: str, result: FileResult) -> None:
        known = key in self.manifest.entries
        entry = self.manifest.record(key, task, options, result)
        if entry is None and not known:
            return  # nothing to forget
        line = json.dumps({"key": key, "entry": entry}, ensure_ascii=False) + "\n"
        try:
            if self.handle is None:
                self.handle = self._open()
            self.handle.write(line.encode())
            self.handle.flush()
        except OSError:
            self.close()  # a full disk: the final save reports it

    def _open(self) -> IO[bytes]:
        mode = output_mode() if self.manifest.mode is None else self.manifest.mode
        self.manifest.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.manifest.journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, mode)
        return os.fdopen(fd, "ab")

    def close(self) -> None:
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.close()
            self.handle = None

    def save_quietly(self) -> None:
        """A failure here is reported once, by the final save."""
        self.close()
        with contextlib.suppress(GalleyError):
            self.manifest.save()
