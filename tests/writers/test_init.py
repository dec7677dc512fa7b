"""The WRITERS table (`convert/writers/__init__.py`): one row per format, read by the pipeline."""

from __future__ import annotations

import dataclasses
import importlib

import pytest

from convert.errors import UnknownFormatError
from convert.writers import (
    DEFAULT_FORMATS,
    WRITERS,
    WriteOptions,
    extension,
    get_writer,
    pdf_process,
    waits_on_a_process,
)


def test_every_row_names_a_writer_and_options_that_exist() -> None:
    fields = {f.name for f in dataclasses.fields(WriteOptions)}
    for name, row in WRITERS.items():
        assert set(row.options) <= fields, name
        assert row.extension == name
        if row.helper is not None:
            assert callable(importlib.import_module(row.helper).running)


def test_the_default_formats_are_all_of_them_in_table_order() -> None:
    assert DEFAULT_FORMATS == ("xml", "html", "docx", "pdf", "epub")


def test_an_unknown_format_is_a_typed_error() -> None:
    with pytest.raises(UnknownFormatError, match="known formats: xml, html, docx, pdf, epub"):
        get_writer("odt")
    with pytest.raises(UnknownFormatError):
        extension("odt")


def test_only_writers_that_wait_on_another_program_start_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert [n for n in WRITERS if waits_on_a_process(n)] == ["epub"]
    assert not waits_on_a_process("odt")  # get_writer reports it, with the known formats
    monkeypatch.setattr(pdf_process, "running", lambda: True)
    assert [n for n in WRITERS if waits_on_a_process(n)] == ["pdf", "epub"]
    assert get_writer("pdf") is pdf_process.render
