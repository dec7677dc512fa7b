"""The HTML reader: what never survives is reported with its line, runs are located in the
page's lines, images only from the page's folder or the page itself."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from convert.errors import InputError
from convert.model import Figure, Link, Paragraph
from convert.readers import reader_for
from convert.readers.html import read
from convert.readers.rich import SourcedText

from ..conftest import FIXTURES

MANUSCRIPT = FIXTURES / "rich" / "manuscript.html"
PNG = (FIXTURES / "rich" / "fig1.png").read_bytes()


def _page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(
        f"<!DOCTYPE html><html><head><title>T</title></head><body>\n{body}\n</body></html>"
    )
    return path


def test_suffixes_pick_the_html_reader() -> None:
    assert reader_for(Path("a.html")).name == reader_for(Path("a.HTM")).name == "html"


def test_scripts_styles_and_handlers_are_reported_with_their_lines() -> None:
    source = read(MANUSCRIPT)
    removed = [(n.quote, source.locate(n.offset)[0]) for n in source.notices  # type: ignore[misc]
               if n.kind == "html-removed"]  # fmt: skip
    assert removed == [("style", 6), ("script", 7), ("onclick", 14), ("script", 50)]


def test_runs_are_located_in_the_page() -> None:
    source = read(MANUSCRIPT)
    paragraph = next(b for b in source.blocks if isinstance(b, Paragraph) and "始建" in b.text)
    run = paragraph.content[0]
    assert isinstance(run, SourcedText) and source.locate is not None
    line, column = source.locate(run.offsets[run.text.index("始建")])
    assert source.decoded.text.split("\n")[line - 1][column - 1 : column + 1] == "始建"


def test_unsafe_links_and_remote_images_do_not_survive(tmp_path: Path) -> None:
    page = _page(
        tmp_path,
        '<p>A <a href="javascript:alert(1)">bad</a> and <a href="https://ok.example">good</a>.</p>'
        '<figure><img src="https://evil.example/t.png" alt="remote"></figure>'
        f'<figure><img src="data:image/png;base64,{base64.b64encode(PNG).decode()}" alt="inline">'
        "</figure>",
    )
    source = read(page)
    paragraph = source.blocks[0]
    assert isinstance(paragraph, Paragraph)
    assert [i.url for i in paragraph.content if isinstance(i, Link)] == ["https://ok.example"]
    assert "bad" in paragraph.text
    figures = [b for b in source.blocks if isinstance(b, Figure)]
    assert [f.alt for f in figures] == ["remote", "inline"]
    assert list(source.media.values()) == [PNG]
    kinds = sorted(n.kind for n in source.notices)
    assert kinds == ["image-not-read", "link-dropped"]


def test_a_page_without_tags_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.html"
    path.write_text("Just a line of text.\n")
    with pytest.raises(InputError, match="no HTML tags"):
        read(path)


def test_galleys_own_page_reads_back_to_the_same_article(tmp_path: Path) -> None:
    """Galley's HTML (notes after the article, the image as a data: URI, its style sheets)
    gives the article it was written from; only the style sheets are reported."""
    from convert.run.pipeline import prepare, render
    from convert.writers import WriteOptions

    original = prepare(FIXTURES / "rich" / "manuscript.md").document
    path = tmp_path / "again.html"
    path.write_bytes(
        render(prepare(FIXTURES / "rich" / "manuscript.md"), ["html"], WriteOptions())["html"]
    )
    source = read(path)
    assert {n.quote for n in source.notices} == {"style"}
    again = prepare(path).document
    assert (again.title, again.body_text()) == (original.title, original.body_text())
    assert list(again.media.values()) == list(original.media.values())
