"""The mojibake pass on real and generated damage, and on correct text it must leave alone.

Real cases come from ftfy's own test data (../shared/corpus/ftfy); generated ones encode real
Chinese news text one way and decode it another, the way editors receive it. False repairs are
worse than misses, so correct text in many scripts is checked to come back untouched.
"""

from __future__ import annotations

import json
from collections import Counter

import ftfy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convert.changes import replay
from convert.config import Config
from convert.normalize import PASSES, normalize
from convert.normalize.context import Context
from convert.normalize.mojibake.repair import repair_mojibake
from convert.normalize.mojibake.utf8_as_latin1 import FTFY_CONFIG

from ..conftest import SHARED
from .test_properties import EXAMPLES

FTFY = SHARED / "corpus" / "ftfy"
NEWS = SHARED / "corpus" / "zh-news-xwlb" / "articles.jsonl"
ENCODING_STAGE = PASSES[: [p.name for p in PASSES].index("mojibake") + 1]
needs_corpus = pytest.mark.skipif(not FTFY.is_dir(), reason="shared corpus not present")


def stage(text: str) -> str:
    """Line endings, invisible characters, mojibake: what ftfy's fix_encoding is compared with."""
    result = normalize(text, passes=ENCODING_STAGE)
    assert replay(text, result.changes) == result.text
    return result.text


def _cases(name: str) -> list[dict[str, str]]:
    if not FTFY.is_dir():
        return []
    return json.loads((FTFY / f"{name}.json").read_text(encoding="utf-8"))


# Galley removes control characters (and records it); ftfy keeps them. By design, not a miss.
CONTROL_CASES = ("byte 0x1A", "U+1A on its own")


def _label(case: dict[str, str]) -> str:
    return case["label"][:60]


@needs_corpus
@pytest.mark.parametrize(
    "case",
    [
        c
        for name in ("in-the-wild", "synthetic", "language-names")
        for c in _cases(name)
        if not any(k in c["label"] for k in CONTROL_CASES)
    ],
    ids=_label,
)
def test_ftfy_cases_are_repaired_like_ftfy_fix_encoding(case: dict[str, str]) -> None:
    assert stage(case["original"]) == case.get("fixed-encoding", case["fixed"])


@needs_corpus
@pytest.mark.parametrize("case", _cases("negative"), ids=_label)
def test_ftfy_negative_cases_come_back_unchanged_through_the_whole_normalizer(
    case: dict[str, str],
) -> None:
    # one "negative" case expects ftfy's C1 repair (parlé\x85 → parlé…); the rest are identical
    assert normalize(case["original"]).text == case.get("fixed-encoding", case["fixed"])


@needs_corpus
def test_chinese_utf8_read_as_latin1_from_ftfy_halibote() -> None:
    source = (FTFY / "halibote.txt").read_text(encoding="utf-8")
    expected = (FTFY / "halibote.expected.txt").read_text(encoding="utf-8")
    assert stage(source).strip() == expected.strip()


# --- generated damage on real Chinese news text -------------------------------------------------


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    if not NEWS.exists():
        pytest.skip("shared corpus not present")
    with NEWS.open(encoding="utf-8") as lines:
        articles = [json.loads(next(lines)) for _ in range(12)]
    return [p for a in articles for p in a["paragraphs"]][:60]


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


def test_utf8_read_as_gbk_is_reversed() -> None:
    text = "你好，世界！北京工人日报讯：首都职工认真学习党的二十大报告了"
    damaged = text.encode("utf-8").decode("gb18030")  # lossless: GB18030 maps every byte pair
    assert damaged.startswith("浣犲ソ")
    result = normalize(damaged, passes=ENCODING_STAGE)
    assert result.text == text
    (change,) = result.changes
    assert (change.kind, change.before, change.after) == ("utf8-as-gbk", damaged, text)


def test_bytes_a_gbk_decoder_dropped_are_restored_or_marked(paragraphs: list[str]) -> None:
    """`gbk` with errors="replace" drops bytes: a 、 or “ (only one value fits) comes back; a
    character where several fit becomes � and the change is an error."""
    damaged = "重、热“五一”假期".encode().decode("gbk", errors="replace")
    assert damaged.count("\ufffd") == 3
    result = normalize(damaged, passes=ENCODING_STAGE)
    # 、 and ” are restored; 一 (E4 B8 80) and 个 (E4 B8 AA) both fit and read alike after 五
    # (五一, 五个): marked; of the 64 characters that fit the 期 a final byte broke, 假期 reads
    # far better than the rest: guessed, and the change asks the editor to check it
    assert result.text == "重、热“五\ufffd”假期"
    assert {c.severity for c in result.changes if c.kind == "utf8-as-gbk"} == {"error"}
    kept = 0
    for paragraph in paragraphs:
        out = stage(paragraph.encode().decode("gbk", errors="replace"))
        assert len(out) == len(paragraph)  # one character, or one �, for each lost one
        kept += sum(a == b for a, b in zip(out, paragraph, strict=True))
    assert kept / sum(map(len, paragraphs)) > 0.85


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


