"""A HarfBuzz face of a font file, as WeasyPrint's ffi types it (WeasyPrint declares no way to
open a file, so HarfBuzz's own functions are declared here and the face's address cast)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def opened_face(path: Path | None, index: int = 0) -> Iterator[Any]:
    """The face `index` of the file at `path` (None: HarfBuzz's empty face), for the block."""
    from cffi import FFI
    from weasyprint.text.ffi import ffi

    local = FFI()
    local.cdef(
        "void *hb_blob_create_from_file (const char *); void hb_blob_destroy (void *);"
        "void *hb_face_create (void *, unsigned int); void hb_face_destroy (void *);"
        "void *hb_blob_get_empty (void);"
    )
    harfbuzz = local.dlopen("libharfbuzz.so.0")
    if path is None:
        blob = harfbuzz.hb_blob_get_empty()
    else:
        blob = harfbuzz.hb_blob_create_from_file(str(path).encode())
    face = harfbuzz.hb_face_create(blob, index)
    try:
        yield ffi.cast("hb_face_t *", int(local.cast("uintptr_t", face)))
    finally:
        harfbuzz.hb_face_destroy(face)
        harfbuzz.hb_blob_destroy(blob)
