"""Each repair pass on small inputs: what it must change and what it must leave alone."""

from __future__ import annotations

import pytest

from convert.changes import replay
from convert.config import Config
from convert.normalize import normalize


def fixed(text: str) -> str:
    result = normalize(text)
    assert replay(text, result.changes) == result.text
    return result.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a\r\nb\rc\u2028d", "a b c d"),  # line endings become LF, then the wrapped lines join
        ("第一段\r\n\r\n第二段", "第一段\n\n第二段"),
        ("中\u200b文\ufeff字", "中文字"),
        ("hy\u00adphen", "hyphen"),
        ("bell\x07s", "bells"),
        ("family 👨\u200d👩\u200d👧 stays", "family 👨\u200d👩\u200d👧 stays"),
        ("中文\u00a0字", "中文 字"),
        ("10\u00a0km", "10\u00a0km"),
    ],
)
def test_line_endings_and_invisible_characters(source: str, expected: str) -> None:
    assert fixed(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("ＡＢＣ１２３，全角", "ABC123，全角"),
        ("他说,好的;然后:走?对!", "他说，好的；然后：走？对！"),
        ("共 1,000 人，圆周率 3.14，时间 10:30。", "共 1,000 人，圆周率 3.14，时间 10:30。"),
        ("Hello, world; fine: yes? no!", "Hello, world; fine: yes? no!"),
        ("报告(上)", "报告（上）"),
        ("使用 Python (a language) 编程", "使用 Python (a language) 编程"),
        ('他说"你好"。', "他说“你好”。"),
        ("等等...还有。。。", "等等……还有……"),
        ("中文--破折号", "中文——破折号"),
        ("网址 https://example.com/a,b 请访问", "网址 https://example.com/a,b 请访问"),
        ("智慧, 力量", "智慧，力量"),
    ],
)
def test_width_and_cjk_punctuation(source: str, expected: str) -> None:
    assert fixed(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("我们在\n北京开会。", "我们在北京开会。"),
        ("It is a truth\nuniversally acknowledged.", "It is a truth universally acknowledged."),
        ("a well-\nknown fact.", "a well-known fact."),
        ("“Hello,”\nshe said.", "“Hello,” she said."),
        ("　　第一段开头\n继续。\n　　第二段开头。", "　　第一段开头继续。\n\n第二段开头。"),
    ],
)
def test_hard_wrapped_lines_are_joined(source: str, expected: str) -> None:
    assert fixed(source) == expected


def test_layout_break_joins_fragment_but_not_heading() -> None:
    cut = "第二段在排版时被分栏和分页打断，后半句跑到了下一栏的开头，读者看到的是两段不完整的文字，在这"
    text = f"标题\n\n第一段结束。\n\n{cut}\n\n里继续。\n\n小标题\n\n正文。"
    assert fixed(text) == f"标题\n\n第一段结束。\n\n{cut}里继续。\n\n小标题\n\n正文。"


def test_a_heading_after_a_paragraph_without_final_stop_is_kept() -> None:
    text = "标题\n\n这一段缺少句号\n\n东城区总工会\n\n正文。"
    assert fixed(text) == text


def test_a_fragment_ending_in_a_pause_always_continues() -> None:
    text = "标题\n\n区总工会党组书记、\n\n主席王振华表示。"
    assert fixed(text) == "标题\n\n区总工会党组书记、主席王振华表示。"


def test_english_layout_break_joins_with_a_space() -> None:
    text = "Title Here\n\nThe meeting went on until\n\nthe evening came."
    assert fixed(text) == "Title Here\n\nThe meeting went on until the evening came."


def test_stray_word_not_in_dictionary_is_flagged_not_changed() -> None:
    result = normalize("我们的 the 力量。使用Python开发。")
    assert result.text == "我们的 the 力量。使用Python开发。"
    (flag,) = result.flags
    assert flag.kind == "stray-word" and flag.before == "the" and flag.severity == "warning"


def test_stray_dictionary_is_configurable() -> None:
    config = Config(stray_replacements={"the": "这"})
    assert normalize("我们的 the 力量。", config).text == "我们的这力量。"


def test_missing_glyph_is_flagged_outside_a_byline() -> None:
    result = normalize("□本报记者 张三\n\n他说□很好。")
    (flag,) = result.flags
    assert flag.kind == "missing-glyph" and flag.line == 3