def test_nel_inside_mojibake_is_an_ellipsis_but_a_nel_file_still_has_lines() -> None:
    assert stage("Ligne un.\nparlé\x85 Tu sais") == "Ligne un.\nparlé… Tu sais"
    assert stage("first line\x85second line\x85third") == "first line\nsecond line\nthird"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("传达", "会议，传达学习"),  # `ä¼\xa0è¾¾`: ftfy will not decide on a no-break space
        ("委", "国资委、国企"),  # `å§”`: one character
    ],
)
def test_short_utf8_runs_next_to_chinese_are_repaired(phrase: str, expected: str) -> None:
    # xwlb phrases garbled by bench/damage.py (UTF-8 read as cp1252) inside correct text
    garbled = expected.replace(phrase, phrase.encode().decode("cp1252", errors="strict"))
    assert garbled != expected
    assert stage(garbled) == expected
    # the same letters in European text are left alone
    assert stage("Paris ä¼\xa0è¾¾ fin") == "Paris ä¼\xa0è¾¾ fin"


@pytest.mark.parametrize("misread", ["latin-1", "cp1252"])
def test_utf8_mojibake_hard_wrapped_inside_characters(misread: str) -> None:
    # an xwlb phrase garbled (bench/damage.py), then wrapped at 13 characters: most breaks fall
    # inside a character's bytes (`…æº` / `\x90…` is 源), and no line decodes on its own
    phrase = "进一步建设好新能源基础设施网络，推进电网基础设施智能化改造"
    garbled = "".join(
        bytes([b]).decode(misread, errors="ignore") or chr(b) for b in phrase.encode()
    )
    wrapped = "\n".join(garbled[i : i + 13] for i in range(0, len(garbled), 13))
    assert normalize(f"标题\n\n{wrapped}\n").text == f"标题\n\n{phrase}\n"


def test_a_paragraph_end_between_whole_garbled_characters_stays() -> None:
    # whole characters on both sides of the break: nothing says it is a wrap, so the passes
    # that judge line breaks keep their say (here: two paragraphs, each ending a sentence)
    first, second = "会议强调要推进改革。", "会议指出要扩大开放。"
    garbled = f"{first}\n\n{second}\n".encode().decode("latin-1")
    assert normalize(garbled).text == f"{first}\n\n{second}\n"


def test_a_soft_hyphen_after_mojibake_waits_for_the_repair() -> None:
    # xwlb, hard-wrapped with soft hyphens at line ends, then UTF-8 read as Latin-1: ftfy
    # repairs `…äº\x8eÂ` to `…于` and leaves the soft hyphen; joined to the next line before the
    # repair, the `Â` it belonged to was stranded (`于Â维`)
    garbled = "就是致力于\u00ad\n维护一个和平、安全".encode().decode("latin-1")
    assert normalize(garbled).text == "就是致力于维护一个和平、安全"


def test_nels_after_chinese_characters_end_lines() -> None:
    # a NEL-ended file from bench/damage.py (xwlb): after a Han character, or a soft hyphen left
    # at a line end, U+0085 cannot be cp1252's "…"; a blank line is two NELs in a row
    text = "美丽中国\x85\x85央视网消息（新闻联播）：春天里的中国，山河壮丽\u00ad\x85生机盎然。\x85"
    assert stage(text) == "美丽中国\n\n央视网消息（新闻联播）：春天里的中国，山河壮丽\n生机盎然。\n"
    # nor after a page number's dash or a zero-width space
    text = "此前联通外界的唯一\u200b\x85桥梁被洪水冲毁\x85— 1 —\x85\x85央视网 | 新闻联播\x85"
    assert stage(text) == "此前联通外界的唯一\n桥梁被洪水冲毁\n— 1 —\n\n央视网 | 新闻联播\n"


def _gbk_as_latin1(text: str) -> str:
    return text.encode("gbk").decode("latin-1")


def test_gbk_mojibake_hard_wrapped_inside_characters() -> None:
    # xwlb, seed 0 article 17 of bench/damage.py: a GBK phrase read as Latin-1, wrapped so that a
    # line ends on the lead byte of 共 (`…µÈ¹` / `²£±…`); neither line decoded, and ftfy took
    # `Î¯` (委) for the Greek `ί`
    garbled = "此次签约包括中Á¸¼¯ÍÅ\n¡¢ÖÐ¹ú±¦ÎäµÈÑëÆó,ºÍµØ·½¹ú×ÊÎ¯¡¢¹úÆóµÈ¹\n²£±£±×éÏîÄ¿¡£Ä¿前,央企"
    assert stage(garbled) == (
        "此次签约包括中粮集团\n、中国宝武等央企,和地方国资委、国企等共１１组项目。目前,央企"
    )


