"""`ocr_pauses`: OCR's spaces between Han are no headline's pause."""

from __future__ import annotations

from convert.normalize.unwrap.ocr_pauses import ocr_gaps_only
from convert.normalize.unwrap.spaced_heads import spaced_headline


def test_a_space_inside_a_word_or_a_dateline_is_ocr_s() -> None:
    assert ocr_gaps_only("央视 网消息（新闻联播）：由")  # cuts 央视网
    assert ocr_gaps_only("专刊形式发表习近平同志在中国共产党第二十次全 国代表大会上的报告")
    assert ocr_gaps_only("央视网 消息（新闻联播）：11月1日出版的第21期")  # a dateline, closed up
    assert not ocr_gaps_only("以军攻击加沙地带最大难民营 巴武装人员与以军在加沙城周边激战")
    assert not ocr_gaps_only("意大利铁路系统员工 举行罢工")
    assert not ocr_gaps_only("没有空格的一行字")


def test_spaced_headline_turns_away_a_line_with_ocr_s_space() -> None:
    from convert.config import Config
    from convert.normalize.unwrap.measure import Widths
    from convert.normalize.unwrap.paragraphing import Paragraphing

    # fifth model, narrow and indented pages (tuning half): the paragraph was cut after these
    widths, learnt = Widths(wide=30, latin=0.0), Paragraphing(frozenset(), False)
    for line, under in (
        ("央视网 消息（新闻联播）：11月1日出版的第21期", "《求是》杂志以专刊形式发表习近平"),
        ("专刊形式发表习近平同志在中国共产党第二十次全 国代表大会上的报告", "《高举中国特色社会"),
    ):
        assert not spaced_headline(line, under, widths, Config(), learnt, len(line))
    line = "加沙地带持续降雨 流离失所者处境艰难"
    assert spaced_headline(line, "当地时间1日，加沙地带", widths, Config(), learnt, len(line))
