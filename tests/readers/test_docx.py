"""The DOCX reader: the package checked before pandoc reads it, tracked changes and external
relationships reported, runs located as paragraph and character, images from the package."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from convert.errors import InputError
from convert.model import Figure, Paragraph, walk_blocks
from convert.readers.docx import MAX_UNPACKED, read
from convert.readers.rich import SourcedText

from ..conftest import FIXTURES

MANUSCRIPT = FIXTURES / "rich" / "manuscript.docx"


def edited(tmp_path: Path, changes: dict[str, bytes]) -> Path:
    """The manuscript with members replaced (or added)."""
    source = zipfile.ZipFile(MANUSCRIPT)
    out = io.BytesIO()
    members = {n: source.read(n) for n in source.namelist()}
    members.update(changes)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member, data in members.items():
            target.writestr(member, data)
    path = tmp_path / "edited.docx"
    path.write_bytes(out.getvalue())
    return path


def test_the_manuscript_reads_with_every_block_and_its_picture() -> None:
    source = read(MANUSCRIPT)
    kinds = {type(b).__name__ for b in walk_blocks(source.blocks)}  # type: ignore[arg-type]
    assert {"Paragraph", "ListBlock", "Quote", "Table", "Figure"} <= kinds
    figure = next(b for b in walk_blocks(source.blocks) if isinstance(b, Figure))  # type: ignore[arg-type]
    assert source.media[figure.src].startswith(b"\x89PNG")
    assert [n.label for n in source.notes] == ["1", "2"]
    assert source.notices == ()


def test_runs_are_located_by_paragraph_and_character() -> None:
    source = read(MANUSCRIPT)
    paragraph = next(b for b in source.blocks if isinstance(b, Paragraph) and "始建" in b.text)
    run = paragraph.content[0]
    assert isinstance(run, SourcedText) and run.offsets
    assert source.locate is not None
    line, column = source.locate(run.offsets[run.text.index("始建")])
    paragraphs = source.decoded.text.split("\n")
    assert paragraphs[line - 1][column - 1 : column + 1] == "始建"


def test_tracked_changes_are_accepted_and_reported(tmp_path: Path) -> None:
    xml = zipfile.ZipFile(MANUSCRIPT).read("word/document.xml").decode()
    old = '<w:t xml:space="preserve">城市概况</w:t></w:r>'
    assert old in xml
    tracked = xml.replace(
        old,
        old + '<w:ins w:id="901" w:author="Editor A" w:date="2026-01-01T00:00:00Z"><w:r>'
        '<w:t>（新增）</w:t></w:r></w:ins><w:del w:id="902" w:author="Editor B" '
        'w:date="2026-01-01T00:00:00Z"><w:r><w:delText>删掉的字</w:delText></w:r></w:del>',
    )
    source = read(edited(tmp_path, {"word/document.xml": tracked.encode()}))
    notices = {(n.kind, n.quote) for n in source.notices}
    assert ("tracked-insertion", "（新增）") in notices
    assert ("tracked-deletion", "删掉的字") in notices
    headings = [b for b in source.blocks if not isinstance(b, Paragraph)]
    texts = " ".join(str(getattr(b, "content", "")) for b in headings)
    assert "新增" in texts and "删掉的字" not in texts


def test_external_relationships_are_reported_not_fetched(tmp_path: Path) -> None:
    rels = zipfile.ZipFile(MANUSCRIPT).read("word/_rels/document.xml.rels").decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/attachedTemplate" Id="rId99" Target="http://evil.example/t.dotm" '
        'TargetMode="External" /></Relationships>',
    )
    source = read(edited(tmp_path, {"word/_rels/document.xml.rels": rels.encode()}))
    assert [(n.kind, n.quote) for n in source.notices] == [
        ("external-resource", "http://evil.example/t.dotm")
    ]


def test_a_zip_bomb_is_refused_before_pandoc(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        bomb.writestr("word/document.xml", b"\0" * (MAX_UNPACKED // 64))
    path = tmp_path / "bomb.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(InputError, match="zip bomb"):
        read(path)


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", "an HTML page"),
        (b"%PDF-1.7\n", "a PDF document"),
        (b"just some text\n", "text"),
        (b"PK\x03\x04not really a zip", "damaged zip"),
    ],
)
def test_content_that_is_not_a_word_document_is_named(
    tmp_path: Path, content: bytes, complaint: str
) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(content)
    with pytest.raises(InputError, match=complaint):
        read(path)


def test_an_epub_named_docx_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as epub:
        epub.writestr("mimetype", "application/epub+zip")
        epub.writestr("EPUB/content.opf", "<package/>")
    path = tmp_path / "book.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(InputError, match="an EPUB"):
        read(path)


def test_galleys_own_docx_reads_back_to_the_same_article(tmp_path: Path) -> None:
    """A DOCX of another producer than pandoc (Galley's writer: Title style, footnotes part,
    numbering, a picture part named image1.png) gives the article it was written from."""
    from convert.run.pipeline import prepare, render
    from convert.writers import WriteOptions

    original = prepare(FIXTURES / "rich" / "manuscript.md").document
    path = tmp_path / "again.docx"
    path.write_bytes(
        render(prepare(FIXTURES / "rich" / "manuscript.md"), ["docx"], WriteOptions())["docx"]
    )
    again = prepare(path).document
    assert again.title == original.title
    assert again.body_text() == original.body_text()
    assert [s.title for s in again.sections()] == [s.title for s in original.sections()]
    assert list(again.media.values()) == list(original.media.values())
