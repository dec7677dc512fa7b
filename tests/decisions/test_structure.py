"""Structure decisions honoured on the document the structure stage built."""

from __future__ import annotations

from convert.config import Config
from convert.decisions import StructureDecision
from convert.decisions.structure import apply_structure, flatten, nest, outline
from convert.model import Paragraph, Section
from convert.structure import build_document

TEXT = (
    "The Harbour Report\n\nWinter ships came in late this year, and the harbour stayed quiet.\n\n"
    "Arrivals\n\nThree ships arrived on Monday, carrying grain from the north.\n\n"
    "Page 3 of 9\n\nThe pilots said the ice had been the worst in a decade.\n"
)


def _doc():  # type: ignore[no-untyped-def]
    return build_document(TEXT, Config(), fallback_title="harbour")


def test_flatten_and_nest_are_inverse() -> None:
    body = (
        Paragraph("lead"),
        Section("A", 1, (Paragraph("a"), Section("A.1", 2, (Paragraph("a1"),)))),
        Section("B", 1, (Paragraph("b"),)),
    )
    assert nest(flatten(body)) == body


def test_heading_paragraph_furniture_and_title() -> None:
    document = _doc()
    assert "Arrivals" in [b.text for b in outline(document) if b.role == "heading"]
    assert "Page 3 of 9" in document.body_text()
    decided, stale = apply_structure(
        document,
        [
            StructureDecision("paragraph", "Arrivals"),
            StructureDecision("furniture", "Page 3 of 9"),
            StructureDecision("heading", "The pilots said the ice had been the worst in a decade."),
            StructureDecision("title", "Harbour news"),
        ],
        "harbour",
    )
    assert stale == (3,)  # no block reads "Harbour news"
    texts = decided.body_text()
    assert "Page 3 of 9" not in texts
    assert not any(s.title == "Arrivals" for s in decided.sections())
    assert [s.title for s in decided.sections()] == [
        "The pilots said the ice had been the worst in a decade."
    ]
    retitled, _ = apply_structure(document, [StructureDecision("title", "Arrivals")], "harbour")
    assert retitled.title == "Arrivals"
    assert retitled.body_text()[0] == document.title  # the old title is kept, as a paragraph
    assert "Arrivals" not in retitled.body_text()


LISTS = (
    "标题\n\n正文增长较快[1]。主要做法：\n\n1. 加强统筹。\n2. 资金保障。\n\n月份\t借出\n三月\t12\n四月\t15\n\n"
    "[1] 资料来源：统计局。\n"
)


def test_lists_tables_and_notes_are_outlined_and_a_decision_gives_their_lines_back() -> None:
    from convert.normalize import normalize

    document = build_document(normalize(LISTS).text, Config(), fallback_title="x")
    roles = [(b.role, b.text) for b in outline(document)]
    assert ("list", "1. 加强统筹。\n2. 资金保障。") in roles  # the lines as the text had them
    assert ("table", "月份\t借出\n三月\t12\n四月\t15") in roles
    assert ("note", "[1] 资料来源：统计局。") in roles
    decided, stale = apply_structure(
        document,
        [
            StructureDecision("paragraph", "1.加强统筹。\n2.资金保障。"),  # spaces do not count
            StructureDecision("furniture", "月份\t借出\n三月\t12\n四月\t15"),
            StructureDecision("paragraph", "[1] 资料来源：统计局。"),
            StructureDecision("table", "正文增长较快[1]。主要做法："),  # no table has this text
        ],
        "x",
    )
    assert stale == (3,)
    assert decided.body_text() == [
        "正文增长较快[1]。主要做法：",
        "1. 加强统筹。",
        "2. 资金保障。",
        "[1] 资料来源：统计局。",
    ]
    assert not decided.notes
    kept, _ = apply_structure(
        document, [StructureDecision("list", "1.加强统筹。\n2.资金保障。")], "x"
    )
    assert kept == document  # a list decided a list: as it was
