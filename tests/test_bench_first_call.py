"""bench/first_call.py: the caches it empties are those of one line's or word's answers."""

from __future__ import annotations

import pytest

from bench.accuracy import XWLB
from bench.first_call import answer_caches, fresh_text
from convert.normalize import normalize

needs_corpus = pytest.mark.skipif(not XWLB.exists(), reason="zh-news-xwlb corpus not present")


def test_the_answer_caches_are_found_and_the_loaders_left() -> None:
    normalize("中文,测试\n第二行")  # (the modules the passes import are loaded)
    names = {name for name, _ in answer_caches()}
    assert {
        "convert.normalize.mojibake.spans.line_repairs",
        "convert.normalize.words.word_zipf",
        "convert.normalize.words.word_boundaries",
        "convert.headings._looks_like_heading",
    } <= names
    # a table loaded once a process is not an answer: emptying it would time a reload
    assert "convert.normalize.zh_words.zh_table" not in names
    assert "convert.normalize.stray_context.tagged_words" not in names


@needs_corpus
def test_a_fresh_text_repeats_fewer_lines_than_the_bench_text() -> None:
    from bench.normalize_speed import corpus_text

    bench, fresh = corpus_text(1.0), fresh_text(1.0)
    assert len(set(fresh.split("\n"))) > len(set(bench.split("\n")))
