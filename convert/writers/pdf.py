"""The PDF writer: WeasyPrint renders the HTML writer's page, with the style's CSS inlined in it.

Everything the PDF needs is in that page and its style sheet: A4 and the margin boxes (page
number, running head) come from `@page`, the outline from the headings (h1–h6 are bookmarks by
default; the title opts out in the CSS), the metadata from `<title>`, `<meta name=author>` and
`<html lang>`. WeasyPrint embeds the fonts Pango chose, subset to the glyphs used.

Two things are not WeasyPrint's defaults and are the reason this module exists:

- Safety. The renderer may read only files inside the style's own folder (and `data:` URLs).
  Anything else (http, https, ftp, file:///etc/passwd, a symlink out of the folder) is refused by
  `StyleURLFetcher`. WeasyPrint treats a failed fetch as a missing resource: it logs an error
  ("Failed to load stylesheet/image at …: WriterError: refused to fetch …") on the "weasyprint"
  logger and renders without it, so a style that points outside its folder degrades visibly
  instead of leaking a file or calling the network, and the render itself still succeeds.
- Determinism. WeasyPrint writes no /CreationDate unless the HTML carries `dcterms.created`, and
  no /ID unless asked; Galley gives it both, derived from `options.source_date_epoch` and from the
  page itself. Without the HarfBuzz subsetter (the libharfbuzz-subset0 system package) WeasyPrint
  falls back to fontTools, which stamps each embedded font's `head.modified` with the wall clock
  unless SOURCE_DATE_EPOCH is set, so the render runs with it set to the options' epoch. Either
  way the same Document and options give byte-identical files.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from ..errors import WriterError
from ..model import Document
from . import PDF_VARIANTS, Style, WriteOptions
from .html import load_css, pdf_page


@contextmanager
def libraries_found_by_the_loader() -> Iterator[None]:
    """While WeasyPrint loads Pango and its libraries, leave finding them to the dynamic loader.

    WeasyPrint tries each library under several spellings (Linux, macOS and Windows ones, in that
    order, e.g. `libgobject-2.0-0` before `libgobject-2.0.so.0`), and cffi hands every spelling
    the loader refuses to `ctypes.util.find_library`, which on Linux runs `ldconfig -p` and then
    gcc and ld to search for it: about fifteen compiler runs per import (HarfBuzz's optional
    vector library, absent on most systems, costs six of them), 0.17 s of a cold call's
    0.7 s. Answering "not found" at once makes cffi go on to the next spelling, which the loader
    finds itself by its soname. Should WeasyPrint then fail to load, the import is retried as
    WeasyPrint does it, with the search (`_import_weasyprint`).
    """
    import ctypes.util

    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = search


def _import_weasyprint() -> None:
    """Import WeasyPrint without the compiler runs where the loader suffices (see above)."""
    try:
        with libraries_found_by_the_loader():
            import weasyprint  # noqa: F401
    except (ImportError, OSError):
        pass  # the import below tries again with the library search, and reports its error


_import_weasyprint()

try:  # WeasyPrint is imported with this module only, never by `convert.writers` itself.
    import pydyf
    from cffi import FFI
    from weasyprint import CSS, HTML
    from weasyprint.css.counters import CounterStyle
    from weasyprint.text.ffi import ffi as weasyprint_ffi
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher, URLFetcherResponse
except (ImportError, OSError) as error:  # OSError: Pango or its libraries are missing
    raise WriterError(
        f"the PDF writer needs WeasyPrint and Pango ({error}); "
        "install them (pip install weasyprint; see its docs for the system libraries)"
    ) from error


class StyleURLFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves files from one folder and `data:` URLs, nothing else.

    WeasyPrint 70 calls `fetcher(url)` and reads `fetcher._fail_on_errors`, so a fetcher must be a
    `URLFetcher`; plain functions are no longer accepted. Files are read here, not through urllib,
    so no other handler (proxy, http, ftp) can ever be reached for a `file:` URL.
    """

    def __init__(self, root: Path) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self.root = root.resolve()

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        scheme = url.partition(":")[0].lower()
        if scheme == "data":
            return super().fetch(url, headers)  # urllib's DataHandler: decoding only
        if scheme == "file":
            path = self._local_path(url)
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})
        raise WriterError(
            f"refused to fetch {url!r}: a style may use only files inside {self.root}"
        )

    def _local_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise WriterError(f"refused to fetch {url!r}: a file URL on another host")
        # resolve() follows symlinks and "..", so neither can lead out of the folder.
        path = Path(url2pathname(parts.path)).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            raise WriterError(
                f"refused to fetch {url!r}: a style may use only files inside {self.root}"
            )
        return path


