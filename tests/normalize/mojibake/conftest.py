"""What the mojibake tests share: damage made the way it happens, the encoding stage of the
normalizer (line endings, invisible characters, mojibake), and real Chinese news text."""

from __future__ import annotations

import json

import pytest

from convert.changes import replay
from convert.normalize import PASSES, normalize

from ...conftest import SHARED

CORPUS = SHARED / "corpus"
NEWS = CORPUS / "zh-news-xwlb" / "articles.jsonl"
ENCODING_STAGE = PASSES[: [p.name for p in PASSES].index("mojibake") + 1]
needs_news = pytest.mark.skipif(not NEWS.exists(), reason="shared corpus not present")


def misread(text: str) -> str:
    """UTF-8 bytes read by a GBK decoder that replaces what it cannot read."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def gbk_as_latin1(text: str) -> str:
    return text.encode("gbk").decode("latin-1")


def stage(text: str) -> str:
    """Line endings, invisible characters, mojibake: what ftfy's fix_encoding is compared with."""
    result = normalize(text, passes=ENCODING_STAGE)
    assert replay(text, result.changes) == result.text
    return result.text


def news_paragraphs(articles: int) -> list[str]:
    """The paragraphs of the first `articles` articles of the news corpus."""
    if not NEWS.exists():
        pytest.skip("shared corpus not present")
    with NEWS.open(encoding="utf-8") as lines:
        chosen = [json.loads(next(lines)) for _ in range(articles)]
    return [p for a in chosen for p in a["paragraphs"]]


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return news_paragraphs(30)
