"""The Markdown reader: pandoc's AST with source positions, to a draft whose runs know their
offsets; raw HTML, remote and outside images are dropped and reported; captions and figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.errors import InputError
from convert.model import Code, Figure, Link, ListBlock, NoteRef, Paragraph, Quote, Styled, Table
from convert.readers import reader_for
from convert.readers.markdown import read
from convert.readers.rich import Heading, SourcedText

from ..conftest import FIXTURES

MANUSCRIPT = FIXTURES / "rich" / "manuscript.md"


def _write(tmp_path: Path, text: str, name: str = "doc.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_suffixes_pick_the_markdown_reader() -> None:
    assert reader_for(Path("a.md")).name == reader_for(Path("b.MARKDOWN")).name == "markdown"


def test_every_text_run_knows_where_it_came_from() -> None:
    source = read(MANUSCRIPT)
    text = source.decoded.text
    runs: list[SourcedText] = []

    def collect(inlines) -> None:
        for inline in inlines:
            if isinstance(inline, SourcedText):
                runs.append(inline)
            elif isinstance(inline, Styled | Link):
                collect(inline.children)

    for block in source.blocks:
        if isinstance(block, Paragraph | Heading):
            collect(block.content)
    assert len(runs) > 8
    for run in runs:
        assert len(run.offsets) == len(run.text) + 1
        for char, offset in zip(run.text, run.offsets, strict=False):
            # (a soft break's character stands near the newline it came from)
            assert text[offset] == char or char in " \n"


def test_blocks_of_the_manuscript() -> None:
    source = read(MANUSCRIPT)
    kinds = [type(b).__name__ for b in source.blocks]
    assert kinds == [
        "Heading", "Heading", "Paragraph", "Paragraph", "Heading",
        "ListBlock", "Quote", "Table", "Figure",
    ]  # fmt: skip
    chinese = source.blocks[2]
    assert isinstance(chinese, Paragraph)
    assert [type(i).__name__ for i in chinese.content] == [
        "SourcedText",
        "Styled",
        "SourcedText",
        "Styled",
        "SourcedText",
        "NoteRef",
        "SourcedText",
    ]
    assert "\n" in chinese.text  # the soft break inside Chinese, left for the repairs
    english = source.blocks[3]
    assert isinstance(english, Paragraph) and "\n" not in english.text  # a space in English
    assert any(isinstance(i, Code) for i in english.content)
    table = source.blocks[7]
    assert isinstance(table, Table) and table.caption[0].text == "表一:主要街道的长度"
    figure = source.blocks[8]
    assert isinstance(figure, Figure) and figure.alt.startswith("石桥的照片")
    assert source.media["fig1.png"].startswith(b"\x89PNG")
    assert [n.label for n in source.notes] == ["1", "2"]
    nested = source.blocks[5]
    assert isinstance(nested, ListBlock) and isinstance(nested.items[0][1], ListBlock)
    assert isinstance(source.blocks[6], Quote)
    assert source.notices == ()
    text = source.decoded.text
    column = text.split("\n")[4].index("城中") + 1
    assert source.locate is not None and source.locate(text.index("城中")) == (5, column)


def test_raw_html_is_dropped_and_reported(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "Hi <b>bold</b>.\n\n<script>alert(1)</script>\n\n<img src=x onerror=y>\n"
    )
    source = read(path)
    texts = [b.text for b in source.blocks if isinstance(b, Paragraph)]
    assert texts == ["Hi bold."]
    assert {n.kind for n in source.notices} == {"raw-markup"}
    assert any("script" in n.quote for n in source.notices)


@pytest.mark.parametrize(
    "src",
    ["https://example.org/x.png", "../outside.png", "/etc/passwd", "missing.png", "notes.txt"],
)
def test_images_from_elsewhere_are_not_read(tmp_path: Path, src: str) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    (tmp_path / "outside.png").write_bytes((FIXTURES / "rich" / "fig1.png").read_bytes())
    (inner / "notes.txt").write_text("not an image")
    source = read(_write(inner, f"![alt]({src})\n"))
    assert source.media == {}
    (figure,) = source.blocks
    assert isinstance(figure, Figure) and figure.alt == "alt"
    assert [n.kind for n in source.notices] == ["image-not-read"]


def test_an_inline_image_keeps_its_description(tmp_path: Path) -> None:
    source = read(_write(tmp_path, "See ![a map](fig.png) here.\n"))
    (paragraph,) = source.blocks
    assert isinstance(paragraph, Paragraph) and paragraph.text == "See a map here."
    assert [n.kind for n in source.notices] == ["inline-image"]


def test_notes_are_numbered_in_call_order(tmp_path: Path) -> None:
    source = read(_write(tmp_path, "B[^b] then A[^a].\n\n[^a]: note a\n[^b]: note b\n"))
    (paragraph,) = source.blocks
    assert isinstance(paragraph, Paragraph)
    refs = [i for i in paragraph.content if isinstance(i, NoteRef)]
    assert [(r.note, r.label) for r in refs] == [("fn1", "1"), ("fn2", "2")]
    assert [n.children[0].text for n in source.notes] == ["note b", "note a"]


def test_binary_content_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes((FIXTURES / "rich" / "fig1.png").read_bytes())
    with pytest.raises(InputError):
        read(path)


def test_what_a_cell_cannot_hold_keeps_its_text(tmp_path: Path) -> None:
    source = read(_write(tmp_path, "| a |\n|---|\n| ![in a cell](x.png) |\n\nTerm\n: Its definition\n"))
    table, terms = source.blocks
    assert isinstance(table, Table) and table.rows[0][0][0].text == "in a cell"
    assert isinstance(terms, ListBlock)  # a definition list: never joined to what follows
    assert "flattened" in {n.kind for n in source.notices}
