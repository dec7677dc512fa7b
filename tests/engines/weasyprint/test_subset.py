"""Packed CFF subsets (`convert/engines/weasyprint/subset.py`): the same page in far fewer bytes.

The fixture article is rendered with the patch and with WeasyPrint's own subsetting; poppler
must draw the same pixels and extract the same text at the same places, PDFium must draw every
glyph (pixels within antialiasing of the unpatched file), and the fonts must shrink.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from weasyprint import pdf as weasyprint_pdf
from weasyprint.pdf import fonts as weasyprint_fonts

from convert.engines.weasyprint import subset
from convert.writers import WriteOptions
from convert.writers import pdf as pdf_writer
from tests.conftest import load_fixture_document
from tests.support.pdf_text import pdf_fonts

OPTIONS = WriteOptions(source_date_epoch=946684800)


@pytest.fixture(scope="module")
def pair() -> tuple[bytes, bytes]:
    """(packed, WeasyPrint's own) renders of the fixture article."""
    doc = load_fixture_document()
    packed = pdf_writer.render(doc, OPTIONS)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            weasyprint_fonts.Font, "subset", weasyprint_fonts.Font.subset._galley_original
        )
        build = weasyprint_pdf.build_fonts_dictionary
        patch.setattr(weasyprint_pdf, "build_fonts_dictionary", build._galley_original)
        shipped = pdf_writer.render(doc, OPTIONS)
    return packed, shipped


def test_installed_on_the_tested_weasyprint() -> None:
    assert subset.installed()


def test_cjk_faces_are_bare_cff_and_much_smaller(pair: tuple[bytes, bytes]) -> None:
    packed, shipped = pair
    kinds = {f["name"].partition("+")[2]: f["type"] for f in pdf_fonts(packed)}
    cjk = {name: kind for name, kind in kinds.items() if "CJK" in name}
    assert cjk and all(kind == "CID Type 0C" for kind in cjk.values()), kinds  # not "(OT)"
    assert len(packed) < len(shipped) / 2, (len(packed), len(shipped))


def _poppler(data: bytes, tmp: Path, name: str) -> tuple[bytes, bytes]:
    """`pdftotext -bbox` of the PDF and page 1 drawn by pdftoppm (grey, 100 dpi)."""
    source = tmp / f"{name}.pdf"
    source.write_bytes(data)
    words = subprocess.run(
        ["pdftotext", "-bbox", str(source), "-"], capture_output=True, check=True
    ).stdout
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "100",
            "-gray",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(source),
            str(tmp / name),
        ],
        capture_output=True,
        check=True,
    )
    return words, (tmp / f"{name}.pgm").read_bytes()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_poppler_draws_and_extracts_the_same(pair: tuple[bytes, bytes], tmp_path: Path) -> None:
    packed, shipped = pair
    words, pixels = _poppler(packed, tmp_path, "packed")
    assert b"<word" in words and len(pixels) > 100_000  # something was extracted and drawn
    assert (words, pixels) == _poppler(shipped, tmp_path, "shipped")


def test_pdfium_draws_every_glyph(pair: tuple[bytes, bytes]) -> None:
    """PDFium rasterizes a bare CFF and an OpenType-wrapped one with slightly different
    antialiasing; a missing or wrong glyph would differ by far more than that."""
    pdfium = pytest.importorskip("pypdfium2")
    from PIL import ImageChops

    pages = [pdfium.PdfDocument(io.BytesIO(data))[0] for data in pair]
    packed, shipped = (page.render(scale=100 / 72).to_pil().convert("L") for page in pages)
    difference = ImageChops.difference(packed, shipped)
    assert difference.getextrema()[1] <= 48
    inked = sum(shipped.histogram()[:128])
    assert inked > 10_000  # the page has text to compare
    assert sum(packed.histogram()[:128]) == pytest.approx(inked, rel=0.01)


def test_a_font_whose_cids_are_not_its_glyph_indices_is_left_to_weasyprint() -> None:
    assert subset.keeps_codes([0, 3, 7, 9], [0, 3, 9])
    assert not subset.keeps_codes([0, 9, 3], [0, 3, 9])  # CIDs out of glyph order
    assert not subset.keeps_codes([0, 3, 8], [0, 3, 9])  # a code with no glyph
    assert not subset.keeps_codes(None, [0])  # name-keyed CFF


def test_bare_cff_is_told_from_an_sfnt() -> None:
    assert subset.is_bare_cff(b"\x01\x00\x04\x02rest")
    assert not subset.is_bare_cff(b"OTTO\x00\x0b")
    assert not subset.is_bare_cff(b"\x00\x01\x00\x00")
