"""bench/blind_ceiling.py: paragraphs taken as the blind model sets them, and its oracles' cuts."""

from __future__ import annotations

import json

import pytest

from bench.accuracy import XWLB
from bench.blind_ceiling import (
    Set,
    blocks_of,
    galley_ends,
    invisible_ends,
    join_cuts,
    set_article,
    split_cuts,
)
from bench.damage_blind import SHAPES, damage_article

needs_corpus = pytest.mark.skipif(not XWLB.exists(), reason="zh-news-xwlb corpus not present")


@needs_corpus
def test_recording_the_setting_changes_nothing_and_gives_every_body_paragraph() -> None:
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for _, line in zip(range(12), handle, strict=False)]
    for article in articles:
        for shape in SHAPES:
            damaged, paragraphs = set_article(article, shape, 3)
            assert damaged.text == damage_article(article, shape, 3).text
            assert [p.truth for p in paragraphs] == [
                t for t in damaged.truth if t in {p.truth for p in paragraphs}
            ][: len(paragraphs)]
            printed = {line.strip() for line in damaged.text.splitlines()}
            for paragraph in paragraphs:
                assert {line.strip() for line in paragraph.lines} <= printed


def _set(truth: str, lines: list[str], indent: float = 0.0, blank: bool = False) -> Set:
    return Set(truth, lines, 6, indent, blank)


def test_an_end_is_invisible_only_on_a_full_line_before_a_flush_line_with_no_blank() -> None:
    full = _set("甲乙丙丁戊己。庚辛。", ["甲乙丙丁戊己。", "庚辛。"])
    ends_full = _set("子丑寅卯辰。甲乙丙丁戊己。", ["子丑寅卯辰。", "甲乙丙丁戊己。"])
    after = _set("天地。", ["天地。"])
    assert invisible_ends([full, after]) == [False]  # its last line is short
    assert invisible_ends([ends_full, after]) == [True]
    assert invisible_ends([ends_full, _set("天地。", ["天地。"], indent=2.0)]) == [False]
    blank = _set(ends_full.truth, ends_full.lines, blank=True)
    assert invisible_ends([blank, after]) == [False]


def test_the_join_oracle_runs_an_invisible_end_on_and_the_split_oracle_cuts_at_sentences() -> None:
    hidden = _set("子丑寅卯辰。甲乙丙丁戊己。", ["子丑寅卯辰。", "甲乙丙丁戊己。"])
    after = _set("天地玄黄宇宙", ["天地玄黄宇宙"])
    last = _set("日月。", ["日月。"])
    paragraphs = [hidden, after, last]
    joined = blocks_of(paragraphs, join_cuts(paragraphs))
    assert len(joined) == 1 and joined[0].endswith("天地玄黄宇宙日月。")  # two full last lines
    split = blocks_of(paragraphs, split_cuts(paragraphs))
    # the inner line `子丑寅卯辰。` is full and ends a sentence: a wrong cut; the hidden end is found;
    # `天地玄黄宇宙` fills its line but ends no sentence, so it runs into `日月。`
    assert len(split) == 3 and split[0] != hidden.truth and split[1] != hidden.truth
    assert after.truth not in split and "日月。" not in split


def test_galley_ends_are_read_through_repairs_and_inner_splits_counted() -> None:
    truth = ["标题", "甲乙丙。", "丁戊己。", "庚辛壬。"]
    # the first end run on, the second kept, the last paragraph cut in two; a repaired mark
    placed, splits = galley_ends(truth, 1, 3, ["标题", "甲乙丙。丁戊己.", "庚辛", "壬。"])
    assert placed == [False, None] and splits == 1
    placed, splits = galley_ends(truth, 1, 3, ["标题", "甲乙丙。", "丁 戊己。", "庚辛壬。"])
    assert placed == [True, True] and splits == 0
