"""A space that cuts a short word marks the file as OCR's: the headline's restated gap goes."""

from __future__ import annotations

from convert.normalize import normalize
from convert.normalize.ocr_space_cut import word_cut_spaced
from convert.normalize.ocr_space_phrase import _bracketed

# a headline with an OCR space the lead restates joined; the lead's first line (no comma or
# stop on it) holds an OCR space that cuts `书记`, running prose none
HEADLINE = "新疆维吾尔 自治区党委主要负责同志职务调整"
LEAD = (
    "\u3000\u3000央视网消息（新闻联播）：习近平总 书记近日\n"
    "\u3000\u3000新疆维吾尔自治区党委主要负责同志职务调整，中共中央决定有关同志任职。\n"
)


def test_a_headlines_restated_space_goes_where_a_word_cut_marks_the_file() -> None:
    text = HEADLINE + "\n\n" + LEAD
    assert normalize(text).text.startswith("新疆维吾尔自治区党委主要负责同志职务调整")


def test_the_headlines_pause_stays_without_a_word_cut() -> None:
    text = HEADLINE + "\n\n" + LEAD.replace("习近平总 书记", "习近平总书记")
    assert normalize(text).text.startswith(HEADLINE)


def test_a_word_cut_marks_the_file() -> None:
    assert word_cut_spaced("标题\n\n习近平总 书记近日考察\n", _bracketed)


def test_a_pause_beside_a_wrapped_lines_edge_does_not() -> None:
    # (a narrow page wraps `美国挑动冲突 破坏和平`: the run `突` is a word's piece)
    assert not word_cut_spaced("美国人士：美国挑动冲\n突 破坏和平\n", _bracketed)


def test_names_and_quoted_titles_do_not() -> None:
    assert not word_cut_spaced("会议在京举行。记者 罗国 何国桂报道\n", _bracketed)
    assert not word_cut_spaced("会议学习了《总 书记的讲话》一文\n", _bracketed)
