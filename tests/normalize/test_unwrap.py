"""Hard-wrapped lines: which breaks are wraps (joined) and which end a paragraph (kept)."""

from __future__ import annotations

import pytest

from convert.changes import replay
from convert.normalize import normalize

ARTICLE = [
    "央视网消息（新闻联播）：记者今天从国家发展改革委了解到，前三季度全国铁路固定资产投资完成四千七百五十亿元。",
    "投产新线两千三百八十一公里，国家铁路发送货物二十九亿吨，同比增长百分之六点三。",
    "全年目标有望顺利完成。",
]


def fixed(text: str) -> str:
    result = normalize(text)
    assert replay(text, result.changes) == result.text
    return result.text


def wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


@pytest.mark.parametrize("width", [10, 17, 25])
def test_narrow_chinese_columns_with_blank_lines_between_paragraphs(width: int) -> None:
    text = "\n\n".join("\n".join(wrap(p, width)) for p in ARTICLE)
    assert fixed(text) == "\n\n".join(ARTICLE)


def test_lines_that_begin_with_punctuation_join_with_nothing() -> None:
    text = "我们在北京开会\n，讨论了明年的计划\n。会议很成功。"
    assert fixed(text) == "我们在北京开会，讨论了明年的计划。会议很成功。"


@pytest.mark.parametrize("indent", ["　　", "  ", "    "])
def test_paragraphs_marked_only_by_indentation(indent: str) -> None:
    text = "\n".join(indent + "\n".join(wrap(p, 20)) for p in ARTICLE)
    # the text's own first indent is left for the structure stage, which strips every block
    assert fixed(text).removeprefix(indent) == "\n\n".join(ARTICLE)


def test_pdftotext_shape_short_last_lines_end_paragraphs() -> None:
    # no blank lines, no indentation: a line that stops short of the measure and finishes a
    # sentence ends its paragraph; a full line ending in 。 does not
    lines = [line for p in ARTICLE for line in wrap(p, 19)]
    assert fixed("\n".join(lines)) == "\n\n".join(ARTICLE)


def test_a_dateline_opens_a_paragraph_and_stays_with_it() -> None:
    text = "国务院常务会议召开\n央视网消息（新闻联播）：\n国务院总理主持召开国务院常务会议。"
    assert (
        fixed(text)
        == "国务院常务会议召开\n\n央视网消息（新闻联播）：国务院总理主持召开国务院常务会议。"
    )


def test_numbers_cut_by_a_chinese_wrap_join_without_a_space() -> None:
    assert fixed("同比增长1\n2.21%，创下新高。") == "同比增长12.21%，创下新高。"


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


PDF_PAGE = """\
Chapter 1
"My dear Mr. Bennet," said his lady to him one day, "have you heard that Netherfield
Park is let at last?"
Mr. Bennet replied that he had not.
"But it is," returned she; "for Mrs. Long has just been here, and she told me all about it."
Mr. Bennet made no answer. She was a woman of mean understanding, little information, and
uncertain temper. When she was discontented, she fancied herself nervous. The business of
her life was to get her daughters married; its solace was visiting and news."""


def test_pdftotext_of_a_word_pdf_ends_paragraphs_by_width_and_dialogue() -> None:
    blocks = fixed(PDF_PAGE).split("\n\n")
    assert blocks[0] == "Chapter 1"
    assert blocks[1].endswith('Park is let at last?"')
    assert blocks[2] == "Mr. Bennet replied that he had not."
    assert blocks[3].endswith('told me all about it."')
    assert blocks[4].startswith("Mr. Bennet made no answer. She was") and len(blocks) == 5


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("it was universally acknow-\nledged by all.", "it was universally acknowledged by all."),
        ("a well-\nknown fact.", "a well-known fact."),
        ("she was good-\nhumoured.", "she was good-humoured."),
        ("the neigh-\nbourhood was quiet.", "the neighbourhood was quiet."),
    ],
)
def test_end_of_line_hyphens_go_only_where_the_joined_word_is_a_word(
    source: str, expected: str
) -> None:
    result = normalize(source)
    assert result.text == expected
    removed = [c for c in result.changes if c.kind == "hyphenation"]
    assert len(removed) == (expected.count("-") < source.count("-"))


SPEECH_PAGE = """\
had been educated, what carriage her father kept, and what had been her mother's maiden
name? Elizabeth felt all the impertinence of her questions but answered them very
composedly. Lady Catherine then observed,
"Your father's estate is entailed on Mr. Collins, I think. For your sake," turning to
Charlotte, "I am glad of it; but otherwise I see no occasion for entailing estates from the
female line. It was not thought necessary in Sir Lewis de Bourgh's family. Do you play?"
About the middle of the next day, as she was in her room getting ready for a walk, a
sudden noise below seemed to speak the whole house in confusion; and, after listening a
moment, she heard somebody running up stairs in a violent hurry, and calling loudly after
her. She opened the door and met Maria in the landing place, who, breathless with agitation,
cried out—
"Oh, my dear Eliza! pray make haste and come into the dining-room, for there is such a
sight to be seen! I will not tell you what it is. Make haste, and come down this moment." """


def test_a_short_line_that_introduces_a_speech_ends_its_paragraph() -> None:
    # the line stops before the measure and the next opens a quotation: the speech is a new
    # paragraph, though the line ends with a comma or a dash rather than a full stop
    blocks = fixed(SPEECH_PAGE.rstrip()).split("\n\n")
    assert blocks[0].endswith("Lady Catherine then observed,")
    assert blocks[1].startswith("\"Your father's estate") and blocks[1].endswith('Do you play?"')
    assert blocks[2].endswith("breathless with agitation, cried out—")
    assert blocks[3].startswith('"Oh, my dear Eliza!') and len(blocks) == 4


def test_a_comma_inside_a_wrapped_line_before_a_quote_still_joins() -> None:
    # a full line ending with a comma is a wrap even when the next line opens a quotation
    text = (
        "She turned to her sister with a look of the most earnest and affectionate concern, and said,\n"
        '"I hope you are quite well."'
    )
    assert fixed(text) == text.replace("\n", " ")


def test_the_measure_is_learnt_in_the_metric_the_lines_were_set_in() -> None:
    # a typewriter wrap (Project Gutenberg, a fixed column count) is even in characters; the
    # printed lines of a typeset PDF are even in printed width
    from convert.normalize.lines import _measure

    from ..conftest import REPO

    federalist = (REPO / "samples" / "federalist-01.txt").read_text(encoding="utf-8")
    typewriter = [block.split("\n") for block in federalist.replace("\r\n", "\n").split("\n\n")]
    assert _measure(typewriter).monospace
    typeset = [(PDF_PAGE + "\n" + SPEECH_PAGE).split("\n")]
    assert not _measure(typeset).monospace
