"""UTF-8 read as GBK with errors="replace": the byte model, the choice among what fits, phrases
inside correct text, whole texts, and correct text (simplified, traditional, Japanese) that must
come back untouched.

Damage is made the way it happens: real news sentences encoded as UTF-8 and decoded by Python's
own GBK codec with errors="replace".
"""

from __future__ import annotations

import json
import random

import pytest

from convert.changes import replay
from convert.normalize import PASSES, normalize
from convert.normalize.mojibake import chooser
from convert.normalize.mojibake.chooser import recover
from convert.normalize.mojibake.common import REPLACEMENT
from convert.normalize.mojibake.phrases import START_CHARACTERS, find_phrases
from convert.normalize.mojibake.read_back import (
    HOLE,
    fitting_characters,
    gbk_bytes,
    read_stretch,
    rejected,
)
from convert.normalize.mojibake.spans import line_repairs, mojibake_spans
from convert.normalize.mojibake.word_model import text_cost

from ..conftest import SHARED

CORPUS = SHARED / "corpus"
NEWS = CORPUS / "zh-news-xwlb" / "articles.jsonl"
NAHAN = CORPUS / "zh-hant-gutenberg-nahan" / "27166-0.txt"
LIVEDOOR = CORPUS / "ja-news-livedoor"
ENCODING_STAGE = PASSES[: [p.name for p in PASSES].index("mojibake") + 1]
needs_corpus = pytest.mark.skipif(not NEWS.exists(), reason="shared corpus not present")


