"""The mojibake pass on generated damage, and on correct text it must leave alone.

Generated damage encodes real Chinese news text one way and decodes it another, the way editors
receive it. False repairs are worse than misses, so correct text in many scripts is checked to
come back untouched.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from convert.changes import replay
from convert.config import Config
from convert.normalize import PASSES, incremental, normalize
from convert.normalize.context import Context
from convert.normalize.mojibake import index
from convert.normalize.mojibake.repair import repair_mojibake

from ..test_properties import EXAMPLES
from .conftest import ENCODING_STAGE, news_paragraphs, stage


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return news_paragraphs(12)[:60]


def sloppy_cp1252(data: bytes) -> str:
    """Windows' and browsers' cp1252: the five undefined bytes pass through as C1 characters."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data
    )


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: s.encode("utf-8").decode("latin-1"),
        lambda s: sloppy_cp1252(s.encode("utf-8")),
        lambda s: s.encode("gb18030").decode("latin-1"),
        lambda s: sloppy_cp1252(s.encode("gb18030")),
    ],
    ids=["utf8-as-latin1", "utf8-as-cp1252", "gbk-as-latin1", "gbk-as-cp1252"],
)
def test_lossless_histories_are_reversed_exactly(paragraphs: list[str], damage) -> None:  # type: ignore[no-untyped-def]
    restored = sum(stage(damage(p)) == p for p in paragraphs)
    assert restored == len(paragraphs)


def test_the_repair_is_one_localized_change_per_run() -> None:
    source = "第一行正常。\n他说ä¸­æ–‡很好，还有ÄãºÃ。\n"
    result = normalize(source, passes=ENCODING_STAGE)
    assert result.text == "第一行正常。\n他说中文很好，还有你好。\n"
    found = [(c.kind, c.before, c.after, c.line, c.column) for c in result.changes]
    assert found == [
        ("utf8-as-latin1", "ä¸\xadæ–‡", "中文", 2, 3),
        ("gbk-as-latin1", "ÄãºÃ", "你好", 2, 14),
    ]


def test_lost_characters_are_flagged_as_errors() -> None:
    result = normalize("报告\ufffd内容，锟斤拷结尾。")
    flags = [(c.kind, c.before, c.severity, c.column) for c in result.changes if c.is_flag]
    assert flags == [
        ("lost-character", "\ufffd", "error", 3),
        ("lost-character", "锟斤拷", "error", 7),
    ]
    (garbled,) = normalize("锟斤拷锟斤拷").changes  # on its own: the two U+FFFD it stands for
    assert (garbled.after, garbled.severity) == ("\ufffd" * 4, "error")


CORRECT = [
    "北京工人日报讯，首都职工认真学习党的二十大报告：“团结奋斗”；（完）……——",
    "魯迅在《吶喊》的自序裡說：我在年青時候也曾經做過許多夢，後來大半忘卻了。",
    "東京では今日、桜が満開になりました。「春ですね」と彼女は言った。",
    "서울에서 오늘 벚꽃이 만개했습니다. 많은 사람들이 공원을 찾았습니다.",
    "涓 浣 锟 鍙 — rare characters on their own stay: 漏水，鏈条，浜水。",
    "Größe, Straße, Müller; café, naïve, déjà vu; São Paulo, coração; Ærø, Øresund, Åland.",
    "MÄ£ÄM ÌÑÌ Q £ÄGÌ GÄLÄW ÑÍCH SÖÄ£ — ÀÉÎÕÜ ÇÃÊÔ ÂÊÎÔÛ ËÏÜŸ",
    "Beta Haber: Hırsızı Büyü Korkuttu; Ελληνικά; Čeština; Lietuvių; İstanbul",
    "Ελληνικά κείμενα, русский текст, עברית, العربية, ไทย, हिन्दी, Tiếng Việt.",
    "Emoji 👨‍👩‍👧 and ½ ¼ ¾ × ÷ ± ° § ¶ © ® ™ €100 £5 ¥300",
    "Ｆｕｌｌ　ｗｉｄｔｈ，全角；（括号）“引号”‘单引’——破折号……省略号",
    "日本語のテキスト：ｶﾀｶﾅ　全角スペース　〜波ダッシュ〜",
]


