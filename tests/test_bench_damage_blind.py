"""bench/damage_blind.py: the blind damage model keeps its truth exact and its seeds fixed."""

from __future__ import annotations

import json
import random

import pytest

from bench.accuracy import XWLB
from bench.damage_blind import SHAPES, ascii_punct, autospace, damage_article, split_title, wrap

needs_corpus = pytest.mark.skipif(not XWLB.exists(), reason="zh-news-xwlb corpus not present")


def _articles(count: int) -> list[dict]:
    with XWLB.open(encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(count), handle, strict=False)]


@needs_corpus
def test_the_same_seed_gives_the_same_file_and_another_seed_another() -> None:
    article = _articles(3)[2]
    for shape in SHAPES:
        one, again = damage_article(article, shape, 3), damage_article(article, shape, 3)
        assert (one.text, one.truth, one.kinds) == (again.text, again.truth, again.kinds)
    texts = {damage_article(article, "narrow", seed).text for seed in range(5)}
    assert len(texts) == 5


@needs_corpus
def test_the_truth_is_the_article_with_only_what_the_print_adds_as_content() -> None:
    for article in _articles(30):
        for shape in SHAPES:
            for seed in (0, 11):
                damaged = damage_article(article, shape, seed)
                assert damaged.title == article["title"] and article["title"] in damaged.truth
                body = "".join(damaged.truth).replace("[1]", "")
                for paragraph in article["paragraphs"][1:]:
                    assert paragraph in body
                assert all(block == block.strip() and block for block in damaged.truth)


def test_a_wrapped_paragraph_joins_back_to_itself_and_keeps_marks_off_a_line_start() -> None:
    text = "央视网消息（新闻联播）：国务院总理李克强1日在京会见越共中央总书记阮富仲。" * 3
    for measure in (10, 17, 25, 33):
        lines, _ = wrap(text, measure, random.Random(measure))
        assert "".join(lines) == text
        assert not any(line[0] in "，。、；：？！”）》" for line in lines)


def test_a_latin_word_cut_at_a_line_end_may_get_a_hyphen() -> None:
    text = "今年我国Internetwork建设"
    hyphens = {wrap(text, 7, random.Random(seed))[1] for seed in range(20)}
    assert hyphens == {True, False}


def test_a_two_line_headline_is_cut_away_from_spaces_and_latin_runs() -> None:
    title = "高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗"
    for seed in range(20):
        lines = split_title(title, random.Random(seed))
        assert "".join(lines) == title.replace(" ", "") or " ".join(lines) != title
        assert all(line == line.strip() for line in lines)


def test_span_damage_is_ascii_marks_and_office_spacing() -> None:
    assert ascii_punct("甲，乙。", random.Random(1)) in ("甲,乙.", "甲, 乙.")
    assert autospace("今年5G网络，RCEP协定") == "今年 5G 网络，RCEP 协定"