def misread(text: str) -> str:
    """UTF-8 bytes read by a GBK decoder that replaces what it cannot read."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def stage(text: str) -> str:
    result = normalize(text, passes=ENCODING_STAGE)
    assert replay(text, result.changes) == result.text
    return result.text


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    if not NEWS.exists():
        pytest.skip("shared corpus not present")
    with NEWS.open(encoding="utf-8") as lines:
        articles = [json.loads(next(lines)) for _ in range(30)]
    return [p for a in articles for p in a["paragraphs"]]


# --- the decoder's own rules -----------------------------------------------------------------


@needs_corpus
def test_each_replacement_is_exactly_one_dropped_byte(paragraphs: list[str]) -> None:
    """The model everything rests on: a GBK decoder with errors="replace" writes one U+FFFD per
    byte it drops, so the damaged text gives back every other byte in place."""
    for paragraph in paragraphs[:200]:
        original = paragraph.encode("utf-8")
        template = [b for ch in misread(paragraph) for b in gbk_bytes(ch) or ()]
        assert len(template) == len(original)
        assert all(t in (HOLE, o) for t, o in zip(template, original, strict=True))
        assert all(rejected(o, None) for t, o in zip(template, original, strict=True) if t == HOLE)


def test_a_lost_byte_is_always_a_continuation_byte() -> None:
    """GBK pairs every UTF-8 lead byte with every continuation byte, so a lead is never dropped;
    0x80 is dropped before anything."""
    assert not any(
        rejected(lead, trail) for lead in range(0xC2, 0xF5) for trail in range(0x80, 0xC0)
    )
    assert all(rejected(0x80, following) for following in (None, 0x80, 0xBF, 0xE5, 0x41))


def test_what_fits_a_lost_byte_is_narrowed_by_the_byte_after_it() -> None:
    # 总 is E6 80 BB: in front of E5 (the next character) only a handful of bytes are dropped
    fits = fitting_characters((0xE6, HOLE, 0xBB), 0xE5)
    assert "总" in fits and len(fits) == 8
    # at a line end (or where the damaged piece ended) any continuation byte could have been
    assert len(fitting_characters((0xE5, 0xBC, HOLE), None)) == 64
    # two lost bytes in one character: the decoder's rule holds for both
    assert "议" in fitting_characters((0xE8, HOLE, HOLE), 0xE3)


def test_a_stretch_reads_back_the_characters_and_where_it_may_end() -> None:
    damaged = misread("电视总台")  # 鐢佃�嗘�诲彴: 视 and 总 each lost a byte
    stretch = read_stretch(damaged, 0, len(damaged))
    assert [s.char for s in stretch.slots] == ["电", REPLACEMENT, REPLACEMENT, "台"]
    assert stretch.ends[-1] == (len(damaged), 4)
    assert recover(stretch.slots).text == "电视总台"
    # correct text stops the reading at once: its GBK bytes are no UTF-8
    assert read_stretch("中国", 0, 2).slots == ()


# --- choosing among what fits -----------------------------------------------------------------


def test_the_word_model_prefers_words_to_their_mojibake() -> None:
    assert text_cost("电视总台主办的庆") < text_cost("鐢佃嗘诲彴涓诲姙鐨勫簡") - 20


def test_a_lost_byte_is_guessed_only_where_one_character_reads_clearly_best() -> None:
    damaged = misread("国旗仪式")  # 仪 and 式 each lose their last byte: 浠� and 寮�
    assert damaged.endswith("浠\ufffd寮\ufffd")
    stretch = read_stretch(damaged, 0, len(damaged))
    recovered = recover(stretch.slots, ended=True)
    assert (recovered.text, recovered.lost) == ("国旗仪式", 0)
    # where the damaged piece ends, 个 (E4 B8 AA) is one of 64 characters that fit, and 一万,
    # 一七, 一丁 read about as well as 一个 with nothing after them: it stays lost
    damaged = misread("他说一个")
    stretch = read_stretch(damaged, 0, len(damaged))
    recovered = recover(stretch.slots, ended=True)
    assert (recovered.text, recovered.guessed, recovered.lost) == (f"他说一{REPLACEMENT}", 1, 1)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("这是我国第22个全国科普日。", "第"),
        ("和距月球约59万公里的地方。", "约"),
        ("今年前三季度顺差达171亿美元。", "达"),
    ],
)
def test_a_byte_lost_before_a_number_is_judged_as_leading_it(text: str, lead: str) -> None:
    """Before ASCII any of 64 characters fits, and the word list holds no digits beside
    characters: 第, 约, 达 before a number are told from 笫, 纾, 辽 by what news puts there."""
    damaged = misread(text)
    assert damaged[damaged.index(next(c for c in text if c.isdigit())) - 1] == REPLACEMENT
    result = normalize(damaged, passes=ENCODING_STAGE)
    assert result.text == text
    assert any(f"{lead} (character" in c.message for c in result.changes)


# --- phrases inside correct text --------------------------------------------------------------

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


@needs_corpus
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


def test_a_phrase_cut_by_a_hard_wrap_inside_a_character_is_read_across_it() -> None:
    text = "中青年干部培训班学员参加开班式，中央有关部门负责同志列席开班式。"
    damaged = text.replace("学员参", misread("学员参"))
    cut = damaged.index("﹀")  # 学 is E5 AD A6: the wrap fell after E5 AD (瀛)
    wrapped = damaged[:cut] + "\n" + damaged[cut:]
    result = normalize(wrapped, passes=ENCODING_STAGE)
    assert result.text == text
    (change,) = result.changes
    assert "\n" in change.before and change.after == "学员参"


def test_garbled_replacement_characters_stay_flagged() -> None:
    """锟斤拷 is U+FFFD itself written as UTF-8 and read as GBK: nothing to decode."""
    result = normalize("报告锟斤拷结尾。", passes=ENCODING_STAGE)
    assert [(c.kind, c.before) for c in result.changes] == [("lost-character", "锟斤拷")]


# --- a whole text misread ------------------------------------------------------------------------


@needs_corpus
def test_a_whole_article_misread_comes_back_line_by_line(paragraphs: list[str]) -> None:
    """The reader leaves a lossy whole-file misreading to this pass, so that each guess is a
    recorded change; the lines come back, the lost bytes of line ends (。 before a line break)
    chosen by the word model."""
    text = "国际联播快讯\n\n\u3000\u3000" + "\n\u3000\u3000".join(paragraphs[:8]) + "\n"
    out = stage(misread(text))
    assert len(out) == len(text)
    same = sum(a == b for a, b in zip(out, text, strict=True))
    wrong = sum(a not in (b, REPLACEMENT) for a, b in zip(out, text, strict=True))
    assert same >= 0.97 * len(text) and wrong <= 2


WRAPPED_AT_A_LOSS = [
    # 宣 (E5 AE A3) and 政 (E6 94 BF) lose their last byte before the line feed: 64 characters
    # fit, and the line alone cannot tell 宣/宫/宴 or 政/故/敌 apart; the next line's start can
    ("今年11月是第32个全国消防宣\n传月，主题是预防火灾。\n", "宣"),
    ("践行正确政\n绩观，推动高质量发展。\n", "政"),
]


@pytest.mark.parametrize(("text", "lost"), WRAPPED_AT_A_LOSS, ids=["宣传", "政绩"])
def test_a_lost_byte_at_a_hard_wrap_is_judged_with_the_next_line(text: str, lost: str) -> None:
    damaged = misread(text)
    first = damaged.split("\n")[0]
    assert first.endswith(REPLACEMENT)
    alone = "".join(r.after for r in line_repairs(first))
    assert alone.endswith(REPLACEMENT)  # the line alone: lost
    result = normalize(damaged, passes=ENCODING_STAGE)
    assert result.text.split("\n")[0].endswith(lost)
    assert result.text.split("\n")[1:] == text.split("\n")[1:]
    assert any(f"{lost} (character" in c.message for c in result.changes)  # asked to check


def test_a_lost_mark_at_a_paragraph_end_is_judged_as_a_line_end() -> None:
    """Where a mark that ends paragraphs fits the lost byte (。 is E3 80 82), the next line may be
    a new paragraph: no context for the line's end, which is judged as an end, as before."""
    text = "全国人民代表大会在北京开幕。\n国务院总理作政府工作报告。\n"
    assert stage(misread(text)) == text


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


# --- correct text is left alone -------------------------------------------------------------------


def _phrase_repairs(text: str) -> list[str]:
    return [text[r.start : r.end] for r in mojibake_spans(text) if r.kind == "utf8-as-gbk"]


@needs_corpus
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


def test_a_closing_mark_further_on_chooses_its_opener_for_a_lost_byte() -> None:
    # （ is EF BC 88: read as GBK, 88 before the digit 9 is lost; every full-width form fits the
    # hole, and only the ） five characters on says which
    line = "今天（9月1日），《中华人民共和国无障碍环境建设法》正式施行。"
    misread = line.encode("utf-8").decode("gbk", errors="replace")
    assert "\ufffd" in misread
    assert normalize(misread).text == line


def test_an_opener_and_its_closer_in_one_piece_cost_nothing() -> None:
    assert chooser._unopened(chooser.NO_BRACKETS, "（9月）") == 0.0
    assert chooser._unopened(chooser.NO_BRACKETS, "9月）") == chooser.UNOPENED_COST
