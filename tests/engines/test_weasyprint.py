"""What Galley does to WeasyPrint, pydyf, cffi and find_library (`convert/engines/weasyprint.py`).

Each patch is checked against what the unpatched library does, and the versions installed must be
the ones the patches were tested on: a new release fails here, loudly, until someone has checked
the patches against it and widened `TESTED`.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from convert.engines import weasyprint as weasyprint_engine


def test_the_installed_versions_are_the_tested_ones_and_every_patch_is_on() -> None:
    import cffi
    import pydyf
    import weasyprint
    from weasyprint.text.ffi import ffi

    for name, module in (("weasyprint", weasyprint), ("pydyf", pydyf), ("cffi", cffi)):
        low, high = weasyprint_engine.TESTED[name]
        assert weasyprint_engine.tested(name, module.__version__), (
            f"{name} {module.__version__} is outside the tested {low}..{high}: check each patch "
            "in convert/engines/weasyprint.py against it, then widen TESTED"
        )
    assert pydyf.Stream.data.fget is weasyprint_engine._stream_data
    assert getattr(ffi, "_galley_new", False)
    assert weasyprint_engine._subset.installed()
    assert weasyprint_engine._justify.installed()
    assert weasyprint_engine._autospace.installed()


def test_an_untested_version_turns_the_patches_off_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert not weasyprint_engine.tested("pydyf", "0.14.1")
    assert not weasyprint_engine.tested("weasyprint", "69.0")
    assert "pydyf 0.14.1 is untested" in caplog.text
    assert weasyprint_engine.tested("weasyprint", "70.2")


def test_weasyprint_loads_without_searching_for_libraries() -> None:
    """WeasyPrint imported with the loader alone has the same optional libraries (the HarfBuzz
    subsetter above all) as WeasyPrint importing itself, and the search is back afterwards."""
    import ctypes.util

    from weasyprint.text import ffi

    search = ctypes.util.find_library
    with weasyprint_engine.libraries_found_by_the_loader():
        assert ctypes.util.find_library("c") is None
    assert ctypes.util.find_library is search
    plain = subprocess.run(
        [
            sys.executable,
            "-c",
            "from weasyprint.text import ffi; "
            "print(ffi.harfbuzz_subset is not None, ffi.harfbuzz_vector is not None)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    here = f"{ffi.harfbuzz_subset is not None} {ffi.harfbuzz_vector is not None}"
    assert plain.stdout.split() == here.split()


def test_sized_arrays_are_allocated_as_cffi_would() -> None:
    """`new("T[n]", …)` through the rewrite: same length, contents and zero fill as cffi's."""
    from weasyprint.text.ffi import ffi

    original = type(ffi).new
    for cdecl, init in (
        ("hb_codepoint_t[3]", [7, 1, 9]),
        ("hb_codepoint_t[3]", (7, 1, 9)),
        ("hb_codepoint_t[4]", None),
        ("hb_codepoint_t[4]", [5]),  # a shorter initializer: cffi's own new, zero-filled
        ("char[4]", None),
        ("unsigned int *", None),
    ):
        ours, theirs = ffi.new(cdecl, init), original(ffi, cdecl, init)
        assert ffi.sizeof(ours) == ffi.sizeof(theirs)
        assert ffi.buffer(ours)[:] == ffi.buffer(theirs)[:]


def test_streams_hold_what_pydyf_writes_compressed_at_the_default_level() -> None:
    """Only the Flate encoding differs from pydyf's own: same dictionary, same content."""
    import re
    import zlib

    import pydyf

    stream = pydyf.Stream([b"BT", b"/F1 12 Tf", b"(Galley) Tj", b"ET"] * 50, compress=True)
    ours, theirs = weasyprint_engine._serialize(stream), weasyprint_engine._SERIALIZE_STREAM(stream)

    def parts(data: bytes) -> tuple[bytes, bytes]:
        head, _, rest = data.partition(b"\nstream\n")
        return re.sub(rb"/Length \d+", b"", head), zlib.decompress(rest[: -len(b"\nendstream")])

    assert parts(ours) == parts(theirs)
    assert ours.partition(b"\nstream\n")[2][:-10] == zlib.compress(
        b"\n".join(stream.stream), weasyprint_engine.COMPRESSION_LEVEL
    )
    plain = pydyf.Stream([b"BT", b"ET"])
    assert weasyprint_engine._serialize(plain) == weasyprint_engine._SERIALIZE_STREAM(plain)


def test_source_date_epoch_is_restored() -> None:
    before = os.environ.get("SOURCE_DATE_EPOCH")
    with weasyprint_engine.source_date_epoch(123):
        assert os.environ["SOURCE_DATE_EPOCH"] == "123"
    assert os.environ.get("SOURCE_DATE_EPOCH") == before


def test_a_stream_is_serialized_afresh_outside_a_write() -> None:
    """Streams keep their bytes only while pydyf writes; a stream changed later shows it."""
    import pydyf

    stream = pydyf.Stream([b"BT"], compress=True)
    before = stream.data
    stream.stream.append(b"ET")
    assert stream.data != before
    assert not stream.__dict__.get(weasyprint_engine._KEPT)


def test_the_render_types_are_parsed_as_cffi_parses_them_one_by_one() -> None:
    """Each spelling primed at import holds the ctype cffi makes of it alone, and a fixture
    render asks cffi's parser for no other spelling (a WeasyPrint that spells another type in
    every render fails here: add it to RENDER_TYPES)."""
    from weasyprint.text.ffi import ffi

    from convert.writers import WriteOptions
    from convert.writers import pdf as pdf_writer
    from tests.conftest import load_fixture_document

    parser = ffi._parser
    assert "parse_type" not in vars(parser)  # the stand-in parse_type is gone again
    for cdecl in weasyprint_engine.RENDER_TYPES:
        primed, is_function = ffi._parsed_types[cdecl]
        with ffi._lock:  # cffi's cache of ctypes is read under its lock
            alone = ffi._get_cached_btype(parser.parse_type(cdecl))
        assert not is_function and primed is alone, cdecl
    asked: list[str] = []
    parse_type = parser.parse_type
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parser, "parse_type", lambda cdecl: asked.append(cdecl) or parse_type(cdecl))
        primed = {cdecl: ffi._parsed_types[cdecl] for cdecl in weasyprint_engine.RENDER_TYPES}
        patch.setattr(ffi, "_parsed_types", primed)  # as the import left it
        pdf_writer.render(load_fixture_document(), WriteOptions(source_date_epoch=946684800))
    assert asked == []


def test_types_that_do_not_parse_leave_cffis_cache_alone() -> None:
    from weasyprint.text.ffi import ffi

    cached = dict(ffi._parsed_types)
    weasyprint_engine.parse_types_once(ffi, ("char[]", "no_such_type_t *"))
    assert ffi._parsed_types == cached
    assert "parse_type" not in vars(ffi._parser)
