"""The body: headings and paragraphs in sections."""

from __future__ import annotations

import pytest

from convert.model import Document, Paragraph, Section
from convert.normalize import normalize
from convert.structure import build_document

from .conftest import DISTRICTS


def test_seed_sections_and_paragraphs(seed_doc: Document) -> None:
    lead = seed_doc.body[0]
    assert isinstance(lead, Paragraph) and lead.kind == "lead" and lead.text.startswith("昨天上午")
    top = [item for item in seed_doc.body if isinstance(item, Section)]
    assert [s.title for s in top] == [d + "总工会" for d in DISTRICTS]
    for section in top:
        (headline,) = section.children
        assert isinstance(headline, Section) and headline.level == 2
        assert all(isinstance(p, Paragraph) for p in headline.children)
    assert top[5].children[0].title == "更加坚定永远跟党走的信心和决心"  # type: ignore[union-attr]
    assert len(seed_doc.paragraphs()) == 20
    assert len(seed_doc.sections()) == 16


def test_english_article_with_chapter_headings() -> None:
    text = (
        "PRIDE AND PREJUDICE\n\nBy Jane Austen\n\nChapter 1\n\n"
        "It is a truth universally acknowledged.\n\nHowever little known the feelings may be.\n\n"
        "Chapter 2\n\nMr. Bennet was among the earliest."
    )
    doc = build_document(normalize(text).text)
    assert doc.title == "PRIDE AND PREJUDICE" and doc.lang == "en"
    assert [c.name for c in doc.contributors] == ["Jane Austen"]
    assert [s.title for s in doc.sections()] == ["Chapter 1", "Chapter 2"]
    assert doc.article_type == "other"


@pytest.mark.parametrize("heading", ["CHAPTER I.", "Chapter 1", "CHAPTER XII", "Book Two"])
def test_english_chapter_headings(heading: str) -> None:
    text = f"A TALE\n\n{heading}\n\nIt was the best of times, it was the worst of times."
    doc = build_document(normalize(text).text)
    assert [s.title for s in doc.sections()] == [heading]


def test_a_dateline_stays_with_its_paragraph() -> None:
    for dateline in ["央视网消息（新闻联播）：", "本报讯（记者 王磊）"]:
        text = f"国务院常务会议召开\n\n{dateline}\n\n国务院总理今天主持召开国务院常务会议，部署下一步工作。"
        doc = build_document(normalize(text).text)
        (paragraph,) = doc.paragraphs()
        assert paragraph.text.startswith(dateline) and paragraph.text.endswith("部署下一步工作。")
    english = "BEIJING TALKS\n\nBEIJING, Oct. 17 — Delegates gathered in the Great Hall on Sunday."
    doc = build_document(normalize(english).text)
    assert [p.text for p in doc.paragraphs()] == [english.split("\n\n")[1]]
    assert doc.sections() == []


def test_federalist_list_after_a_colon_is_paragraphs_not_headings(federalist_doc: Document) -> None:
    texts = [p.text for p in federalist_doc.paragraphs()]
    start = texts.index(
        "I propose, in a series of papers, to discuss the following interesting particulars:"
    )
    assert texts[start + 1] == "THE UTILITY OF THE UNION TO YOUR POLITICAL PROSPERITY"
    assert "ITS ANALOGY TO YOUR OWN STATE CONSTITUTION" in texts
    assert texts[-2] == "PUBLIUS."  # the signature after the text stays where it is


@pytest.mark.parametrize(
    "heading", ["Hostile Input Sampler", "General Introduction", "Pride and Prejudice"]
)
def test_title_case_headings_ending_in_a_lowercase_letter(heading: str) -> None:
    text = f"A TALE\n\nIt was the best of times.\n\n{heading}\n\nIt was the worst of times."
    doc = build_document(normalize(text).text)
    assert [s.title for s in doc.sections()] == [heading]


@pytest.mark.parametrize(
    "line", ["said Miss Bingley", "To the People of the State of New York:", "Mr. Darcy"]
)
def test_lines_that_only_look_like_titles_are_paragraphs(line: str) -> None:
    text = f"A TALE\n\nIt was the best of times.\n\n{line}\n\nIt was the worst of times."
    doc = build_document(normalize(text).text)
    assert doc.sections() == []


def test_a_heading_with_nothing_under_it_at_the_end_is_a_paragraph() -> None:
    doc = build_document(normalize("A TALE\n\nIt was the best of times.\n\nHAMILTON").text)
    assert doc.sections() == [] and doc.paragraphs()[-1].text == "HAMILTON"


def test_table_rows_and_notes_head_nothing() -> None:
    from convert.config import Config
    from convert.structure.body import heading_flags

    texts = ["指标\t一季度\t二季度", "东部\t5974\t26.6%", "正文一段。", "[1] 资料来源：国家统计局"]
    assert heading_flags(texts, Config()) == [False, False, False, False]


