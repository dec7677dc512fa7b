"""Finding inputs: folders walked, globs expanded, the input tree mirrored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from convert.cli import main
from convert.errors import UsageError
from convert.run.inputs import collect_inputs, local_path

from ..support.texts import ZH


def test_collect_inputs_mirrors_folders_and_expands_globs(tmp_path: Path) -> None:
    (tmp_path / "in" / "x" / "y").mkdir(parents=True)
    for name in ("in/a.txt", "in/x/b.txt", "in/x/y/c.md", "in/x/y/d.txt"):
        (tmp_path / name).write_text("t", encoding="utf-8")
    found = collect_inputs([tmp_path / "in"])
    assert [(i.path.name, str(i.subdir)) for i in found] == [
        ("a.txt", "."),
        ("b.txt", "x"),
        ("d.txt", "x/y"),
    ]
    globbed = collect_inputs([str(tmp_path / "in" / "x" / "**" / "*.md")], (".md",))
    assert [(i.path.name, str(i.subdir)) for i in globbed] == [("c.md", "y")]


def test_an_output_folder_inside_an_input_folder_is_not_walked(tmp_path: Path) -> None:
    (tmp_path / "in" / "x").mkdir(parents=True)
    for name in ("in/a.txt", "in/x/b.txt"):
        (tmp_path / name).write_text("t", encoding="utf-8")
    (tmp_path / "in" / "out" / "x").mkdir(parents=True)
    (tmp_path / "in" / "out" / "a.review.txt").write_text("t", encoding="utf-8")
    (tmp_path / "in" / "out" / "x" / "b.txt").write_text("t", encoding="utf-8")
    for args in ([tmp_path / "in"], [str(tmp_path / "in" / "**" / "*.txt")], [str(tmp_path / "*")]):
        found = collect_inputs(args, skip=tmp_path / "in" / "out")
        assert [i.path.relative_to(tmp_path).as_posix() for i in found] == [
            "in/a.txt",
            "in/x/b.txt",
        ]
    # a file named on its own is taken; an output folder that is the input folder is not skipped
    named = tmp_path / "in" / "out" / "x" / "b.txt"
    assert [i.path for i in collect_inputs([named], skip=named.parent)] == [named]
    assert len(collect_inputs([tmp_path / "in"], skip=tmp_path / "in")) == 4


def test_converting_twice_into_a_folder_inside_the_input_reads_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b.txt").write_text(ZH, encoding="utf-8")
    argv = ["convert", str(tmp_path / "in"), "-o", str(tmp_path / "in" / "review")]
    argv += ["--ext", ".txt,.html", "-t", "xml", "-j", "1"]
    assert main(argv) == 0
    assert main([*argv, "--force"]) == 0
    written = sorted(p.relative_to(tmp_path / "in").as_posix() for p in tmp_path.rglob("*.*"))
    assert written == [
        "b.txt",
        "review/.galley-manifest.json",
        "review/b.repairs.json",
        "review/b.review.html",
        "review/b.xml",
        "review/index.html",  # the batch index
    ]
    assert "1 converted" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("given", "path"),
    [
        ("file:///data/in", "/data/in"),
        ("file://localhost/data/my%20in/*.txt", "/data/my in/*.txt"),
        ("FILE:///data/in", "/data/in"),
        ("in/a.txt", "in/a.txt"),  # not URLs: as given
        ("C://in", "C://in"),
        ("-", "-"),
    ],
)
def test_a_file_url_is_its_local_path(given: str, path: str) -> None:
    assert local_path(given) == path


@pytest.mark.parametrize("given", ["s3://b/in", "gs://b/x.txt", "memory://x", "file://host/in"])
def test_other_urls_are_refused_by_name(given: str) -> None:
    with pytest.raises(UsageError, match=f"^{re.escape(given)}: "):
        local_path(given)


def test_a_url_output_without_its_filesystem_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o s3://b/out` was the local folder `s3:/b/out`, filled without a word; now a URL fsspec
    cannot open is a usage error naming it (the store itself: tests/run/test_stores.py)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Title\n\nA paragraph.\n", "utf-8")
    assert main(["convert", "a.txt", "-o", "nosuch://bucket/out", "-t", "xml"]) == 2
    err = capsys.readouterr().err
    assert "nosuch://bucket/out: fsspec knows no nosuch:// filesystem" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    url = (tmp_path / "a.txt").as_uri()
    assert main(["convert", url, "-o", (tmp_path / "o").as_uri(), "-t", "xml"]) == 0
    assert (tmp_path / "o" / "a.xml").is_file()
