"""The prepared DOCX template and its copy in the cache folder (`convert/writers/docx/template.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.model import Document
from convert.writers import WriteOptions
from convert.writers.docx import render, template
from convert.writers.docx.house import read_style_source


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: str) -> None:
    """A cache folder of the test's own, and no template remembered by this process."""
    monkeypatch.setenv("GALLEY_CACHE_DIR", folder)
    template.prepared_template.cache_clear()


def _prepare(options: WriteOptions, lang: str | None = "zh-Hans") -> template.Template:
    path = options.style_for("zh").docx_path
    return template.prepared_template(path, read_style_source(path), lang)


def _no_build(*_: object) -> template.Template:
    raise AssertionError("built again: the cached copy was not used")


def test_the_cached_template_is_the_built_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, write_options: WriteOptions
) -> None:
    _fresh(monkeypatch, str(tmp_path))
    built = _prepare(write_options)
    (stored,) = tmp_path.glob("docx-template-*.docx")
    _fresh(monkeypatch, str(tmp_path))
    monkeypatch.setattr(template, "_build", _no_build)
    read = _prepare(write_options)
    assert read == built  # the same package bytes, house style and style ids
    assert stored.stat().st_size > len(built.package)


def test_a_damaged_copy_is_built_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, write_options: WriteOptions
) -> None:
    _fresh(monkeypatch, str(tmp_path))
    built = _prepare(write_options)
    (stored,) = tmp_path.glob("docx-template-*.docx")
    for damaged in (b"", stored.read_bytes()[:-100], b"PK" + stored.read_bytes()):
        stored.write_bytes(damaged)
        _fresh(monkeypatch, str(tmp_path))
        assert _prepare(write_options) == built
        assert stored.read_bytes() != damaged  # and stored again


def test_the_key_covers_the_style_the_language_and_the_code(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    key = template._cache_key("[page]", "zh-Hans")
    assert key is not None
    assert template._cache_key("[page]", "zh-Hant") != key
    assert template._cache_key("[page] ", "zh-Hans") != key
    for name in template.BUILDERS:
        (tmp_path / name).write_bytes((Path(template.__file__).parent / name).read_bytes())
    monkeypatch.setattr(template, "__file__", str(tmp_path / "template.py"))
    assert template._cache_key("[page]", "zh-Hans") == key  # the same code, elsewhere
    with (tmp_path / "oxml.py").open("a") as module:
        module.write("\n# an edit\n")
    assert template._cache_key("[page]", "zh-Hans") not in (key, None)
    (tmp_path / "house.py").unlink()
    assert template._cache_key("[page]", "zh-Hans") is None  # no source: no cache


def test_no_cache_folder_builds_every_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, write_options: WriteOptions
) -> None:
    _fresh(monkeypatch, "")
    monkeypatch.chdir(tmp_path)
    assert _prepare(write_options).package.startswith(b"PK")
    assert list(tmp_path.iterdir()) == []


def test_a_docx_from_the_cached_template_is_byte_identical(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    minimal_doc: Document,
    write_options: WriteOptions,
) -> None:
    _fresh(monkeypatch, "")
    uncached = render(minimal_doc, write_options)
    _fresh(monkeypatch, str(tmp_path))
    assert render(minimal_doc, write_options) == uncached  # built, then stored
    _fresh(monkeypatch, str(tmp_path))
    monkeypatch.setattr(template, "_build", _no_build)
    assert render(minimal_doc, write_options) == uncached  # read back


def test_the_template_is_the_same_bytes_whatever_the_clock(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, write_options: WriteOptions
) -> None:
    """python-docx dates its zip members by the clock; the template must not carry that."""
    import time

    built = []
    for moment in (1_000_000_000.0, 1_700_000_123.0):
        _fresh(monkeypatch, str(tmp_path / str(int(moment))))
        monkeypatch.setattr(time, "time", lambda moment=moment: moment)
        built.append(_prepare(write_options).package)
    assert built[0] == built[1]
