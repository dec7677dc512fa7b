"""A repaired rich draft to the model: the title, sections nested by heading level, languages,
and nothing the JATS profile cannot hold."""

from __future__ import annotations

from convert.model import ListBlock, Note, Paragraph, Section, Styled, Text
from convert.readers.rich import Heading
from convert.structure.rich import build_rich_document


def _h(level: int, text: str) -> Heading:
    return Heading(level, (Text(text),))


def test_a_lone_opening_h1_is_the_title_and_sections_move_up() -> None:
    doc = build_rich_document(
        (
            _h(1, "标题"),
            _h(2, "第一节"),
            Paragraph("正文一。"),
            _h(3, "小节"),
            Paragraph("正文二。"),
            _h(2, "第二节"),
            Paragraph("正文三。"),
        ),
        (),
    )
    assert doc.title == "标题" and doc.lang == "zh-CN"
    assert [(s.title, s.level) for s in doc.sections()] == [
        ("第一节", 1),
        ("小节", 2),
        ("第二节", 1),
    ]
    first = doc.body[0]
    assert isinstance(first, Section) and first.children[0] == Paragraph("正文一。")


def test_two_h1s_are_sections_and_the_file_names_the_article() -> None:
    doc = build_rich_document(
        (_h(1, "One"), Paragraph("Text of one here."), _h(1, "Two"), Paragraph("More text.")),
        (),
        fallback_title="notes",
    )
    assert doc.title == "notes"
    assert [s.title for s in doc.sections()] == ["One", "Two"]


def test_metadata_title_wins_and_skipped_levels_nest() -> None:
    doc = build_rich_document((_h(1, "A"), _h(4, "deep"), Paragraph("x")), (), "Meta")
    assert doc.title == "Meta"
    assert [(s.title, s.level) for s in doc.sections()] == [("A", 1), ("deep", 2)]


def test_empty_blocks_are_dropped_and_markup_kept() -> None:
    bold = Paragraph.of((Text("a "), Styled("bold", (Text("b"),))))
    doc = build_rich_document(
        (Paragraph(""), _h(2, " "), bold, ListBlock(False, ((Paragraph(" "),),))),
        (Note("fn1", "1", (Paragraph(""),)),),
        fallback_title="t",
    )
    assert doc.body == (Paragraph.of(bold.inlines),)
    assert doc.notes[0].children == (Paragraph("1"),)


def test_a_paragraph_in_another_language_is_tagged() -> None:
    doc = build_rich_document(
        (
            Paragraph("这是一篇中文文章的第一段，内容很长。" * 3),
            Paragraph("This paragraph is written in English, quite long enough."),
        ),
        (),
    )
    assert doc.lang == "zh-CN" and [p.lang for p in doc.paragraphs()] == [None, "en"]
