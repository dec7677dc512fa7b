"""Furniture lines go, each recorded: page numbers, jump lines, running heads and feet."""

from __future__ import annotations

import random

import pytest

from convert.blocks import ends_paragraph
from convert.config import Config
from convert.normalize.furniture.head_runs import MAX_HEAD_CHARS
from convert.normalize.furniture.page_lines import (
    Line,
    _inline_jump_lines,
    _marks,
    _shapes,
    furniture_lines,
    lines_of,
)
from convert.normalize.furniture.repeated import mostly_near, near_boundary, running_heads
from convert.normalize.furniture.shapes import (
    JUMP_INLINE_CORE_RE,
    JUMP_LINE_RE,
    PAGE_NUMBER_RE,
    SHAPE_FIRSTS,
)

from ...support.normalized import fixed_by


def fixed(text: str, config: Config | None = None) -> tuple[str, list[str]]:
    return fixed_by("furniture", text, config)


@pytest.mark.parametrize("number", ["— 3 —", "3", "Page 3", "- 3 -", "第3页", "3/12", "－ 3 －"])
def test_page_numbers_between_pages_are_removed(number: str) -> None:
    text = f"标题\n\n第一段的前半句在这一页的末尾，\n{number}\n\f后半句在下一页的开头继续。\n"
    result, kinds = fixed(text)
    assert result == "标题\n\n第一段的前半句在这一页的末尾，后半句在下一页的开头继续。\n"
    assert "page-number" in kinds


@pytest.mark.parametrize(
    "jump", ["（下转第2版）", "(下转第2版)", "上接第一版", "（上接第1版）", "Continued on page 5"]
)
def test_jump_lines_are_removed(jump: str) -> None:
    text = f"标题\n\n这篇报道在头版开始，\n{jump}\n\f在第二版继续讲完。"
    result, kinds = fixed(text)
    assert result == "标题\n\n这篇报道在头版开始，在第二版继续讲完。"
    assert "jump-line" in kinds


def test_a_jump_line_glued_to_the_last_line_of_a_page_is_cut_off() -> None:
    result, kinds = fixed("标题\n\n报道在这里结束。（下转第2版）\n\n另一段。")
    assert result == "标题\n\n报道在这里结束。\n\n另一段。" and kinds == ["jump-line"]


def test_a_jump_opening_an_indented_paragraph_leaves_the_indent() -> None:
    text = "正文第一页的最后一行。\n第1页\n\n（上接第一版）　　这两天，项目正在加紧建设。\n"
    result, kinds = fixed_by("furniture", text)
    assert "jump-line" in kinds and "上接" not in result
    assert "\n　　这两天" in result  # the indent opens the paragraph


def test_a_jump_before_running_text_goes_with_its_space() -> None:
    text = "正文第一页的最后一行写到\n第1页\n（上接第一版） 这一页的开头。\n"
    result, _ = fixed_by("furniture", text)
    assert "上接" not in result and " 这一页" not in result


def testrunning_heads_repeated_at_page_boundaries_are_removed() -> None:
    pages = [
        "北京日报 · 要闻\n第一页的正文写到这里，",
        "北京日报 · 要闻\n第二页接着写，仍然没有结束，",
        "北京日报 · 要闻\n第三页写完了。",
    ]
    result, kinds = fixed("标题\n\n" + "\n\f".join(pages))
    assert result == "标题\n\n第一页的正文写到这里，第二页接着写，仍然没有结束，第三页写完了。"
    assert kinds.count("running-head") == 3


def test_a_repeated_line_inside_the_text_is_not_a_running_head() -> None:
    text = "标题\n\n小结\n\n第一段。\n\n小结\n\n第二段。\n\f第三段。"
    assert "小结" in fixed(text)[0]


def test_a_chapter_heading_at_a_page_top_is_kept() -> None:
    text = "The end of the chapter.\n\n\fChapter 2\n\nThe next one.\n\n\fChapter 3\n\nAnd another."
    result, _ = fixed(text)
    assert "Chapter 2" in result and "Chapter 3" in result and "\f" not in result