def test_gbk_run_keeps_the_texts_own_quotes_and_soft_hyphen_at_its_edges() -> None:
    # xwlb (seed 0 article 108): the run ran into the text's own `“`, an odd byte out
    text = "人员运送和后勤补给任务，“天惠”轮货船"
    garbled = text.replace("和后勤补给任务，", _gbk_as_latin1("和后勤补给任务，"))
    assert stage(garbled) == text
    soft = "发展新能" + _gbk_as_latin1("源潜力") + "\u00ad\n" + _gbk_as_latin1("巨大") + "。"
    assert stage(soft) == "发展新能源潜力\n巨大。"
    # no-break spaces indenting the line are no GBK bytes (seed 0 article 35: `牋牋`)
    indented = "\xa0\xa0\xa0\xa0ÖÐ¹²ÖÐÑëÕþÖÎ¾Ö³£Î¯²ÌÆæ\x17¡¢¶¡Ñ¦Ïé³ö席。"
    assert stage(indented) == "    中共中央政治局常委蔡奇、丁薛祥出席。"


def test_one_gbk_character_inside_chinese_text_is_repaired() -> None:
    # xwlb (seed 1 article 254): `Ê±` is 时; ftfy read it as UTF-8, the letter `ʱ`
    assert stage("运大客流，今天零Ê±起，全国铁路同步") == "运大客流，今天零时起，全国铁路同步"
    # signs Chinese and Japanese text use themselves are no mojibake, nor is a Latin word
    for text in ("それでも○○したら××まで△△する", "温度为２０°±２度", "中文 café 文字"):
        assert stage(text) == text


def test_nel_ended_utf8_mojibake_keeps_its_line_ends() -> None:
    # xwlb (seed 0 article 96), NEL line ends, UTF-8 read as cp1252 and wrapped: a NEL after a
    # whole character (`éšœ` is 障) or one cutting a character (`äº` / `º` is 人) ends a line,
    # it is no cp1252 `…`; a 0x85 byte inside a character (`å\x85±` is 共) stays a byte
    garbled = "这部法律为ä¿\x9déšœ\x85æ®‹ç–¾äººã€\x81è€\x81å¹´äº\x85ºå¹³ç\xad‰ã€\x81å……åˆ†\x85"
    assert stage(garbled) == "这部法律为保障\n残疾人、老年人平等、充分\n"  # 人 cut: one line
    assert stage("有广泛å\x85±å\x90\x8cå\x88©ç\x9b\x8a\x85") == "有广泛共同利益\n"
    # GBK (seed 1 article 224): a NEL inside 优 (`Ó` / `Å`), and one before an indentation
    garbled = _gbk_as_latin1("指数首次提高到") + '"' + _gbk_as_latin1("优秀")[:1] + "\x85"
    garbled += _gbk_as_latin1("优秀")[1:] + '"等级\x85    记者'
    assert stage(garbled) == '指数首次提高到"优秀"等级\n    记者'


def test_soft_hyphen_at_a_line_end_inside_a_utf8_character() -> None:
    # xwlb (seed 1 articles 130, 237): `…åŸºç\xad` / `¡€…` is 基础 with a soft hyphen at the line
    # end; in `…å\xad` / `¦…` byte 0xAD belongs to 学
    garbled = "新能æº\x90åŸºç\u00ad\n¡€è®¾æ–½ç½‘ç»œ"
    assert stage(garbled) == "新能源基础设施网络"
    garbled = "ç©ºé\x97´ç§\x91å\xad\n¦å®\x9eéª\x8c"
    assert stage(garbled) == "空间科学实验"


def test_invisible_characters_outside_mojibake_are_still_removed() -> None:
    assert stage("CÃ\xa0nan 中文\u00a0字 soft\u00adhyphen") == "Cànan 中文 字 softhyphen"


# --- correct text must not change -----------------------------------------------------------------

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


def test_ftfy_is_configured_not_to_touch_chinese_punctuation() -> None:
    punctuated = "他说，“你好”；（测试）：全角ＡＢＣ、﨑"
    assert ftfy.fix_text(punctuated, FTFY_CONFIG) == punctuated
    assert ftfy.fix_text(punctuated) != punctuated  # the defaults would damage it


# --- invariants with mojibake in the mix ----------------------------------------------------------

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


@SETTINGS
@given(MOJIBAKE_TEXTS)
def test_mojibake_repairs_replay_and_are_idempotent(source: str) -> None:
    result = normalize(source)
    assert replay(source, result.changes) == result.text
    again = normalize(result.text)
    assert again.text == result.text
    assert [c for c in again.changes if not c.is_flag] == []


@SETTINGS
@given(MOJIBAKE_TEXTS)
def test_no_letter_disappears_unrecorded_with_mojibake(source: str) -> None:
    result = normalize(source)
    kept = Counter(c for c in source if c.isalnum())
    lost = kept - Counter(c for c in result.text if c.isalnum())
    removed: Counter[str] = Counter()
    for change in result.changes:
        removed.update(c for c in change.before if c.isalnum())
    assert not lost - removed