def pdf_identifier(html: bytes, css: str = "") -> bytes:
    """The first half of the PDF /ID: a digest of the page and its sheet, stable where a random
    one is not.

    pydyf completes the /ID with an MD5 of the file body, so the pair changes exactly when the
    content does, as the PDF specification intends.
    """
    digest = hashlib.sha256(html)
    digest.update(css.encode("utf-8"))
    return digest.hexdigest()[:32].encode("ascii")


# --- the style sheet, parsed once per process -------------------------------------------------


@dataclass(frozen=True)
class StyleSheet:
    """A house style's sheet as WeasyPrint uses it, built once per process and style.

    Parsing the sheet (tinycss2, then cssselect2 compiling every selector) is about a tenth of a
    PDF's cost, and a FontConfiguration (Fontconfig's configuration and font list) a few percent
    more; neither depends on the article. So the sheet is parsed once, with the FontConfiguration
    and counter styles it registered its rules with, and applied to each page as a stylesheet of
    `write_pdf`. WeasyPrint counts such a sheet as the user's rather than the page's; the page
    has no sheet of its own, so the cascade (the browser defaults, then this sheet) is the same.

    Pango's font maps are not safe to share between threads, so a render holds `lock`.
    """

    css: CSS
    text: str
    font_config: FontConfiguration
    counter_style: CounterStyle
    fetcher: StyleURLFetcher
    base_url: str
    lock: threading.Lock


@lru_cache(maxsize=8)
def _style_sheet(root: Path, text: str) -> StyleSheet:
    """The parsed sheet; keyed by its text too, so an edited sheet is parsed again."""
    fetcher = StyleURLFetcher(root)
    base_url = root.resolve().as_uri() + "/"
    font_config, counter_style = FontConfiguration(), CounterStyle()
    css = CSS(
        string=text,
        base_url=base_url,
        url_fetcher=fetcher,
        media_type="print",
        font_config=font_config,
        counter_style=counter_style,
    )
    return StyleSheet(css, text, font_config, counter_style, fetcher, base_url, threading.Lock())


def style_sheet(style: Style) -> StyleSheet:
    """The style's parsed sheet (read again each time, so that an edit is seen)."""
    return _style_sheet(style.resource_root, load_css(style))


@contextmanager
def source_date_epoch(epoch: int) -> Iterator[None]:
    """Set SOURCE_DATE_EPOCH for the duration of a render, then restore what was there.

    fontTools reads only the environment (`fontTools.misc.timeTools.timestampNow`), so there is no
    argument to pass instead. The environment is process-wide: renders in several threads at once
    must share one epoch, which the pipeline's single WriteOptions already guarantees.
    """
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


# --- C array types, parsed once --------------------------------------------------------------
#
# WeasyPrint allocates the glyph lists it hands HarfBuzz's subsetter as `ffi.new(f"T[{n}]", …)`,
# and cffi parses each new spelling of a C type with pycparser, about 2 ms apiece: two to six new
# lengths per article (one per subset font and pass), 5-8 % of a warm PDF and ~30 ms of a cold
# one. An array of n elements is the same memory whether its type says n or the length is given
# beside an open array type (`ffi.new("T[]", n)`), so the spelling with a length is rewritten to
# that one, which cffi parses once. Anything else goes to cffi's own `new` unchanged.

_SIZED_ARRAY = re.compile(r"([A-Za-z_][\w ]*?)\s*\[(\d+)\]")


def _new_with_one_parse_per_type(ffi: FFI) -> Callable[..., object]:
    """`ffi.new` that turns `new("T[n]", init)` into `new("T[]", n or init)`."""
    new = ffi.new  # the bound method of the class, kept before the instance's is replaced

    def new_array(cdecl: object, init: object = None) -> object:
        match = _SIZED_ARRAY.fullmatch(cdecl) if isinstance(cdecl, str) else None
        if match is not None:
            length = int(match[2])
            if init is None:
                return new(f"{match[1]}[]", length)
            if isinstance(init, list | tuple) and len(init) == length:
                return new(f"{match[1]}[]", init)
        return new(cdecl, init)

    return new_array


if not hasattr(weasyprint_ffi, "_galley_new"):  # once, even if this module is reloaded
    weasyprint_ffi._galley_new = True
    weasyprint_ffi.new = _new_with_one_parse_per_type(weasyprint_ffi)


# --- writing each stream once ----------------------------------------------------------------
#
# With a /ID, pydyf serializes every object twice: once to write it, once more to hash the file
# body for the /ID's second half, and a stream's serialization is a level-9 zlib compression of
# its content (the embedded fonts, the page contents, the object stream). That second pass was
# ~15 % of a PDF's cost. While pydyf writes (from the finisher, called after layout and drawing,
# to the end of `write_pdf`) a stream's bytes cannot change, so during that span, and only in the
# thread that writes, each stream's serialization is kept and reused: the same bytes, once.