def test_numbers_inside_paragraphs_stay() -> None:
    text = "共有\n3\n个人参加了会议。"
    assert "3" in fixed(text)[0]


def test_the_pass_can_be_switched_off() -> None:
    text = "正文第一页，\n— 1 —\n\f正文第二页。"
    result, kinds = fixed(text, Config(remove_page_furniture=False))
    assert kinds == [] and "— 1 —" in result


def _near_by_sweeps(lines: list[Line], boundaries: list[int], reach: int) -> list[bool]:
    """`near_boundary` by its definition: a sweep down and a sweep up over every line, counting
    the non-blank lines since the last boundary (the start or end of the text is one)."""
    marks = set(boundaries)
    near = [False] * len(lines)
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        seen = 0
        for i in order:
            if i in marks:
                seen = 0
                near[i] = True
                continue
            if lines[i].key:
                seen += 1
            if seen <= reach:
                near[i] = True
    return near


def test_lines_are_every_line_with_its_place_and_key() -> None:
    """`lines_of` against the plain definition: each line's start, end (before its line feed),
    text and key, on random texts of line feeds, form feeds, spaces and Han."""
    rng = random.Random(17)
    for _ in range(500):
        text = "".join(rng.choice("\n\n\f  \u3000中文a") for _ in range(rng.randrange(0, 40)))
        expected, start = [], 0
        for raw in text.split("\n"):
            end = start + len(raw)
            assert text[start:end] == raw and text[end : end + 1] in ("\n", "")
            expected.append((start, end, raw, raw.replace("\f", "").strip()))
            start = end + 1
        assert [(x.start, x.end, x.text, x.key) for x in lines_of(text)] == expected


def test_lines_near_a_boundary_are_those_the_two_sweeps_find() -> None:
    """Walking out of each boundary gives what sweeping every line gives: random blank and
    non-blank lines, boundaries anywhere (the text's ends included: -1 and the line count, as
    `_boundaries` gives them), reach 1 to 3."""
    rng = random.Random(3)
    for _ in range(2000):
        text = "\n".join(rng.choice(["", "", " ", "正文", "3"]) for _ in range(rng.randint(0, 14)))
        lines = lines_of(text)
        candidates = range(-1, len(lines) + 1)
        boundaries = sorted(rng.sample(candidates, rng.randint(0, min(4, len(candidates)))))
        reach = rng.randint(1, 3)
        assert near_boundary(lines, boundaries, reach) == _near_by_sweeps(
            lines, boundaries, reach
        ), (text, boundaries, reach)


def test_inline_jump_lines_are_the_lines_a_core_search_finds() -> None:
    """The lines `_inline_jump_lines` gives are those where the furniture loop's own test
    (`转` or `接` in the line, and a search of `JUMP_INLINE_CORE_RE`) finds a jump line's core:
    random lines of brackets, keywords, numbers, spaces and words holding `转` and `接`."""
    rng = random.Random(7)
    pieces = ["（下转第2版）", "(接 3 页)", "（转", "上接", "第一版）", "2版", "接受", "正文", " "]
    found = 0
    for _ in range(3000):
        text = "\n".join(
            "".join(rng.choices(pieces, k=rng.randint(0, 8))) for _ in range(rng.randint(1, 5))
        )
        lines = lines_of(text)
        by_line = [
            i
            for i, line in enumerate(lines)
            if ("转" in line.text or "接" in line.text) and JUMP_INLINE_CORE_RE.search(line.text)
        ]
        assert _inline_jump_lines(text, [line.start for line in lines]) == by_line, text
        found += bool(by_line)
    assert found > 1000


