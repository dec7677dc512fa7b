"""The manifest of a run whose outputs go to a store (`-o s3://bucket/out`).

Kept on the client's disk, in a state folder named after the output URL
(`stores.state_folder`: ~/.local/state/galley/s3/bucket%2Fout/), because the journal is appended
one line per finished file, which an object store cannot do (an object is only ever replaced
whole: a journal on the store would be a PUT of the whole of it per file). At the end of a run
the manifest is also put on the store (`.galley-manifest.json` beside the outputs, one PUT, so
it is whole or absent), and a client without a state folder for that URL (another machine, a
cleaned home) starts from the store's copy: a rerun from anywhere converts only what is missing.
A run killed midway has its journal on the client that ran it only. An input's
`input_sha256` is here what the store's listing says of its bytes (`stores.fingerprint`): the
client never reads an input on a store.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..errors import WriterError
from ..run.stores import Store, state_folder
from .manifest import JOURNAL, MANIFEST, Manifest


class StoreManifest(Manifest):
    store: Store
    root: Path  # the output folder's path on the store
    _listed: tuple[str, set[str]] = ("", set())  # the last folder listed, and its names

    @classmethod
    def for_store(cls, store: Store, root: Path) -> StoreManifest:
        folder = state_folder(store, root)
        if not (folder / MANIFEST).exists() and not (folder / JOURNAL).exists():
            folder.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(Exception):  # none there (a first run), or unreadable
                store.fs.get_file((root / MANIFEST).as_posix(), str(folder / MANIFEST))
        loaded = Manifest.load(folder)
        manifest = cls(loaded.path, loaded.entries)
        manifest.store, manifest.root = store, root
        return manifest

    def _exists(self, output: str) -> bool:
        """Listed a folder at a time, the last one kept: outputs are checked in the inputs'
        order, so a folder's outputs come together and cost one listing, not a request each."""
        path = self.root / output
        folder = path.parent.as_posix()
        if self._listed[0] != folder:
            fs = self.store.fs
            try:
                names = {str(n).rstrip("/").rsplit("/", 1)[-1] for n in fs.ls(folder, detail=False)}
            except FileNotFoundError:
                names = set()
            fs.invalidate_cache(folder)
            self._listed = (folder, names)
        return path.name in self._listed[1]

    def _relative(self, output: str) -> str:
        """An output's URL from the output folder's (where every output of its run is)."""
        return output.removeprefix(self.store.url(self.root) + "/")

    def save(self) -> None:
        """Here, then on the store (one PUT): a failure there is the run's error, as a full disk
        is for a local manifest; the state folder keeps it for this machine's next run."""
        super().save()
        target = (self.root / MANIFEST).as_posix()
        try:
            self.store.fs.put_file(str(self.path), target)
        except Exception as exc:
            raise WriterError(
                f"{self.store.url(self.root / MANIFEST)}: cannot be written "
                f"({type(exc).__name__}: {exc}); this machine's copy is kept in {self.path.parent}"
            ) from exc
