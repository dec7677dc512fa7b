"""The ocr-space pass: a headline's last word of one or two left by a space, a phrase cut on a
short sentence's line; the pauses and names that stay."""

from __future__ import annotations

from convert.normalize import normalize

STORY = "\n\n\u3000\u3000央视网消息：今天，全国各地的工作人员坚守岗位，保障群众平安出行，各项工作有序开展。\n"


def test_a_headlines_last_word_of_two_goes_where_a_blank_line_ends_it() -> None:
    assert normalize("国内联播 快讯" + STORY).text.startswith("国内联播快讯\n")


def test_a_bylines_name_stays_after_its_role() -> None:
    # (the dictionary does not know the name as one word)
    assert normalize("本报记者 曹平" + STORY).text.startswith("本报记者 曹平\n")


def test_a_wrapped_headlines_pause_stays_before_its_lines_end() -> None:
    # (the headline runs on to the next line as read: its last part is longer)
    text = "央视快评：当好践行全球治理倡议的表率 携手\n迈向人类命运共同体" + STORY
    assert "表率 携手" in normalize(text).text


def test_a_phrase_cut_on_a_short_sentences_line_goes() -> None:
    text = "标题一行" + STORY + "\n\u3000\u3000王东峰等 参加会见。\n"
    assert "王东峰等参加会见。" in normalize(text).text


def test_a_quoted_titles_pause_stays_on_a_short_sentences_line() -> None:
    text = "标题一行" + STORY + "\n\u3000\u3000《全面深化改革 中国式现代化》播出。\n"
    assert "《全面深化改革 中国式现代化》" in normalize(text).text


def test_a_headline_mojibake_rewrote_is_judged_as_its_repair_is() -> None:
    # (the file as read holds the line's mojibake: its end is found by position, so the first
    # run takes the space as a second run over the repaired text does)
    source = "国内联播 快讯".encode().decode("latin-1") + STORY
    first = normalize(source).text
    assert first.startswith("国内联播快讯\n")
    assert normalize(first).text == first


def test_a_headline_unwrap_joined_with_a_space_is_judged_as_on_a_second_run() -> None:
    # (the last word's own line in the file as read ends the headline: Hypothesis found the
    # first run keeping a space that the second took)
    source = "ä¸\xadæ–‡ä¸\xadæ–‡ä¸\xadæ–‡\xa0\nä¸\xadæ–‡"
    first = normalize(source).text
    assert normalize(first).text == first


def test_a_line_unwrap_closes_is_judged_as_a_second_run_judges_it() -> None:
    # (Hypothesis: unwrap ends a paragraph under `本报记者 中`; a test on the file as read kept
    # the space on the first run and took it on the second)
    first = normalize("本报记者 中\n中").text
    assert normalize(first).text == first


def test_a_two_line_titles_pause_stays_where_its_second_line_is_no_prose() -> None:
    # (the blind and third models set a headline over two blocks; its second is no prose)
    text = "央视快评：当好践行全球治理倡议的表率 携手\n\n迈向人类命运共同体" + STORY
    assert "表率 携手" in normalize(text).text


def test_a_headlines_last_word_goes_over_a_dateline_on_its_own_line() -> None:
    # (a narrow page sets the dateline apart; the story runs on under it)
    text = "国际联播 快讯\n\n  央视网消息（新闻联播）：\n\n" + STORY.lstrip("\n")
    assert normalize(text).text.startswith("国际联播快讯\n")


def test_a_last_word_of_two_stays_over_a_block_neither_prose_nor_a_dateline() -> None:
    # (a headline unwrap set over two blocks: its second line ends on no colon)
    text = "习近平会见 外宾\n\n贝宁总统塔隆一行\n" + STORY
    assert normalize(text).text.startswith("习近平会见 外宾\n")
