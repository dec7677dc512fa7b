"""The breaks the unwrap and layout passes decide without their rules are decided as the rules
would: on the damaged sets (bench/damage.py, bench/damage_print.py), break by break.

Each text is normalized with the unwrap and layout passes watched, so each pass is compared on
the very texts it sees in the pipeline, every round; the articles run together (the shape of
bench/normalize_speed.py's text, several measures: `regions`) are compared too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.accuracy import load_articles
from bench.damage import damage_file
from bench.damage_print import SHAPES, damage_article
from convert.changes import Edit
from convert.chars import HAN
from convert.config import Config
from convert.headings import CHAPTER_LINE_RE, DATELINE_RE, LIST_ITEM_RE, NOTE_RE, is_byline_line
from convert.normalize import PASSES, Pass, layout, normalize
from convert.normalize.context import Context
from convert.normalize.unwrap import breaks, paragraphing, plain

ARTICLES = 30
CONFIG = Config()


def _damaged_texts() -> Iterator[str]:
    articles = load_articles(ARTICLES)
    for index, article in enumerate(articles):
        title, paragraphs = str(article["title"]), [str(p) for p in article["paragraphs"]]  # type: ignore[attr-defined]
        for seed in (index, index + 1000):
            yield damage_file(title, paragraphs, seed, mojibake=False).text
        for shape in SHAPES:
            yield damage_article(article, shape, 0).text


def _seen(texts: list[str]) -> list[tuple[str, str, bool | None]]:
    """(pass, text, `Context.unwrapped`) for each time unwrap or layout ran on the texts."""
    seen: list[tuple[str, str, bool | None]] = []

    def watched(step: Pass) -> Pass:
        def run(text: str, config: Config, context: Context) -> list[Edit]:
            if step.name in ("unwrap", "layout"):
                seen.append((step.name, text, context.unwrapped))
            return step.run(text, config, context)

        return Pass(step.name, run)

    passes = tuple(watched(p) for p in PASSES)
    for text in texts:
        normalize(text, passes=passes)
    return seen


@pytest.fixture(scope="module")
def seen() -> list[tuple[str, str, bool | None]]:
    texts = list(_damaged_texts())
    return _seen([*texts, "\n\n".join(texts)])


def _run(name: str, text: str, unwrapped: bool | None, full_rules: bool) -> list[Edit]:
    context = Context()
    context.unwrapped = unwrapped
    step = breaks.unwrap_lines if name == "unwrap" else layout.join_layout_breaks
    return step(text, CONFIG, context, full_rules=full_rules)


def _first_difference(fast: list[Edit], full: list[Edit]) -> str:
    for a, b in zip(fast, full, strict=False):
        if a != b:
            return f"fast {a} / rules {b}"
    return f"{len(fast)} edits / {len(full)}"


def test_unwrap_decides_every_plain_break_as_the_rules_do(
    seen: list[tuple[str, str, bool | None]],
) -> None:
    taken = 0
    for name, text, unwrapped in seen:
        if name != "unwrap":
            continue
        fast = _run(name, text, unwrapped, False)
        full = _run(name, text, unwrapped, True)
        assert fast == full, _first_difference(fast, full)
        found = plain.plain_breaks(text)
        # every break the search found and the rules joined with nothing, and no other
        joined = {
            e.start for e in full if e.kind == "unwrap" and e.after == "" and e.end - e.start == 1
        }
        assert found - {e.start for e in full} == set(), "a plain break the rules left alone"
        taken += len(found & joined)
    assert taken > 1000  # the fast path is taken: the comparison is not empty


def test_layout_decides_every_pair_as_the_rules_do(
    seen: list[tuple[str, str, bool | None]],
) -> None:
    joined = 0
    for name, text, unwrapped in seen:
        if name != "layout":
            continue
        fast = _run(name, text, unwrapped, False)
        full = _run(name, text, unwrapped, True)
        assert fast == full, _first_difference(fast, full)
        joined += len(full)
    assert joined > 50


@pytest.mark.parametrize(
    "line, next_line",
    [
        ("习近平在会见时强调，双方要加强", "央视网消息（新闻联播）：今天，"),  # a dateline
        ("习近平在会见时强调，双方要加强", "新华社北京10月17日电"),
        ("习近平在会见时强调，双方要加强", "一、加强合作"),  # a list item
        ("习近平在会见时强调，双方要加强", "1.加强合作"),
        ("习近平在会见时强调，双方要加强", "注1：资料来源"),  # a note
        ("习近平在会见时强调，双方要加强", "本报记者张三李四"),  # a byline
        ("习近平在会见时强调，双方要加强", "记者看到为商业卫星研发的"),
    ],
)
def test_no_plain_break_before_a_line_of_its_own(line: str, next_line: str) -> None:
    """Before a line that may open a paragraph of its own the search finds nothing (the rules
    decide), and it finds the same break before an ordinary line."""
    assert (
        DATELINE_RE.match(next_line)
        or LIST_ITEM_RE.match(next_line)
        or NOTE_RE.match(next_line)
        or re.match(plain.ROLE_STARTS, next_line)
    )
    assert plain.plain_breaks(f"{line}\n{next_line}") == set()
    assert plain.plain_breaks(f"{line}\n加强合作") == {len(line)}


def test_a_byline_or_a_spaced_line_is_no_plain_wrap() -> None:
    assert is_byline_line("本报记者 张三")
    for line in ("本报记者张三李四王五赵六", "双方要加强 合作交流共同", "双方要加强\t合作交流共同"):
        assert not plain.plain_wrap(line, "合作", 12, False, {}, False)
    line = "双方要加强合作交流共同发展"  # 13 characters
    assert plain.plain_wrap(line, "合作", 12, False, {}, False)
    assert not plain.plain_wrap(line, "合作", 14, False, {}, False)  # short
    # one short where blank lines mark the paragraphs: not short enough to end one
    assert plain.plain_wrap(line, "合作", 14, False, {}, True)
    assert not plain.plain_wrap(line, "合作", 16, False, {}, True)


def test_han_by_comparison_is_the_han_class() -> None:
    han = re.compile(f"[{HAN}]")
    for code in range(0x40000):
        assert paragraphing.han(chr(code)) == bool(han.match(chr(code))), hex(code)


def test_chapter_initials_are_every_letter_a_chapter_line_can_open_with() -> None:
    """`layout.CHAPTER_INITIALS`: every character that `CHAPTER_LINE_RE`'s words may start with,
    in any case (`ſ` is a long s to the engine)."""
    initials = {
        chr(code)
        for code in range(0x10000)
        if any(
            CHAPTER_LINE_RE.match(chr(code) + word[1:] + " 1")
            for word in ("chapter", "part", "book", "volume", "act", "scene")
        )
    }
    assert initials == layout.CHAPTER_INITIALS


def test_role_first_is_every_han_character_a_line_start_can_open_with() -> None:
    """`plain.ROLE_FIRST`: the characters of the URO block (the only Han characters
    `plain_wrap` skips the pattern for) that open some match of `LINE_START_RE`, each role
    the pattern knows tried with every first character."""
    roles = [
        prefix + middle + role
        for prefix in ("", "本报", "本刊", "新华社", "央视")
        for middle in ("", "特约", "实习")
        for role in ("记者", "通讯员", "评论员", "撰稿")
    ]
    initials = {
        chr(code)
        for code in range(0x4E00, 0xA000)
        if any(plain.LINE_START_RE.match(chr(code) + role[1:] + "张三") for role in roles)
    }
    assert initials == set(plain.ROLE_FIRST)
    assert not plain.plain_wrap("本报记者张三李四王五赵六", "合作", 12, False, {}, False)
    assert plain.plain_wrap("本地记者看到了合作交流共同", "合作", 12, False, {}, False)


DATELINE_PIECES = ["消息", "讯", "电", "本报", "新华社", "中新社", "央视网", "（新闻联播）", "(记者 张三)"]
DATELINE_PIECES += ["：", ":", " ", "北京", "10月17日", "BEIJING, Oct. 17 —", "X", "记者", "\n"]


@given(st.lists(st.sampled_from(DATELINE_PIECES), max_size=8))
@settings(max_examples=600, deadline=None)
def test_dateline_refused_at_once_is_the_pattern(pieces: list[str]) -> None:
    """The pattern, less the rest of a dateline a wrap cut (`rest_of_cut_dateline`)."""
    text = "".join(pieces)
    expected = bool(DATELINE_RE.match(text)) and not plain.DISPATCH_FIRST_RE.match(text)
    assert plain.dateline(text) == expected


def test_a_dateline_names_its_source_within_sixteen_characters() -> None:
    """The reach `plain.dateline` reads: each branch of `DATELINE_RE` with its keyword as far
    in as the pattern allows matches, and one character further does not."""
    for keyword in ("消息", "讯", "电"):
        for filler in range(20):
            for text in (
                "央" * filler + keyword + "：今天",  # `…消息：`
                "央" * filler + keyword + "（记者 张三）",  # `…讯（…）`
                "本报" + "北" * filler + keyword + " ",  # `本报…讯`
                "新华社" + "北" * filler + keyword + "（",
            ):
                matched = bool(DATELINE_RE.match(text))
                assert plain.dateline(text) == (matched and not plain.DISPATCH_FIRST_RE.match(text)), text
                if matched:
                    assert keyword[0] in text[:16], text
    assert plain.dateline("新华社北京十月十七日电（记者 张三）")
    assert not plain.dateline("新华社北京十月十七日上午十时许在人民大会堂电")


def test_a_plain_break_asked_at_one_line_feed_is_one_of_the_text_s() -> None:
    # `plain_break_at` (the unwrap pass asks at each break) finds what `plain_breaks` finds
    text = "习近平在会见时强调\n双方要加强合作\n本台记者\n报道。\n1. 第一项\n内容"
    feeds = [at for at, ch in enumerate(text) if ch == "\n"]
    assert {at for at in feeds if plain.plain_break_at(text, at)} == plain.plain_breaks(text)
    assert plain.plain_breaks(text)  # (some are plain, some not)
    assert set(feeds) - plain.plain_breaks(text)


def test_a_line_opening_with_the_dispatch_word_is_the_rest_of_a_cut_dateline() -> None:
    assert plain.dateline("新华社成都11月1日电（记者徐艳文）10月31日")
    assert plain.dateline("央视网消息（新闻联播）：今天")
    for rest in ("电（记者徐艳文）10月31日15", "消息（新闻联播）：今天", "讯 (记者) 今天"):
        assert DATELINE_RE.match(rest) and not plain.dateline(rest), rest


def test_a_dateline_cut_before_its_dispatch_word_is_joined_again() -> None:
    source = (
        "梦天实验舱与空间站对接\n\n新华社成都11月1日\n电（记者徐艳文）10月31日15\n"
        "时37分，中国空间站梦天实\n验舱在海南文昌航天发射场\n发射升空，历时约13小时后\n"
        "成功对接于天和核心舱前向\n端口。\n"
    )
    assert normalize(source).text == (
        "梦天实验舱与空间站对接\n\n新华社成都11月1日电（记者徐艳文）10月31日15时37分，"
        "中国空间站梦天实验舱在海南文昌航天发射场发射升空，历时约13小时后成功对接于天和核心舱前向端口。\n"
    )
