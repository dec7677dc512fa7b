"""The ocr-space pass inside a sentence's quotes: a space goes where the file writes the words
across it joined elsewhere, in a file OCR spaced; a title's pause stays."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize import normalize
from convert.normalize.ocr_space_quoted import GAP_RE, _gap_pairs
from convert.normalize.unwrap.paragraphing import han

# two OCR spaces in running prose open the file's `ocr_spaced` gate
SPACED = (
    "\u3000\u3000今天，全国各地的工作人员坚守岗 位，保障群众平安出行，各项工作有序开展，"
    "交通运输部门加强调 度，确保道路畅通。\n"
)


def test_a_quotes_space_goes_where_the_headline_writes_it_joined() -> None:
    text = (
        "《求是》杂志发表重要文章《新时代新征程中国共产党的使命任务》\n\n" + SPACED + "\n"
        "\u3000\u3000本台今天播发的文章是《新时代 新征程中国共产党的使命任务》，文章强调，"
        "全党要牢记使命。\n"
    )
    assert "是《新时代新征程中国共产党的使命任务》，" in normalize(text).text


def test_a_quoted_titles_pause_stays_where_the_file_never_joins_it() -> None:
    text = (
        "会议在京举行\n\n" + SPACED + "\n"
        "\u3000\u3000会议学习了《团结奋斗 共创未来》一文，与会同志表示，要把学习成果转化为工作动力。\n"
    )
    assert "《团结奋斗 共创未来》" in normalize(text).text


def test_a_quotes_space_stays_in_a_file_without_ocr_spaces() -> None:
    text = (
        "文章《新时代新征程中国共产党的使命任务》发表\n\n"
        "\u3000\u3000本台今天播发的文章是《新时代 新征程中国共产党的使命任务》，文章强调，"
        "全党要牢记使命。\n"
    )
    assert "《新时代 新征程" in normalize(text).text


def test_a_headlines_quoted_space_goes_where_the_story_writes_it_joined() -> None:
    text = (
        "《求是》杂志发表重要文章《新时代 新征程中国共产党的使命任务》\n\n" + SPACED + "\n"
        "\u3000\u3000今天出版的《求是》杂志发表文章《新时代新征程中国共产党的使命任务》，文章强调，"
        "全党要牢记使命。\n"
    )
    assert normalize(text).text.startswith("《求是》杂志发表重要文章《新时代新征程")


def test_a_titles_pause_a_wrap_took_elsewhere_stays() -> None:
    # (the story's line breaks at the pause: the words are not written joined)
    text = (
        "本台播发评论《全面深化改革 中国式现代化万千气象》\n\n" + SPACED + "\n"
        "\u3000\u3000本台今天播发评论《全面深化改革\n中国式现代化万千气象》，评论指出，改革开放是当代"
        "中国大踏步赶上时代的重要法宝。\n"
    )
    assert normalize(text).text.startswith("本台播发评论《全面深化改革 中国式")


def test_a_names_guarded_space_goes_where_the_file_writes_it_joined() -> None:
    text = (
        "会议在京举行\n\n" + SPACED + "\n"
        "\u3000\u3000央视网消息（新闻联播）：会议今天在京举行，与会同志表示，要把学习成果转化为工作动力。\n\n"
        "\u3000\u3000央视网 消息（新闻联播）：\n"
        "\u3000\u3000另一场会议今天在沪举行，与会同志表示，要推动工作落实。\n"
    )
    assert "央视网 消息" not in normalize(text).text


def test_a_bylines_names_stay_where_the_file_never_joins_them() -> None:
    text = (
        "会议在京举行\n\n" + SPACED + "\n"
        "\u3000\u3000会议今天在京举行，与会同志表示，要把学习成果转化为工作动力。\n\n"
        "记者 罗国 何国桂\n"
    )
    assert "记者 罗国 何国桂" in normalize(text).text


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="甲乙丙a。 \t\u00a0\u3000\n", max_size=40))
def test_the_gaps_pairs_are_the_gap_patterns(text: str) -> None:
    # (found by `str.find` of each space; the pattern is the definition)
    assert _gap_pairs(text) == {
        text[gap.start() - 1] + text[gap.end()]
        for gap in GAP_RE.finditer(text, 1)
        if han(text[gap.start() - 1])
    }
