"""Rich content in the EPUB: notes as `aside epub:type="footnote"` called by the article's own
numbers, the image inside the package, line breaks as `<br/>`; epubcheck finds nothing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from convert import jats
from convert.writers import WriteOptions, get_writer
from tests.support.epubcheck_batch import check_many
from tests.support.rich import RICH_WITH_MEDIA

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"


@pytest.fixture(scope="module")
def epub() -> bytes:
    document, _ = jats.to_document(RICH_WITH_MEDIA)  # the EPUB writer reads the JATS
    return get_writer("epub")(document, WriteOptions())


def _pages(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: etree.fromstring(archive.read(name))
            for name in sorted(archive.namelist())
            if name.endswith(".xhtml") and "/text/ch" in name
        }


def test_notes_are_asides_called_by_their_labels(epub: bytes) -> None:
    pages = _pages(epub)
    calls = [
        a.text
        for root in pages.values()
        for a in root.iter(f"{{{XHTML}}}a")
        if a.get(f"{{{OPS}}}type") == "noteref"
    ]
    assert calls == ["1", "2"]
    asides = [
        "".join(a.itertext()).strip()
        for root in pages.values()
        for a in root.iter(f"{{{XHTML}}}aside")
        if a.get(f"{{{OPS}}}type") == "footnote"
    ]
    assert asides == ["第一个脚注。", "Second note"]


def test_image_in_package_and_line_break(epub: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(epub)) as archive:
        images = [n for n in archive.namelist() if n.endswith(".png")]
        assert len(images) == 1
        assert archive.read(images[0]) == RICH_WITH_MEDIA.media["fig1.png"]
        opf = archive.read("EPUB/content.opf").decode()
    assert "visual" in opf and "alternativeText" in opf
    pages = _pages(epub)
    first = next(iter(pages.values()))
    assert first.findall(f".//{{{XHTML}}}br")
    assert "\u2028" not in "".join(first.itertext())


def test_epubcheck_finds_nothing(epub: bytes, tmp_path: Path) -> None:
    path = tmp_path / "rich.epub"
    path.write_bytes(epub)
    report = check_many([path])[path]
    assert (report.errors, report.warnings) == (0, 0), report.messages
