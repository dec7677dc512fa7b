"""The EPUB's style sheet (`convert/writers/epub/css.py`)."""

from __future__ import annotations

import pytest

from convert.writers.epub.css import font_faces, without_page_rules
from convert.writers.fonts import EmbeddedFont


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        ("p{a:b}", "p{a:b}"),
        ("@page{size:A4}p{}", "p{}"),
        ("@PAGE :first { @top-center { content: none } }h1{}", "h1{}"),
        ("@media print { @page { margin: 0 } p { x: y } }", "@media print {  p { x: y } }"),
        ("/* @page { */ p{} @page{}", "/* @page { */ p{} "),
        ("p::after{content:'@page {'} @page{content:\"}\"}", "p::after{content:'@page {'} "),
        ("@page-like{}", "@page-like{}"),
    ],
)
def test_without_page_rules(css: str, expected: str) -> None:
    assert without_page_rules(css) == expected


def test_font_faces_point_from_the_sheet_to_the_fonts_folder() -> None:
    font = EmbeddedFont("Noto Serif CJK SC", 400, "noto-serif-cjk-sc-400.woff", b"")
    rules = font_faces([font], "EPUB/styles/stylesheet1.css", "EPUB/content.opf").decode()
    assert 'src: url("../fonts/noto-serif-cjk-sc-400.woff") format("woff")' in rules
    assert 'font-family: "Noto Serif CJK SC"' in rules
