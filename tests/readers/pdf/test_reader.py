"""The PDF reader end to end: a newspaper page read in reading order, furniture removed and
recorded, the same text whatever the content stream's order, and clear errors for bad PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy import document_blocks
from bench.pdf_corpus import same_pixels
from convert.changes import replay
from convert.errors import InputError
from convert.readers import reader_for
from convert.readers.pdf.reader import read
from convert.run.pipeline import prepare

from .conftest import TITLE, truth


def test_pdf_files_go_to_the_pdf_reader() -> None:
    assert reader_for(Path("a/page.PDF")).name == "pdf"


def test_a_newspaper_page_comes_out_as_its_stories_blocks(newspaper_pdf: Path) -> None:
    prepared = prepare(newspaper_pdf)
    assert prepared.document.title == TITLE
    assert document_blocks(prepared.document) == truth()


def test_furniture_is_removed_and_every_change_says_where_it_was(newspaper_pdf: Path) -> None:
    prepared = prepare(newspaper_pdf)
    assert prepared.normalized is not None
    changes = prepared.normalized.changes
    kinds = {c.kind for c in changes if c.pass_name == "pdf"}
    assert {"running-head", "page-number", "column-join"} <= kinds
    head = next(c for c in changes if c.kind == "running-head")
    assert head.where == "page 1, head" and "2025年6月1日" in head.before
    join = next(c for c in changes if c.kind == "column-join")
    assert join.where.startswith("page 1, column ")
    assert "line" in join.where and "to page 1, column" in join.message
    # the log replays from the reader's text to the result, like any other
    assert replay(prepared.normalized.source, changes) == prepared.normalized.text


def test_the_drawing_order_of_the_text_does_not_matter(
    newspaper_pdf: Path, shuffled_pdf: Path
) -> None:
    assert same_pixels(newspaper_pdf, shuffled_pdf)
    assert read(shuffled_pdf).text == read(newspaper_pdf).text


def test_reading_is_deterministic(newspaper_pdf: Path) -> None:
    first, second = read(newspaper_pdf), read(newspaper_pdf)
    assert (first.text, first.layout, first.places) == (second.text, second.layout, second.places)


def test_a_file_that_is_not_a_pdf_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n this is not a PDF at all")
    with pytest.raises(InputError, match="not a readable PDF") as caught:
        read(path)
    assert caught.value.path == path


def test_an_encrypted_pdf_is_refused_with_what_to_do(newspaper_pdf: Path, tmp_path: Path) -> None:
    pikepdf = pytest.importorskip("pikepdf")
    path = tmp_path / "locked.pdf"
    with pikepdf.open(newspaper_pdf) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="secret", owner="secret"))
    with pytest.raises(InputError, match="encrypted PDF"):
        read(path)


def test_a_scan_without_a_text_layer_is_refused_and_ocr_is_named(tmp_path: Path) -> None:
    from weasyprint import HTML

    image = tmp_path / "scan.png"
    from PIL import Image

    Image.new("RGB", (200, 100), "white").save(image)
    path = tmp_path / "scan.pdf"
    HTML(string=f'<img src="{image.as_uri()}">', base_url=str(tmp_path)).write_pdf(path)
    with pytest.raises(InputError, match=r"no text layer.*OCR"):
        read(path)


def test_a_page_with_nothing_on_it_holds_no_text(tmp_path: Path) -> None:
    from weasyprint import HTML

    path = tmp_path / "blank.pdf"
    HTML(string="<p></p>").write_pdf(path)
    with pytest.raises(InputError, match="holds no text"):
        read(path)


def test_the_time_limit_stops_a_slow_file(newspaper_pdf: Path) -> None:
    with pytest.raises(InputError, match="took longer than"):
        read(newspaper_pdf, time_limit=-1)


def test_check_and_explain_show_page_column_and_line(newspaper_pdf: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from convert.cli import main

    assert main(["explain", str(newspaper_pdf)]) == 0
    out = capsys.readouterr().out
    assert f"{newspaper_pdf}: page 1, head: info: pdf/running-head" in out
    assert main(["check", "--show", "info", str(newspaper_pdf)]) == 0
    assert ": page 1, column " in capsys.readouterr().out


def test_the_review_page_shows_each_page_with_the_changes_boxed(newspaper_pdf: Path) -> None:
    from convert.run.pipeline import render_review

    page = render_review(prepare(newspaper_pdf)).decode("utf-8")
    assert page.count('src="data:image/jpeg;base64,') == 1
    assert 'href="#c1"' in page and "page 1: " in page


def test_the_readers_kinds_are_listed_and_severity_can_name_them(newspaper_pdf: Path) -> None:
    from convert.changes.kinds import READER_KINDS
    from convert.config.settings import settings_from_mapping

    settings = settings_from_mapping({"severity": {"column-join": "warning"}})
    assert settings.severity == {"column-join": "warning"}
    prepared = prepare(newspaper_pdf, severity={"column-join": "warning"})
    assert prepared.normalized is not None
    made = [c for c in prepared.normalized.changes if c.pass_name == "pdf"]
    assert {c.kind for c in made} <= set(READER_KINDS["pdf"])
    assert {c.severity for c in made if c.kind == "column-join"} == {"warning"}
