"""Phrases of UTF-8 read as GBK inside correct Chinese text, and correct text (simplified,
traditional, Japanese) that must come back untouched."""

from __future__ import annotations

import random

import pytest

from convert.normalize import normalize
from convert.normalize.mojibake.common import REPLACEMENT
from convert.normalize.mojibake.phrases import START_CHARACTERS, find_phrases
from convert.normalize.mojibake.spans import mojibake_spans

from .conftest import CORPUS, ENCODING_STAGE, misread, needs_news, stage

NAHAN = CORPUS / "zh-hant-gutenberg-nahan" / "27166-0.txt"
LIVEDOOR = CORPUS / "ja-news-livedoor"
PHRASES = [
    (
        "由中共中央宣传部、文化和旅游部、中央广播电视总台主办的庆祝中国共产党成立102周年",
        "电视总台主办的庆",
    ),
    (
        "习近平主席发表的新年贺词鼓舞人心、催人奋进。港澳各界和台湾同胞将勠力同心，共同凝聚起",
        "心、催人奋进。港澳各界和台湾同胞将勠力同心，",
    ),
    ("2020年3月，习近平总书记来到宁波舟山港穿山港区考察时强调", "，习近平总书记来到宁波"),
]


@pytest.mark.parametrize(("text", "phrase"), PHRASES, ids=["电视总台", "港澳各界", "宁波"])
def test_a_phrase_glued_inside_chinese_text_is_restored(text: str, phrase: str) -> None:
    damaged = text.replace(phrase, misread(phrase))
    assert damaged != text
    result = normalize(damaged, passes=ENCODING_STAGE)
    assert result.text == text
    (change,) = result.changes
    assert change.kind == "utf8-as-gbk" and change.after in text
    if REPLACEMENT in misread(phrase):  # a dropped byte was guessed: the editor is asked to check
        assert change.severity == "warning" and "check" in change.message
        assert "(character " in change.message  # which characters were guessed


@needs_news
def test_phrases_of_real_news_come_back_mostly_whole(paragraphs: list[str]) -> None:
    """Random phrases of 4-30 characters, as bench/damage.py makes them: every character either
    comes back or is marked U+FFFD, wrong guesses stay rare."""
    rng = random.Random(7)
    restored = marked = wrong = total = 0
    for _ in range(60):
        paragraph = rng.choice([p for p in paragraphs if len(p) >= 12])
        length = rng.randint(4, min(30, len(paragraph) - 2))
        start = rng.randint(0, len(paragraph) - length)
        damaged = paragraph[:start] + misread(paragraph[start : start + length])
        damaged += paragraph[start + length :]
        out = stage(damaged)
        assert len(out) == len(paragraph)
        restored += out == paragraph
        marked += out.count(REPLACEMENT)
        wrong += sum(a not in (b, REPLACEMENT) for a, b in zip(out, paragraph, strict=True))
        total += length
    assert restored >= 30  # 35 of 60 when written
    assert wrong <= 3 and marked < 0.05 * total


def test_garbled_replacement_characters_stay_flagged() -> None:
    """锟斤拷 is U+FFFD itself written as UTF-8 and read as GBK: nothing to decode."""
    result = normalize("报告锟斤拷结尾。", passes=ENCODING_STAGE)
    assert [(c.kind, c.before) for c in result.changes] == [("lost-character", "锟斤拷")]


def test_no_break_spaces_read_as_gbk_are_part_of_the_phrase() -> None:
    """聽 is C2 A0, UTF-8's no-break space read as GBK: a line indented with them and misread
    starts its phrase there, so the indentation comes back with the text."""
    text = "\u00a0\u00a0\u00a0\u00a0国家外汇管理局最新数据显示，今年我国国际收支规模同比增长。"
    damaged = misread(text)
    assert damaged.startswith("聽聽聽聽")
    (repair,) = mojibake_spans(damaged)
    assert (repair.start, repair.end, repair.after) == (0, len(damaged), text)


@pytest.mark.parametrize(
    "text", ["我們聽聽大家的意見吧。", "他說：「聽聽 2024年的新歌。」", "聽聽"]
)
def test_traditional_chinese_listening_is_no_space(text: str) -> None:
    """聽聽 is a word of traditional Chinese (listen a little): a reading of spaces alone is no
    phrase."""
    assert mojibake_spans(text) == []


def _phrase_repairs(text: str) -> list[str]:
    return [text[r.start : r.end] for r in mojibake_spans(text) if r.kind == "utf8-as-gbk"]


@needs_news
def test_correct_simplified_news_is_left_alone(paragraphs: list[str]) -> None:
    text = "\n".join(paragraphs)
    assert any(ch in START_CHARACTERS for ch in text)  # the phrase search did look
    assert _phrase_repairs(text) == []


@pytest.mark.skipif(not NAHAN.exists(), reason="shared corpus not present")
def test_correct_traditional_chinese_is_left_alone() -> None:
    """Traditional characters sit in the GBK rows a phrase starts from (陳 飯 願 響): 《吶喊》
    has hundreds of such starts, and none reads as UTF-8 for long."""
    text = NAHAN.read_text(encoding="utf-8")
    assert sum(ch in START_CHARACTERS for ch in text) > 300
    assert _phrase_repairs(text) == []
    assert (
        find_phrases(text, [i for i, ch in enumerate(text[:20000]) if ch in START_CHARACTERS]) == []
    )


@pytest.mark.skipif(not LIVEDOOR.is_dir(), reason="shared corpus not present")
def test_correct_japanese_is_left_alone() -> None:
    files = sorted(LIVEDOOR.rglob("*.txt"))[:300]
    text = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in files)
    assert _phrase_repairs(text) == []


def test_japanese_read_as_gbk_is_decoded_without_guesses() -> None:
    """Kana read back are Japanese: what the decoder's rules leave is restored, but the word
    model is Chinese, so where several characters fit the character is marked, not guessed."""
    text = "東京では今日、桜が満開になりました。多くの人々が公園を訪れています。"
    result = normalize(misread(text), passes=ENCODING_STAGE)
    (change,) = result.changes
    assert change.kind == "utf8-as-gbk" and change.severity == "error"
    assert "guessed" not in change.message
    assert len(result.text) == len(text)
    assert all(a in (b, REPLACEMENT) for a, b in zip(result.text, text, strict=True))
    assert result.text.startswith("東京では今日、")


def test_a_reading_into_rare_characters_and_holes_is_no_repair() -> None:
    """Mojibake of something that was not UTF-8 (here: mojibake read as GBK once more) decodes
    into more rare characters and holes; repairing it would only make new mojibake, and the
    normalizer would no longer reach a fixed point. Found by a random search."""
    garbled = "椤撴\ufffd归姇閹烽崝鏉茬\ufffd氫缚閼伴崺椋\ufffd椋撮姁閷\ufffd 閾忛崹椤\ufffd闉堥\ufffd撻敐闉\ufffd"
    once = normalize(garbled).text
    assert normalize(once).text == once
