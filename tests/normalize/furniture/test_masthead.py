"""Mastheads and edition lines (`furniture.masthead`): known by their form, removed where a page
opens (the text's start, next to a page mark), recorded; dates alone and sentences stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize.furniture.masthead import DATED_RE, YEAR_DATE, is_masthead

from ...support.normalized import fixed_by

STORY = "习近平出席仪式并发表讲话\n\n央视网消息（新闻联播）：仪式在北京举行。\n"


@pytest.mark.parametrize(
    "line",
    [
        "人民日报  2024年3月1日 星期五",
        "人民日报\t2024年3月1日\t星期五",
        "第5版 国际",
        "第5版：要闻",
        "2024年3月1日  星期五  第3版",
        "新闻联播 2024年3月1日",
        "新闻联播（2024年03月01日）",
        "2024.03.01  星期五  国际",
        "2024年3月1日星期五",
        "2022 年 11 月 1 日 星期二",  # LibreOffice's gap between Han and digits, as pdftotext gives it
    ],
)
def test_masthead_forms(line: str) -> None:
    assert is_masthead(line)


@pytest.mark.parametrize(
    "line",
    [
        "2024年3月1日",  # a date alone closes letters and statements
        "习近平出席仪式并发表讲话",
        "国务院总理李克强向莫迪致慰问电 2024年3月1日",  # a headline is no name
        "一二三 四五六 七八九十一 2024年3月1日",  # three names: not a masthead
        "2024年3月1日，国家主席习近平致电祝贺。",
    ],
)
def test_not_masthead(line: str) -> None:
    assert not is_masthead(line)


@pytest.mark.parametrize(
    "front",
    ["人民日报  2024年3月1日 星期五\n", "第5版 国际\n\n", "新闻联播 2024年3月1日\n第5版：要闻\n"],
)
def test_mastheads_that_open_the_text_are_removed_and_recorded(front: str) -> None:
    result, kinds = fixed_by("furniture", front + STORY)
    assert result == STORY
    assert "masthead" in kinds


@pytest.mark.parametrize(
    "front",
    [
        # pdftotext gives a head set in boxes one box a line (bench/accuracy_extracted.py)
        "新闻联播文字版\n\n2022年11月1日 星期二\n\n第7版 要闻\n\n",
        "新闻联播文字版\n\n2022 年 11 月 1 日 星期二\n\n要闻\n\n",
        "人民日报\n2024年3月1日\n",
    ],
)
def test_a_masthead_in_boxes_one_a_line_is_removed(front: str) -> None:
    result, kinds = fixed_by("furniture", front + STORY)
    assert result == STORY
    assert "masthead" in kinds


@pytest.mark.parametrize(
    "text",
    [
        "国内联播快讯\n\n央视网消息（新闻联播）：仪式在北京举行。\n",  # a short headline, no date
        "2024年3月1日 星期五\n\n第5版\n\n国内联播快讯\n\n正文。\n",  # longer than a section
    ],
)
def test_a_short_headline_is_no_part_of_a_masthead(text: str) -> None:
    result, _ = fixed_by("furniture", text)
    assert "国内联播快讯" in result


def test_a_dated_running_head_between_pages_goes_and_the_sentence_is_rejoined() -> None:
    text = (
        "标题在这里\n\n"
        "央视网消息（新闻联播）：习近平表示，我代\n"
        "— 3 —\n"
        "\f人民日报  2024年3月1日 星期五\n"
        "表中国政府和中国人民，对遇难者表示深切哀悼。\n"
    )
    result, kinds = fixed_by("furniture", text)
    assert "masthead" in kinds and "page-number" in kinds
    assert "我代表中国政府" in result and "人民日报" not in result


def test_a_place_and_date_at_the_end_of_a_statement_stays() -> None:
    text = "声明\n\n我们坚决反对这一做法。\n\n北京 2024年3月1日\n"
    result, kinds = fixed_by("furniture", text)
    assert result == text and kinds == []


def test_a_lone_bare_number_beside_a_masthead_is_the_page_number() -> None:
    text = (
        "标题在这里\n\n"
        "央视网消息（新闻联播）：习近平表示，我代表中国政府\n\n"
        "8\n"
        "人民日报  2024年3月1日 星期五\n\n"
        "和中国人民，对遇难者表示深切哀悼。\n"
    )
    result, kinds = fixed_by("furniture", text)
    assert kinds.count("page-number") == 1 and "masthead" in kinds
    assert "我代表中国政府和中国人民" in result and "8" not in result


def test_a_bare_number_in_the_text_stays() -> None:
    text = "标题在这里\n\n会议听取了报告。\n\n8\n\n与会人员认为，工作成效明显。\n"
    result, kinds = fixed_by("furniture", text)
    assert "8" in result and kinds == []  # no masthead beside it: not taken for a page number


@pytest.mark.parametrize(
    "front",
    [
        # a front page's masthead boxes, one a line (issue 12, bench/accuracy_blind.py)
        "光明日报\n\nGUANGMING DAILY\n\n2024年3月1日 星期五\n今日16版\n第1版 要闻\n\n",
        "新闻联播\n2024.03.01\n国内统一连续出版物号 CN11-0016\n第1版\n\n",
        "2024年3月1日 星期五\n\n要闻 3\n\n",
        # weasy: the section's box after the edition's
        "新闻联播文字版\n\n2023年1月1日 星期日\n\n第7版\n\n要闻\n\n",
    ],
)
def test_a_front_page_masthead_with_its_other_boxes_is_removed(front: str) -> None:
    result, kinds = fixed_by("furniture", front + STORY)
    assert result.lstrip("\n") == STORY  # (`第1版` alone goes as a page marker, its blank stays)
    assert "masthead" in kinds


def test_a_four_character_headline_after_the_edition_box_stays() -> None:
    text = "新闻联播文字版\n\n2022年11月1日 星期二\n\n第2版\n\n大美中国\n\n正文。\n"
    result, _ = fixed_by("furniture", text)
    assert result.lstrip("\n") == "大美中国\n\n正文。\n"


def test_a_running_head_in_boxes_between_pages_goes_whole() -> None:
    text = (
        "标题在这里\n\n"
        "央视网消息（新闻联播）：习近平表示，我代\n"
        "— 3 —\n\n"
        "人民日报\n\n2024年3月1日 星期五\n\n要闻 3\n\n"
        "表中国政府和中国人民，对遇难者表示深切哀悼。\n"
    )
    result, _ = fixed_by("furniture", text)
    assert "我代表中国政府" in result
    assert not any(part in result for part in ("人民日报", "星期五", "要闻 3"))


def test_a_signer_and_date_closing_a_letter_stay() -> None:
    text = "贺信\n\n祝贺你们取得优异成绩。\n\n新华通讯社\n2024年3月1日\n"
    result, kinds = fixed_by("furniture", text)
    assert "新华通讯社" in result and "2024年3月1日" in result and kinds == []


def test_a_dated_head_with_its_page_and_desk_opening_the_text_is_removed() -> None:
    result, kinds = fixed_by("furniture", "2023年1月1日 星期日\u300012 要闻\n\n" + STORY)
    assert result.lstrip("\n") == STORY and "masthead" in kinds
    assert is_masthead("人民日报 2024年3月1日 要闻 3") and not is_masthead("要闻 3")


# a page the extraction gave no number: the head between two pages cuts a sentence
CUT = (
    "新华社北京3月1日电　国务院总理在人民大会堂会见了来访的外国代表\n"
    "团。总理表示，中方愿同各方一道，推动两国关系不断向前发展，双方就\n"
    "{head}\n"
    "深化合作交换了意见。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "解放日报 2023年1月1日 第2版 国内",
        "新华每日电讯\n\n2022年11月1日 星期二\n8 经济",
        "2024年3月1日 星期五",
    ],
)
def test_a_head_between_pages_without_a_page_number_goes(head: str) -> None:
    text = "人民日报\n2024年3月1日 星期五\n\n标题新闻\n\n" + CUT.format(head=head)
    fixed, kinds = fixed_by("furniture", text)
    assert all(part not in fixed for part in head.split("\n") if part)
    assert "双方就深化合作" in fixed.replace("\n", "") and kinds.count("masthead") >= 3


def test_a_date_after_a_finished_sentence_stays_without_an_edition() -> None:
    """A closing date (no weekday: a head's would go, `dated_heads`)."""
    text = "人民日报\n2024年3月1日 星期五\n\n标题\n\n特此通知。\n\n2024年3月1日\n\n下一篇。\n"
    fixed, _ = fixed_by("furniture", text)
    assert "特此通知。\n\n2024年3月1日" in fixed


@pytest.mark.parametrize(
    "line",
    ["北京日报  2022年11月2日  星期三  01版", "02版　要闻", "2022年11月2日 星期三 A05版 国际"],
)
def test_an_edition_number_without_di_is_an_edition(line: str) -> None:
    assert is_masthead(line)


@pytest.mark.parametrize("line", ["2024版 要闻", "升级到 2.0版 软件", "01版"])
def test_a_version_or_an_edition_alone_is_no_masthead(line: str) -> None:
    assert not is_masthead(line)  # (`01版` alone goes only inside a masthead's run of boxes)


def test_a_lone_edition_number_in_the_opening_masthead_goes() -> None:
    result, kinds = fixed_by("furniture", "北京日报\n2022年11月2日　星期三\n01版\n" + STORY)
    assert result == STORY and "masthead" in kinds


def test_a_running_head_with_an_edition_number_between_pages_goes() -> None:
    text = (
        "标题在这里\n\n"
        "央视网消息（新闻联播）：为新时代谱写当\n"
        "1\n"
        "02版　要闻\n"
        "2023年9月2日　星期六\n"
        "代中国的新篇章。\n"
    )
    result, kinds = fixed_by("furniture", text)
    assert "page-number" in kinds and "masthead" in kinds
    assert "谱写当代中国" in result and "02版" not in result


def test_a_four_character_headline_after_the_page_count_stays() -> None:
    text = "南方日报\n2025年1月2日 星期四\n今日20版\n江山多娇\n\n正文。\n"
    result, _ = fixed_by("furniture", text)
    assert result == "江山多娇\n\n正文。\n"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"0123456789年月日 -./一二三四五六七八九十〇零星期周的。", "2024", "二〇二四"]
        ),
        max_size=16,
    ).map("".join)
)
def test_the_dated_pattern_finds_what_the_plain_date_pattern_finds(text: str) -> None:
    # `DATED_RE`'s lookahead only lets a search skip what no date opens with
    plain = re.compile(YEAR_DATE)
    assert [m.span() for m in DATED_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]
