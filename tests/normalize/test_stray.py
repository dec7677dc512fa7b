"""The stray-token pass: a lowercase Latin word between Han characters, a `□` outside a byline.

Every finding is a warning for an editor to confirm; only a word the dictionary knows is replaced.
"""

from __future__ import annotations

import pytest

from convert.config import Config
from convert.normalize.context import Context
from convert.normalize.stray import mark_stray_tokens

from ..support.normalized import normalized


def findings(text: str, config: Config | None = None) -> list[tuple[int, int, str, str]]:
    return [
        (e.start, e.end, e.after, e.kind)
        for e in mark_stray_tokens(text, config or Config(), Context())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("智慧and力量", (2, 5, "和", "stray-word")),
        ("智慧 and力量", (2, 6, "和", "stray-word")),  # the space goes too
        ("智慧and\t力量", (2, 6, "和", "stray-word")),
        ("中国 of 人民", (2, 6, "的", "stray-word")),  # `of` starts and ends no English phrase
        ("中文und德文", (2, 5, "和", "stray-word")),  # another language's function word
    ],
)
def test_a_word_in_the_dictionary_is_replaced(
    text: str, expected: tuple[int, int, str, str]
) -> None:
    assert findings(text) == [expected]


def test_a_replacement_is_a_warning_that_names_the_word_and_its_replacement() -> None:
    (edit,) = mark_stray_tokens("智慧and力量", Config(), Context())
    assert edit.severity == "warning"
    assert edit.message == (
        "stray Latin word 'and' between Han characters replaced by '和' from the dictionary"
    )


def test_an_unknown_word_is_flagged_and_left_as_it_is() -> None:
    (edit,) = mark_stray_tokens("坚持todo原则", Config(), Context())
    assert (edit.start, edit.end, edit.after, edit.kind) == (2, 6, "todo", "stray-word")
    assert edit.severity == "warning"
    assert "not in the dictionary, left as it is" in edit.message
    result = normalized("坚持todo原则")
    assert result.text == "坚持todo原则"
    assert [(c.kind, c.before) for c in result.flags] == [("stray-word", "todo")]


@pytest.mark.parametrize(
    "text",
    [
        "坚持the原则",
        "定冠词the加上某些名词的所有格",  # a word talked about (a grammar text), glued
        "例如英文中的 the 是一个常见的高频单词",  # and spaced
        "然后在替换该文件中所有行的第一个 the 为空",
    ],
)
def test_a_word_without_a_chinese_counterpart_between_two_words_is_kept_and_flagged(
    text: str,
) -> None:
    (edit,) = mark_stray_tokens(text, Config(), Context())
    assert edit.after == "the" and edit.severity == "warning"
    assert edit.message.endswith("left as it is: it has no Chinese counterpart")
    assert normalized(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("表示慰 the 问。", "表示慰问。"),  # 慰问 is one word: `the` was put into it
        ("中华人民共the和国", "中华人民共和国"),
        ("加强国 a 际合作", "加强国际合作"),
        ("视频方式主did持会议", "视频方式主持会议"),
    ],
)
def test_a_word_without_a_chinese_counterpart_that_splits_a_word_is_taken_out(
    text: str, expected: str
) -> None:
    (edit,) = mark_stray_tokens(text, Config(), Context())
    assert edit.after == "" and "no Chinese counterpart and splits a word" in edit.message
    assert normalized(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Python的is和==操作符用法",  # `is` talked about: it stands where a noun stands
        "python 中的 is 是比较两个对象的",
        "他们 are 学生",  # 是 could have stood there: only the dictionary replaces
    ],
)
def test_a_closed_class_word_that_may_stand_for_a_chinese_word_is_kept_never_replaced(
    text: str,
) -> None:
    (edit,) = mark_stray_tokens(text, Config(), Context())
    assert edit.after == text[edit.start : edit.end] and edit.severity == "warning"
    assert "left as it is: it may stand for '是'" in edit.message
    assert normalized(text).text == text


