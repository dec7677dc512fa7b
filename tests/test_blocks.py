"""What a block looks like: the questions the layout pass and the structure stage share."""

from __future__ import annotations

import random

import pytest

from convert.blocks import MIN_EDGE_SPACES, edge_spaces_everywhere, is_byline


@pytest.mark.parametrize(
    "text",
    [
        "□本报记者 张晶 边磊 陈曦 刘欣欣 赵思远 余翠平 闫长禄",
        "本报记者 王磊",
        "记者 王磊 李华",
        "By Jane Austen",
    ],
)
def test_bylines_are_bylines(text: str) -> None:
    assert is_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        # sentences of zh-news-xwlb that open with the reporter: a paragraph, often the first
        # half of one a page break cut (`…指数首次` / `提高到“优秀”等级，…`)
        "记者从江苏省生态环境厅获悉，2024年太湖水生生物多样性指数首次",
        "记者今天（3月1日）从国家数据局获悉，国家公共数据资源登记平台正式上线运行。",
        "本报记者\n王磊",
    ],
)
def test_sentences_that_open_with_the_reporter_are_not_bylines(text: str) -> None:
    assert not is_byline(text)


def test_a_work_s_title_counts_as_one_noun_in_a_headline() -> None:
    from convert.blocks import heading_length, looks_like_heading
    from convert.config import Config

    headline = "《中国梦·劳动美——2025五一国际劳动节“心连心”特别节目》今晚播出"
    assert len(headline) > 32 and heading_length(headline) <= 32
    assert looks_like_heading(headline, Config())
    # a sentence is no headline, however short its titles make it
    assert not looks_like_heading("本台播发央视快评《牢记初心使命、顽强拼搏进取》。", Config())


def test_a_bare_dateline_is_a_dateline_alone() -> None:
    from convert.blocks import is_bare_dateline, is_dateline

    assert is_bare_dateline("央视网消息（新闻联播）：")
    lead = "央视网消息（新闻联播）：国务院总理李强签署国务院令，主要包括以下内容："
    assert is_dateline(lead) and not is_bare_dateline(lead)


def test_digits_do_not_make_a_chinese_headline_latin() -> None:
    from convert.blocks import looks_like_heading
    from convert.config import Config

    # a headline's first words cut off by a layout break: more digits than Han characters
    assert looks_like_heading("2023年全", Config())
    assert looks_like_heading("前7月中国实际利用美资金额同比增长25.5%", Config())
    assert not looks_like_heading("2023年11月1日，", Config())


def _edge_spaces_line_by_line(text: str) -> bool:
    """`edge_spaces_everywhere` as it was defined, one line at a time."""
    lines = text.split("\n")
    edges = sum(
        (line[-1:] == " " and line[-2:-1] != " ") + (line[:1] == " " and line[1:2] != " ")
        for line in lines
    )
    return edges >= MIN_EDGE_SPACES and edges * 4 >= len(lines)


def test_edge_spaces_counted_in_the_text_equal_those_counted_line_by_line() -> None:
    """Lines of one space, of two, blank lines, spaces at the text's own ends."""
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(
            rng.choice(("a", " ", " ", "\n", "  ", "字")) for _ in range(rng.randint(0, 30))
        )
        assert edge_spaces_everywhere(text) == _edge_spaces_line_by_line(text), repr(text)
