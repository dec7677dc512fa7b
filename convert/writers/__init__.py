"""The format writers, registered in one table.

Each writer is a module with `render(doc: Document, options: WriteOptions) -> bytes`. It is pure:
it returns the file's bytes and never touches the file system, so the pipeline alone decides where
and how (atomically) outputs are written. Modules are imported on first use, because importing
WeasyPrint is slow and a batch that asks only for DOCX should not pay it.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UnknownFormatError, UsageError
from ..model import Document
from .styles import STYLES_DIR, Style, resolve_style

__all__ = [
    "DEFAULT_FORMATS",
    "PDF_VARIANTS",
    "STYLES_DIR",
    "WRITERS",
    "Style",
    "WriteOptions",
    "Writer",
    "resolve_style",
]


@dataclass(frozen=True)
class Writer:
    """One output format: where its writer is and what scheduling it needs to know.

    - `module`: the writer, imported on first use; it has `render(doc, options) -> bytes`.
    - `options`: the WriteOptions fields the writer reads besides the document.
    - `runs_a_process`: it waits on another program for every file (pandoc), so the pipeline
      starts it first, in a thread, and renders the other formats meanwhile.
    - `helper`: a module whose `render` stands in for the writer's while its `running()` says
      a helper process is there to render (the PDF helper of a one-file convert); the writer
      then waits on that process too.
    """

    module: str
    extension: str
    options: tuple[str, ...] = ()
    runs_a_process: bool = False
    helper: str | None = None


_STYLED = ("style", "styles_dir")
# Format name -> its row. Order is the order outputs are written and listed.
WRITERS: dict[str, Writer] = {
    "xml": Writer("convert.writers.xml", "xml"),
    "html": Writer("convert.writers.html", "html", _STYLED),
    "docx": Writer("convert.writers.docx", "docx", (*_STYLED, "source_date_epoch")),
    "pdf": Writer(
        "convert.writers.pdf",
        "pdf",
        (*_STYLED, "source_date_epoch", "pdf_variant"),
        helper="convert.writers.pdf_process",
    ),
    "epub": Writer(
        "convert.writers.epub",
        "epub",
        (*_STYLED, "source_date_epoch", "embed_fonts"),
        runs_a_process=True,
    ),
}
# What a conversion writes when no format is asked for: all of them.
DEFAULT_FORMATS: tuple[str, ...] = tuple(WRITERS)

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


def _row(name: str) -> Writer:
    try:
        return WRITERS[name]
    except KeyError:
        known = ", ".join(WRITERS)
        raise UnknownFormatError(
            f"unknown output format {name!r}; known formats: {known}"
        ) from None


def _helper_running(row: Writer) -> bool:
    """Whether the row's helper process is there (its module is light: no renderer imported)."""
    return row.helper is not None and bool(importlib.import_module(row.helper).running())


def get_writer(name: str) -> Render:
    """The format's render function: its helper's while that runs, else its own module's."""
    row = _row(name)
    helper = row.helper if _helper_running(row) else None
    render: Render = importlib.import_module(helper or row.module).render
    return render


def warm(name: str) -> None:
    """Import the format's writer and pay now what it pays once per process: its module's
    `warm()`, where it has one (the EPUB writer finds pandoc), so a batch's first file does not."""
    module = importlib.import_module(_row(name).module)
    if hasattr(module, "warm"):
        module.warm()


def start_helpers(formats: Sequence[str], options: WriteOptions, lang: str | None = None) -> None:
    """Start the helper process of each format that has one (the PDF writer's, which imports
    WeasyPrint and reads the style sheets while this process reads and repairs the text);
    `lang`: the article's likely language, where the caller can tell."""
    for name in formats:
        helper = _row(name).helper
        if helper is not None:
            importlib.import_module(helper).start(warm=options, lang=lang)


def waits_on_a_process(name: str) -> bool:
    """Whether the format's writer waits on another program (always, or while its helper process
    runs), so that it is worth starting first, in a thread. False for an unknown name, which
    `get_writer` reports."""
    row = WRITERS.get(name)
    return row is not None and (row.runs_a_process or _helper_running(row))


def extension(name: str) -> str:
    return _row(name).extension
