"""WeasyPrint as Galley uses it: imported without compiler runs, and patched where that pays.

Every change Galley makes to WeasyPrint, pydyf, cffi and `ctypes.util.find_library` is in this
package, each applied only to the versions it was written and tested against (`TESTED`): on any
other version WeasyPrint runs as shipped, the PDF stays correct (set by WeasyPrint's defaults,
slower, larger), a warning names the untested version, and tests/engines/test_weasyprint.py
fails until the patches are checked against it and the range widened. This module holds the
import and the speed patches, which change no page (with `deferred`, fontTools imported at first
use, and `face_data`, a font's file copied when read); the others are `subset` (CFF fonts without
empty glyph slots), `justify` (justification between CJK characters) and `autospace` (Han–Latin
spacing where a style asks), described in docs/typesetting.md.

Importing this module imports WeasyPrint; the PDF writer takes WeasyPrint's names from here so
that nothing imports it before the loader trick below is in place.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache

from ...errors import WriterError
from .deferred import on_first_use

# Distribution -> [lowest, highest) release series its patches were checked against.
TESTED: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "weasyprint": ((70,), (71,)),
    "pydyf": ((0, 13), (0, 14)),
    "cffi": ((2,), (3,)),
}


@cache  # one warning per untested version, however many patches ask
def tested(distribution: str, version: str) -> bool:
    """Whether `version` of `distribution` is one its patches were tested on; warns when not."""
    low, high = TESTED[distribution]
    if low <= tuple(int(part) for part in re.findall(r"\d+", version)[:3]) < high:
        return True
    logging.getLogger(__name__).warning(
        "%s %s is untested with Galley; its patches are off (PDFs are still correct)",
        distribution,
        version,
    )
    return False


# --- import: let the dynamic loader find Pango's libraries --------------------------------------


@contextmanager
def libraries_found_by_the_loader() -> Iterator[None]:
    """While WeasyPrint loads Pango and its libraries, leave finding them to the dynamic loader.

    WeasyPrint tries each library under several spellings (Linux, macOS and Windows ones, in that
    order, e.g. `libgobject-2.0-0` before `libgobject-2.0.so.0`), and cffi hands every spelling
    the loader refuses to `ctypes.util.find_library`, which on Linux runs `ldconfig -p` and then
    gcc and ld to search for it: compiler runs on every import. Answering "not found" at once
    makes cffi go on to the next spelling, which the loader finds itself by its soname.
    Should WeasyPrint then fail to load, the import is retried as WeasyPrint does it, with the
    search (`_import_weasyprint`).
    """
    import ctypes.util

    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = search


def _import_weasyprint() -> None:
    """Import WeasyPrint without the compiler runs where the loader suffices (see above), and
    without fontTools' subsetter and instancer until a render calls them (`deferred.on_first_use`)."""
    try:
        import cffi
    except ImportError:
        return  # the import below reports it
    if not tested("cffi", cffi.__version__):  # cffi is what asks find_library
        return
    try:
        with libraries_found_by_the_loader(), on_first_use():
            import weasyprint  # noqa: F401
    except (ImportError, OSError):
        pass  # the import below tries again with the library search, and reports its error


_import_weasyprint()

try:
    import cffi
    import pydyf
    import weasyprint
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

CFFI_TESTED = tested("cffi", cffi.__version__)
WEASYPRINT_TESTED = tested("weasyprint", weasyprint.__version__)
PYDYF_TESTED = tested("pydyf", pydyf.__version__)

__all__ = [
    "CSS",
    "HTML",
    "CounterStyle",
    "FontConfiguration",
    "URLFetcher",
    "URLFetcherResponse",
    "source_date_epoch",
    "write_pdf_once",
]


# --- the environment fontTools reads -------------------------------------------------------------


