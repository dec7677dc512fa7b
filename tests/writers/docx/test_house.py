"""The house style's `docx.toml`, read and checked (`convert/writers/docx/house.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.errors import WriterError
from convert.writers import WriteOptions
from convert.writers.docx.house import parse_house_style, read_style_source


def test_unknown_style_key_is_a_writer_error(tmp_path: Path, write_options: WriteOptions) -> None:
    text = write_options.style_for("zh").docx_path.read_text(encoding="utf-8")
    path = tmp_path / "docx.toml"
    path.write_text(text.replace("size = 10.5", "font_size = 10.5"), encoding="utf-8")
    with pytest.raises(WriterError, match="unknown keys"):
        parse_house_style(read_style_source(path), path)


def test_a_style_follows_its_base_to_find_its_family(write_options: WriteOptions) -> None:
    docx_path = write_options.style_for("zh").docx_path
    house = parse_house_style(read_style_source(docx_path), docx_path)
    assert "First Paragraph" not in house.styles  # news-zh indents every paragraph alike
    assert house.family_of("First Paragraph") == house.families["serif"]  # from Body Text
    assert house.family_of("Lead") == house.families["sans"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("page = 1", "malformed DOCX style definition"),
        ("[page]\n[families]\n", "defines no font family"),
        (
            '[page]\n[families.serif]\nlatin = "A"\neast_asian = {}\n[styles.Title]\nfamily = "x"\n',
            "names family 'x'",
        ),
        ('hyphenate = 1\n[page]\n[families.serif]\nlatin = "A"\neast_asian = {}\n', "hyphenate"),
    ],
)
def test_mistakes_name_the_file_and_the_fault(source: str, message: str) -> None:
    with pytest.raises(WriterError, match=message):
        parse_house_style(source, Path("docx.toml"))
