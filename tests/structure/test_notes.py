"""Note lines at the end made notes, and their calls links, only when both are there."""

from __future__ import annotations

from convert.config import Config
from convert.model import NoteRef, Paragraph, Text
from convert.normalize import normalize
from convert.structure import build_document
from convert.structure.notes import Linker, note_line, split_notes


def test_note_line_forms() -> None:
    assert note_line("[1] 资料来源：国家统计局。") is not None
    assert note_line("［2］数据截至上月底。").key == "2"  # type: ignore[union-attr]
    assert note_line("注3：本文有删节。").key == "3"  # type: ignore[union-attr]
    assert note_line("②相关报道见第3版。").key == "②"  # type: ignore[union-attr]
    assert note_line("注：本文有删节。") is None  # no number: no call can name it
    assert note_line("[1]") is None


def test_notes_are_taken_only_when_every_one_is_called() -> None:
    body = ["正文增长[1]。", "后文②。", "[1] 甲。", "② 乙。"]
    rest, notes = split_notes(body)
    assert rest == ["正文增长[1]。", "后文②。"] and sorted(notes) == ["1", "②"]
    uncalled = ["正文增长[1]。", "[1] 甲。", "[2] 乙。"]
    assert split_notes(uncalled) == (uncalled, {})  # [2] is called nowhere: both stay text
    assert split_notes(["[1] 甲。"]) == (["[1] 甲。"], {})  # a note with nothing before it


def test_a_call_becomes_a_link_once() -> None:
    _, notes = split_notes(["甲[1]，乙[1]。", "[1] 注。"])
    linker = Linker(notes, "zh-CN")
    paragraph = linker.paragraph("甲[1]，乙[1]。")
    assert paragraph.inlines == (Text("甲"), NoteRef("fn1", "[1]"), Text("，乙[1]。"))
    assert paragraph.text == "甲，乙[1]。"
    assert linker.paragraph("丙[2]。") == Paragraph("丙[2]。")  # no such note: text
    [note] = linker.notes()
    assert (note.id, note.label, note.children) == ("fn1", "[1]", (Paragraph("注。"),))


def test_a_document_with_notes() -> None:
    text = "标题\n\n正文说明增长较快[1]。\n\n[1] 资料来源：国家统计局。\n"
    doc = build_document(normalize(text).text, Config())
    assert [n.label for n in doc.notes] == ["[1]"]
    assert doc.body[-1] == Paragraph.of(
        (Text("正文说明增长较快"), NoteRef("fn1", "[1]"), Text("。"))
    )
