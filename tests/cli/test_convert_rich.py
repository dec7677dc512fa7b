"""`galley convert` of rich inputs, in-process: a clean Markdown file changes no text at all;
DOCX repairs are located as paragraph and character with a quote."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from lxml import etree

from convert.cli import main

from ..conftest import FIXTURES

RICH = FIXTURES / "rich"


def test_a_clean_markdown_file_changes_no_text(tmp_path: Path) -> None:
    for name in ("clean.md", "fig1.png"):
        shutil.copy(RICH / name, tmp_path / name)
    out = tmp_path / "out"
    assert main(["convert", str(tmp_path / "clean.md"), "-o", str(out), "-t", "xml,html"]) == 0
    log = json.loads((out / "clean.repairs.json").read_text(encoding="utf-8"))
    assert log["changes"] == []
    jats = etree.parse(str(out / "clean.xml"))
    text = "".join(jats.getroot().find("body").itertext())
    source = (RICH / "clean.md").read_text(encoding="utf-8")
    for sentence in ("这座小城位于大运河东岸，始建于宋代。", "costing 1,000 yuan", "the bridge stays."):
        assert sentence in source and sentence in text


def test_docx_changes_name_paragraph_and_character_with_a_quote(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(RICH / "manuscript.docx"), "-o", str(out), "-t", "xml"]) == 0
    log = json.loads((out / "manuscript.repairs.json").read_text(encoding="utf-8"))
    first = log["changes"][0]
    assert (first["line"], first["column"]) == (3, 12)
    assert "paragraph 3, character 12: “…于大运河东岸,始建于" in first["message"]