def test_a_closed_class_word_that_splits_a_word_none_of_its_counterparts_fits_is_taken_out() -> (
    None
):
    # 主持 is one word and 主是持 reads as nothing: the word was put in
    (edit,) = mark_stray_tokens("视频方式主 is 持会议", Config(), Context())
    assert (edit.start, edit.end, edit.after) == (5, 9, "")
    assert "it splits a word and none of 是 fits there" in edit.message


def test_a_closed_class_word_between_two_words_is_kept_even_where_its_counterpart_does_not_fit() -> (
    None
):
    # 是 cannot stand before 的, but a writer's English can stand between two words
    (edit,) = mark_stray_tokens("人们在浓浓 is 的节日氛围里", Config(), Context())
    assert (edit.start, edit.end, edit.after) == (6, 8, "is")


def test_a_word_in_no_list_is_taken_out_only_where_it_splits_a_word() -> None:
    assert findings("加强国government际合作") == [(3, 13, "", "stray-word")]
    (edit,) = mark_stray_tokens("英語hyena的音譯", Config(), Context())  # 《吶喊》's own note
    assert edit.after == "hyena" and "not in the dictionary, left as it is" in edit.message


def test_the_newsroom_dictionary_decides_before_the_closed_classes() -> None:
    config = Config(stray_replacements={"is": "是"})
    assert findings("他们is学生", config) == [(2, 4, "是", "stray-word")]


def test_the_newsroom_dictionary_comes_first() -> None:
    config = Config(stray_replacements={"the": "这"})
    assert findings("坚持the原则", config) == [(2, 5, "这", "stray-word")]


@pytest.mark.parametrize(
    "text",
    [
        "使用 Python 编程",  # a capitalised word: a name
        "GDP增长",  # an acronym
        "智慧 And 力量",
        "café中文",  # Han on one side only
        "中文 and\n力量",  # a line break is no word space
        "This is English and more",
    ],
)
def test_names_acronyms_and_latin_text_are_left_alone(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "子どもの未来を語る対話集会in茨城が開かれた。",  # livedoor topic-news-6393564
        "ソフトバンクvsドコモの戦いが続いている。",
        "auの新しいスマートフォンを発表した。",
    ],
)
def test_latin_words_in_japanese_text_are_the_writers(text: str) -> None:
    assert findings(text) == []
    assert normalized(text).text == text


def test_a_missing_glyph_in_japanese_text_is_still_flagged() -> None:
    assert findings("対話集会□茨城が開かれた。") == [(4, 5, "□", "missing-glyph")]


def test_a_missing_glyph_outside_a_byline_is_flagged() -> None:
    (edit,) = mark_stray_tokens("缺字□的位置", Config(), Context())
    assert (edit.start, edit.end, edit.after, edit.kind) == (2, 3, "□", "missing-glyph")
    assert (edit.severity, edit.message) == (
        "warning",
        "□ outside a byline: a glyph may be missing",
    )


def test_the_mark_before_a_byline_is_no_missing_glyph() -> None:
    assert findings("□本报记者 张晶") == []
    assert findings("标题\n\n□本报记者 张晶\n\n正文里的□字") == [(18, 19, "□", "missing-glyph")]


def test_a_word_that_splits_a_word_is_taken_out() -> None:
    # 慰问 is one word: `and` was put into it, not in place of 和 (issue 12, item 5)
    assert findings("表示慰 and 问。") == [(3, 8, "", "stray-word")]
    (edit,) = mark_stray_tokens("表示慰and问。", Config(), Context())
    assert "split" in edit.message and edit.severity == "warning"


def test_a_word_inside_a_title_is_replaced_like_any_other() -> None:
    # law titles hold real substitutions (`共and国`): quotes are no sign of someone's words
    assert findings("《中华人民共and国能源法》") == [(6, 9, "和", "stray-word")]


def test_a_replaced_word_between_two_words_is_still_replaced() -> None:
    # between two words a unigram model cannot tell an insertion from a substitution
    assert findings("发扬智慧and 力量") == [(4, 8, "和", "stray-word")]


