"""The READERS registry: which reader takes a file, chosen by its suffix.

Adding an input format is one module with a `read(path)` and one row here. A reader whose output
is `normalized` gives text (a `Decoded`) or a rich draft (a `RichSource`: Markdown, DOCX, HTML)
that goes through the repair passes and the structure stage; the others give the `Document`
itself. Each module is imported on first use, so a run
pays only for the readers it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..config.settings import DEFAULT_EXTENSIONS
from ..errors import UsageError

if TYPE_CHECKING:
    from ..model import Document
    from .encodings import Decoded
    from .rich import RichSource


@dataclass(frozen=True)
class Reader:
    name: str
    suffixes: tuple[str, ...]  # lower case, with the dot
    module: str  # under convert.readers, holding `read(path)`
    normalized: bool  # gives text to repair and structure (else the Document itself)

    def read(self, path: Path) -> Decoded | Document | RichSource:
        module = import_module(f"{__name__}.{self.module}")
        return cast("Callable[[Path], Decoded | Document | RichSource]", module.read)(path)


READERS: dict[str, Reader] = {
    "text": Reader("text", DEFAULT_EXTENSIONS, "text", normalized=True),
    "jats": Reader("jats", (".xml", ".jats"), "jats", normalized=False),
    "pdf": Reader("pdf", (".pdf",), "pdf.reader", normalized=True),
    "markdown": Reader("markdown", (".md", ".markdown"), "markdown", normalized=True),
    "docx": Reader("docx", (".docx",), "docx", normalized=True),
    "html": Reader("html", (".html", ".htm"), "html", normalized=True),
}
DEFAULT_READER = READERS["text"]  # any suffix no reader claims is read as text


ALIASES = {"md": "markdown", "htm": "html", "txt": "text", "xml": "jats"}


def reader_named(name: str) -> Reader:
    """The reader `--from NAME` asks for; UsageError listing the names for any other."""
    reader = READERS.get(ALIASES.get(name.lower(), name.lower()))
    if reader is None:
        raise UsageError(f"--from {name!r}: no such input format; choose {', '.join(READERS)}")
    return reader


def reader_for(path: Path, name: str = "") -> Reader:
    """The reader named (`--from`), else the file's suffix's (case aside); text for every
    suffix no reader claims."""
    if name:
        return reader_named(name)
    suffix = path.suffix.lower()
    for reader in READERS.values():
        if suffix in reader.suffixes:
            return reader
    return DEFAULT_READER
