"""The repair passes on text runs: markup held out, edits cut back into their runs, located in
the Markdown, one log that replays over the text view; a clean file changes nothing."""

from __future__ import annotations

from pathlib import Path

from convert.changes import replay
from convert.model import Code, Link, Paragraph, Styled, Text
from convert.normalize.runs import OBJECT, repair_runs
from convert.readers.markdown import read

from ..conftest import FIXTURES

RICH = FIXTURES / "rich"


def _repaired(tmp_path: Path, markdown: str):
    path = tmp_path / "doc.md"
    path.write_text(markdown, encoding="utf-8")
    return repair_runs(read(path))


def test_a_clean_manuscript_changes_nothing() -> None:
    repaired = repair_runs(read(RICH / "clean.md"))
    assert repaired.normalized.changes == ()
    assert repaired.normalized.text == repaired.normalized.source


def test_the_damaged_manuscript_is_repaired_and_located() -> None:
    source = read(RICH / "manuscript.md")
    repaired = repair_runs(source)
    log = repaired.normalized
    assert replay(log.source, log.changes) == log.text
    found = {(c.kind, c.line, c.column) for c in log.changes}
    lines = source.decoded.text.split("\n")
    assert ("cjk-comma", 5, lines[4].index(",") + 1) in found
    assert ("cjk-space", 6, lines[5].index("  ") + 1) in found
    assert ("unwrap", 5, len(lines[4]) + 1) in found  # the line break inside Chinese, joined
    first = repaired.blocks[2]
    assert isinstance(first, Paragraph)
    assert first.text.startswith("这座小城位于大运河东岸，始建于宋代。城墙早已不存，石桥却")
    assert "城中居民" in first.text and "”这是另一种说法" in first.text
    # the markup is where it was, around the same words
    assert [type(i).__name__ for i in first.content][:4] == ["Text", "Styled", "Text", "Styled"]


def test_punctuation_next_to_markup_is_judged_in_its_sentence(tmp_path: Path) -> None:
    repaired = _repaired(tmp_path, "他说*很好*,**真的**!然后离开。\n")
    (paragraph,) = repaired.blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.content == (
        Text("他说"),
        Styled("italic", (Text("很好"),)),
        Text("，"),
        Styled("bold", (Text("真的"),)),
        Text("！然后离开。"),
    )


def test_code_and_urls_are_never_touched(tmp_path: Path) -> None:
    repaired = _repaired(tmp_path, "中文`a,b(c)`中文,见[网站,首页](https://example.org/a,b)。\n")
    (paragraph,) = repaired.blocks
    assert isinstance(paragraph, Paragraph)
    code = next(i for i in paragraph.content if isinstance(i, Code))
    link = next(i for i in paragraph.content if isinstance(i, Link))
    assert code.text == "a,b(c)"
    assert link.url == "https://example.org/a,b"
    assert link.children == (Text("网站，首页"),)  # the link's words are text like any other
    assert OBJECT in repaired.normalized.source


def test_an_edit_reaching_into_markup_is_withheld_and_flagged(tmp_path: Path) -> None:
    # the ellipsis `...` straddles a boundary: `..` is text, the third `.` strong
    repaired = _repaired(tmp_path, "他停了一下..**.** 然后说话。\n")
    (paragraph,) = repaired.blocks
    assert isinstance(paragraph, Paragraph) and paragraph.text == "他停了一下... 然后说话。"
    kinds = [(c.pass_name, c.kind, c.is_flag) for c in repaired.normalized.changes]
    assert kinds == [("markup", "repair-withheld", True)]


def test_list_items_cells_captions_and_notes_are_repaired(tmp_path: Path) -> None:
    markdown = (
        "- 第一项,内容\n\n| 甲 | 乙 |\n|---|---|\n| 一,二 | x |\n\n: 表一:说明\n\n"
        "正文[^1]。\n\n[^1]: 注释,内容。\n"
    )
    repaired = _repaired(tmp_path, markdown)
    texts = [c.after for c in repaired.normalized.changes]
    assert texts.count("，") == 3 and "：" in texts
    assert repaired.notes[0].children[0].text == "注释，内容。"


CUT = "会议强调，要坚持稳中求进工作总基调，*完整*准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，"
WHOLE = "会议指出，今年以来各地区各部门认真贯彻落实党中央决策部署，经济运行总体平稳。"


def test_a_paragraph_cut_in_two_is_joined_with_its_markup(tmp_path: Path) -> None:
    rest = "更好统筹发展和安全[^1]，保持经济运行在合理区间。"
    paragraphs = [WHOLE] * 3 + [CUT, rest] + [WHOLE] * 3
    repaired = _repaired(tmp_path, "\n\n".join(paragraphs) + "\n\n[^1]: 注。\n")
    texts = [b.text for b in repaired.blocks if isinstance(b, Paragraph)]
    assert len(texts) == 7
    assert texts[3].endswith("着力推动高质量发展，更好统筹发展和安全，保持经济运行在合理区间。")
    joined = repaired.blocks[3]
    assert isinstance(joined, Paragraph)
    assert [type(i).__name__ for i in joined.content] == ["Text", "Styled", "Text", "NoteRef", "Text"]
    (join,) = [c for c in repaired.normalized.changes if c.kind == "layout-break"]
    assert (join.line, join.before, join.after) == (7, "\n\n", "")
    log = repaired.normalized
    assert replay(log.source, log.changes) == log.text


def test_list_items_and_finished_paragraphs_are_never_joined(tmp_path: Path) -> None:
    items = "\n".join(f"- {WHOLE}" for _ in range(3)) + f"\n- {CUT}\n\n  更好统筹发展和安全。\n"
    repaired = _repaired(tmp_path, "\n\n".join([WHOLE] * 4) + "\n\n" + items)
    assert not [c for c in repaired.normalized.changes if c.kind == "layout-break"]
