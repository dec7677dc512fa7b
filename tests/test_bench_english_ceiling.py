"""bench/english_ceiling.py: Galley's blocks cut again at the paragraph ends the PDF prints."""

from __future__ import annotations

from bench.english_ceiling import reblocked


def test_galley_s_joins_and_splits_give_way_to_the_pdf_s_paragraphs() -> None:
    blocks = ["One ends here. Two goes", "on here.", "Three."]
    chunk = "One ends here.\n\nTwo goes\non here. Three."
    assert reblocked(blocks, chunk) == ["One ends here.", "Two goes on here. Three."]


def test_a_page_s_closing_blank_line_is_no_paragraph_end() -> None:
    blocks = ["A line that wraps onto the next page."]
    chunk = "A line that\n\n\fwraps onto the next page."
    assert reblocked(blocks, chunk) == blocks
    opened = "A line.\n\n\f\nA new paragraph."
    assert reblocked(["A line. A new paragraph."], opened) == ["A line.", "A new paragraph."]


def test_galley_s_break_stands_before_a_word_it_repaired() -> None:
    blocks = ["The dining-parlour.", "Bingley's here."]
    chunk = "The dining-parlour.\nBingleys here."
    assert reblocked(blocks, chunk) == blocks
    assert reblocked(["The dining-parlour.", "Bingleys here."], chunk) == [
        "The dining-parlour. Bingleys here."
    ]
