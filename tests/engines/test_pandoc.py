"""Which pandoc Galley runs, and how its failures reach the user (`convert/engines/pandoc.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from convert.engines import pandoc
from convert.errors import WriterError

JATS = b"<article><front><article-meta><title-group><article-title>T</article-title>"
JATS += b"</title-group></article-meta></front><body><p>x</p></body></article>"


@pytest.fixture(autouse=True)
def fresh_search() -> Iterator[None]:
    """Each test finds pandoc afresh, and leaves no answer of its own behind."""
    pandoc.pandoc_path.cache_clear()
    yield
    pandoc.pandoc_path.cache_clear()


def test_pandoc_is_the_bundled_one_unless_overridden(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import pypandoc

    monkeypatch.delenv("PYPANDOC_PANDOC", raising=False)
    assert Path(pandoc.pandoc_path()) == Path(pypandoc.__file__).parent / "files" / "pandoc"
    fake = tmp_path / "pandoc"
    monkeypatch.setenv("PYPANDOC_PANDOC", str(fake))
    pandoc.pandoc_path.cache_clear()
    assert pandoc.pandoc_path() == str(fake)


def test_a_failing_pandoc_is_a_writer_error_with_its_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "pandoc"
    fake.write_text("#!/bin/sh\necho 'JATS reader: boom' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PYPANDOC_PANDOC", str(fake))
    with pytest.raises(WriterError, match=r"exit 3\): JATS reader: boom"):
        pandoc.run_pandoc(JATS, [])
    monkeypatch.setenv("PYPANDOC_PANDOC", str(tmp_path / "missing"))
    pandoc.pandoc_path.cache_clear()
    with pytest.raises(WriterError, match="pandoc could not write the EPUB"):
        pandoc.run_pandoc(JATS, [])


def test_jats_that_is_not_utf8_is_refused_before_pandoc_runs() -> None:
    with pytest.raises(WriterError, match="not UTF-8"):
        pandoc.run_pandoc("<article>é</article>".encode("latin-1"), [])


def test_pandoc_writes_an_epub_on_stdout() -> None:
    assert pandoc.run_pandoc(JATS, ["--metadata=title=T"]).startswith(b"PK")