@pytest.mark.parametrize("text", CORRECT)
def test_correct_text_in_many_scripts_is_left_alone(text: str) -> None:
    assert repair_mojibake(text, Config(), Context()) == []


def test_real_chinese_news_is_left_alone(paragraphs: list[str]) -> None:
    text = "\n".join(paragraphs)
    assert repair_mojibake(text, Config(), Context()) == []


MOJIBAKE_PIECES = st.sampled_from(
    [
        "ä¸­æ–‡",
        "Ã©",
        "Ã\xa0",
        "â€œ",
        "â€",
        "\x85",
        "\x93",
        "\xad",
        "\xa0",
        "浣犲ソ",
        "锛屼笘鐣",
        "\ufffd",
        "锟斤拷",
        "ÄãºÃ",
        "¡£",
        "中文",
        "你好",
        "，",
        "\n",
        " ",
        "a",
        "1",
        "é",
    ]
)
MOJIBAKE_TEXTS = (
    st.lists(MOJIBAKE_PIECES, max_size=30).map("".join)
    | st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=40)
    | st.binary(max_size=40).map(lambda b: b.decode("gb18030", errors="replace"))
)
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


# ftfy repairs `Ã©` by deleting the first six characters and inserting five at the end (difflib's
# alignment): the insertion's record was kept for the next round too, which made it again
DUPLICATED_ONCE = "ÄãºÃÃ©ÄãºÃé"
WORD_TWICE = "ä¸\xadæ–‡中文"
# a GBK character cut by the line break (`Ã` / `â`), and ftfy's alignment of the line joined across
# it inserting `“` right where the break was: the insertion was mapped back as an edit ending
# before it started (found by Hypothesis)
INSERTED_AT_A_CUT = "â€œÄãºÃ\nâ€œâ€"


def test_a_repair_that_ends_in_an_insertion_is_made_once() -> None:
    result = normalize(DUPLICATED_ONCE)
    assert result.text == "你好槟愫瞄"
    assert [(c.kind, c.before, c.after, c.step) for c in result.changes] == [
        ("utf8-as-latin1", "ÄãºÃÃ©", "", 2),
        ("utf8-as-latin1", "", "ÄãºÃé", 2),
        ("gbk-as-latin1", "ÄãºÃéÄãºÃé", "你好槟愫瞄", len(PASSES) + 2),  # round 2, mojibake
    ]
    assert normalize(result.text).text == result.text
    # the same alignment where a word's mojibake ends a text before the word itself (found by a
    # longer Hypothesis search): it came out as four 中文
    assert normalize(WORD_TWICE).text == "中文中文"


@SETTINGS
@given(MOJIBAKE_TEXTS)
@example(DUPLICATED_ONCE)
@example(WORD_TWICE)
def test_normalize_is_the_same_without_repairs_kept_between_texts(source: str) -> None:
    """The mojibake repairs kept from the text before (`incremental.LineLocal`) and those of a
    few lines (`index.SpanIndex`) change nothing: each text computed whole gives the same."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(incremental, "DERIVED_EDIT_CHARACTERS", 1)  # (short texts derived too)
        fast = normalize(source)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(incremental, "DERIVED_EDIT_CHARACTERS", 1 << 40)
        patch.setattr(index, "STRETCH_CHARACTERS", 1 << 40)
        assert normalize(source) == fast


@SETTINGS
@given(MOJIBAKE_TEXTS)
@example(DUPLICATED_ONCE)
@example(WORD_TWICE)
@example(INSERTED_AT_A_CUT)
def test_mojibake_repairs_replay_and_are_idempotent(source: str) -> None:
    result = normalize(source)
    assert replay(source, result.changes) == result.text
    again = normalize(result.text)
    assert again.text == result.text
    assert [c for c in again.changes if not c.is_flag] == []


@SETTINGS
@given(MOJIBAKE_TEXTS)
@example(DUPLICATED_ONCE)
@example(WORD_TWICE)
def test_no_letter_disappears_unrecorded_with_mojibake(source: str) -> None:
    result = normalize(source)
    kept = Counter(c for c in source if c.isalnum())
    lost = kept - Counter(c for c in result.text if c.isalnum())
    removed: Counter[str] = Counter()
    for change in result.changes:
        removed.update(c for c in change.before if c.isalnum())
    assert not lost - removed
