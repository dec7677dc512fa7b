"""The format writers, registered in one table.

Each writer is a module with `render(doc: Document, options: WriteOptions) -> bytes`. It is pure:
it returns the file's bytes and never touches the file system, so the pipeline alone decides where
and how (atomically) outputs are written. Modules are imported on first use, because importing
WeasyPrint costs a second and a batch that asks only for DOCX should not pay it.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Document
from ..errors import UnknownFormatError

STYLES_DIR = Path(__file__).resolve().parent.parent.parent / "styles"

# format name -> (module, file extension). Order is the order outputs are written and listed.
WRITERS: dict[str, tuple[str, str]] = {
    "xml": ("convert.writers.xml", "xml"),
    "html": ("convert.writers.html", "html"),
    "docx": ("convert.writers.docx", "docx"),
    "pdf": ("convert.writers.pdf", "pdf"),
    "epub": ("convert.writers.epub", "epub"),
}

Render = Callable[[Document, "WriteOptions"], bytes]


def _default_epoch() -> int:
    """A fixed date for everything that needs one, so that outputs are byte-identical across runs.

    SOURCE_DATE_EPOCH (reproducible-builds.org) overrides it; the default is 2000-01-01T00:00:00Z
    rather than the wall clock, because a clock-dependent date would break determinism.
    """
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(value) if value.isdigit() else 946684800


@dataclass(frozen=True)
class WriteOptions:
    style: str = "news-zh"
    styles_dir: Path = STYLES_DIR
    source_date_epoch: int = field(default_factory=_default_epoch)

    @property
    def style_dir(self) -> Path:
        return self.styles_dir / self.style


def get_writer(name: str) -> Render:
    try:
        module_name, _ = WRITERS[name]
    except KeyError:
        known = ", ".join(WRITERS)
        raise UnknownFormatError(
            f"unknown output format {name!r}; known formats: {known}"
        ) from None
    module = importlib.import_module(module_name)
    render: Render = module.render
    return render


def extension(name: str) -> str:
    if name not in WRITERS:
        raise UnknownFormatError(
            f"unknown output format {name!r}; known formats: {', '.join(WRITERS)}"
        )
    return WRITERS[name][1]
