"""Finding inputs: folders walked, globs expanded, the input tree mirrored."""

from __future__ import annotations

from pathlib import Path

from convert.run.inputs import collect_inputs


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