def test_the_text_ends_as_boundaries_change_no_line_near() -> None:
    """`furniture_lines` reuses the lines near every boundary as those near the page marks
    alone where the boundaries add only -1 and the line count: the same lines (random texts and
    marks; one boundary inside the text more, and they differ in some)."""
    rng = random.Random(5)
    differ = 0
    for _ in range(2000):
        text = "\n".join(rng.choice(["", "", " ", "正文", "3"]) for _ in range(rng.randint(1, 14)))
        lines = lines_of(text)
        marks = sorted(rng.sample(range(len(lines)), rng.randint(0, min(3, len(lines)))))
        ends = [e for e in (-1, len(lines)) if rng.random() < 0.5]
        assert near_boundary(lines, sorted({*marks, *ends})) == near_boundary(lines, marks)
        inner = rng.randrange(len(lines))
        differ += near_boundary(lines, sorted({*marks, inner})) != near_boundary(lines, marks)
    assert differ > 100


# what a line's first character meets in the page-number and jump-line patterns: a completion of
# each of their alternatives, so that a first character they accept is found below
_COMPLETIONS = [
    "",
    "1",
    "1·",
    " 1 —",
    "3 -",
    "age 3",
    ". 3",
    "3/12",
    "3 页",
    "转第2版）",
    "接第1版",
    "第2版",
    "ontinued on page 5",
]


def test_only_lines_starting_with_a_shape_first_can_be_page_numbers_or_jump_lines() -> None:
    """`SHAPE_FIRSTS` (and the decimal digits) hold every first character the two patterns
    accept, tried with every character of the Basic Multilingual Plane before completions of
    each of their alternatives."""
    missed = []
    for code in range(0x10000):
        first = chr(code)
        if first in SHAPE_FIRSTS or first.isdecimal() or first.isspace():
            continue  # (a line's key is stripped: it never starts with white space)
        for rest in _COMPLETIONS:
            line = first + rest
            if PAGE_NUMBER_RE.match(line) or JUMP_LINE_RE.match(line):
                missed.append(line)
    assert not missed
    # and the completions do reach every alternative: each allowed first character matches
    for first in [*SHAPE_FIRSTS, "7", "３"]:
        assert any(
            PAGE_NUMBER_RE.match(first + rest) or JUMP_LINE_RE.match(first + rest)
            for rest in _COMPLETIONS
        ), first


def test_the_lines_asked_for_their_shape_are_every_line_that_has_one() -> None:
    """`_shapes` asks the patterns only of the lines `SHAPE_LINE_RE` finds: its answers (and
    `_marks`') are the patterns' answers for every line (random lines of furniture shapes, Chinese text and
    every kind of white space and form feed around them)."""
    pieces = ["— 3 —", "3", "Page 3", "p. 4", "第3页", "3/12", "（下转第2版）", "接第1版",
              "continued on page 2", "正文", "人民日报", "１２", "x3", " ", "\u3000", "\f", "\t",
              "\u00a0", "\u2003", "\r"]  # fmt: skip
    rng = random.Random(5)
    for _ in range(3000):
        text = "\n".join(
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
            for _ in range(rng.randint(1, 8))
        )
        lines = lines_of(text)
        numbers, jumps, may = _shapes(text, lines, [line.start for line in lines])
        assert numbers == [PAGE_NUMBER_RE.match(line.key) is not None for line in lines], text
        assert jumps == [JUMP_LINE_RE.match(line.key) is not None for line in lines], text
        assert may == sorted(set(may)), text
        # the page marks, found from the form feeds and those lines: every line that has one
        marks = _marks(text, [line.start for line in lines], numbers, jumps, may)
        plain = [i for i, line in enumerate(lines) if "\f" in line.text or numbers[i] or jumps[i]]
        assert marks == plain, text


def _running_heads_by_every_line(
    lines: list[Line], near: list[bool], pages: int
) -> dict[str, list[int]]:
    """The plain definition `running_heads` stands for: every short line's places, then the
    keys at least twice and mostly next to a boundary."""
    if pages < 2:
        return {}
    places: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.key and len(line.key) <= MAX_HEAD_CHARS:
            places.setdefault(line.key, []).append(i)
    return {
        key: where
        for key, where in places.items()
        if len(where) >= 2 and mostly_near([near[i] for i in where]) and not ends_paragraph(key)
    }