def test_a_placeholder_in_square_brackets_heads_nothing() -> None:
    """(bench/english_books.py's paper-000: the caption was a section's title, the chapter under
    it nested in its section)"""
    text = (
        "THE GIRL'S OWN PAPER\n\nMERLE'S CRUSADE.\n\n"
        "[Illustration: \"'WHAT A PITY YOU STOPPED ME JUST THEN.'\"]\n\nCHAPTER I.\n\n"
        "THE VALLEY OF HUMILIATION.\n\n\"Merle, I may be a little old-fashioned in my notions.\"\n\n"
        "Aunt Agatha's voice startled me with its reproachful irritability."
    )
    doc = build_document(normalize(text).text)
    assert [s.title for s in doc.sections()] == ["CHAPTER I."]
    assert any(p.text.startswith("[Illustration: ") for p in doc.paragraphs())


def test_a_table_of_contents_is_no_ladder_of_nested_headings() -> None:
    contents = "\n\n".join(f"Chapter {n}" for n in range(1, 8))
    text = (
        "PRIDE AND PREJUDICE\n\nBy Jane Austen\n\nContents\n\n"
        f"{contents}\n\nChapter 1\n\nIt is a truth universally acknowledged.\n\n"
        "Chapter 2\n\nMr. Bennet was among the earliest."
    )
    doc = build_document(normalize(text).text)
    assert [(s.title, s.level) for s in doc.sections()] == [
        ("Contents", 1),
        ("Chapter 1", 1),
        ("Chapter 2", 1),
    ]
    entries = doc.sections()[0].children
    assert [p.text for p in entries if isinstance(p, Paragraph)] == contents.split("\n\n")


def test_a_short_run_of_headings_still_nests() -> None:
    text = "BOOK ONE\n\nPart One\n\nChapter 1\n\nIt is a truth universally acknowledged."
    doc = build_document(normalize(text).text)
    assert [(s.title, s.level) for s in doc.sections()] == [("Part One", 1), ("Chapter 1", 2)]


# a Japanese article's end as livedoor sets it (issue 12): one paragraph a line, a credit, a
# marked heading, and links under it each opened by `・`
JA_PARAGRAPHS = [
    "ＮＴＴドコモは、夏の新しいキャンペーンを開始すると発表しました。期間中に申し込んだ利用者"
    "全員が対象となり、月額料金が割り引かれるとのことです。",
    "キャンペーンの詳細は同社のWebサイトで案内されています。気になる人はチェックしてみてはいかが"
    "でしょうか。申し込みは全国のドコモショップでも受け付けています。",
]


def ja_article(*tail: str) -> Document:
    lines = ["ドコモが夏のキャンペーンを開始", *JA_PARAGRAPHS, *tail]
    return build_document(normalize("\n".join(lines) + "\n").text)


def test_a_japanese_item_opened_by_nakaguro_heads_nothing() -> None:
    doc = ja_article("■関連リンク", "・エスマックス（S-MAX）", "・ドコモ夏モデル特集")
    assert doc.title == "ドコモが夏のキャンペーンを開始"
    assert [s.title for s in doc.sections()] == ["■関連リンク"]
    (links,) = doc.sections()
    assert [b.text for b in links.children if isinstance(b, Paragraph)] == [
        "・エスマックス（S-MAX）",
        "・ドコモ夏モデル特集",
    ]
    # a lone one too, where it was the heading of a one-line section before
    lone = ja_article("■関連リンク", "・エスマックス（S-MAX）", JA_PARAGRAPHS[0] * 2)
    assert [s.title for s in lone.sections()] == ["■関連リンク"]


def test_a_japanese_text_that_marks_its_headings_marks_them_all() -> None:
    doc = ja_article("記事執筆：にゃんこ", "■関連リンク", "・エスマックス（S-MAX）")
    assert [(s.title, s.level) for s in doc.sections()] == [("■関連リンク", 1)]
    assert "記事執筆：にゃんこ" in [p.text for p in doc.paragraphs()]
    rows = ["機種名 Xperia GX SO-04D", "発売時期 2012年7月", "RAM 1GB", "ROM 16GB", "OS Android 4.0"]
    doc = ja_article("■ 主なスペック", *rows, JA_PARAGRAPHS[1] * 2)
    assert [s.title for s in doc.sections()] == ["■ 主なスペック"]
    assert [p.text for p in doc.paragraphs()][-6:-1] == rows
    # a text that marks none: an unmarked line over a paragraph still heads it
    doc = ja_article("今回の説教", JA_PARAGRAPHS[1] * 2)
    assert [s.title for s in doc.sections()] == ["今回の説教"]


def test_a_japanese_note_or_a_clause_broken_off_heads_nothing() -> None:
    # issue 12 (ja-livedoor-more): a `※` note, and a writer's line that ends on `ので`, were
    # headings once the writer's short lines were kept
    from convert.config import Config
    from convert.structure.body import heading_flags

    texts = [
        "※クリックすると別窓で拡大表示",
        JA_PARAGRAPHS[0],
        "我が家は、さほど息子家族とも交流に力を入れないので",
        JA_PARAGRAPHS[1],
    ]
    assert heading_flags(texts, Config()) == [False, False, False, False]
    # an unmarked heading-like line that ends otherwise still heads what follows
    texts[2] = "キャンペーンの詳細"
    assert heading_flags(texts, Config()) == [False, False, True, False]