_WRITING = threading.local()
# pydyf's own serializer, kept on the class so that re-importing this module (importlib.reload)
# wraps the original again rather than its own wrapper.
_SERIALIZE_STREAM: Callable[[pydyf.Stream], bytes] = getattr(
    pydyf.Stream, "_galley_serialize", pydyf.Stream.data.fget
)
_KEPT = "_galley_data"


# zlib's own default level. pydyf compresses every stream at level 9, which takes twice as long
# for files 0.2 % smaller: 35 ms against 19 ms of the seed's PDF, whose embedded font subsets are
# most of its bytes. The content is the same; only the Flate encoding of each stream differs.
COMPRESSION_LEVEL = 6
# what `_serialize` relies on of pydyf's internals; a pydyf that lacks them keeps its own level
_PYDYF_LAYOUT_KNOWN = all(
    hasattr(pydyf.Stream(), name) for name in ("stream", "extra", "compress")
) and callable(getattr(pydyf, "_to_bytes", None))


def _serialize(stream: pydyf.Stream) -> bytes:
    """pydyf's `Stream.data`, compressed at COMPRESSION_LEVEL (the same dictionary and layout)."""
    if not stream.compress or not _PYDYF_LAYOUT_KNOWN:
        return _SERIALIZE_STREAM(stream)
    content = zlib.compress(
        b"\n".join(pydyf._to_bytes(item) for item in stream.stream), COMPRESSION_LEVEL
    )
    extra = pydyf.Dictionary(stream.extra.copy())
    extra["Filter"] = "/FlateDecode"
    extra["Length"] = len(content)
    return b"\n".join((extra.data, b"stream", content, b"endstream"))


def _stream_data(stream: pydyf.Stream) -> bytes:
    """pydyf's `Stream.data`, kept on the stream while this thread writes a PDF."""
    if not getattr(_WRITING, "active", False):
        return _serialize(stream)
    kept: bytes | None = stream.__dict__.get(_KEPT)
    if kept is None:
        kept = stream.__dict__[_KEPT] = _serialize(stream)
    return kept


pydyf.Stream._galley_serialize = _SERIALIZE_STREAM
pydyf.Stream.data = property(_stream_data)


def _start_writing(_document: object, _pdf: object) -> None:
    """WeasyPrint's finisher: the layout is done and only pydyf's writing is left."""
    _WRITING.active = True


def write_pdf_once(document: HTML, **options: object) -> bytes:
    """`document.write_pdf(**options)`, each stream serialized once (byte-identical output)."""
    try:
        data: bytes = document.write_pdf(finisher=_start_writing, **options)
    finally:
        _WRITING.active = False
    return data


def variant_options(variant: str | None) -> dict[str, object]:
    """WeasyPrint's `write_pdf` options for a Galley PDF variant.

    WeasyPrint's own variant table already turns on what each needs (`pdf/ua-1`: PDF 1.7 and tags,
    so the file has a structure tree and /MarkInfo; `pdf/a-2b`: PDF 1.7, the sRGB output intent
    and XMP metadata). Tags are asked for explicitly as well for pdf/ua-1, so the structure tree
    does not depend on that table staying as it is.
    """
    if variant is None:
        return {}
    if variant not in PDF_VARIANTS:
        raise WriterError(f"unknown PDF variant {variant!r}; known: {', '.join(PDF_VARIANTS)}")
    extra: dict[str, object] = {"pdf_variant": variant}
    if variant.startswith("pdf/ua"):
        extra["pdf_tags"] = True
    return extra


def html_to_pdf(html: bytes, options: WriteOptions, style: Style | None = None) -> bytes:
    """Render a UTF-8 page in the style's sheet, resolving relative URLs in the style's folder
    and only there.

    `html` is a page without the style's sheet (`html.pdf_page`); `style` is the document's
    resolved style; without one, the default style for an undetermined language (whose folder then
    bounds what the page may load).
    """
    sheet = style_sheet(style or options.style_for("und"))
    try:
        with sheet.lock:
            document = HTML(
                string=html.decode("utf-8"),
                base_url=sheet.base_url,
                url_fetcher=sheet.fetcher,
                media_type="print",
            )
            with source_date_epoch(options.source_date_epoch):
                data = write_pdf_once(
                    document,
                    stylesheets=[sheet.css],
                    font_config=sheet.font_config,
                    counter_style=sheet.counter_style,
                    pdf_identifier=pdf_identifier(html, sheet.text),
                    **variant_options(options.pdf_variant),
                )
    except Exception as error:  # WeasyPrint raises anything from ValueError to Pango errors
        raise WriterError(f"WeasyPrint could not render the PDF: {error}") from error
    return data


def render(doc: Document, options: WriteOptions) -> bytes:
    """The article as an A4 PDF with page numbers, running head, outline and metadata."""
    return html_to_pdf(pdf_page(doc, options), options, options.style_for(doc.lang))
