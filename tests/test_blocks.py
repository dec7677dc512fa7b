"""What a block looks like: the questions the layout pass and the structure stage share."""

from __future__ import annotations

import pytest

from convert.blocks import is_byline


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