@pytest.mark.parametrize(
    ("text", "start", "word", "replacement"),
    [
        ("歌手发行新专辑 in 我心中，广受好评。", 8, "in", "在"),  # an album title (issue 12)
        ("总理向莫迪 and 致慰问电。", 6, "and", "和"),  # put in: 和 would be wrong (issue 12)
        ("发扬智慧 and 力量", 5, "and", "和"),
        ("中文\tand\t力量", 3, "and", "和"),
    ],
)
def test_a_word_spaced_on_both_sides_is_kept_and_flagged(
    text: str, start: int, word: str, replacement: str
) -> None:
    (edit,) = mark_stray_tokens(text, Config(), Context())
    assert (edit.start, edit.end, edit.after, edit.kind) == (
        start,
        start + len(word),
        word,
        "stray-word",
    )
    assert edit.severity == "warning"
    assert f"the dictionary would put {replacement!r}" in edit.message
    result = normalized(text)
    assert result.text == text
    assert [(c.kind, c.before) for c in result.flags] == [("stray-word", word)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中文 und 德文", "中文和德文"),
        ("代表中国政府 et 中国人民对来华出席", "代表中国政府和中国人民对来华出席"),
        ("坚持稳中求进 avec 改革创新", "坚持稳中求进与改革创新"),
    ],
)
def test_another_languages_word_spaced_on_both_sides_is_no_writers_english(
    text: str, expected: str
) -> None:
    """Writers of Chinese quote English, not German or French: spaced or glued, `und` is judged
    as a leftover (replaced here: nothing says it was put in)."""
    assert normalized(text).text == expected
    (edit,) = mark_stray_tokens(text, Config(), Context())
    assert edit.severity == "warning" and "from the dictionary" in edit.message


def test_another_languages_word_talked_about_is_kept() -> None:
    text = "德语的 und 是连词。"
    assert normalized(text).text == text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("人们在浓浓and的节日氛围里", 5, 8),  # 和 cannot stand before 的
        ("做优、做大实 and 体经济。", 6, 11),  # 实体经济 is one word: put in, however spaced
        ("视频方式主and持会议", 5, 8),
    ],
)
def test_a_word_the_context_has_no_room_for_is_taken_out(text: str, start: int, end: int) -> None:
    (edit,) = mark_stray_tokens(text, Config(), Context())
    assert (edit.start, edit.end, edit.after, edit.kind) == (start, end, "", "stray-word")
    assert edit.severity == "warning" and "removed" in edit.message


def test_a_substitution_the_context_asks_for_is_replaced_even_when_spaced() -> None:
    # 共和国: the word model reads 和 as part of the word; no English title splits 共…国
    assert findings("中华人民共 and 国成立") == [(5, 10, "和", "stray-word")]
    (edit,) = mark_stray_tokens("中华人民共 and 国成立", Config(), Context())
    assert "the context asks for '和'" in edit.message


def test_the_two_sentences_of_issue_12() -> None:
    # an album title: kept and flagged; an insertion: never 和 (kept and flagged here, since
    # the model doubts it less than INSERTED_BELOW_FIT asks)
    for text in ("歌手发行新专辑 in 我心中，广受好评。", "总理向莫迪 and 致慰问电。"):
        result = normalized(text)
        assert result.text == text
        assert [c.kind for c in result.flags] == ["stray-word"]


def test_without_the_model_the_old_rules_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    from convert.normalize import stray_context

    def missing() -> object:
        raise OSError("jieba is not installed")

    monkeypatch.setattr(stray_context, "_jieba_folder", missing)
    stray_context.tagged_words.cache_clear()
    try:
        assert findings("人们在浓浓and的节日氛围里") == [(5, 8, "和", "stray-word")]
        assert findings("中华人民共 and 国成立") == [(6, 9, "and", "stray-word")]
        assert findings("表示慰 and 问。") == [(3, 8, "", "stray-word")]  # the word model's doubt
    finally:
        stray_context.tagged_words.cache_clear()


