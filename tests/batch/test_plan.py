"""Batch planning: outputs that collide or overwrite an input are refused file by file."""

from __future__ import annotations

from pathlib import Path

from convert.batch.plan import plan
from convert.run.inputs import Input

from . import convert_job


def test_outputs_that_collide_or_overwrite_an_input_are_refused_file_by_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("标题\n\n正文。", encoding="utf-8")
    (tmp_path / "a.text").write_text("标题\n\n正文。", encoding="utf-8")
    (tmp_path / "b.xml").write_text("<article/>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("标题\n\n正文。", encoding="utf-8")
    inputs = [Input(tmp_path / n) for n in ("a.txt", "a.text", "b.xml", "b.txt")]
    result = plan(inputs, tmp_path, convert_job())
    assert [t.display for t in result.tasks] == [str(tmp_path / "a.txt")]
    errors = [r.error for r in result.refused]
    assert "would overwrite those of" in errors[0] and "a.text" in errors[0]
    assert all("would overwrite the input" in e for e in errors[1:])  # b.xml, and b.txt's b.xml
