"""Lines that keep their break (`unwrap.kept`): list items, notes, tab table rows, a byline."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.blocks import ends_paragraph
from convert.config import Config
from convert.headings import (
    BYLINE_CJK_RE,
    JA_ITEM_RE,
    JA_NOTE_RE,
    LIST_ITEM_RE,
    NOTE_RE,
    is_byline_line,
    is_table_row,
    opens_own_line,
)
from convert.markers import next_item
from convert.normalize.unwrap.kept import (
    keeps_break,
    may_keep_line,
    scene_break,
    subhead_over_indent,
)

from ...support.normalized import paragraphs
from .texts import wrap

ITEMS = [
    "首先，要坚持稳中求进工作总基调。",
    "其次，要着力扩大国内需求。",
    "最后，要深化重点领域改革。",
]


@pytest.mark.parametrize("marks", [["1.", "2.", "3."], ["（一）", "（二）", "（三）"], ["• "] * 3])
@pytest.mark.parametrize("width", [12, 20])
def test_list_items_stay_apart_and_their_own_wraps_are_joined(marks: list[str], width: int) -> None:
    items = [m + i for m, i in zip(marks, ITEMS, strict=True)]
    text = "会议提出以下要求。\n\n" + "\n".join(
        line for item in items for line in wrap(item, width)
    )
    assert paragraphs(text) == ["会议提出以下要求。", *items]


def test_table_rows_are_never_joined() -> None:
    rows = ["项目\t去年\t今年\t增长", "粮食产量\t13908\t14130\t1.6%", "货物贸易\t4200\t4380\t4.3%"]
    text = "\n".join(
        wrap("今年以来，主要指标保持增长，具体如下表所示，数据来自统计部门。", 16) + rows
    )
    assert paragraphs(text)[-3:] == rows


def test_notes_keep_their_lines() -> None:
    body = "这是正文的最后一段，文中引用了相关数据[1]。"
    notes = ["[1] 资料来源：国家统计局。", "[2] 数据截至上月底，部分数据为初步统计。"]
    text = "\n".join(wrap(body, 14) + notes)
    assert paragraphs(text) == [body, *notes]


def test_a_byline_under_the_headline_stays_its_own_line() -> None:
    text = "习近平出席仪式并发表讲话\n□本报记者 张三 李四\n　　仪式在北京举行。\n　　与会代表认为，这次会议十分重要。"
    assert paragraphs(text)[1] == "□本报记者 张三 李四"


@pytest.mark.parametrize(
    ("line", "next_line"),
    [
        ("同比增长", "3.5%，高于上年同期。"),  # a decimal, not an item
        (
            "记者从国家统计局获悉，今年",
            "记者看到为商业卫星研发的发动机",
        ),  # a sentence, not a byline
        ("他说，这是", "一个重要的时刻。"),
    ],
)
def test_ordinary_wraps_are_not_kept(line: str, next_line: str) -> None:
    assert not keeps_break(line, next_line)


def test_a_list_right_under_the_headline_stays_apart_from_it() -> None:
    text = "会议部署今年重点工作\n（一）坚持稳中求进工作总基调。\n（二）着力扩大国内需求。"
    assert paragraphs(text) == [
        "会议部署今年重点工作",
        "（一）坚持稳中求进工作总基调。",
        "（二）着力扩大国内需求。",
    ]


def test_the_next_item_starts_its_line_though_its_text_opens_with_a_number() -> None:
    items = ["1. 国务院新闻办公室今天举行发布会，介绍有关情况。", "2.2023年，我国江河洪水多发重发。"]
    text = "\n".join(line for item in items for line in wrap(item, 12))
    assert paragraphs(text) == items
    # the same line after a clause of the item, or with no item before it, is a wrap
    assert not keeps_break("全年增长", "2.5%，高于上年。", "1. 全年增长")
    assert not keeps_break("今年以来增长。", "2.2023年，…", "今年以来增长。")


def test_japanese_items_opened_by_the_middle_dot_keep_their_lines() -> None:
    # issue 12 (ja-livedoor-more): a related-articles list under its label, no item ends a
    # sentence and each closes on a tag
    items = [
        "・USBとシガーソケット電源対応加湿器が登場【売れ筋チェック】",
        "・三菱電機から節電可能な頼もしい冷蔵庫が新発売【話題】",
        "・１０月１６日は「ジョブズの日」カリフォルニア州が制定",
    ]
    assert paragraphs("\n".join(["■関連記事", *items]))[-3:] == items
    # `・` inside a word wrapped to a line's start, after a line that ends no sentence: joined
    text = "英国の伝統へのリスペクトを背景に、ポール\n・スミスはモダンなコレクションを発表した。"
    assert paragraphs(text) == [text.replace("\n", "")]


# what completes a match of `LIST_ITEM_RE`, `NOTE_RE` or `BYLINE_CJK_RE` after its first
# character, or after a first character that an optional mark or white space takes
COMPLETIONS = [
    ". 首先",
    "1. 首先",
    "、首先",
    "一、首先",
    "一）首先",
    "1）首先",
    " 首先",
    "首先",
    "1] 资料来源",
    "1］资料来源",
    "：资料来源",
    "1：资料来源",
    *[
        rest + " 张三"
        for role in ("记者", "通讯员", "评论员", "撰稿人", "特约记者", "实习记者")
        for prefix in ("", "本报", "本刊", "新华社", "央视")
        for rest in ((prefix + role)[1:], prefix + role, " " + prefix + role)
    ],
]


def test_a_line_may_keep_its_break_only_by_its_first_character_or_a_tab() -> None:
    """`may_keep_line`: no character of the Basic Multilingual Plane that it turns away opens a
    match of the list, note or byline patterns, whatever completes it; and each character it
    lets through does open one (the set is no wider than the patterns)."""
    either = re.compile(
        "|".join(f"(?:{p.pattern})" for p in (LIST_ITEM_RE, NOTE_RE, BYLINE_CJK_RE, JA_ITEM_RE, JA_NOTE_RE)
        )
    )
    for code in range(0x10000):
        first = chr(code)
        lines = [first + rest for rest in COMPLETIONS]
        opens = any(either.match(line) for line in lines)
        if not may_keep_line(first):
            assert not opens, hex(code)
            assert not any(opens_own_line(line) or is_byline_line(line) for line in lines[:3])
        elif not first.isdecimal() and not first.isspace():
            assert opens, hex(code)
    assert may_keep_line("粮食产量\t13908") and not may_keep_line("粮食产量 13908")
    assert not may_keep_line("")


def _old_keeps_break(line: str, next_line: str, first: str = "") -> bool:
    """`keeps_break` before `may_keep_line` was asked first."""
    return (
        opens_own_line(next_line, line)
        or is_table_row(line)
        or is_byline_line(line)
        or (ends_paragraph(line) and next_item(next_line, first))
    )


PIECES = ["一、", "1.", "（二）", "①", "• ", "[1] ", "注：", "□", "本报记者 ", "记者", "　", " "]
WORDS = ["张三", "李四", "会议指出，", "2023年", "增长3.5%。", "资料来源：", "加强合作", "\t"]


@given(
    st.lists(st.sampled_from(PIECES + WORDS), min_size=0, max_size=5),
    st.lists(st.sampled_from(PIECES + WORDS), min_size=0, max_size=5),
    st.sampled_from(["", "1. 首先", "（一）首先", "会议指出"]),
)
@settings(max_examples=400, deadline=None)
def test_keeps_break_is_the_plain_definition(line: list[str], after: list[str], first: str) -> None:
    line_text, next_text = "".join(line), "".join(after)
    assert keeps_break(line_text, next_text, first) == _old_keeps_break(line_text, next_text, first)


def test_a_japanese_note_keeps_its_line_under_a_heading_and_a_paragraph() -> None:
    # issue 12 (ja-livedoor-more, kaden-channel-6310101): the unwrap and layout passes joined
    # each `※` note to the `■` line above it
    lines = [
        "当日は二つのブロックに分けて講座を進めることにしたので、",
        "興味のある方はぜひ参加してほしい。",
        "■【アカデミックブロック】で６０分！（目安）",
        "※なんとなく知っていたこと、スッキリと整理できて、誰かに話したくなる６０分",
    ]
    assert keeps_break(lines[2], lines[3])
    assert paragraphs("\n".join(lines)) == ["".join(lines[:2]), *lines[2:]]


def test_a_scene_break_keeps_its_lines_spaced_or_closed_up() -> None:
    assert scene_break("soon cease to regret him at all.\u201d", "*****")
    assert scene_break("* * * * *", "The surprise of the rest of the family, on hearing who")
    assert not scene_break("** a footnote", "and more")
    assert not scene_break("*" * 20, "*" * 20)  # one long row, wrapped
    got = paragraphs("soon cease to regret him at all.\u201d\n*****\nThe surprise of the rest.")
    assert got == ["soon cease to regret him at all.\u201d", "*****", "The surprise of the rest."]


# a news-in-brief column: each item's head set flush over its indented paragraph, the paragraph
# above ending on a full line (every line here is 20 characters wide)
BRIEFS = (
    "　　央视网消息（新闻联播）：\n"
    "电网故障导致波多黎各大量用户断电\n"
    "　　美国联邦领地波多黎各当天清晨遭遇大面积停\n"
    "电，截至当地时间晚上，仍有部分用户供电没有恢复。\n"
    "日本北海道大雪 航班受影响\n"
    "　　日本北海道多地遭遇强降雪，新千岁机场取消了\n"
    "数十个航班，大量旅客滞留机场，交通受到影响。"
)


def test_a_flush_subhead_under_a_full_last_line_keeps_its_lines() -> None:
    assert [p.lstrip("\u3000") for p in paragraphs(BRIEFS)] == [
        "央视网消息（新闻联播）：",
        "电网故障导致波多黎各大量用户断电",
        "美国联邦领地波多黎各当天清晨遭遇大面积停电，截至当地时间晚上，仍有部分用户供电没有恢复。",
        "日本北海道大雪 航班受影响",
        "日本北海道多地遭遇强降雪，新千岁机场取消了数十个航班，大量旅客滞留机场，交通受到影响。",
    ]


def test_a_flush_subhead_at_a_page_foot_keeps_its_lines_over_the_next_page_indent() -> None:
    # the head of the second item falls at the foot of a page; its item opens the next page
    lines = BRIEFS.split("\n")
    foot = ["", "— 3 —", "", "北京日报  2023年9月1日 星期五", ""]
    text = "\n".join([*lines[:5], *foot, *lines[5:]])
    got = [p.strip("\u3000\n") for p in paragraphs(text)]
    assert [p for p in got if p] == [p.lstrip("\u3000") for p in paragraphs(BRIEFS)]


@pytest.mark.parametrize(
    ("line", "subhead", "opened", "kept"),
    [
        ("仍有部分用户供电没有恢复。", "日本北海道大雪 航班受影响", False, True),
        ("央视网消息（新闻联播）：", "电网故障导致波多黎各大量用户断电", False, True),  # a dateline
        ("他就推进合作提出五点建议：", "深化执法安全合作", True, True),  # opened with an indent
        ("新华社广州7月1日电（记者徐华英）", "中央档案馆集中开放一批档案", False, True),
        ("【大国工匠】刘争：", "薄壁精雕 重器问天", False, False),  # a headline's first line
        ("仍有部分用户供电没有", "恢复和发展", False, False),  # the line above ends no sentence
        ("仍有部分用户供电没有恢复。", "但是已经开始抢修，", False, False),  # a pause: running text
        ("仍有部分用户供电没有恢复。", "他说。一切正常", False, False),  # a stop inside: no heading
        ("多地遭遇强降雪。", "のぞみ号が運休", False, False),  # kana
    ],
)
def test_subhead_over_indent(line: str, subhead: str, opened: bool, kept: bool) -> None:
    assert subhead_over_indent(line, subhead, Config(), opened) is kept