def test_the_model_loads_only_for_a_dictionary_word_between_han_characters() -> None:
    from convert.normalize import stray_context

    stray_context.tagged_words.cache_clear()
    try:
        findings("使用 Python 编程，坚持the原则。GDP增长。")  # a name, an unknown word, an acronym
        assert stray_context.tagged_words.cache_info().misses == 0
        findings("智慧and力量")
        assert stray_context.tagged_words.cache_info().misses == 1
    finally:
        stray_context.tagged_words.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "比如像冠词the，介词of 和and 等等。",  # public text on English grammar
        "Python的is和==操作符用法。",  # public text on code
        "例如英文中的 the 是一个常见的高频单词。",
    ],
)
def test_a_word_talked_about_is_kept_whatever_the_dictionary_says(text: str) -> None:
    """The dictionary made `介词的和和` of the first: a word talked about is the writer's."""
    assert normalized(text).text == text
    edits = [e for e in mark_stray_tokens(text, Config(), Context()) if e.kind == "stray-word"]
    assert edits and all(e.after == text[e.start : e.end] for e in edits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("央视网the 消息", "央视网消息"),  # a word with no counterpart: taken out
        ("国家主席 it习近平致慰问电", "国家主席习近平致慰问电"),  # 他 does not fit before a name
        ("他们 are学生", "他们是学生"),  # 是 fits: a leftover, replaced
    ],
)
def test_a_word_spaced_on_one_side_only_is_no_writers_english(text: str, expected: str) -> None:
    (edit,) = mark_stray_tokens(text, Config(), Context())
    assert edit.severity == "warning" and "spaced on one side only" in edit.message
    assert normalized(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "英文中的 the是一个常见的高频单词",  # talked about: the other rules keep it
        "他们 are 学生",  # spaced on both sides: kept as before
        "坚持todo原则",  # on neither
        "比如 issues太多",  # a content word: public text spaces a few on one side
    ],
)
def test_a_word_spaced_on_both_sides_or_neither_or_talked_about_is_not_judged_by_its_spaces(
    text: str,
) -> None:
    assert normalized(text).text == text


def test_a_spaced_and_between_two_names_is_never_taken_out() -> None:
    """`和` fits badly by the bigram fit between two unknown names (-6.3), but a conjunction's
    place between two nouns is no place a word was put in: kept and flagged."""
    text = "李强、王小洪 and 陈希出席结业式。"
    assert findings(text) == [(7, 10, "and", "stray-word")]


def test_a_spaced_word_between_two_nouns_in_a_damaged_text_is_replaced_not_taken_out() -> None:
    """A damaged text (two different stray words) no word of which was put in: `with` between
    two company names becomes 与, where the fit alone (-4.8) had it taken out."""
    text = "中国电信 with 中国联通也已联合建成全球最大的网络。要坚持 in 发展。"
    edits = findings(text)
    assert (4, 10, "与", "stray-word") in edits


def test_a_spaced_word_between_two_verbs_in_a_damaged_text_is_replaced_not_taken_out() -> None:
    text = "要坚持 and 发展新时代经验。中国电信 with 中国联通也已联合建成。"
    assert (3, 8, "和", "stray-word") in findings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国务院总理李强1日 in 京会见格奥尔基耶娃。", "李强1日在京会见"),  # before a place name
        ("中方支持基金组织 in 全球治理中继续发挥作用。", "基金组织在全球治理中"),  # a localizer
        ("推进国家治理体系 and 治理能力现代化。", "治理体系和治理能力"),  # parallel phrases
    ],
)
def test_a_spaced_word_holding_a_place_in_a_damaged_text_is_replaced_not_taken_out(
    text: str, expected: str
) -> None:
    """A damaged text (two different stray words) that puts no word in: each word was taken out
    where no counterpart fit at -3 (issue 12 point 5: its place is not emptied)."""
    result = normalized(text + "中国电信 with 中国联通也已联合建成。").text
    assert expected in result and "中国电信与中国联通" in result


def test_the_album_title_alone_keeps_its_in() -> None:
    text = "歌手发行新专辑 in 我心中。"
    assert normalized(text).text == text
