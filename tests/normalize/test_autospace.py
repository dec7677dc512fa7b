"""The autospace pass: a page's Han-Latin gaps, read back as spaces, go; typed spaces stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.config import Config
from convert.normalize import normalize
from convert.normalize.autospace import laid_out, remove_autospace, systematic
from convert.normalize.context import Context

from ..support.normalized import applied

# pdftotext of a LibreOffice page (bench/pdf_layouts.py, office-1col): wrapped, every gap spaced
PAGE = (
    "央视网消息（新闻联播）：记者从工业和信息化部了解到，今年我国 5G 网络建设已提前超额完成\n"
    "任务。截至 9 月末，我国 5G 基站总数达 222 万个，比计划超额完成 22 万个。今天（ 11 月 1\n"
    "日），全国 31 个省份开通 5G 网络，覆盖 98%的县城城区和 80%的乡镇镇区，用户达到\n"
    "5.1 亿户。\n"
)
# the same words typed in the pangu style: one paragraph a line
TYPED = PAGE.replace("\n", "") + "\n\n在 7 月 16 日 – 9 月 27 日期间，加 312 元换成 AirPods Pro。\n"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def removed(text: str) -> str:
    return applied(text, remove_autospace(text, Config(), Context()))


def test_a_pages_gaps_go() -> None:
    assert removed(PAGE) == (
        "央视网消息（新闻联播）：记者从工业和信息化部了解到，今年我国5G网络建设已提前超额完成\n"
        "任务。截至9月末，我国5G基站总数达222万个，比计划超额完成22万个。今天（11月1\n"
        "日），全国31个省份开通5G网络，覆盖98%的县城城区和80%的乡镇镇区，用户达到\n"
        "5.1亿户。\n"
    )


def test_each_removal_is_a_change_an_editor_can_reject() -> None:
    result = normalize(PAGE)
    gaps = [c for c in result.changes if c.kind == "han-latin-gap"]
    assert len(gaps) == 20 and all(c.before == " " and c.after == "" for c in gaps)
    assert "今年我国5G网络建设已提前超额完成任务。" in result.text


def test_typed_pangu_spacing_stays() -> None:
    assert remove_autospace(TYPED, Config(), Context()) == []
    assert normalize(TYPED).text.startswith(
        "央视网消息（新闻联播）：记者从工业和信息化部了解到，今年我国 5G"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a few stray English words between Han: no system (the stray pass's business)
        "向莫迪 and 致慰问电，表示\n哀悼和慰问，\n并祝愿伤者\n早日康复。\n",
        # nor four, where the digits are full width: a gap is a digit's too
        "出席 in 印尼雅加达举行 of 第２６次会\n议，并对 of 印尼进\n行访问，即日起 in 全国发\n行。\n",
        # a real pause in a headline, the other boundaries tight
        "全国铁路暑运结束 8.3亿人次出行\n今年7月1日至8月31日，全国\n铁路累计发送旅客8.3亿人\n次，同比增长12%。\n",
        # Japanese writers space Latin words themselves
        "新型 iPhone 5 を発表した。\n同社は 9 月 12 日に\nサンフランシスコで 2 時間の\nイベントを開いた。\n",
    ],
)
def test_spaces_that_are_no_page_gap_stay(text: str) -> None:
    assert remove_autospace(text, Config(), Context()) == []


def test_a_lower_case_word_keeps_its_spaces() -> None:
    page = PAGE.replace("今年我国", "今年 in 我国")
    assert "今年 in 我国5G网络" in removed(page)


def test_gates() -> None:
    assert systematic(PAGE) and laid_out(PAGE)
    assert systematic(TYPED) and not laid_out(TYPED)
    assert laid_out("页一\f页二")  # pdftotext's page break


@pytest.mark.skipif(not (CORPUS / "pangu").is_dir(), reason="the shared corpus is not here")
def test_the_corpus_pangu_texts_come_through_untouched() -> None:
    texts = [*(CORPUS / "pangu").glob("*.expected.txt"), CORPUS / "autocorrect" / "text.fixed.txt"]
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert remove_autospace(text, Config(), Context()) == [], path.name


# a running head set tight over a page whose story is spaced: the furniture pass takes the head
# off before this pass judges the spacing
HEADED = "新华每日电讯  2023年3月1日 星期三  国内 2\n\n" + PAGE
# a column whose wraps fall between a number and its unit: joined, `1` / `日` reads `1日`, which
# the page never set tight (the spacing is judged on the text as joined, mapped back to the file)
JOINS = (
    "据新华社 3 月 1 日电，李克强 1\n"
    "日在京同国际货币基金组织总裁通电\n"
    "话。双方同意在 2023 年加强合作，\n"
    "推动 2022 年成果落实，于 5 月 10\n"
    "日前完成磋商。\n"
)


def test_a_tight_running_head_is_not_the_pages_spacing() -> None:
    text = normalize(HEADED).text
    assert "2023年3月1日" not in text  # (the head went as furniture)
    assert text.startswith("央视网消息（新闻联播）：记者从工业和信息化部了解到，今年我国5G网络")


def test_a_boundary_a_join_made_is_not_counted_tight() -> None:
    result = normalize(JOINS)
    assert sum(c.kind == "han-latin-gap" for c in result.changes) == 12
    assert "据新华社3月1日电" in result.text and "于5月10日前完成磋商。" in result.text


def test_full_width_digits_set_tight_are_no_tight_boundary() -> None:
    # a word processor sets full-width digits as Han characters, with no gap beside them; the
    # width pass narrows them before this pass judges the spacing
    page = PAGE.replace("截至 9 月末", "截至９月末").replace("完成 22 万个", "完成２２万个")
    text = normalize(page).text
    assert "今年我国5G网络" in text and "截至9月末" in text and "完成22万个" in text


# a short story: one number, set apart on both sides, and no boundary set tight
SHORT = (
    "央视网消息（新闻联播）：国务院总理李克强 1 日在京会见来\n"
    "访的德国总理朔尔茨。李克强表示，中方愿同德方一道，\n"
    "推进各领域务实合作，共同维护多边主义和自由贸易，\n"
    "促进世界经济稳定复苏。\n"
)


def test_a_short_storys_one_spaced_number_is_a_gap() -> None:
    assert removed(SHORT).startswith("央视网消息（新闻联播）：国务院总理李克强1日在京会见来\n")


@pytest.mark.parametrize(
    "text",
    [
        # one spaced boundary alone is no system
        SHORT.replace("李克强 1 日", "李克强 1日"),
        # nor one beside a spaced lower-case word (a stray word's spaces)
        SHORT.replace("李克强 1 日", "李克强 1日").replace("德国总理", "德国 and 总理"),
    ],
)
def test_a_single_spaced_boundary_stays(text: str) -> None:
    assert remove_autospace(text, Config(), Context()) == []


def test_a_space_after_a_percent_sign_with_its_figure_tight_stays() -> None:
    # LibreOffice sets no gap after `%`: in Chinese news a space there is a headline's pause,
    # its figure tight on the left (`萎缩0.3% 三年来`)
    page = PAGE.replace("覆盖 98%的县城", "覆盖98% 的县城")
    assert "覆盖98% 的县城城区" in removed(page)


def test_a_spaced_percentages_space_after_it_goes_on_a_gap_spaced_page() -> None:
    # the figure set apart on both sides as the page sets every number: `覆盖98% 的` is neither
    # the page's tight style nor the pangu style
    page = PAGE.replace("98%的县城", "98% 的县城")
    assert "覆盖98%的县城城区" in normalize(page).text
    assert normalize(normalize(page).text).text == normalize(page).text


def test_a_headlines_spaced_percentage_keeps_its_pause() -> None:
    # a LibreOffice page sets the headline's figure apart (`萎缩 0.3% 三年来`); no full stop follows
    page = "美国经济萎缩 0.3% 三年来首次负增长\n\n" + PAGE
    assert "萎缩0.3% 三年来首次" in normalize(page).text


def test_a_spaced_percentage_in_typed_text_stays() -> None:
    typed = TYPED.replace("98%的县城", "98% 的县城")
    assert remove_autospace(typed, Config(), Context()) == []


# a headline and a note set tight (a style of their own) over a story spaced at every boundary
STYLED = (
    "庆祝建党104周年活动举行\n\n" + PAGE + "\n" + SHORT + "\n[1]据人民日报2023年11月01日报道。\n"
)


def test_tight_lines_of_their_own_leave_the_body_spaced_as_a_page() -> None:
    text = normalize(STYLED).text
    assert "庆祝建党104周年活动举行" in text and "据人民日报2023年11月01日报道" in text
    assert "今年我国5G网络" in text and "截至9月末" in text


def test_a_line_mixing_spaced_and_tight_boundaries_keeps_every_space() -> None:
    page = STYLED.replace("截至 9 月末", "截至9 月末")
    assert remove_autospace(page, Config(), Context()) == []


def test_tight_lines_outnumbering_the_spaced_ones_keep_the_spaces() -> None:
    # one spaced paragraph among tight ones: no system, whatever the style
    tight = "2023年3月1日电\n\n今年7月1日起，\n\n" + SHORT
    assert remove_autospace(tight, Config(), Context()) == []


# a paragraph a line, as an extractor that joins lines gives it, with the page's furniture
ONE_LINE = SHORT.replace("\n", "") + "\n\n德方表示，愿在 2023 年加强合作。\n"


def test_page_furniture_shows_a_page_a_paragraph_a_line_came_off() -> None:
    assert remove_autospace(ONE_LINE, Config(), Context()) == []  # (no page: typed)
    context = Context()
    context.paged = True
    assert "李克强1日在京会见" in applied(ONE_LINE, remove_autospace(ONE_LINE, Config(), context))
    text = normalize("光明日报\n2023年3月1日 星期三\n第1版 要闻\n\n" + ONE_LINE + "\n— 1 —\n").text
    assert "李克强1日在京会见" in text and "愿在2023年加强合作" in text


def test_a_tight_note_is_no_tight_line_of_the_story() -> None:
    # a short story's one spaced paragraph under a tight headline, a tight note after it
    story = "建党104周年活动举行\n\n" + SHORT + "\n[1]据人民日报2023年11月01日报道。\n"
    assert "李克强1日在京会见" in removed(story)
    # a tight body line still counts
    assert remove_autospace("今年7月1日起，\n" + story, Config(), Context()) == []
