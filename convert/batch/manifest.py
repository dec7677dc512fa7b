"""The manifest (`.galley-manifest.json` in the output folder): what an incremental run skips.

It remembers, per output, the SHA-256 of the input's bytes, a key of every option that shapes the
outputs, and Galley's version; an input whose three match and whose outputs all still exist is
skipped. Output paths are kept relative to the manifest's folder, so the same run started from
another working directory (or with the output folder moved) finds them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..config.settings import Settings, settings_to_mapping
from ..errors import GalleyError
from ..report import FileResult
from ..run.outputs import write_all_atomic
from .worker import Job, Task

MANIFEST = ".galley-manifest.json"


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
        return cls(path, entries)

    def is_current(self, key: str, digest: str, options: str) -> bool:
        entry = self.entries.get(key)
        return bool(
            digest
            and entry
            and entry.get("input_sha256") == digest
            and entry.get("options") == options
            and entry.get("galley") == __version__
            and all((self.path.parent / p).exists() for p in entry.get("outputs", []))
        )

    def record(self, key: str, task: Task, options: str, result: FileResult) -> None:
        if result.status != "converted":
            self.entries.pop(key, None)  # a failed file is retried on the next run
            return
        self.entries[key] = {
            "source": str(task.source),
            "input_sha256": task.digest,
            "options": options,
            "galley": __version__,
            "outputs": [self._relative(p) for p in result.outputs],
            "counts": dict(result.counts),
        }

    def _relative(self, output: str) -> str:
        """An output's path from the manifest's folder (where every output of its run is)."""
        folder = self.path.parent.resolve()
        path = Path(output).resolve()
        return path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)

    def counts(self, key: str) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(self.entries.get(key, {}).get("counts", {}).items()))

    def save(self) -> None:
        data = {"galley": __version__, "files": dict(sorted(self.entries.items()))}
        text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        write_all_atomic({self.path: text.encode()}, self.mode)


class ManifestSaver:
    """Saves the manifest during a batch, at most every SAVE_EVERY seconds, so that a batch killed
    midway (`kill -9`, power loss) is not converted again from the start. It records only files
    whose outputs were all written, so it never claims one that is missing."""

    SAVE_EVERY = 1.0

    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest
        self.last = time.monotonic()

    def maybe_save(self) -> None:
        if time.monotonic() - self.last >= self.SAVE_EVERY:
            self.save_quietly()

    def save_quietly(self) -> None:
        """A failure here is reported once, by the final save."""
        self.last = time.monotonic()
        with contextlib.suppress(GalleyError):
            self.manifest.save()
