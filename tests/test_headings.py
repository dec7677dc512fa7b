"""What a short block reads as: the questions the layout pass and the structure stage share."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from convert.config import Config
from convert.headings import (
    ends_in_tag,
    heading_length,
    is_bare_dateline,
    is_byline,
    is_dateline,
    is_name_line,
    is_table_row,
    looks_like_heading,
    opens_own_line,
)


@pytest.mark.parametrize(
    "text",
    [
        "□本报记者 张晶 边磊 陈曦 刘欣欣 赵思远 余翠平 闫长禄",
        "本报记者 王磊",
        "记者 王磊 李华",
        "◎本报记者　王磊　李华",  # the mark some papers set before the byline (issue 12)
        "By Jane Austen",
    ],
)
def test_bylines_are_bylines(text: str) -> None:
    assert is_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        # sentences of zh-news-xwlb that open with the reporter: a paragraph, often the first
        # half of one a page break cut (`…指数首次` / `提高到“优秀”等级，…`)
        "记者从江苏省生态环境厅获悉，2024年太湖水生生物多样性指数首次",
        "记者今天（3月1日）从国家数据局获悉，国家公共数据资源登记平台正式上线运行。",
        "本报记者\n王磊",
        # 记者 naming a press meeting or body, not a reporter: a headline's wrapped line
        "记者见面会",
        "记者 招待会",
        "记者会",
    ],
)
def test_sentences_that_open_with_the_reporter_are_not_bylines(text: str) -> None:
    assert not is_byline(text)


def test_a_work_s_title_counts_as_one_noun_in_a_headline() -> None:
    headline = "《中国梦·劳动美——2025五一国际劳动节“心连心”特别节目》今晚播出"
    assert len(headline) > 32 and heading_length(headline) <= 32
    assert looks_like_heading(headline, Config())
    # a sentence is no headline, however short its titles make it
    assert not looks_like_heading("本台播发央视快评《牢记初心使命、顽强拼搏进取》。", Config())


def test_a_bare_dateline_is_a_dateline_alone() -> None:
    assert is_bare_dateline("央视网消息（新闻联播）：")
    lead = "央视网消息（新闻联播）：国务院总理李强签署国务院令，主要包括以下内容："
    assert is_dateline(lead) and not is_bare_dateline(lead)


def test_a_feature_story_label_is_no_dateline() -> None:
    # `通讯` is a genre (a feature story), not a dispatch's `讯`
    assert not is_dateline("新华社长篇通讯：登高壮观天地间——以习近平同志为核心的党中央")
    assert not is_dateline("新华社长篇通讯")
    assert is_dateline("本报讯（记者 王磊）今天上午")
    assert is_dateline("新华社北京10月17日电（记者 张三）")
    assert is_dateline("本报北京10月17日讯 今天")


def test_digits_do_not_make_a_chinese_headline_latin() -> None:
    # a headline's first words cut off by a layout break: more digits than Han characters
    assert looks_like_heading("2023年全", Config())
    assert looks_like_heading("前7月中国实际利用美资金额同比增长25.5%", Config())
    assert not looks_like_heading("2023年11月1日，", Config())


def test_a_name_line_is_a_persons_name_not_a_masthead_in_capitals() -> None:
    assert is_name_line("HAMILTON") and is_name_line("Jane Austen") and is_name_line("PUBLIUS.")
    assert is_name_line("Ludwig van Beethoven")
    # a paper's name in capitals is no byline (bench/accuracy_english.py, The Girl's Own Paper)
    assert not is_name_line("THE GIRL'S OWN PAPER")
    assert not is_name_line("The Times")


def test_a_japanese_headline_closed_by_a_tag() -> None:
    # issue 12 (livedoor): the column's tag closes a web headline
    assert ends_in_tag("別人！　だけどかわいい！　ローラのスッピンが話題に【話題】")
    assert ends_in_tag("連載●After Effects 天国への階段 第11回【ビデオSALON】")
    assert ends_in_tag("【話題】アンドロイドアプリを徹底解説【売れ筋チェック】")
    # not an item, a tag alone, a line the tag does not close, nor two lines
    for text in ("・USB加湿器が登場【売れ筋チェック】", "■【公式サイト】", "【話題】【特集】",
                 "【話題】アプリを徹底解説", "見出し\n本文【話題】"):
        assert not ends_in_tag(text)


def test_a_japanese_item_opens_a_line_of_its_own() -> None:
    assert opens_own_line("・三菱電機から冷蔵庫が新発売", "・USB加湿器が登場【売れ筋チェック】")
    assert opens_own_line("・PaulSmith LONDON", "【特集】ポール・スミスの春夏新作スーツ")
    assert not opens_own_line("・スミスのコレクション", "英国の伝統を背景に、ポール")  # a wrap
    assert not opens_own_line("・・・と言った。", "彼は黙っていた。")  # an ellipsis


def test_a_japanese_note_opened_by_the_kome_mark_opens_its_own_line() -> None:
    # issue 12 (ja-livedoor-more, kaden-channel-6310101): `※` notes under a `■` heading
    note = "※なんとなく知っていたこと、スッキリと整理できて、誰かに話したくなる６０分"
    assert opens_own_line(note, "■【アカデミックブロック】で６０分！（目安）")
    assert opens_own_line(note)
    assert not opens_own_line("※1 note in English")  # (Japanese only: the evidence is)
    assert not opens_own_line("一般的には人気があるが" + note[1:])


def test_a_dateline_whose_date_is_spaced_from_its_digits() -> None:
    # a spacing tool's `11 月 1 日` (autocorrect's fixed text)
    assert is_dateline("新华社北京 11 月 1 日电（记者冯涛）国务院")
    assert is_dateline("本报北京 10 月 17 日讯 今天")
    assert not is_dateline("新华社 记者 电")  # (a space between words, no digit: no dateline)


@given(st.text(alphabet="a甲 \t\u3000\n", max_size=24))
def test_a_table_row_is_told_as_the_pattern_alone_told_it(line: str) -> None:
    """A line with no tab refused before the pattern (issue 17), which is tried at every `\\S`."""
    assert is_table_row(line) == (re.search(r"\S\t+\S", line) is not None)