def testrunning_heads_are_those_every_line_gives() -> None:
    """Counting the near lines' keys first finds the same heads, with the same places in the
    same order: random lines (blank, short, repeated, one over `MAX_HEAD_CHARS`, one ending a
    paragraph), random near flags and page counts."""
    rng = random.Random(5)
    pool = ["", " ", "人民日报", "正文", "Page", "x" * MAX_HEAD_CHARS, "y" * (MAX_HEAD_CHARS + 1)]
    pool += ["结束。", " 正文 ", "\f人民日报"]
    found = 0
    for _ in range(3000):
        text = "\n".join(rng.choice(pool) for _ in range(rng.randint(0, 16)))
        lines = lines_of(text)
        near = [rng.random() < 0.6 for _ in lines]
        pages = rng.randint(1, 3)
        heads = running_heads(lines, near, pages)
        assert heads == _running_heads_by_every_line(lines, near, pages), (text, near, pages)
        assert list(heads) == list(_running_heads_by_every_line(lines, near, pages))
        found += bool(heads)
    assert found > 100  # the comparison is not only of empty answers


def test_a_page_number_between_middle_dots_is_furniture() -> None:
    from convert.normalize.furniture.shapes import PAGE_NUMBER_RE

    assert PAGE_NUMBER_RE.match("·3·") and PAGE_NUMBER_RE.match("• 12 •")
    assert not PAGE_NUMBER_RE.match("·3") and not PAGE_NUMBER_RE.match("3·甲")


def test_a_bracketed_number_is_a_page_number_only_where_no_label_stands() -> None:
    """`（3）` at a page foot goes (after the text's last line, or cutting a sentence); a list
    label of the same form, over its item's text, stays."""
    from convert.normalize import normalize

    cut = "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻\n（3）\n新发展理念，加快构建新发展格局。"
    assert normalize(cut).text == (
        "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"
    )
    last = "会议指出，要坚持稳中求进工作总基调。\n\n（1）\n"
    assert "（1）" not in normalize(last).text
    labels = "会议提出以下要求：\n（1）\n坚持稳中求进工作总基调。\n（2）\n加快构建新发展格局。"
    assert normalize(labels).text.count("（") == 2
    heading = "主要措施\n（1）\n坚持稳中求进工作总基调，加快构建新发展格局。"
    assert "（1）" in normalize(heading).text


_HEAD_POOL = [
    "",
    "人民日报  2024年3月1日 星期五",
    "2024年3月1日 星期五",
    "第4版 时政",
    "要闻 3",
    "解放日报",
    "— 3 —",
    "\f",
    "\f（上接第1版）",
    "会议强调，要深入贯彻习近平总书记关于长三角一体化发展的",
    "重要指示精神，紧扣一体化和高质量两个关键词。",
    "2024年3月2日",
    "新华每日电讯  2025年1月1日 星期三  第2版 评论",
]


def test_each_line_asked_once_finds_what_every_line_asked_finds() -> None:
    """`_masthead_lines` asks each distinct line once (a head repeats on every page): the same
    indexes, in order, as asking every line; and the pass's edits are the same whether the
    line starts are listed by the caller (`starts_of`) or by each step."""
    from convert.normalize.furniture.masthead import is_masthead
    from convert.normalize.furniture.page_lines import _masthead_lines, starts_of

    rng = random.Random(25)
    found = 0
    for _ in range(1500):
        text = "\n".join(rng.choice(_HEAD_POOL) for _ in range(rng.randint(0, 30)))
        lines = lines_of(text)
        indexes = [i for i in range(len(lines)) if rng.random() < 0.7]
        expected = [i for i in indexes if is_masthead(lines[i].key)]
        assert list(_masthead_lines(lines, indexes)) == expected, text
        edits = furniture_lines(text, lines)
        assert furniture_lines(text, lines, starts_of(lines)) == edits, text
        found += bool(edits) and bool(expected)
    assert found > 100  # not only empty answers compared
