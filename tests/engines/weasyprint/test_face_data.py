"""A font's file copied when read (`convert/engines/weasyprint/face_data.py`).

The same PDF bytes as WeasyPrint copying every face at once, with Galley's packed subsets and with
WeasyPrint's own subsetting (which reads a subset face's file); and no whole CJK face copied when
the packed subsets replace them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from weasyprint.pdf import fonts as weasyprint_fonts
from weasyprint.text.fonts import get_hb_object_data

from convert.engines.weasyprint import face_data
from convert.writers import WriteOptions
from convert.writers import pdf as pdf_writer
from tests.conftest import load_fixture_document
from tests.support.harfbuzz import opened_face

OPTIONS = WriteOptions(source_date_epoch=946684800)


def test_installed_on_the_tested_weasyprint() -> None:
    assert face_data.installed()
    assert weasyprint_fonts.get_hb_object_data is face_data.face_data


@contextmanager
def copied_at_once() -> Iterator[None]:
    """WeasyPrint's fonts as shipped: every face's file copied when the font is made."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delattr(weasyprint_fonts.Font, "file_content")
        patch.setattr(weasyprint_fonts, "get_hb_object_data", get_hb_object_data)
        yield


@contextmanager
def weasyprint_subsets() -> Iterator[None]:
    """WeasyPrint's own subsetting instead of the packed CFF subsets."""
    with pytest.MonkeyPatch.context() as patch:
        font = weasyprint_fonts.Font
        patch.setattr(font, "subset", font.subset._galley_original)
        yield


def test_the_same_pdf_as_copying_every_face_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = load_fixture_document()
    reads: list[int] = []
    read = face_data.FaceData.read
    monkeypatch.setattr(face_data.FaceData, "read", lambda self: reads.append(1) or read(self))
    lazy = pdf_writer.render(doc, OPTIONS)
    assert reads == []  # every face was subset: no whole file copied
    with copied_at_once():
        assert pdf_writer.render(doc, OPTIONS) == lazy
    with weasyprint_subsets():
        shipped = pdf_writer.render(doc, OPTIONS)
        assert reads  # the subset faces' files are read, not the whole faces'
        with copied_at_once():
            assert pdf_writer.render(doc, OPTIONS) == shipped
    assert len(shipped) > len(lazy)  # a different subsetting was compared


@pytest.mark.parametrize("font", [None, "NotoSansCJK-Regular.ttc"])
def test_face_data_is_the_files_bytes_and_truth(font: str | None) -> None:
    path = None
    if font is not None:
        found = [p for p in Path("/usr/share/fonts").rglob(font)]
        if not found:
            pytest.skip(f"{font} is not installed")
        path = found[0]
    with opened_face(path) as face:
        lazy = face_data.face_data(face)
        assert isinstance(lazy, face_data.FaceData)
        data = get_hb_object_data(face)
        assert bool(lazy) is bool(data) is (path is not None)
        assert lazy.read() == data
        if path is not None:
            assert data == path.read_bytes()  # the whole collection, as WeasyPrint embeds it