@contextmanager
def source_date_epoch(epoch: int) -> Iterator[None]:
    """Set SOURCE_DATE_EPOCH for the duration of a render, then restore what was there.

    Without the HarfBuzz subsetter WeasyPrint subsets fonts with fontTools, which stamps each
    embedded font's `head.modified` with the wall clock unless SOURCE_DATE_EPOCH is set, and reads
    only the environment (`fontTools.misc.timeTools.timestampNow`), so there is no argument to pass
    instead. The environment is process-wide: renders in several threads at once must share one
    epoch, which the pipeline's single WriteOptions already guarantees.
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


# --- cffi: C array types parsed once ------------------------------------------------------------
#
# WeasyPrint allocates the glyph lists it hands HarfBuzz's subsetter as `ffi.new(f"T[{n}]", …)`,
# and cffi parses each new spelling of a C type with pycparser: several new lengths per article
# (one per subset font and pass). An array of n elements is the same memory whether its type says
# n or the length is given beside an open array type (`ffi.new("T[]", n)`), so the spelling with a
# length is rewritten to that one, which cffi parses once. Anything else goes to cffi's own `new`.

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


# The C types WeasyPrint 70 spells in every render (a font map's cast, text and glyph arrays).
# cffi parses each new spelling on its own, with `typedef int NAME;` for each of the cdef's
# several hundred type names in front (~4 ms a type); `parse_types_once` parses them together.
RENDER_TYPES = (
    "PangoFcFontMap *",
    "char[]",
    "PangoRectangle *",
    "PangoLogAttr[]",
    "unsigned int *",
    "hb_tag_t[]",
    "hb_codepoint_t[]",
)


def parse_types_once(ffi: FFI, cdecls: tuple[str, ...]) -> None:
    """Parse `cdecls` in one pass of cffi's parser and keep each in cffi's cache of types.

    cffi's `parse_type` parses a spelling as the one parameter of a dummy function; here they are
    the parameters of one function, and each parameter's type is handed to cffi's own caching
    (`_typeof_locked`, which asks `parse_type`) so that the cached ctype is the one cffi makes.
    Anything unexpected leaves the cache as it was: those types are then parsed one by one.
    """
    parser = ffi._parser
    try:
        ast = parser._parse("void __dummy(\n" + ",\n".join(cdecls) + "\n);")[0]
        params = ast.ext[-1].type.args.params
        parsed = {
            cdecl: parser._get_type_and_quals(param.type)[0]
            for cdecl, param in zip(cdecls, params, strict=True)
        }
        with ffi._lock:
            parser.parse_type = parsed.__getitem__  # an instance attribute, removed below
            try:
                for cdecl in cdecls:
                    ffi._typeof_locked(cdecl)
            finally:
                del parser.parse_type
    except Exception:  # a cffi or WeasyPrint other than the tested ones
        logging.getLogger(__name__).debug("C types not parsed together", exc_info=True)


# once, even if this module is reloaded
if WEASYPRINT_TESTED and CFFI_TESTED and not hasattr(weasyprint_ffi, "_galley_new"):
    weasyprint_ffi._galley_new = True
    weasyprint_ffi.new = _new_with_one_parse_per_type(weasyprint_ffi)
    parse_types_once(weasyprint_ffi, RENDER_TYPES)


# --- pydyf: each stream written once, at zlib's default level --------------------------------
#
# With a /ID, pydyf serializes every object twice: once to write it, once more to hash the file
# body for the /ID's second half, and a stream's serialization is a zlib compression of its
# content (the embedded fonts, the page contents, the object stream). While pydyf writes (from the
# finisher, called after layout and drawing, to the end of `write_pdf`) a stream's bytes cannot
# change, so during that span, and only in the thread that writes, each stream's serialization is
# kept and reused: the same bytes, once.

_WRITING = threading.local()
# pydyf's own serializer, kept on the class so that re-importing this module (importlib.reload)
# wraps the original again rather than its own wrapper.
_SERIALIZE_STREAM: Callable[[pydyf.Stream], bytes] = getattr(
    pydyf.Stream, "_galley_serialize", pydyf.Stream.data.fget
)
_KEPT = "_galley_data"

# zlib's own default level. pydyf compresses every stream at level 9, which is much slower for
# files hardly smaller. The content is the same; only the Flate encoding differs.
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


if PYDYF_TESTED:
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


# --- fonts: CID-keyed CFF subsets without empty glyph slots --------------------------------------

from . import subset as _subset  # noqa: E402  (needs WeasyPrint imported, above)

if WEASYPRINT_TESTED:
    _subset.install()


# --- fonts: a face's file copied only where it is read ----------------------------------------

from . import face_data as _face_data  # noqa: E402  (needs WeasyPrint imported, above)

if WEASYPRINT_TESTED:
    _face_data.install()


# --- layout: inter-character justification of CJK lines ------------------------------------------

from . import justify as _justify  # noqa: E402  (needs WeasyPrint imported, above)

if WEASYPRINT_TESTED:
    _justify.install()


# --- layout: Han–Latin spacing, where a style asks for it -----------------------------------------

from . import autospace as _autospace  # noqa: E402  (needs WeasyPrint imported, above)

if WEASYPRINT_TESTED:
    _autospace.install()
