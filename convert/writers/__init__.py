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

from ..errors import UnknownFormatError, UsageError
from ..model import Document
from .styles import STYLES_DIR, Style, resolve_style

__all__ = ["PDF_VARIANTS", "STYLES_DIR", "WRITERS", "Style", "WriteOptions", "resolve_style"]

# format name -> (module, file extension). Order is the order outputs are written and listed.
WRITERS: dict[str, tuple[str, str]] = {
    "xml": ("convert.writers.xml", "xml"),
    "html": ("convert.writers.html", "html"),
    "docx": ("convert.writers.docx", "docx"),
    "pdf": ("convert.writers.pdf", "pdf"),
    "epub": ("convert.writers.epub", "epub"),
}
DEFAULT_FORMATS: tuple[str, ...] = tuple(WRITERS)  # what a run writes when no format is asked

Render = Callable[[Document, "WriteOptions"], bytes]


def _default_epoch() -> int:
    """A fixed date for everything that needs one, so that outputs are byte-identical across runs.

    SOURCE_DATE_EPOCH (reproducible-builds.org) overrides it; the default is 2000-01-01T00:00:00Z
    rather than the wall clock, because a clock-dependent date would break determinism.
    """
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(value) if value.isdigit() else 946684800


# The PDF variants Galley offers (WeasyPrint names): tagged for accessibility, or archival.
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-2b")


@dataclass(frozen=True)
class WriteOptions:
    """Everything a writer may vary on besides the document; the CLI fills it from its flags.

    - `style`: a house style name (`news-zh`, `book-en`), a path to a `.css` file (it replaces the
      CSS of the language's default style), or None/"auto" to pick by the document's language.
    - `pdf_variant`: None for a plain PDF, or one of PDF_VARIANTS.
    - `embed_fonts`: embed subset fonts in the EPUB, so a reader without CJK fonts shows text.
    """

    style: str | None = None
    styles_dir: Path = STYLES_DIR
    source_date_epoch: int = field(default_factory=_default_epoch)
    pdf_variant: str | None = None
    embed_fonts: bool = False

    def __post_init__(self) -> None:
        if self.pdf_variant is not None and self.pdf_variant not in PDF_VARIANTS:
            raise UsageError(
                f"unknown PDF variant {self.pdf_variant!r}; known: {', '.join(PDF_VARIANTS)}"
            )

    def style_for(self, lang: str) -> Style:
        """The resolved house style for a document in `lang` (see `convert.writers.styles`)."""
        return resolve_style(self.style, lang, self.styles_dir)

    @property
    def style_dir(self) -> Path:
        """The named style's folder (the styles folder itself for "auto" or a .css path).

        Kept for callers that check a named style exists before converting; writers use
        `style_for(lang)`, which also knows the document's language.
        """
        if not self.style or self.style == "auto" or self.style.lower().endswith(".css"):
            return self.styles_dir
        return self.styles_dir / self.style


def get_writer(name: str) -> Render:
    try:
        module_name, _ = WRITERS[name]
    except KeyError:
        known = ", ".join(WRITERS)
        raise UnknownFormatError(
            f"unknown output format {name!r}; known formats: {known}"
        ) from None
    if name == "pdf":
        from . import pdf_process  # light: it imports WeasyPrint only in its helper process

        if pdf_process.running():  # a one-file `galley convert` forked it at the start
            return pdf_process.render
    module = importlib.import_module(module_name)
    render: Render = module.render
    return render


def extension(name: str) -> str:
    if name not in WRITERS:
        raise UnknownFormatError(
            f"unknown output format {name!r}; known formats: {', '.join(WRITERS)}"
        )
    return WRITERS[name][1]
