"""bench/damage_fifth.py: deterministic, lossless without damage, each kind does what it says."""

from __future__ import annotations

import re

import pytest

from bench.accuracy import load_articles
from bench.damage_fifth import ALLOWED, INVISIBLE, SHAPES, damage_article, first_line, wrap

ARTICLES = load_articles(12)
TITLES = [str(a["title"]) for a in load_articles()]


def _blocks(text: str, shape: str) -> list[str]:
    """A page without damage read back: the headline's lines, then a block per web line, per
    blank-line chunk or per indented line, a block's lines joined without a space."""
    head, body = text.split("\n\n", 1)
    blocks = ["".join(line.strip() for line in head.split("\n"))]
    new = True
    for line in body.split("\n"):
        if not line.strip():
            new = True
        elif new or shape == "web" or line.startswith((" ", "\u3000")):
            blocks.append(line.strip(" \u3000"))
            new = False
        else:
            blocks[-1] += line
    return blocks


@pytest.mark.parametrize("shape", SHAPES)
def test_deterministic(shape: str) -> None:
    for article in ARTICLES[:4]:
        one = damage_article(article, shape, 3, None, TITLES)
        two = damage_article(article, shape, 3, None, TITLES)
        assert (one.text, one.kinds) == (two.text, two.kinds)
    assert damage_article(ARTICLES[0], shape, 3).text != damage_article(
        ARTICLES[0], shape, 4
    ).text or (shape == "web")


@pytest.mark.parametrize("shape", SHAPES)
def test_truth_round_trips_without_damage(shape: str) -> None:
    for seed in range(3):
        for article in ARTICLES:
            damaged = damage_article(article, shape, seed, only=())
            assert damaged.kinds == []
            assert damaged.truth == [article["title"], *article["paragraphs"]]
            squeeze = [b.replace(" ", "") for b in damaged.truth]
            assert [b.replace(" ", "") for b in _blocks(damaged.text, shape)] == squeeze


def test_wrap_keeps_every_character_and_the_measure() -> None:
    text = "央视网消息（新闻联播）：10月31日，国家主席习近平就印度古吉拉特邦拉索桥断裂倒塌事故致慰问电。"
    lines = wrap(text, 12)
    assert "".join(lines) == text
    assert all(not line.startswith(("，", "。", "）")) for line in lines)
    assert all(not line.endswith(("（", "“")) for line in lines)
    assert first_line("甲乙丙丁，戊", 4) == ("甲乙丙丁，", "戊")  # the comma hangs
    assert first_line("甲乙丙“丁戊", 4) == ("甲乙丙", "“丁戊")  # the quote goes down


def _kind(shape: str, kind: str, seed: int = 0) -> tuple[str, str]:
    """The text of the first article drawing `kind` alone, and the same page undamaged."""
    for article in ARTICLES:
        damaged = damage_article(article, shape, seed, only=(kind,), others=TITLES)
        clean = damage_article(article, shape, seed, only=()).text
        if damaged.kinds == [kind] and damaged.text != clean:
            return damaged.text, clean
    raise AssertionError(kind)


@pytest.mark.parametrize("shape", ["web", "blocks"])
def test_zero_width_only_inserts_invisibles(shape: str) -> None:
    text, clean = _kind(shape, "zero-width")
    assert re.search("[\u200b-\u200d\ufeff]", text)
    assert re.sub("[\u200b-\u200d\ufeff]", "", text) == clean


def test_soft_hyphen_nbsp_crlf() -> None:
    text, clean = _kind("web", "soft-hyphen")
    assert "\u00ad" in text and text.replace("\u00ad", "") == clean
    text, clean = _kind("web", "crlf")
    assert "\r\n" in text and text.replace("\r\n", "\n") == clean
    text, clean = _kind("web", "nbsp")
    assert "\u00a0\u00a0\u00a0\u00a0" in text and text.replace("\u00a0", "") == clean.replace(
        " ", ""
    ).replace("\u3000", "")


def test_fullwidth_sets_ascii_alphanumerics_wide() -> None:
    text, clean = _kind("blocks", "fullwidth")
    assert re.search("[０-９Ａ-Ｚａ-ｚ]", text)
    narrow = re.sub("[０-９Ａ-Ｚａ-ｚ]", lambda m: chr(ord(m.group()) - 0xFEE0), text)
    assert narrow.replace("\n", "") == clean.replace("\n", "")  # wider digits wrap elsewhere


@pytest.mark.parametrize("kind", ["ocr-space", "ocr-speck"])
def test_ocr_marks_between_han_only(kind: str) -> None:
    text, clean = _kind("indented", kind)
    added = {" ": " ", "ocr-speck": "·'."}.get(kind, " ")
    assert text != clean
    assert re.sub(f"(?<=[\u4e00-\u9fff])[{re.escape(added)}](?=[\u4e00-\u9fff])", "", text).replace(
        "\n", ""
    ) == clean.replace("\n", "") or len(text) > len(clean)


def test_ocr_comma_only_at_line_ends() -> None:
    text, clean = _kind("narrow", "ocr-comma")
    assert re.search(",\n", text) and "," not in clean
    assert text.replace(",\n", "，\n") == clean


def test_page_furniture() -> None:
    text, clean = _kind("indented", "running-head")
    assert re.search(r"\n(\f?第\d+版|\f?\d{4}[年-]|\f?新闻|\f?央视|\f?每日)", text) and len(
        text
    ) > len(clean)
    text, clean = _kind("narrow", "masthead")
    assert text.endswith(clean.split("\n", 1)[1]) and not text.startswith(clean.split("\n")[0])
    text, clean = _kind("web", "web-furniture")
    assert "编辑" in text and "编辑" not in clean
    text, clean = _kind("web", "related")
    assert re.search("相关|延伸", text) and text.startswith(clean.rstrip("\n"))


def test_picture_narrows_a_run_of_lines() -> None:
    text, clean = _kind("narrow", "picture")
    assert text != clean
    assert max(map(len, text.split("\n"))) <= max(map(len, clean.split("\n"))) + 1


def test_allowed_kinds_are_known() -> None:
    from bench.damage_fifth import KINDS

    assert all(set(kinds) <= set(KINDS) for kinds in ALLOWED.values())
    assert INVISIBLE


def test_boundaries_key_drops_spaces_specks_stops_and_commas_only() -> None:
    from bench.accuracy_fifth import bounds_key

    assert bounds_key("北京 天安门·广场'举行.仪式。今天，开始,") == "北京天安门广场举行仪式今天开始"
    assert bounds_key("第2版 要闻") != bounds_key("")  # (a running head left is still text)
    assert bounds_key("２０２４年") == "2024年"
