"""The READERS registry: JATS for .xml/.jats, Markdown for .md/.markdown, text for every other
suffix."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.config.settings import DEFAULT_EXTENSIONS
from convert.model import Document
from convert.readers import READERS, reader_for
from convert.readers.encodings import Decoded

from ..conftest import FIXTURES


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.xml", "jats"), ("a.JATS", "jats"), ("a.txt", "text"), ("a.md", "markdown"),
     ("a.Markdown", "markdown"), ("a.rst", "text"), ("a", "text")],
)
def test_the_suffix_chooses_the_reader(name: str, expected: str) -> None:
    assert reader_for(Path(name)).name == expected


def test_text_is_normalized_and_jats_is_not() -> None:
    assert READERS["text"].normalized and not READERS["jats"].normalized
    assert READERS["text"].suffixes == DEFAULT_EXTENSIONS


def test_each_reader_gives_what_its_row_says(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("标题\n\n正文。\n", encoding="utf-8")
    assert isinstance(reader_for(text).read(text), Decoded)
    jats = FIXTURES / "minimal-zh.xml"
    document = reader_for(jats).read(jats)
    assert isinstance(document, Document) and document.jats
