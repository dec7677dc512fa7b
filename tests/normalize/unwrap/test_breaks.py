"""The unwrap pass over whole texts (`unwrap.breaks`): blocks, indentation, spaces at a break."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.unwrap import breaks as breaks_module
from convert.normalize.unwrap.breaks import unwrap_lines

from ...support.normalized import fixed, paragraphs
from .texts import ARTICLE, wrap

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("width", [10, 17, 25])
def test_narrow_chinese_columns_with_blank_lines_between_paragraphs(width: int) -> None:
    text = "\n\n".join("\n".join(wrap(p, width)) for p in ARTICLE)
    assert fixed(text) == "\n\n".join(ARTICLE)


@pytest.mark.parametrize("indent", ["　　", "  ", "    "])
def test_paragraphs_marked_only_by_indentation(indent: str) -> None:
    text = "\n".join(indent + "\n".join(wrap(p, 20)) for p in ARTICLE)
    # the text's own first indent is left for the structure stage, which strips every block
    assert fixed(text).removeprefix(indent) == "\n\n".join(ARTICLE)


# a narrow column (bench/damage.py seed 0, article 2): the wrap fell at the space inside the
# title of a report, which the corpus keeps
SPACED_TITLE = (
    "央视网消息（新闻联播）：习近平同志2022年10月16日在中国共产党第二十次全国代表大\n"
    "会上所作的报告《高举中国特色社会主义伟大旗帜 \n"
    "为全面建设社会主义现代化国家而团结奋斗》和中国\n"
    "共产党章程蒙古文单行本已出版。"
)


def test_a_space_the_wrap_fell_on_between_cjk_words_is_kept() -> None:
    assert fixed(SPACED_TITLE) == (
        "央视网消息（新闻联播）：习近平同志2022年10月16日在中国共产党第二十次全国代表大会上所作的"
        "报告《高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗》和中国共产党"
        "章程蒙古文单行本已出版。"
    )
    leading = SPACED_TITLE.replace("旗帜 \n为", "旗帜\n 为")
    assert fixed(leading) == fixed(SPACED_TITLE)


def test_an_indentation_or_a_spaced_blank_line_is_no_space_between_words() -> None:
    text = "会议纪要\n\n我们在北京开会讨论了明年的\n\n \n计划。"
    assert paragraphs(text) == ["会议纪要", "我们在北京开会讨论了明年的计划。"]
    assert fixed("我们在北京开 \n 会讨论了明年的计划。") == "我们在北京开会讨论了明年的计划。"


def test_a_headline_line_full_with_its_space_is_a_wrap() -> None:
    # seed 2, article 19: a column of 12; `国际人士：俄乌冲突持续 ` fills it with the space
    text = (
        "国际人士：俄乌冲突持续 \n只有美国受益\n\n"
        "国际人士指出，乌克兰冲\n突持续，受益者只有美国\n。目前的局势仍然紧张。"
    )
    assert paragraphs(text)[0] == "国际人士：俄乌冲突持续 只有美国受益"


GUTENBERG = """\
It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife.

However little known the feelings or views of such a man may be on his
first entering a neighbourhood, this truth is so well fixed in the minds
of the surrounding families, that he is considered the rightful property
of some one or other of their daughters."""


def test_project_gutenberg_seventy_column_wraps() -> None:
    paragraphs = fixed(GUTENBERG).split("\n\n")
    assert len(paragraphs) == 2 and "\n" not in "".join(paragraphs)
    assert paragraphs[0].startswith("It is a truth universally acknowledged, that a single man in")


def test_a_space_at_every_line_end_is_a_habit_not_a_word_space() -> None:
    column = [
        "我们在北京开会 ",
        "讨论了明年的计 ",
        "划，会议决定增 ",
        "加投资规模，扩 ",
        "大生产。",
    ]
    assert (
        fixed("\n".join(column))
        == "我们在北京开会讨论了明年的计划，会议决定增加投资规模，扩大生产。"
    )


def test_pdftotext_layout_of_an_indented_book_keeps_its_paragraphs() -> None:
    # `pdftotext -layout` of Pride and Prejudice's Word PDF (the shared corpus's 1342-pdf.pdf,
    # public domain), chapter 1: `Chapter 1` centred, its first paragraph indented one space,
    # the others two or three; two page breaks put the form feed before the next page's indent
    text = (REPO / "tests/fixtures/pdftotext/pp-word-layout-ch1.txt").read_text(encoding="utf-8")
    blocks = [block.strip() for block in paragraphs(text) if block.strip()]
    # the book's paragraphs (Project Gutenberg's 1342-0.txt), by their first words
    assert [" ".join(block.split()[:3]) for block in blocks] == [
        "Chapter 1",
        "It is a",
        "However little known",
        '"My dear Mr.',
        "Mr. Bennet replied",
        '"But it is,"',
        "Mr. Bennet made",
        '"Do you not',
        '"You want to',
        "This was invitation",
        '"Why, my dear,',
        '"What is his',
        '"Bingley."',
        '"Is he married',
        '"Oh! Single, my',
        '"How so? How',
        '"My dear Mr.',
        '"Is that his',
        '"Design! Nonsense, how',
        '"I see no',
        '"My dear, you',
        '"In such cases,',
        '"But, my dear,',
        '"It is more',
        '"But consider your',
        '"You are over-scrupulous,',
    ]
    assert blocks[1].endswith("must be in want of a wife.")
    assert "\f" not in fixed(text)


def test_text_without_kana_is_not_asked_whether_its_writer_broke_its_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`writer_broke_lines` walks every line; a text without kana cannot be Japanese, so the
    unwrap pass does not ask (a Chinese text with lines ending on marks is unwrapped as before)."""
    asked: list[int] = []

    def counting(blocks):  # type: ignore[no-untyped-def]
        asked.append(len(blocks))
        return False

    monkeypatch.setattr(breaks_module, "writer_broke_lines", counting)
    chinese = (
        "标题\n" + "习近平指出，中越是山水相连、\n唇齿相依的友好邻邦，\n两国人民友谊深厚。\n" * 3
    )
    unwrap_lines(chinese, Config(), Context())
    assert asked == []
    unwrap_lines(
        "見出し\n" + "先日、姪が美容師になり、\n一人暮らしをする。\n" * 3, Config(), Context()
    )
    assert len(asked) == 1


def test_a_line_under_a_first_line_an_indent_short_opens_a_paragraph_too() -> None:
    from convert.normalize.unwrap.breaks import _opens_too

    # weasy-narrow (bench/accuracy_extracted.py, tuning half): a subhead over a paragraph's
    # first line, the text's measure 17; the first line shows no region's measure
    assert _opens_too("苏丹快速支援部队10月31日宣布控", 17)
    assert not _opens_too("制苏丹西部的中达尔富尔州首府扎林盖", 17)
